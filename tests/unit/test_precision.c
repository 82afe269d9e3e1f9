/* Words of stance patterns in their everyday senses, as general news uses
 * them: "besides" (إلى جانب), talks between two sides, spreading
 * knowledge (نشر), aid spoken of clauses away from any giver; and short
 * wire-style sentences of common phrasings (denying accusations, attacking
 * a policy, a trade ban, the UN's adjective أممي).  Each case is a text
 * written for this test and the stances it must give ("holder Type
 * target") or must not give (a leading "-"). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/newsgraph.h"
#include "stances.h"
#include "unit.h"

static const spec_case cases[] = {
    {"إلى جانب meaning \"together with\" is no support",
     "وقعت ألمانيا في المجموعة الثالثة إلى جانب بلجيكا والنمسا. وحضر وزير "
     "الخارجية المصري الاجتماع إلى جانب نظيره الأردني.",
     {"-germany Support belgium", "-egypt Support jordan"}},
    {"standing or lining up by an actor is support",
     "قال رئيس الوزراء الإيطالي إن إيطاليا تقف إلى جانب اليونان في أزمتها. "
     "وتونس والجزائر تصطفان إلى جانب ليبيا.",
     {"italy Support greece", "tunisia Support libya", "algeria Support libya"}},
    {"talks between two sides are no mediation by a subject named far before",
     "قال وزير الخارجية الفرنسي في مؤتمر صحفي عقده أمس إن المفاوضات بين "
     "إيران والولايات المتحدة تقترب من نهايتها.",
     {"-france Mediate iran", "-france Mediate united-states"}},
    {"an initiative attached to its owner, and hosting talks, are mediation",
     "رحب الاتحاد الأفريقي بمبادرة مصرية بين إثيوبيا والسودان. واستضافت "
     "قطر محادثات بين تشاد والنيجر.",
     {"egypt Mediate ethiopia", "egypt Mediate sudan", "qatar Mediate chad",
      "qatar Mediate niger"}},
    {"نشر of knowledge or documents is no deployment",
     "اندلعت احتجاجات في الجزائر. وقررت فرنسا نشر الوثائق التاريخية عن "
     "حرب التحرير في الجزائر.",
     {"-france Deploy algeria"}},
    {"نشر of troops is a deployment, to where they go or the country in focus",
     "تصاعد القتال في مالي وسيطر المتمردون على مدن في شمال مالي. وقررت تشاد "
     "نشر 800 جندي هناك.",
     {"chad Deploy mali"}},
    {"aid another clause talks about has no unnamed target",
     "ضربت الفيضانات باكستان وغمرت ثلث أراضي باكستان. وقال المتحدث باسم "
     "الخارجية الصينية إن أسعار الغذاء ارتفعت في المدن الكبرى، وإن "
     "المساعدات الإنسانية لا تصل إلى القرى.",
     {"-china ProvideAid pakistan"}},
    {"aid after its giver, with a short aside between, goes to the country "
     "in focus",
     "ضربت الفيضانات باكستان وغمرت ثلث أراضي باكستان. وأعلنت اليابان، عبر "
     "وكالتها للتعاون الدولي، إرسال مساعدات إنسانية عاجلة.",
     {"japan ProvideAid pakistan"}},
    {"forces named by their state's adjective are no deployment without "
     "a verb of sending, arriving or being stationed",
     "زار وزير الدفاع الأمريكي العراق. وأشاد الوزير بالقوات الخاصة "
     "العراقية، وانتقد قمع قوات الأمن الإيرانية للمتظاهرين.",
     {"-iraq Deploy united-states", "-iran Deploy iraq"}},
    {"police sent abroad are deployed where they arrive",
     "تعاني هايتي من عنف العصابات. ووصل نحو 300 شرطي كيني إلى هايتي. "
     "وبدأت القوات البنغلاديشية الانتشار في المدن الكبرى.",
     {"kenya Deploy haiti", "bangladesh Deploy haiti"}},
    {"good offices of an actor named with ل are its mediation, not the "
     "praiser's",
     "توصلت إثيوبيا وإريتريا إلى اتفاق سلام. ورحب الاتحاد الأوروبي بالاتفاق "
     "بين البلدين، مشيدا بالمساعي الحميدة للسعودية.",
     {"saudi-arabia Mediate ethiopia", "-eu Mediate ethiopia"}},
    {"a text may end with an institution's noun (read past the last token "
     "once; the sanitizer build catches it)",
     "فرضت الولايات المتحدة عقوبات على إيران. كلمات مفتاحية: عقوبات محكمة",
     {"united-states Sanction iran"}},
};

static const spec_case wire_cases[] = {
    {"denying an actor's accusations rejects that actor",
     "نفت قطر الاتهامات الإماراتية. ونفى الكرملين مزاعم واشنطن بشأن الهجوم.",
     {"qatar Reject united-arab-emirates", "russia Reject united-states"}},
    {"denying a fact is no stance",
     "ضربت عاصفة العراق. ونفت وزارة الصحة العراقية وقوع إصابات في بغداد.",
     {"-iraq Reject iraq"}},
    {"attacking a policy or statements is criticism of their owner",
     "هاجم الرئيس الإيراني السياسة الأمريكية في المنطقة. وهاجمت أنقرة "
     "تصريحات وزير الخارجية اليوناني.",
     {"iran Criticize united-states", "turkey Criticize greece"}},
    {"a military attack is no criticism",
     "هاجمت القوات التركية مواقع المسلحين في شمال العراق.",
     {"-turkey Criticize iraq"}},
    {"a trade ban aimed at a state is a sanction",
     "منعت روسيا استيراد الفواكه من تركيا. وأوقفت ألمانيا تصدير الأسلحة "
     "إلى السعودية.",
     {"russia Sanction turkey", "germany Sanction saudi-arabia"}},
    {"a ban on one's own trade is none",
     "حظرت الحكومة الهندية تصدير الأرز لمواجهة ارتفاع الأسعار.",
     {"-india Sanction india"}},
    {"أممي is the United Nations' adjective; an acronym may take ال",
     "أعلنت كوريا الشمالية رفضها للعقوبات الأممية. وعلقت الإيكواس عضوية "
     "غينيا.",
     {"north-korea Reject un", "ecowas Sanction guinea"}},
};

START_TEST(wire_phrasings)
{
  ng_unit_check_all_specs(wire_cases, sizeof wire_cases / sizeof *wire_cases);
}
END_TEST

START_TEST(precision_phrasings)
{
  ng_unit_check_all_specs(cases, sizeof cases / sizeof *cases);
}
END_TEST

static Suite *
make_suite(void)
{
  Suite *s = suite_create("precision");

  ng_unit_add_integration(s, precision_phrasings);
  ng_unit_add_integration(s, wire_phrasings);
  return s;
}

NG_UNIT_MAIN(make_suite)
