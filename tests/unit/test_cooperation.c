/* Cooperative and material stances in the phrasings news uses beyond the
 * plain verbs: supplying arms, joining a rescue, a standing military
 * presence, peacekeepers, valuing a role, recalling an ambassador.  Tests
 * as data, every sentence written for this test: each case is a text and
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
    {"زوّدت X Y بـ: the supplied is the object",
     "زودت الولايات المتحدة أوكرانيا بأنظمة دفاع جوي.",
     {"united-states ProvideAid ukraine", "-ukraine ProvideAid united-states"}},
    {"أمدّت X Y بالسلاح",
     "وتقول الحكومة اليمنية إن إيران أمدت الحوثيين بالصواريخ.",
     {"iran ProvideAid houthis"}},
    {"the verbal noun تزويد: its genitive is supplied",
     "وقررت ألمانيا تزويد أوكرانيا بدبابات حديثة.",
     {"germany ProvideAid ukraine"}},
    {"تزوّد with no actor is no aid",
     "تزود محطات الوقود في الأردن السيارات بالبنزين.",
     {"-jordan ProvideAid jordan"}},
    {"a base or a military presence somewhere is a deployment there",
     "تحتفظ الولايات المتحدة بوجود عسكري في العراق، كما تمتلك فرنسا قاعدة "
     "عسكرية في جيبوتي.",
     {"united-states Deploy iraq", "france Deploy djibouti"}},
    {"a presence named with the owner's adjective",
     "انتقدت روسيا الوجود العسكري الأمريكي في سوريا.",
     {"united-states Deploy syria"}},
    {"closing a base is no deployment",
     "أعلنت فرنسا إغلاق قاعدتها العسكرية في تشاد.",
     {"-france Deploy chad"}},
    {"peacekeepers with their adjective after حفظ السلام",
     "بدأت طلائع قوات حفظ السلام الروسية الانتشار في كازاخستان.",
     {"russia Deploy kazakhstan"}},
    {"a number of soldiers in the singular (ألف جندي فرنسي)",
     "ويتمركز نحو ألف جندي فرنسي في النيجر.",
     {"france Deploy niger"}},
    {"ثمّن X موقف Y, أثنى X على جهود Y",
     "ثمن الرئيس الفلسطيني موقف الأردن، وأثنى على جهود قطر.",
     {"palestinian-territories Support jordan",
      "palestinian-territories Support qatar"}},
    {"ثمّن with no actor valued",
     "ثمنت الحكومة المغربية ارتفاع أسعار الفوسفات.",
     {"-morocco Support morocco"}},
    {"readiness (جاهزيتها) before aid: an offer",
     "أعلنت الجزائر جاهزيتها لإرسال فرق الحماية المدنية إلى تونس.",
     {"algeria OfferAid tunisia", "-algeria ProvideAid tunisia"}},
    {"firefighting planes are aid",
     "اندلعت حرائق في تركيا. وأرسلت أذربيجان طائرات إطفاء لمساعدة تركيا.",
     {"azerbaijan ProvideAid turkey"}},
    {"one's own ambassador recalled from a country",
     "وكانت السويد قد سحبت سفيرها من إيران، وقررت الإمارات استدعاء سفيرها "
     "لدى إيران.",
     {"sweden Sanction iran", "united-arab-emirates Sanction iran"}},
    {"the recall with the subject after the verb; a capital after في is "
     "its state",
     "استدعت الجزائر سفيرها في باريس للتشاور.",
     {"algeria Sanction france", "-algeria Request france"}},
    {"a foreign ambassador summoned is no recall",
     "استدعت الخارجية المصرية السفير الإسرائيلي في القاهرة.",
     {"-egypt Sanction israel"}},
    {"aid to the victims goes to the country they are in",
     "ضربت فيضانات باكستان وغمرت ثلث أراضي باكستان. وأرسلت الإمارات "
     "مساعدات للمتضررين.",
     {"united-arab-emirates ProvideAid pakistan"}},
    {"a purpose (لإرسال) is no recipient; opening airspace to relief "
     "flights gives nothing",
     "ضربت فيضانات باكستان وغمرت ثلث أراضي باكستان. وفتحت الهند مجالها "
     "الجوي أمام رحلات الإغاثة "
     "وأبدت استعدادها لإرسال فرق طبية.",
     {"india OfferAid pakistan", "-india ProvideAid pakistan"}},
    {"units of an army taking part in the rescue",
     "ضرب زلزال المغرب. وشاركت وحدات من الجيش الإسباني في عمليات الإنقاذ.",
     {"spain ProvideAid morocco"}},
    {"taking part in a summit is no aid",
     "شاركت فرنسا في القمة الأفريقية في أديس أبابا.",
     {"-france ProvideAid ethiopia"}},
    {"the leaders of an organization speak for it",
     "طالب قادة مجموعة السبع الصين بالضغط على روسيا.",
     {"g7 Request china", "-china Request russia"}},
    {"companies tied to (مرتبطة بـ، تابعة لـ) an organ: its state",
     "فرضت الولايات المتحدة عقوبات على شركات مرتبطة بالحرس الثوري الإيراني. "
     "وأعلنت بريطانيا تجميد أصول شركات تابعة للحرس الثوري الإيراني.",
     {"united-states Sanction iran", "united-kingdom Sanction iran",
      "-iran Sanction united-kingdom"}},
    {"a name's own demonym is not the subject (مجموعة «فاغنر» الروسية)",
     "وتقول تقارير إن مجموعة «فاغنر» الروسية زودت قوات الدعم السريع "
     "بالأسلحة.",
     {"wagner-group ProvideAid rsf", "-russia ProvideAid rsf",
      "-rsf ProvideAid russia"}},
    {"units from an army (وحدات من الجيش X) deployed",
     "وتنتشر وحدات من الجيش التركي في شمال العراق.",
     {"turkey Deploy iraq"}},
    {"valuing the role an actor plays (الدور الذي تقوم به Y)",
     "ثمنت قطر الدور الذي تقوم به مصر في الوساطة.",
     {"qatar Support egypt"}},
    {"recognizing a state, verb and noun",
     "اعترفت إسبانيا بدولة فلسطين، وأعلنت النرويج اعترافها بدولة فلسطين.",
     {"spain Support palestinian-territories",
      "norway Support palestinian-territories"}},
    {"admitting losses is no recognition",
     "اعترف الجيش الإسرائيلي بمقتل جنديين في غزة.",
     {"-israel Support palestinian-territories"}},
    {"designated as terrorist, put on a list",
     "صنفت الولايات المتحدة الحوثيين منظمة إرهابية، وأدرجت بريطانيا حركة "
     "حماس على قائمة الإرهاب.",
     {"united-states Sanction houthis", "united-kingdom Sanction hamas"}},
    {"closing airspace to an actor's planes, a border with it",
     "أغلقت الجزائر مجالها الجوي أمام الطائرات المغربية، وأغلقت تركيا "
     "حدودها مع سوريا.",
     {"algeria Sanction morocco", "turkey Sanction syria"}},
    {"closing schools is no sanction",
     "أغلقت السلطات الأردنية المدارس بسبب العاصفة في سوريا.",
     {"-jordan Sanction syria"}},
    {"calling in an actor (استنجدت بـ)",
     "استنجدت الحكومة الصومالية بالاتحاد الأفريقي.",
     {"somalia Request au"}},
    {"military support given is aid, not only backing",
     "قدمت تركيا دعما عسكريا لأذربيجان.",
     {"turkey ProvideAid azerbaijan"}},
    {"what is requested past an apposition is not given",
     "طلبت مالي من جارتيها، النيجر وبوركينا فاسو، دعما عسكريا عاجلا.",
     {"-mali ProvideAid niger", "-niger ProvideAid mali"}},
    {"sending warships",
     "أعلنت روسيا إرسال سفن حربية إلى سوريا.",
     {"russia Deploy syria"}},
    {"what is appealed for, past a phrase set off by commas and a masdar "
     "(ناشد X، الأسبوع الماضي، فرض عقوبات), is not done",
     "وكان الرئيس الأوكراني قد ناشد مجلس الأمن الدولي، الأسبوع الماضي، فرض "
     "عقوبات على روسيا.",
     {"ukraine Request unsc", "-unsc Sanction russia",
      "-ukraine Sanction russia"}},
    {"حظيت X بدعم Y: Y supports X",
     "تحظى الحكومة اليمنية بدعم السعودية، وحظيت المبادرة المصرية بتأييد "
     "فرنسا.",
     {"saudi-arabia Support yemen", "france Support egypt",
      "-yemen Support saudi-arabia", "-egypt Support france"}},
    {"a ban on trade with an actor (حظرا على تصدير … إلى Y)",
     "فرضت اليابان حظرا على تصدير التكنولوجيا إلى روسيا، وفرضت الولايات "
     "المتحدة قيودا على واردات الصلب من الصين.",
     {"japan Sanction russia", "united-states Sanction china"}},
    {"limits on imports with no partner named sanction nobody",
     "فرضت الحكومة المصرية قيودا على استيراد السيارات من الخارج.",
     {"-egypt Sanction egypt"}},
    {"handing over aid or arms (سلّمت X Y شحنة)",
     "سلمت الولايات المتحدة أوكرانيا دفعة جديدة من الصواريخ.",
     {"united-states ProvideAid ukraine"}},
    {"handing over a letter or suspects is no aid",
     "سلم السفير الفرنسي رسالة من ماكرون إلى الرئيس الجزائري، وسلمت تركيا "
     "مطلوبين إلى العراق.",
     {"-france ProvideAid algeria", "-turkey ProvideAid iraq"}},
    {"sanctions a relative verb imposes (عقوبات فرضها X) on the leaders of "
     "the actor named before",
     "هاجمت حركة الشباب قاعدة للجيش، بعد أيام من عقوبات فرضها الاتحاد "
     "الأوروبي على عدد من قادتها.",
     {"eu Sanction al-shabaab", "-al-shabaab Sanction eu"}},
    {"ready to step in when an actor asks (مستعدة للتدخل لحظة يطلب X ذلك)",
     "ضرب زلزال المغرب. وأكد الرئيس الفرنسي أن بلاده مستعدة للتدخل لحظة "
     "يطلب المغرب ذلك.",
     {"france OfferAid morocco", "-morocco Request france"}},
    {"ready to reply or to talk is no offer",
     "قال وزير الدفاع إن الجيش الإيراني مستعد للرد على أي هجوم إسرائيلي. "
     "وأعلنت الصين أنها مستعدة للحوار مع الهند.",
     {"-iran OfferAid israel", "-china OfferAid india"}},
    {"readiness to help a place",
     "اشتدت الحرب في غزة. وأبدت الأردن استعدادها لإرسال مساعدات إلى غزة.",
     {"jordan OfferAid palestinian-territories",
      "-jordan ProvideAid palestinian-territories"}},
    {"a state named again by its form (السلطنة، المملكة): the last one "
     "named with that form",
     "زار وزير الخارجية الأمريكي سلطنة عمان أمس. وأشادت فرنسا بالدور الذي "
     "تضطلع به السلطنة في الوساطة. وقعت المملكة الأردنية الهاشمية اتفاقا مع "
     "العراق. وأعلنت المملكة تضامنها مع سوريا.",
     {"france Support oman", "jordan Support syria", "-iraq Support syria"}},
    {"a form of state no country named has stands for none (not the "
     "country the text is about)",
     "التقى الرئيس المصري نظيره التونسي في القاهرة. وأعلنت المملكة دعمها "
     "لتونس.",
     {"-egypt Support tunisia"}},
    {"who leads a mediation (الوساطة التي تقودها X) mediates",
     "أحرزت الوساطة التي تقودها تركيا بين الصومال وإثيوبيا تقدما. وأشادت "
     "مصر بالوساطة التي تقودها المملكة المغربية بين الفرقاء الليبيين.",
     {"turkey Mediate somalia", "turkey Mediate ethiopia",
      "-somalia Mediate ethiopia", "morocco Mediate libya"}},
    {"بلاده (a masculine pronoun) is the country of the person named last, "
     "not of a state named after him",
     "اتهم الرئيس الأمريكي إيران بزعزعة الاستقرار، وقال إن بلاده ستنشر "
     "قوات إضافية في العراق.",
     {"united-states Deploy iraq", "-iran Deploy iraq"}},
    {"بلاده after من نظيره Y is the subject's country, not Y's",
     "وطلب الرئيس العراقي من نظيره الفرنسي تزويد بلاده بطائرات مسيرة.",
     {"-iraq ProvideAid france", "-france ProvideAid france"}},
    {"the adjective of a place (قاعدة عين الأسد العراقية) is no subject; "
     "forces in a town are in its country",
     "وتحتفظ الولايات المتحدة في قاعدة عين الأسد العراقية بوجود عسكري "
     "كبير. وتنتشر قوات روسية في مدينة حلب منذ عام 2015.",
     {"united-states Deploy iraq", "russia Deploy syria"}},
    {"pledging troops to join a force (للانضمام إلى القوة): an offer to "
     "the mission; القوة and المهمة stand for a mission named بعثة",
     "وصلت طلائع بعثة الدعم الأمني متعددة الجنسيات إلى بورت أو برنس. "
     "وتعهدت غواتيمالا والسلفادور بإرسال جنود للانضمام إلى القوة، كما "
     "تعهدت تشاد بإرسال عناصر للانضمام إلى المهمة.",
     {"guatemala OfferAid multinational-security-support-mission",
      "el-salvador OfferAid multinational-security-support-mission",
      "chad OfferAid multinational-security-support-mission"}},
    {"joining for a stance other than aid or troops names no target",
     "وأشادت السويد بسعي فنلندا للانضمام إلى حلف الناتو.",
     {"sweden Support finland", "-sweden Support nato"}},
};

START_TEST(cooperation_phrasings)
{
  ng_unit_check_all_specs(cases, sizeof cases / sizeof *cases);
}
END_TEST

static Suite *
make_suite(void)
{
  Suite *s = suite_create("cooperation");

  ng_unit_add_integration(s, cooperation_phrasings);
  return s;
}

NG_UNIT_MAIN(make_suite)
