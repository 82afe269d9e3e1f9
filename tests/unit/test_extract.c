/* Extraction through the public API (ng_doc_from_text + ng_analyze), with a
 * small lexicon and a few patterns written here; one integration test runs
 * the shipped ontology. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "newsgraph/newsgraph.h"
#include "stances.h"
#include "unit.h"

#define ID NG_ID_NS

/* After NG_UNIT_TTL_PREFIXES. */
static const char lexicon_ttl[] =
    /* countries */
    "ngid:uae a ng:Country ; rdfs:label \"الإمارات\"@ar .\n"
    "ngid:bahrain a ng:Country ; rdfs:label \"البحرين\"@ar .\n"
    "ngid:mali a ng:Country ; rdfs:label \"مالي\"@ar .\n"
    "ngid:burkina a ng:Country ; rdfs:label \"بوركينا فاسو\"@ar .\n"
    "ngid:niger a ng:Country ; rdfs:label \"النيجر\"@ar .\n"
    "ngid:egypt a ng:Country ; rdfs:label \"مصر\"@ar .\n"
    "ngid:algeria a ng:Country ; rdfs:label \"الجزائر\"@ar .\n"
    "ngid:morocco a ng:Country ; rdfs:label \"المغرب\"@ar .\n"
    "ngid:turkey a ng:Country ; rdfs:label \"تركيا\"@ar .\n"
    "ngid:qatar a ng:Country ; rdfs:label \"قطر\"@ar .\n"
    "ngid:japan a ng:Country ; rdfs:label \"اليابان\"@ar .\n"
    "ngid:france a ng:Country ; rdfs:label \"فرنسا\"@ar .\n"
    "ngid:russia a ng:Country ; rdfs:label \"روسيا\"@ar ;\n"
    "    ng:demonym \"روسي\"@ar .\n"
    "ngid:ukraine a ng:Country ; rdfs:label \"أوكرانيا\"@ar .\n"
    "ngid:kazakhstan a ng:Country ; rdfs:label \"كازاخستان\"@ar ;\n"
    "    ng:demonym \"كازاخي\"@ar .\n"
    "ngid:kyrgyzstan a ng:Country ; rdfs:label \"قرغيزستان\"@ar .\n"
    "ngid:uzbekistan a ng:Country ; rdfs:label \"أوزبكستان\"@ar .\n"
    "ngid:kenya a ng:Country ; rdfs:label \"كينيا\"@ar ;\n"
    "    ng:demonym \"كيني\"@ar .\n"
    "ngid:uganda a ng:Country ; rdfs:label \"أوغندا\"@ar .\n"
    "ngid:nigeria a ng:Country ; rdfs:label \"نيجيريا\"@ar .\n"
    "ngid:senegal a ng:Country ; rdfs:label \"السنغال\"@ar .\n"
    "ngid:ecowas a ng:Organization ; rdfs:label \"إيكواس\"@ar .\n"
    /* persons the lexicon gives no role: the article does */
    "ngid:p-kassym a ng:Person ; rdfs:label \"قاسم توكاييف\"@ar .\n"
    "ngid:p-karim a ng:Person ; rdfs:label \"كريم ناصر\"@ar .\n"
    /* stance patterns */
    "ngr:x-support-verb a ng:StancePattern ;\n"
    "    ng:stanceType ng:Support ; ng:frame ng:VerbFrame ;\n"
    "    ng:trigger \"أيدت\" , \"تؤيد\" , \"دعمت\" , \"تدعم\" ;\n"
    "    ng:targetMarker \"obj\" , \"مع\" ; ng:confidence 0.8 .\n"
    "ngr:x-support-noun a ng:StancePattern ;\n"
    "    ng:stanceType ng:Support ; ng:frame ng:NounFrame ;\n"
    "    ng:trigger \"دعم\" ; ng:targetMarker \"ل\" ; ng:confidence 0.8 .\n"
    "ngr:x-criticize-verb a ng:StancePattern ;\n"
    "    ng:stanceType ng:Criticize ; ng:frame ng:VerbFrame ;\n"
    "    ng:trigger \"أدانت\" , \"انتقدت\" , \"انتقد\" ;\n"
    "    ng:targetMarker \"obj\" ; ng:confidence 0.85 .\n"
    "ngr:x-denounce a ng:StancePattern ;\n"
    "    ng:stanceType ng:Criticize ; ng:frame ng:VerbFrame ;\n"
    "    ng:trigger \"نددت\" , \"ندد\" ;\n"
    "    ng:targetMarker \"ب\" , \"على\" ; ng:confidence 0.8 .\n"
    "ngr:x-aid a ng:StancePattern ;\n"
    "    ng:stanceType ng:ProvideAid ; ng:pledgeType ng:OfferAid ;\n"
    "    ng:frame ng:NounFrame ;\n"
    "    ng:trigger \"مساعدات\" , \"المساعدة\" ;\n"
    "    ng:targetMarker \"إلى\" , \"ل\" ; ng:window 10 ; ng:confidence 0.75 .\n"
    /* relation and title patterns */
    "ngr:x-led-by a ng:RelationPattern ;\n"
    "    ng:relation ng:leads ; ng:frame ng:LedByFrame ;\n"
    "    ng:trigger \"بقيادة\" ; ng:objectType ng:Organization ;\n"
    "    ng:confidence 0.85 .\n"
    "ngr:x-title-leader a ng:TitlePattern ;\n"
    "    ng:relation ng:leaderOf ; ng:frame ng:TitleFrame ;\n"
    "    ng:trigger \"الرئيس\" ; ng:confidence 0.9 .\n"
    "ngr:x-title-official a ng:TitlePattern ;\n"
    "    ng:relation ng:officialOf ; ng:frame ng:TitleFrame ;\n"
    "    ng:trigger \"وزير الخارجية\" , \"وزير خارجية\" ;\n"
    "    ng:confidence 0.85 .\n"
    /* cues */
    "ngr:x-negation a ng:NegationCue ;\n"
    "    ng:cue \"لم\" , \"لن\" , \"لا\" , \"عدم\" ;\n"
    "    ng:unless \"تزال\" , \"يزال\" ; ng:window 3 .\n"
    "ngr:x-hedge a ng:HedgeCue ;\n"
    "    ng:cue \"ربما\" , \"قد\" ; ng:window 12 .\n"
    "ngr:x-source a ng:HedgeCue ;\n"
    "    ng:cue \"بحسب\" ; ng:window 25 .\n"
    "ngr:x-pledge a ng:PledgeCue ;\n"
    "    ng:cue \"استعداد\" , \"تعهد\" ; ng:window 3 .\n";

/* lex, loaded from lexicon_ttl for each test of the "small" case. */
NG_UNIT_LEXICON_FIXTURE("extract", NG_UNIT_TTL_PREFIXES, lexicon_ttl)

/* A document and its analysis. */
typedef struct analysed {
  ng_doc *doc;
  ng_analysis *a;
} analysed;

static void
analyse_with(analysed *x, const ng_lexicon *l, const char *text)
{
  ng_error err;

  memset(&err, 0, sizeof err);
  ck_assert_int_eq(ng_doc_from_text(&x->doc, "test", text, strlen(text), &err),
                   NG_OK);
  ck_assert_msg(ng_analyze(&x->a, l, x->doc, &err) == NG_OK, "%s",
                err.message);
}

static void
analyse(analysed *x, const char *text)
{
  analyse_with(x, lex, text);
}

static void
analysed_free(analysed *x)
{
  ng_analysis_free(x->a);
  ng_doc_free(x->doc);
}

static const ng_relation *
find_relation(const ng_analysis *a, const char *subject, ng_relation_type type,
              const char *object)
{
  for (size_t i = 0; i < a->n_relations; i++) {
    const ng_relation *r = &a->relations[i];
    if (r->type == type && strcmp(ng_unit_local(r->subject), subject) == 0 &&
        strcmp(ng_unit_local(r->object), object) == 0)
      return r;
  }
  return NULL;
}

/* Checks that text gives exactly one stance, holder -type-> target, with
 * the given negated and hedged flags. */
static void
check_one_stance(const char *text, const char *holder, ng_stance_type type,
                 const char *target, int negated, int hedged)
{
  analysed x;
  const ng_stance *s;

  analyse(&x, text);
  s = ng_unit_find_stance(x.a, holder, type, target);
  ck_assert_msg(s != NULL, "\"%s\": no %s %s %s; found %s", text, holder,
                ng_stance_type_name(type), target, ng_unit_describe(x.a));
  ck_assert_msg(x.a->n_stances == 1, "\"%s\": %zu stances: %s", text,
                x.a->n_stances, ng_unit_describe(x.a));
  ck_assert_msg(s->negated == negated, "\"%s\": negated %d", text, s->negated);
  ck_assert_msg(s->hedged == hedged, "\"%s\": hedged %d", text, s->hedged);
  ck_assert(s->confidence > 0 && s->confidence <= 1);
  ck_assert_ptr_nonnull(s->rule);
  analysed_free(&x);
}

static void
check_no_stance(const char *text)
{
  analysed x;

  analyse(&x, text);
  ck_assert_msg(x.a->n_stances == 0, "\"%s\": %s", text, ng_unit_describe(x.a));
  analysed_free(&x);
}

/* ---- a plain stance and its evidence ------------------------------------ */

START_TEST(plain_stance)
{
  analysed x;
  const ng_stance *s;
  char *trigger;

  check_one_stance("أيدت تركيا قطر في موقفها.", "turkey", NG_SUPPORT, "qatar",
                   0, 0);
  check_one_stance("انتقدت فرنسا روسيا.", "france", NG_CRITICIZE, "russia", 0,
                   0);
  /* the trigger span points into the original text */
  analyse(&x, "مقدمة قصيرة. ثم أيدت تركيا قطر.");
  ck_assert_uint_eq(x.a->n_stances, 1);
  s = &x.a->stances[0];
  ck_assert_uint_eq(s->sentence, 1);
  trigger = ng_analysis_text(x.a, s->trigger);
  ck_assert_str_eq(trigger, "أيدت");
  free(trigger);
  ck_assert_str_eq(s->rule, "https://w3id.org/newsgraph/rule/x-support-verb");
  ck_assert_ptr_null(s->speaker);
  analysed_free(&x);
}
END_TEST

/* ---- coordination ------------------------------------------------------- */

START_TEST(coordinated_holders)
{
  analysed x;

  analyse(&x, "أعلنت الإمارات والبحرين دعمهما لمصر.");
  ck_assert_msg(x.a->n_stances == 2, "%s", ng_unit_describe(x.a));
  ck_assert_ptr_nonnull(ng_unit_find_stance(x.a, "uae", NG_SUPPORT, "egypt"));
  ck_assert_ptr_nonnull(ng_unit_find_stance(x.a, "bahrain", NG_SUPPORT, "egypt"));
  analysed_free(&x);
  analyse(&x, "أيدت كل من مالي وبوركينا فاسو النيجر.");
  ck_assert_msg(x.a->n_stances == 2, "%s", ng_unit_describe(x.a));
  ck_assert_ptr_nonnull(ng_unit_find_stance(x.a, "mali", NG_SUPPORT, "niger"));
  ck_assert_ptr_nonnull(ng_unit_find_stance(x.a, "burkina", NG_SUPPORT, "niger"));
  analysed_free(&x);
}
END_TEST

START_TEST(coordinated_targets)
{
  analysed x;

  analyse(&x, "انتقدت فرنسا روسيا وأوزبكستان، وكازاخستان.");
  ck_assert_msg(x.a->n_stances == 3, "%s", ng_unit_describe(x.a));
  ck_assert_ptr_nonnull(ng_unit_find_stance(x.a, "france", NG_CRITICIZE, "russia"));
  ck_assert_ptr_nonnull(ng_unit_find_stance(x.a, "france", NG_CRITICIZE, "uzbekistan"));
  ck_assert_ptr_nonnull(ng_unit_find_stance(x.a, "france", NG_CRITICIZE, "kazakhstan"));
  analysed_free(&x);
}
END_TEST

/* ---- negation ----------------------------------------------------------- */

START_TEST(negation)
{
  check_one_stance("لم تؤيد تركيا قطر.", "turkey", NG_SUPPORT, "qatar", 1, 0);
  check_one_stance("ولن تدعم الجزائر المغرب.", "algeria", NG_SUPPORT,
                   "morocco", 1, 0);
  check_one_stance("أعلنت الجزائر عدم دعمها للمغرب.", "algeria", NG_SUPPORT,
                   "morocco", 1, 0);
  /* لا تزال / لا يزال assert that something goes on */
  check_one_stance("لا يزال دعم تركيا لقطر قويا.", "turkey", NG_SUPPORT,
                   "qatar", 0, 0);
  check_one_stance("ولا تزال تدعم تركيا قطر.", "turkey", NG_SUPPORT, "qatar",
                   0, 0);
}
END_TEST

/* ---- hedging ------------------------------------------------------------ */

START_TEST(hedging)
{
  check_one_stance("ربما تؤيد تركيا قطر.", "turkey", NG_SUPPORT, "qatar", 0,
                   1);
  check_one_stance("بحسب مصادر صحفية، انتقدت فرنسا روسيا.", "france",
                   NG_CRITICIZE, "russia", 0, 1);
  /* قد before an imperfect verb hedges; before a perfect it asserts */
  check_one_stance("قد تؤيد تركيا قطر.", "turkey", NG_SUPPORT, "qatar", 0, 1);
  check_one_stance("وقد أيدت تركيا قطر.", "turkey", NG_SUPPORT, "qatar", 0, 0);
}
END_TEST

START_TEST(hedging_lowers_confidence)
{
  analysed plain, hedged;

  analyse(&plain, "أيدت تركيا قطر.");
  analyse(&hedged, "ربما أيدت تركيا قطر.");
  ck_assert_uint_eq(plain.a->n_stances, 1);
  ck_assert_uint_eq(hedged.a->n_stances, 1);
  ck_assert(hedged.a->stances[0].confidence < plain.a->stances[0].confidence);
  analysed_free(&plain);
  analysed_free(&hedged);
}
END_TEST

/* ---- titles ------------------------------------------------------------- */

/* TITLE + demonym + name makes the person the leader of the country, and
 * later short mentions of the person count for the country. */
START_TEST(title_demonym_name)
{
  analysed x;
  const ng_relation *r;
  const ng_stance *s;

  analyse(&x, "أعلن الرئيس الكازاخي قاسم توكاييف دعمه لقرغيزستان. "
              "وبعد ذلك انتقد توكاييف أوزبكستان.");
  r = find_relation(x.a, "p-kassym", NG_LEADER_OF, "kazakhstan");
  ck_assert_msg(r != NULL, "%s", ng_unit_describe(x.a));
  ck_assert_uint_eq(r->sentence, 0);
  s = ng_unit_find_stance(x.a, "kazakhstan", NG_SUPPORT, "kyrgyzstan");
  ck_assert_msg(s != NULL, "%s", ng_unit_describe(x.a));
  ck_assert_ptr_nonnull(s->speaker);
  ck_assert_str_eq(ng_unit_local(s->speaker), "p-kassym");
  s = ng_unit_find_stance(x.a, "kazakhstan", NG_CRITICIZE, "uzbekistan");
  ck_assert_msg(s != NULL, "%s", ng_unit_describe(x.a));
  ck_assert_uint_eq(s->sentence, 1);
  ck_assert_str_eq(ng_unit_local(s->speaker), "p-kassym");
  ck_assert_uint_eq(x.a->n_stances, 2);
  analysed_free(&x);
}
END_TEST

/* The possessive pronoun of وزير خارجيتها names the country just named. */
START_TEST(title_with_pronoun)
{
  analysed x;

  analyse(&x, "أعلنت أوغندا أن بعثتها زارت كينيا، والتقت وزير خارجيتها "
              "كريم ناصر.");
  ck_assert_msg(find_relation(x.a, "p-karim", NG_OFFICIAL_OF, "kenya") != NULL,
                "%s", ng_unit_describe(x.a));
  ck_assert_msg(find_relation(x.a, "p-karim", NG_OFFICIAL_OF, "uganda") == NULL,
                "%s", ng_unit_describe(x.a));
  analysed_free(&x);
  analyse(&x, "وصرح وزير الخارجية الكيني كريم ناصر للصحفيين.");
  ck_assert_msg(find_relation(x.a, "p-karim", NG_OFFICIAL_OF, "kenya") != NULL,
                "%s", ng_unit_describe(x.a));
  analysed_free(&x);
}
END_TEST

/* ---- targets that are not actors ---------------------------------------- */

/* A definite complement that names no actor takes the trigger's target
 * slot: no stance toward an actor named after it. */
START_TEST(non_actor_complement)
{
  check_no_stance("نددت الجزائر بالهجوم على مالي.");
  check_no_stance("أدانت فرنسا الهجمات في مالي.");
  check_one_stance("نددت الجزائر بمالي.", "algeria", NG_CRITICIZE, "mali", 0,
                   0);
}
END_TEST

/* A complement owned by an actor (a demonym after it) gives the owner. */
START_TEST(owner_of_complement)
{
  check_one_stance("أدانت فرنسا الغزو الروسي لأوكرانيا.", "france",
                   NG_CRITICIZE, "russia", 0, 0);
  check_one_stance("نددت فرنسا بالغزو الروسي.", "france", NG_CRITICIZE,
                   "russia", 0, 0);
}
END_TEST

/* ---- pledges ------------------------------------------------------------ */

START_TEST(pledge_turns_aid_into_offer)
{
  check_one_stance("قدمت اليابان مساعدات إلى المغرب.", "japan",
                   NG_PROVIDE_AID, "morocco", 0, 0);
  check_one_stance("أعلنت اليابان استعدادها لتقديم المساعدة للمغرب.", "japan",
                   NG_OFFER_AID, "morocco", 0, 0);
  check_one_stance("ستقدم اليابان مساعدات إلى المغرب.", "japan",
                   NG_OFFER_AID, "morocco", 0, 0);
}
END_TEST

/* ---- relations ---------------------------------------------------------- */

START_TEST(led_by)
{
  analysed x;

  analyse(&x, "انتشرت قوات إيكواس بقيادة نيجيريا في المنطقة.");
  ck_assert_msg(find_relation(x.a, "nigeria", NG_LEADS, "ecowas") != NULL,
                "%s", ng_unit_describe(x.a));
  ck_assert_uint_eq(x.a->n_relations, 1);
  analysed_free(&x);
  /* a country is not led by another: nothing */
  analyse(&x, "وصلت قوات من السنغال بقيادة نيجيريا.");
  ck_assert_msg(x.a->n_relations == 0, "%s", ng_unit_describe(x.a));
  analysed_free(&x);
}
END_TEST

/* ---- the analysis as a whole -------------------------------------------- */

START_TEST(mentions_and_entities)
{
  analysed x;

  analyse(&x, "أيدت تركيا قطر. وانتقدت فرنسا روسيا.");
  ck_assert_uint_eq(x.a->n_sentences, 2);
  ck_assert_uint_eq(x.a->n_mentions, 4);
  ck_assert_uint_eq(x.a->n_entities, 4);
  for (size_t i = 1; i < x.a->n_mentions; i++)
    ck_assert_uint_lt(x.a->mentions[i - 1].span.begin,
                      x.a->mentions[i].span.begin);
  {
    char *t = ng_analysis_text(x.a, x.a->mentions[2].span);
    ck_assert_str_eq(t, "فرنسا"); /* the و is not part of the mention */
    free(t);
  }
  ck_assert_uint_eq(x.a->mentions[2].sentence, 1);
  analysed_free(&x);
}
END_TEST

START_TEST(empty_document)
{
  analysed x;

  analyse(&x, "");
  ck_assert_uint_eq(x.a->n_sentences, 0);
  ck_assert_uint_eq(x.a->n_mentions, 0);
  ck_assert_uint_eq(x.a->n_stances, 0);
  ck_assert_uint_eq(x.a->n_relations, 0);
  analysed_free(&x);
  ng_analysis_free(NULL);
}
END_TEST

/* ---- integration: the shipped ontology ---------------------------------- */

START_TEST(integration_shipped_ontology)
{
  ng_lexicon *big = ng_unit_lexicon_shipped();
  analysed x;

  analyse_with(&x, big,
               "أعلنت الإمارات والبحرين دعمهما لكازاخستان. "
               "وأدانت فرنسا الغزو الروسي لأوكرانيا. "
               "وأبدت اليابان استعدادها لتقديم المساعدة للمغرب.");
  ck_assert_msg(ng_unit_find_stance(x.a, "united-arab-emirates", NG_SUPPORT,
                            "kazakhstan") != NULL, "%s", ng_unit_describe(x.a));
  ck_assert_msg(ng_unit_find_stance(x.a, "bahrain", NG_SUPPORT, "kazakhstan") != NULL,
                "%s", ng_unit_describe(x.a));
  ck_assert_msg(ng_unit_find_stance(x.a, "france", NG_CRITICIZE, "russia") != NULL,
                "%s", ng_unit_describe(x.a));
  ck_assert_msg(ng_unit_find_stance(x.a, "japan", NG_OFFER_AID, "morocco") != NULL,
                "%s", ng_unit_describe(x.a));
  ck_assert_msg(ng_unit_find_stance(x.a, "japan", NG_PROVIDE_AID, "morocco") == NULL,
                "%s", ng_unit_describe(x.a));
  analysed_free(&x);
  ng_lexicon_free(big);
}
END_TEST

static Suite *
make_suite(void)
{
  TCase *tc;
  Suite *s = ng_unit_suite("extract", &tc, setup, teardown);

  tcase_add_test(tc, plain_stance);
  tcase_add_test(tc, coordinated_holders);
  tcase_add_test(tc, coordinated_targets);
  tcase_add_test(tc, negation);
  tcase_add_test(tc, hedging);
  tcase_add_test(tc, hedging_lowers_confidence);
  tcase_add_test(tc, title_demonym_name);
  tcase_add_test(tc, title_with_pronoun);
  tcase_add_test(tc, non_actor_complement);
  tcase_add_test(tc, owner_of_complement);
  tcase_add_test(tc, pledge_turns_aid_into_offer);
  tcase_add_test(tc, led_by);
  tcase_add_test(tc, mentions_and_entities);
  tcase_add_test(tc, empty_document);
  ng_unit_add_integration(s, integration_shipped_ontology);
  return s;
}

NG_UNIT_MAIN(make_suite)
