/* Hostile stances (Criticize, Accuse, Reject, Threaten) through the
 * shipped ontology: each case is a short text written for this test, a
 * stance and whether it must be found (and not negated) or must not be. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/newsgraph.h"
#include "stances.h"
#include "unit.h"

static const stance_case cases[] = {
    /* regret or displeasure at what an actor did */
    {"أعربت وزارة الخارجية الأردنية عن أسفها لقرار إسرائيل إغلاق المعبر.",
     "jordan", "israel", NG_CRITICIZE, 1},
    {"وعبرت الهند عن استيائها من تصريحات المسؤولين الباكستانيين.", "india",
     "pakistan", NG_CRITICIZE, 1},
    {"أبدت الصين امتعاضها من زيارة رئيسة البرلمان الأمريكي إلى تايوان.",
     "china", "united-states", NG_CRITICIZE, 1},
    /* regret for victims or for a failure is no criticism */
    {"وأعرب الرئيس الفرنسي عن أسفه لسقوط ضحايا في زلزال تركيا.", "france",
     "turkey", NG_CRITICIZE, 0},
    {"أعرب الأمين العام للأمم المتحدة عن أسفه لعدم التوصل إلى اتفاق في "
     "السودان.",
     "united-nations", "sudan", NG_CRITICIZE, 0},
    /* a participle that judges: only with a negative judgement */
    {"ووصف الرئيس الكوبي الحصار بأنه ظالم، معتبرا أن العقوبات الأمريكية "
     "انتهاك للقانون الدولي.",
     "cuba", "united-states", NG_CRITICIZE, 1},
    {"رحب الاتحاد الأفريقي بالاتفاق، معتبرا أن الوساطة القطرية خطوة مهمة.",
     "african-union", "qatar", NG_CRITICIZE, 0},
    /* criticism and accusations addressed with إلى; blame with اللائمة */
    {"وجهت الصين انتقادات حادة إلى الولايات المتحدة بسبب صفقة الأسلحة.",
     "china", "united-states", NG_CRITICIZE, 1},
    {"وجهت الحكومة العراقية اتهامات إلى تركيا بقصف قرى في الشمال.", "iraq",
     "turkey", NG_ACCUSE, 1},
    {"وألقت باكستان باللائمة على الهند في تصاعد التوتر.", "pakistan", "india",
     NG_ACCUSE, 1},
    {"واستهجنت الأردن تصريحات وزير المالية الإسرائيلي.", "jordan", "israel",
     NG_CRITICIZE, 1},
    /* objecting to what an actor proposes */
    {"واعترضت روسيا على مشروع القرار الأمريكي.", "russia", "united-states",
     NG_REJECT, 1},
    /* an ultimatum, and a warning addressed with إلى */
    {"وجهت المجموعة الاقتصادية لدول غرب أفريقيا إنذارا إلى المجلس العسكري "
     "في النيجر.",
     "ecowas", "niger", NG_THREATEN, 1},
    {"ووجهت الولايات المتحدة تحذيرا شديد اللهجة إلى إيران.", "united-states",
     "iran", NG_THREATEN, 1},
    /* "will retaliate": the future, with a word of force */
    {"وقالت إيران إنها سترد بقوة على أي هجوم إسرائيلي.", "iran", "israel",
     NG_THREATEN, 1},
    {"وقال المتحدث باسم الحكومة المصرية إن القاهرة سترد على المقترح "
     "الإسرائيلي خلال أيام.",
     "egypt", "israel", NG_THREATEN, 0},
    /* revenge on someone, not for someone */
    {"وتوعد حزب الله بالانتقام من إسرائيل.", "hezbollah", "israel",
     NG_THREATEN, 1},
    {"وتعهدت حركة حماس بالانتقام لمقتل قائدها في غارة أمريكية.", "hamas",
     "united-states", NG_THREATEN, 0},
    /* not accepting is rejecting, and is not negated */
    {"وأكدت تركيا أنها لن تقبل بأي وجود عسكري يوناني في الجزر.", "turkey",
     "greece", NG_REJECT, 1},
    {"وأبدت الهند اعتراضها على المشروع الصيني.", "india", "china", NG_REJECT,
     1},
    /* دان as أدان; a protest lodged with a state */
    {"ودانت فرنسا الهجوم الروسي على المدينة.", "france", "russia",
     NG_CRITICIZE, 1},
    {"واحتجت الصين لدى اليابان على زيارة المسؤول الياباني.", "china",
     "japan", NG_CRITICIZE, 1},
    /* البلاد in what a state's organ says is that state, not the country
     * the text is about */
    {"أجرت تايوان مناورات عسكرية. وقالت تايبيه إن المناورات دفاعية. "
     "وتوعدت وزارة الدفاع الصينية، في بيان، بأن البلاد سترد بحزم على أي "
     "استفزاز ياباني.",
     "china", "japan", NG_THREATEN, 1},
    {"أجرت تايوان مناورات عسكرية. وقالت تايبيه إن المناورات دفاعية. "
     "وتوعدت وزارة الدفاع الصينية، في بيان، بأن البلاد سترد بحزم على أي "
     "استفزاز ياباني.",
     "taiwan", "japan", NG_THREATEN, 0},
    /* a participle's subject is no genitive inside a phrase */
    {"توعد زعيم العصابة في هايتي بمقاتلة الشرطة الكينية، واصفا إياها بقوة "
     "احتلال.",
     "kenya", "haiti", NG_CRITICIZE, 0},
    {"وأغلقت تركيا حدودها مع سوريا، واصفة الهجوم الروسي بأنه عدوان.",
     "turkey", "russia", NG_CRITICIZE, 1},
    /* rejecting talks or ties with a party */
    {"ترفض إثيوبيا المفاوضات المباشرة مع مصر.", "ethiopia", "egypt",
     NG_REJECT, 1},
    {"وجددت إيران رفضها أي تفاوض مع الولايات المتحدة.", "iran",
     "united-states", NG_REJECT, 1},
    {"ورفضت حركة حماس التفاوض مع إسرائيل تحت النار.", "hamas", "israel",
     NG_REJECT, 1},
    {"أكدت الجزائر رفضها التطبيع مع إسرائيل.", "algeria", "israel",
     NG_REJECT, 1},
    /* مع after the subject names a partner in rejecting, not the target */
    {"ورفضت قطر مع تركيا البيان الختامي للقمة.", "qatar", "turkey",
     NG_REJECT, 0},
    /* blame laid with حمّل: the responsibility is no target; حمل is also
     * to carry */
    {"حملت الخارجية الفلسطينية المسؤولية الكاملة للحكومة الإسرائيلية.",
     "palestinian-territories", "israel", NG_ACCUSE, 1},
    {"وحمّلت بوليفيا تشيلي مسؤولية إغلاق الحدود.", "bolivia", "chile",
     NG_ACCUSE, 1},
    {"وحملت الطائرة القطرية مساعدات طبية إلى السودان.", "qatar", "sudan",
     NG_ACCUSE, 0},
    /* a biting attack is criticism */
    {"شن الرئيس البرازيلي هجوما لاذعا على إسرائيل.", "brazil", "israel",
     NG_CRITICIZE, 1},
    /* a warning threatens the one it is addressed to, or the author of
     * the force it warns of; not the subject of an economic or health
     * warning */
    {"وحذرت الولايات المتحدة إيران من مغبة التصعيد.", "united-states",
     "iran", NG_THREATEN, 1},
    {"وحذر وزير الخارجية المصري من أي تدخل عسكري إثيوبي في السودان.",
     "egypt", "ethiopia", NG_THREATEN, 1},
    {"حذر صندوق النقد الدولي من تباطؤ الاقتصاد المصري.", "imf", "egypt",
     NG_THREATEN, 0},
    {"وحذرت الأمم المتحدة من أن الحرب الأهلية السودانية قد تؤدي إلى مجاعة.",
     "united-nations", "sudan", NG_THREATEN, 0},
    /* a stance toward the act just told (في خطوة انتقدتها Y) is toward who
     * did it */
    {"أرسلت القاهرة أسلحة إلى الصومال، في خطوة انتقدتها إثيوبيا.",
     "ethiopia", "egypt", NG_CRITICIZE, 1},
    {"أغلقت إسرائيل المعبر الحدودي، وهو قرار أدانه الأردن بشدة.", "jordan",
     "israel", NG_CRITICIZE, 1},
    {"أغلقت إسرائيل المعبر الحدودي، في خطوة أدانتها مصر.", "egypt",
     "israel", NG_CRITICIZE, 1},
    {"أعلنت الإمارات إعادة فتح سفارتها في دمشق، في خطوة رحبت بها سوريا.",
     "syria", "united-arab-emirates", NG_SUPPORT, 1},
    /* a definite stance noun as the object names the stance told before:
     * who held it */
    {"اتهمت الحكومة الإثيوبية مصر بدعم المتمردين. وانتقدت القاهرة "
     "الاتهامات.",
     "egypt", "ethiopia", NG_CRITICIZE, 1},
    {"هددت كوريا الشمالية اليابان بضربة صاروخية. ورفضت طوكيو التهديدات.",
     "japan", "north-korea", NG_REJECT, 1},
    /* a verb's object pronoun takes up what an actor said or did */
    {"أدلى وزير الخارجية الإسرائيلي بتصريحات حول لبنان، ووصفتها بيروت بأنها "
     "استفزازية.",
     "lebanon", "israel", NG_CRITICIZE, 1},
    {"أصدرت محكمة روسية حكما بسجن صحفي أمريكي، وانتقدته واشنطن بشدة.",
     "united-states", "russia", NG_CRITICIZE, 1},
    /* not after a relative pronoun: the pronoun is the relative's */
    {"زار وزير الخارجية الإيراني بغداد، وألغى الاتفاقية التي انتقدتها "
     "الكويت.",
     "kuwait", "iran", NG_CRITICIZE, 0},
    /* a state's protest, lodged with or against another */
    {"وأغلقت الخارجية المغربية قنصليتها احتجاجا على تصريحات الرئيس "
     "الجزائري.",
     "morocco", "algeria", NG_CRITICIZE, 1},
    {"وقدمت الصين احتجاجا رسميا لدى الفلبين.", "china", "philippines",
     NG_CRITICIZE, 1},
    {"وخرجت احتجاجات شعبية في إيران على غلاء الأسعار.", "iran", "iran",
     NG_CRITICIZE, 0},
    /* the office of a leader speaks for the leader's state */
    {"واتهم مكتب رئيس الوزراء الإسرائيلي حركة حماس بعرقلة الاتفاق.", "israel",
     "hamas", NG_ACCUSE, 1},
    {"وانتقد مكتب الرئيس الأوكراني روسيا بشدة.", "ukraine", "russia",
     NG_CRITICIZE, 1},
};

START_TEST(conflict_cases)
{
  ng_lexicon *lex = ng_unit_lexicon_shipped();

  ng_unit_check_stance_case(lex, &cases[_i], _i);
  ng_lexicon_free(lex);
}
END_TEST

static Suite *
make_suite(void)
{
  Suite *s = suite_create("conflict");

  ng_unit_add_integration_loop(s, conflict_cases, (int)(sizeof cases / sizeof *cases));
  return s;
}

NG_UNIT_MAIN(make_suite)
