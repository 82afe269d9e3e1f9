/* Diplomatic stances (Request, Mediate, Support) through the shipped
 * ontology: each case is a short text written for this test, a stance
 * and whether it must be found (and not negated) or must not be. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/newsgraph.h"
#include "stances.h"
#include "unit.h"

#define ID NG_ID_NS

static const stance_case cases[] = {
    /* a participle after a comma: the negation before the comma is the
     * clause's, not the request's */
    {"وقالت الجزائر إنها لن تشارك في القمة، داعية مصر والمغرب إلى الحوار.",
     "algeria", "egypt", NG_REQUEST, 1},
    {"وقالت الجزائر إنها لن تشارك في القمة، داعية مصر والمغرب إلى الحوار.",
     "algeria", "morocco", NG_REQUEST, 1},
    /* reported speech: the participle is the speaker's; a dual pronoun
     * stands for the pair */
    {"وقال وزير الخارجية الفرنسي إن تركيا واليونان خرقتا الاتفاق، محملا "
     "إياهما مسؤولية التصعيد.",
     "france", "greece", NG_ACCUSE, 1},
    {"وقال وزير الخارجية الفرنسي إن تركيا واليونان خرقتا الاتفاق، محملا "
     "إياهما مسؤولية التصعيد.",
     "france", "turkey", NG_ACCUSE, 1},
    /* a group reference is not the subject of its own clause */
    {"قطعت السعودية علاقاتها مع إيران قبل سنوات. واستضافت سلطنة عمان "
     "والأردن جولات حوار بين البلدين.",
     "jordan", "iran", NG_MEDIATE, 1},
    {"قطعت السعودية علاقاتها مع إيران قبل سنوات. واستضافت سلطنة عمان "
     "والأردن جولات حوار بين البلدين.",
     "oman", "saudi-arabia", NG_MEDIATE, 1},
    {"قطعت السعودية علاقاتها مع إيران قبل سنوات. واستضافت سلطنة عمان "
     "والأردن جولات حوار بين البلدين.",
     "oman", "jordan", NG_MEDIATE, 0},
    /* a dual with no coordination: the two actors named most; a phrase
     * set off by commas after a preposition */
    {"اتهمت إثيوبيا السودان بدعم المتمردين. ونفى السودان ذلك واتهم إثيوبيا "
     "بالتصعيد. ودعت الكويت، في بيان لوزارة خارجيتها، البلدين إلى ضبط "
     "النفس.",
     "kuwait", "ethiopia", NG_REQUEST, 1},
    {"اتهمت إثيوبيا السودان بدعم المتمردين. ونفى السودان ذلك واتهم إثيوبيا "
     "بالتصعيد. ودعت الكويت، في بيان لوزارة خارجيتها، البلدين إلى ضبط "
     "النفس.",
     "kuwait", "sudan", NG_REQUEST, 1},
    /* adjectives after الطرفين name the parties */
    {"ودعت الصين الطرفين الهندي والباكستاني إلى الحوار.", "china", "india",
     NG_REQUEST, 1},
    {"ودعت الصين الطرفين الهندي والباكستاني إلى الحوار.", "china",
     "pakistan", NG_REQUEST, 1},
    /* بوساطة من X: the mediator after من, the parties named before */
    {"ووقعت إثيوبيا وإريتريا اتفاق سلام جرى التوصل إليه بوساطة من "
     "الإمارات.",
     "united-arab-emirates", "eritrea", NG_MEDIATE, 1},
    /* an envoy sent to mediate: the principal mediates */
    {"وعُيّن دبلوماسي مخضرم مبعوثا خاصا لجامعة الدول العربية للتوسط بين "
     "الجزائر والمغرب.",
     "arab-league", "morocco", NG_MEDIATE, 1},
    /* نظيره + adjective: that country; a verb opening its clause */
    {"وطلب الرئيس المصري من نظيره الأمريكي الضغط على إسرائيل.", "egypt",
     "united-states", NG_REQUEST, 1},
    {"وطلب الرئيس المصري من نظيره الأمريكي الضغط على إسرائيل.", "egypt",
     "egypt", NG_REQUEST, 0},
    /* a parenthesis of a word: the target still follows */
    {"واستضافت الدوحة، الأحد، محادثات بين أفغانستان وباكستان.", "qatar",
     "afghanistan", NG_MEDIATE, 1},
    /* a ruling body after بين; quotes inside a coordination */
    {"استولى الجيش على الحكم في غينيا. وفرضت «إيكواس» عقوبات على غينيا. "
     "وتوجه وزير الخارجية السنغالي إلى كوناكري للتوسط بين العسكريين "
     "و«إيكواس».",
     "senegal", "guinea", NG_MEDIATE, 1},
    {"استولى الجيش على الحكم في غينيا. وفرضت «إيكواس» عقوبات على غينيا. "
     "وتوجه وزير الخارجية السنغالي إلى كوناكري للتوسط بين العسكريين "
     "و«إيكواس».",
     "senegal", "ecowas", NG_MEDIATE, 1},
    /* who welcomes talks is no party to them */
    {"ورحبت كل من الأردن والكويت والبحرين باستضافة الدوحة للمحادثات.",
     "qatar", "jordan", NG_MEDIATE, 0},
    {"ورحبت كل من الأردن والكويت والبحرين باستضافة الدوحة للمحادثات.",
     "jordan", "qatar", NG_MEDIATE, 0},
    /* a unit with و after the verb opens a new clause */
    {"الجزائر تتوسط وفرنسا تراقب", "algeria", "france", NG_MEDIATE, 0},
    /* the owner of what is praised or welcomed */
    {"وأشاد الرئيس الفرنسي بـ«الدور الحاسم» لسلطنة عمان.", "france", "oman",
     NG_SUPPORT, 1},
    {"ورحبت الحكومة الصومالية بوصول القوات الأوغندية.", "somalia", "uganda",
     NG_SUPPORT, 1},
    {"وأشاد مجلس التعاون الخليجي بالدور الذي تقوم به الكويت.", "gcc",
     "kuwait", NG_SUPPORT, 1},
    /* a verb with an object pronoun: the actors after it are subjects */
    {"أقر البرلمان القانون الذي أيده 200 نائب وعارضته ألمانيا وإيطاليا.",
     "germany", "italy", NG_SUPPORT, 0},
    /* the subject of a clause on a request noun holds it */
    {"وجاء ذلك استجابة لطلب قدمته الحكومة الصومالية إلى الاتحاد الأفريقي.",
     "somalia", "au", NG_REQUEST, 1},
    /* another's defence */
    {"وأكد الرئيس الفرنسي التزام بلاده بالدفاع عن اليونان.", "france",
     "greece", NG_SUPPORT, 1},
    /* a demand's owner asks the owner of what it demands */
    {"ويتصدر مطلب كييف بانسحاب القوات الروسية جدول المحادثات.", "ukraine",
     "russia", NG_REQUEST, 1},
    /* the mediators are those that mediated before */
    {"وتوصلت إسرائيل وحماس إلى هدنة بوساطة قطرية ومصرية. وطالبت الحركة "
     "الوسطاء بالضغط على إسرائيل.",
     "hamas", "egypt", NG_REQUEST, 1},
    /* a relative clause, or a demonstrative object: the actor after the
     * verb is its subject */
    {"وقالت إسبانيا إنها مستعدة للمساعدة حين تطلب تركيا ذلك.", "spain",
     "turkey", NG_REQUEST, 0},
};

START_TEST(diplomacy_cases)
{
  ng_lexicon *lex = ng_unit_lexicon_shipped();

  ng_unit_check_stance_case(lex, &cases[_i], _i);
  ng_lexicon_free(lex);
}
END_TEST

static Suite *
make_suite(void)
{
  Suite *s = suite_create("diplomacy");

  ng_unit_add_integration_loop(s, diplomacy_cases, (int)(sizeof cases / sizeof *cases));
  return s;
}

NG_UNIT_MAIN(make_suite)
