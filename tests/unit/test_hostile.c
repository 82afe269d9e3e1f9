/* Hostile stances (Criticize, Accuse, Reject, Threaten, Sanction) in
 * constructions of several clauses or sentences, with the shipped
 * ontology.  Tests as data: each case is a text written for this test and
 * the stances it must give ("holder Type target", "!" after a negated
 * one) or must not give (a leading "-"). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/newsgraph.h"
#include "stances.h"
#include "unit.h"

static const spec_case cases[] = {
    {"a verbal noun with a dual pronoun is held by the pair named before it",
     "فرضت الولايات المتحدة عقوبات جديدة على إيران. وفي بيان مشترك، أكدت "
     "روسيا والصين تضامنهما مع طهران ورفضهما العقوبات.",
     {"russia Reject united-states", "china Reject united-states",
      "russia Support iran", "-iran Support iran"}},
    {"the dual pronoun is not the single actor named last (inside what is "
     "warned of)",
     "حذرت مالي والنيجر من أن أي هجوم لفرنسا على البلدين سيعد عدوانا، "
     "وأكدتا تضامنهما الكامل مع بوركينا فاسو.",
     {"mali Support burkina-faso", "niger Support burkina-faso",
      "-france Support burkina-faso"}},
    {"a verb with a dual object pronoun keeps its subject",
     "استقبل الرئيس المصري وزيري خارجية تونس والجزائر، وأبلغهما رفضه "
     "التدخلات الأجنبية في ليبيا.",
     {"-tunisia Reject libya", "-algeria Reject libya"}},
    {"a definite stance noun as the object names the stance told sentences "
     "before",
     "فرض الاتحاد الأوروبي عقوبات على بيلاروسيا بسبب أزمة المهاجرين. "
     "ووصل آلاف المهاجرين إلى الحدود البولندية. وقالت وارسو إن الوضع "
     "خطير. وأرسلت ألمانيا شرطة إلى الحدود. وعقد البرلمان الأوروبي جلسة "
     "طارئة. ورفضت مينسك العقوبات.",
     {"belarus Reject eu"}},
    {"a sanction noun that is the object of a sanction verb is the verb "
     "subject's, not an actor's named in a condition between them",
     "لوحت الولايات المتحدة باستخدام القوة ضد فنزويلا إذا لم يفرج الرئيس "
     "الفنزويلي عن المعتقلين، وفرضت على البلاد حزمة جديدة من العقوبات "
     "النفطية.",
     {"united-states Sanction venezuela", "-venezuela Sanction venezuela"}},
    {"an organization named with its head noun (مجموعة X) is X, not the "
     "organization named before",
     "علقت المجموعة الاقتصادية لدول غرب أفريقيا عضوية مالي. كما علقت "
     "مجموعة الكومنولث مشاركة نيجيريا في اجتماعاتها.",
     {"commonwealth-of-nations Sanction nigeria",
      "-ecowas Sanction commonwealth-of-nations"}},
    {"the reference word with its article still stands for the "
     "organization named before",
     "عقدت المجموعة الاقتصادية لدول غرب أفريقيا قمة طارئة في أبوجا. "
     "وأدانت المجموعة الانقلاب في غينيا، وفرضت عقوبات على قادته.",
     {"ecowas Sanction guinea"}},
    {"a threat to do an act to an actor threatens that actor (its patient)",
     "توعدت إيران بمعاقبة إسرائيل على اغتيال قائدها. وهددت كوريا الشمالية "
     "بمهاجمة القواعد الأمريكية في المحيط الهادئ.",
     {"iran Threaten israel", "north-korea Threaten united-states"}},
    {"a threat with no actor to suffer it threatens no one",
     "وتوعد الرئيس البرازيلي بمكافحة الفقر في البلاد.",
     {"-brazil Threaten brazil"}},
    {"saying that an actor's act is unlawful or an aggression criticizes it",
     "وقالت الخارجية الروسية إن العقوبات الأمريكية «غير قانونية». وردت "
     "بكين بأن صفقة الأسلحة البريطانية لتايوان «انتهاك خطير» لسيادتها.",
     {"russia Criticize united-states", "china Criticize united-kingdom"}},
    {"a judgement of an act no actor owns, or a plain warning, criticizes "
     "no one",
     "وقال وزير الخارجية المصري إن الهجوم على الكنيسة جريمة. وقالت "
     "الحكومة اليابانية إن الوضع في الصين خطير.",
     {"-egypt Criticize egypt", "-japan Criticize china"}},
    {"a leader's office with the pronoun (مكتبه) speaks for the leader "
     "named before",
     "رفضت حركة حماس المقترح الإسرائيلي، فيما التقى رئيس الوزراء "
     "الإسرائيلي وفدا أمريكيا. واتهم مكتبه الحركة بعرقلة الاتفاق.",
     {"israel Accuse hamas"}},
    {"the office of a named body (مكتب X) is no pronoun's",
     "وصل الرئيس الفرنسي إلى بيروت. وانتقد مكتب الأمم المتحدة في لبنان "
     "الغارات الإسرائيلية.",
     {"-france Criticize israel"}},
    {"a threatened sanction is a threat, not a sanction",
     "هددت تركيا بقطع العلاقات الدبلوماسية مع الإمارات. ولوحت الجزائر "
     "بتجميد علاقاتها مع إسبانيا.",
     {"turkey Threaten united-arab-emirates", "algeria Threaten spain",
      "-turkey Sanction united-arab-emirates", "-algeria Sanction spain"}},
    {"a sanction with ب after a verb of doing stays a sanction",
     "وقامت السعودية بقطع العلاقات مع إيران.",
     {"saudi-arabia Sanction iran", "-saudi-arabia Threaten iran"}},
};

START_TEST(hostile_constructions)
{
  ng_unit_check_all_specs(cases, sizeof cases / sizeof *cases);
}
END_TEST

static Suite *
make_suite(void)
{
  Suite *s = suite_create("hostile");

  ng_unit_add_integration(s, hostile_constructions);
  return s;
}

NG_UNIT_MAIN(make_suite)
