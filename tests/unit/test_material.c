/* Material acts with the shipped ontology: aid offered and sent, troops
 * deployed, sanctions imposed.  Tests as data: each case is a text and
 * the stances it must give ("holder Type target", "!" after a negated
 * one) or must not give (a leading "-"). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/newsgraph.h"
#include "stances.h"
#include "unit.h"

#define ID NG_ID_NS

static const spec_case cases[] = {
    {"aid arriving at an airport goes to its country, not the country in focus",
     "ضربت العاصفة اليونان وليبيا. ووصلت إلى مطار بنغازي شحنات مساعدات "
     "من مصر والجزائر.",
     {"egypt ProvideAid libya", "algeria ProvideAid libya",
      "-egypt ProvideAid greece"}},
    {"an arrival verb before the place (حطّت في مطار X طائرات … من Y و Z)",
     "ضربت الفيضانات اليونان وليبيا بقوة. وحطّت في مطار بنغازي طائرات "
     "محمّلة بالمساعدات من الأردن وسلطنة عمان.",
     {"jordan ProvideAid libya", "oman ProvideAid libya",
      "-jordan ProvideAid greece"}},
    {"كل من X و Y send planes loaded with aid (محمّلة is no accusation) "
     "to an airport",
     "أرسلت كل من الأردن والكويت طائرات محمّلة بالأدوية إلى مطار بنغازي.",
     {"jordan ProvideAid libya", "kuwait ProvideAid libya",
      "-jordan Accuse libya"}},
    {"offers from states named in apposition (من ثلاث دول هي …), then "
     "their teams (لهذه الدول)",
     "ضرب زلزال عنيف شمال تونس. ورحبت الحكومة التونسية بعروض المساعدة "
     "المقدمة من ثلاث دول هي الجزائر "
     "وإيطاليا وقطر. وقالت الوزارة إن فرق الإنقاذ التابعة لهذه الدول بدأت "
     "العمل.",
     {"algeria OfferAid tunisia", "italy OfferAid tunisia",
      "qatar OfferAid tunisia", "algeria ProvideAid tunisia",
      "qatar ProvideAid tunisia"}},
    {"الدول نفسها التي تنشر: the states just named deploy",
     "تعتمد البعثة على جنود من تشاد والنيجر، وهي الدول نفسها التي تنشر "
     "قوات في مالي منذ سنوات.",
     {"chad Deploy mali", "niger Deploy mali"}},
    {"an organization authorizing a deployment does not deploy",
     "أجاز مجلس الأمن الدولي نشر قوة أفريقية في الصومال.",
     {"-unsc Deploy somalia"}},
    {"assets of companies named with a demonym: a sanction on their state",
     "أعلنت كندا تجميد أصول شركات روسية.",
     {"canada Sanction russia", "-russia Sanction canada"}},
    {"sanctions on the leaders of the actor a relative pronoun stands for",
     "شددت بريطانيا على ضرورة قطع التمويل عن «حركة الشباب»، التي تفرض "
     "عقوبات على عدد من قادتها منذ سنوات.",
     {"united-kingdom Sanction al-shabaab"}},
    {"a negation before the subject does not reach into its relative clause",
     "لم تغلق فرنسا، التي تنشر نحو ألف جندي في تشاد، سفارتها.",
     {"france Deploy chad", "-france Deploy chad!"}},
    {"الاتحاد after the European Union is named",
     "طلبت اليونان من الاتحاد الأوروبي المساعدة، فأرسل الاتحاد أكثر من "
     "مئتي عنصر إنقاذ.",
     {"eu ProvideAid greece", "-greece ProvideAid greece"}},
    {"the owner after تابعا لـ is not the recipient",
     "وأرسلت الإمارات إلى ليبيا فريق إنقاذ تابعا لجيشها.",
     {"united-arab-emirates ProvideAid libya"}},
    {"سيّرت (sent) is no future: the airlift is given, not offered",
     "وسيّرت الكويت جسرا جويا إلى المدن السورية المنكوبة.",
     {"kuwait ProvideAid syria", "-kuwait OfferAid syria"}},
    {"a joined feminine verb shares the subject of the verb before it; the "
     "negation of a condition between them does not reach it",
     "هددت جامعة الدول العربية باتخاذ إجراءات ضد الحكومة السودانية إذا لم "
     "يتوقف القتال، وفرضت على البلاد عقوبات اقتصادية.",
     {"arab-league Sanction sudan", "-arab-league Sanction sudan!"}},
    {"a joined verb shares the subject of the stance noun before it",
     "شددت الولايات المتحدة وكندا عقوباتهما على إيران، فجمّدت أصول مصارف "
     "إيرانية في الخارج.",
     {"canada Sanction iran", "-iran Sanction iran"}},
    {"aid suspended is a sanction, not aid given",
     "أعلنت الخارجية البريطانية تعليق بعض برامج المساعدات المقدمة إلى "
     "ميانمار. وعلّقت اليابان مساعداتها الاقتصادية للحكومة في السودان.",
     {"united-kingdom Sanction myanmar-burma", "japan Sanction sudan",
      "-united-kingdom ProvideAid myanmar-burma", "-japan ProvideAid sudan"}},
    {"a pledge verb before a long subject makes the sum an offer",
     "وتعهدت الحكومة الألمانية بتقديم أكثر من 50 مليون يورو لأوكرانيا.",
     {"germany OfferAid ukraine", "-germany ProvideAid ukraine"}},
    {"إلى جانب X: X is no subject; the aid offered is the speaker's country's",
     "قال الرئيس الصيني إن بلاده تقف إلى جانب باكستان ومستعدة لتقديم "
     "المساعدة اللازمة.",
     {"china OfferAid pakistan", "china Support pakistan"}},
    {"forces withdrawing are not deployed",
     "طالبت مالي بانسحاب القوات الفرنسية من أراضيها.",
     {"-france Deploy mali"}},
};

START_TEST(material_acts)
{
  ng_unit_check_all_specs(cases, sizeof cases / sizeof *cases);
}
END_TEST

static Suite *
make_suite(void)
{
  Suite *s = suite_create("material");

  ng_unit_add_integration(s, material_acts);
  return s;
}

NG_UNIT_MAIN(make_suite)
