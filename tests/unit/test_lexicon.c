/* The lexicon: entities, names, patterns and cues compiled from a small
 * Turtle file written here, the errors a bad file gives, and (in one
 * integration test) the shipped ontology. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lexicon.h"
#include "segment.h"
#include "unit.h"
#include "util.h"

#define ID NG_ID_NS
#define RULE "https://w3id.org/newsgraph/rule/"

static const char prefixes[] =
    NG_UNIT_TTL_PREFIXES
    "@prefix owl:  <http://www.w3.org/2002/07/owl#> .\n"
    "@prefix wd:   <http://www.wikidata.org/entity/> .\n";

/* A few entities, two patterns of each kind and some cues. */
static const char lexicon_ttl[] =
    "ngid:kazakhstan a ng:Country ;\n"
    "    rdfs:label \"كازاخستان\"@ar , \"Kazakhstan\"@en ;\n"
    "    ng:alias \"قازاقستان\"@ar , \"Qazaqstan\"@en ;\n"
    "    ng:demonym \"كازاخي\"@ar ;\n"
    "    ng:people \"كازاخ\"@ar ;\n"
    "    ng:capital \"أستانا\"@ar ;\n"
    "    ng:seat \"أق أوردا\"@ar ;\n"
    "    ng:iso3166Alpha2 \"KZ\" ; ng:iso3166Alpha3 \"KAZ\" ;\n"
    "    owl:sameAs wd:Q232 .\n"
    "ngid:china a ng:Country ;\n"
    "    rdfs:label \"الصين\"@ar , \"China\"@en ;\n"
    "    ng:demonym \"صيني\"@ar .\n"
    "ngid:germany a ng:Country ;\n"
    "    rdfs:label \"ألمانيا\"@ar , \"Germany\"@en ;\n"
    "    ng:demonym \"ألماني\"@ar .\n"
    "ngid:astana a ng:Place ; ng:placeKind ng:City ;\n"
    "    rdfs:label \"أستانا\"@ar , \"Astana\"@en ;\n"
    "    ng:locatedIn ngid:kazakhstan .\n"
    "ngid:sco a ng:Organization ;\n"
    "    rdfs:label \"منظمة شنغهاي للتعاون\"@ar ;\n"
    "    ng:acronym \"SCO\"@en .\n"
    "ngid:k-leader a ng:Person ;\n"
    "    rdfs:label \"قاسم توكاييف\"@ar , \"Kassym Tokayev\"@en ;\n"
    "    ng:leaderOf ngid:kazakhstan .\n"
    "ngid:k-former a ng:Person ;\n"
    "    rdfs:label \"نور نزارباييف\"@ar ;\n"
    "    ng:leaderOf ngid:kazakhstan ;\n"
    "    ng:former true .\n"
    "ngid:k-minister a ng:Person ;\n"
    "    rdfs:label \"مراد نورتلييف\"@ar ;\n"
    "    ng:officialOf ngid:kazakhstan .\n"
    "ngr:t-support a ng:StancePattern ;\n"
    "    ng:stanceType ng:Support ; ng:frame ng:VerbFrame ;\n"
    "    ng:trigger \"أيدت\" , \"وقفت إلى جانب\" ;\n"
    "    ng:targetMarker \"obj\" , \"مع\" ;\n"
    "    ng:confidence 0.8 .\n"
    "ngr:t-aid a ng:StancePattern ;\n"
    "    ng:stanceType ng:ProvideAid ; ng:pledgeType ng:OfferAid ;\n"
    "    ng:frame ng:NounFrame ; ng:holderNear true ;\n"
    "    ng:trigger \"المساعدة\" ;\n"
    "    ng:targetMarker \"إلى\" , \"ل\" , \"على\" ;\n"
    "    ng:subjectType ng:Country ;\n"
    "    ng:window 10 ; ng:confidence 0.7 .\n"
    "ngr:t-led a ng:RelationPattern ;\n"
    "    ng:relation ng:leads ; ng:frame ng:LedByFrame ;\n"
    "    ng:trigger \"بقيادة\" ; ng:objectType ng:Organization .\n"
    "ngr:t-title a ng:TitlePattern ;\n"
    "    ng:relation ng:leaderOf ; ng:frame ng:TitleFrame ;\n"
    "    ng:trigger \"الرئيس\" .\n"
    "ngr:t-neg a ng:NegationCue ;\n"
    "    ng:cue \"لم\" , \"عدم\" ; ng:unless \"تزال\" ; ng:window 3 .\n"
    "ngr:t-hedge a ng:HedgeCue ;\n"
    "    ng:cue \"ربما\" , \"بحسب\" .\n"
    "ngr:t-pledge a ng:PledgeCue ;\n"
    "    ng:cue \"استعداد\" .\n";

/* Writes prefixes + body to a new temporary file; returns its path (caller
 * unlinks and frees). */
static char *
write_temp(const char *body)
{
  return ng_unit_write_temp("lexicon", prefixes, body);
}

/* Loads body (after the prefixes) into a new lexicon; returns the status,
 * with *out the lexicon on success. */
static ng_status
load_body(ng_lexicon **out, const char *body, ng_error *err, char **path_out)
{
  char *path = write_temp(body);
  ng_lexicon *lex;
  ng_status rc;

  ck_assert_int_eq(ng_lexicon_new(&lex), NG_OK);
  rc = ng_lexicon_load_file(lex, path, err);
  if (path_out)
    *path_out = path;
  else {
    unlink(path);
    free(path);
  }
  if (rc != NG_OK) {
    ng_lexicon_free(lex);
    lex = NULL;
  }
  *out = lex;
  return rc;
}

/* lex, loaded from lexicon_ttl for each test of the "small" case. */
NG_UNIT_LEXICON_FIXTURE("lexicon", prefixes, lexicon_ttl)

/* The lexicon entity with iri, or fail. */
static const ng_entity *
entity(const char *iri)
{
  for (size_t i = 0; i < ng_lexicon_entity_count(lex); i++)
    if (strcmp(ng_lexicon_entity(lex, i)->iri, iri) == 0)
      return ng_lexicon_entity(lex, i);
  ck_abort_msg("no entity %s", iri);
  return NULL;
}

/* The pattern with iri, or fail. */
static const ng_pattern *
pattern(const char *iri)
{
  for (size_t i = 0; i < ng_lexicon_pattern_count(lex); i++)
    if (strcmp(ng_lexicon_pattern(lex, i)->iri, iri) == 0)
      return ng_lexicon_pattern(lex, i);
  ck_abort_msg("no pattern %s", iri);
  return NULL;
}

/* The phrase of kind for entity iri indexed under key; NULL when none. */
static const ng_phrase *
phrase(const char *key, const char *iri, ng_mention_kind kind)
{
  const size_t *ids;
  size_t n = ng_lexicon_phrases_from(lex, key, &ids);

  for (size_t i = 0; i < n; i++) {
    const ng_phrase *ph = ng_lexicon_phrase(lex, ids[i]);
    if (ph->kind == kind &&
        strcmp(ng_lexicon_entity(lex, ph->entity)->iri, iri) == 0)
      return ph;
  }
  return NULL;
}

static size_t
strv_len(char **v)
{
  size_t n = 0;
  while (v && v[n])
    n++;
  return n;
}

/* ---- entities ----------------------------------------------------------- */

START_TEST(entities_loaded)
{
  const ng_entity *kz = entity(ID "kazakhstan");

  ck_assert_uint_eq(ng_lexicon_entity_count(lex), 8);
  ck_assert_int_eq(kz->type, NG_COUNTRY);
  ck_assert_str_eq(kz->label_ar, "كازاخستان");
  ck_assert_str_eq(kz->label_en, "Kazakhstan");
  ck_assert_str_eq(kz->wikidata, "http://www.wikidata.org/entity/Q232");
  ck_assert_str_eq(kz->iso2, "KZ");
  ck_assert_str_eq(kz->iso3, "KAZ");
  ck_assert_ptr_null(kz->rollup);
  ck_assert_int_eq(entity(ID "astana")->type, NG_PLACE);
  ck_assert_str_eq(entity(ID "astana")->place_kind, NG_NS "City");
  ck_assert_ptr_null(kz->place_kind);
  ck_assert_int_eq(entity(ID "sco")->type, NG_ORGANIZATION);
  ck_assert_int_eq(entity(ID "k-leader")->type, NG_PERSON);
  ck_assert_ptr_null(entity(ID "china")->wikidata);
  ck_assert_ptr_null(entity(ID "sco")->label_en);
}
END_TEST

START_TEST(entity_alt_labels)
{
  const ng_entity *kz = entity(ID "kazakhstan");
  const ng_entity *sco = entity(ID "sco");

  ck_assert_uint_eq(strv_len(kz->alt_ar), 1);
  ck_assert_str_eq(kz->alt_ar[0], "قازاقستان");
  ck_assert_uint_eq(strv_len(kz->alt_en), 1);
  ck_assert_str_eq(kz->alt_en[0], "Qazaqstan");
  /* acronyms are alternative names too */
  ck_assert_uint_eq(strv_len(sco->alt_en), 1);
  ck_assert_str_eq(sco->alt_en[0], "SCO");
  /* empty lists, never NULL */
  ck_assert_ptr_nonnull(entity(ID "china")->alt_ar);
  ck_assert_uint_eq(strv_len(entity(ID "china")->alt_ar), 0);
}
END_TEST

START_TEST(rollup_of_leaders)
{
  const ng_entity *kz = entity(ID "kazakhstan");
  size_t former = ng_lexicon_entity_index(lex, entity(ID "k-former"));
  const ng_entity_info *info = ng_lexicon_info(lex, former);

  ck_assert_ptr_eq(entity(ID "k-leader")->rollup, kz);
  ck_assert_ptr_eq(entity(ID "k-minister")->rollup, kz);
  ck_assert_ptr_null(entity(ID "k-former")->rollup);
  /* the former role is still known, marked former */
  ck_assert_uint_eq(info->n_roles, 1);
  ck_assert_int_eq(info->roles[0].type, NG_LEADER_OF);
  ck_assert_uint_eq(info->roles[0].entity, ng_lexicon_entity_index(lex, kz));
  ck_assert_int_eq(info->roles[0].former, 1);
  info = ng_lexicon_info(lex, ng_lexicon_entity_index(lex, entity(ID "k-minister")));
  ck_assert_uint_eq(info->n_roles, 1);
  ck_assert_int_eq(info->roles[0].type, NG_OFFICIAL_OF);
  ck_assert_int_eq(info->roles[0].former, 0);
}
END_TEST

/* ---- phrases ------------------------------------------------------------ */

START_TEST(phrases_by_first_key)
{
  const char *kz = ID "kazakhstan";
  const ng_phrase *ph;

  ck_assert_ptr_nonnull(phrase("كازاخستان", kz, NG_MENTION_NAME));
  ck_assert_ptr_nonnull(phrase("قازاقستان", kz, NG_MENTION_ALIAS));
  ck_assert_ptr_nonnull(phrase("qazaqstan", kz, NG_MENTION_ALIAS));
  ck_assert_ptr_nonnull(phrase("kazakhstan", kz, NG_MENTION_NAME));
  ck_assert_ptr_nonnull(phrase("sco", ID "sco", NG_MENTION_ALIAS));
  ck_assert_ptr_nonnull(phrase("كازاخ", kz, NG_MENTION_DEMONYM));
  ck_assert_ptr_nonnull(phrase("اق", kz, NG_MENTION_METONYM)); /* seat */
  ph = phrase("منظمه", ID "sco", NG_MENTION_NAME);
  ck_assert_ptr_nonnull(ph);
  ck_assert_uint_eq(ph->words.n, 3);
  ck_assert_str_eq(ph->words.keys[1], "شنغهاي");
  ck_assert_str_eq(ph->words.keys[2], "للتعاون"); /* no clitic stripping */
  ck_assert_uint_eq(ng_lexicon_phrases_from(lex, "غير موجود", &(const size_t *){0}), 0);
  ck_assert(ng_lexicon_name_count(lex) >= 15);
}
END_TEST

/* Demonyms match with or without ال, and the feminine is derived. */
START_TEST(phrases_demonyms)
{
  const ng_phrase *m = phrase("كازاخي", ID "kazakhstan", NG_MENTION_DEMONYM);
  const ng_phrase *f = phrase("كازاخيه", ID "kazakhstan", NG_MENTION_DEMONYM);

  ck_assert_ptr_nonnull(m);
  ck_assert_ptr_nonnull(f);
  ck_assert_int_eq(m->any_article, 1);
  ck_assert_int_eq(f->any_article, 1);
  ck_assert_ptr_nonnull(phrase("صينيه", ID "china", NG_MENTION_DEMONYM));
  ck_assert_ptr_nonnull(phrase("الماني", ID "germany", NG_MENTION_DEMONYM));
  ck_assert_ptr_nonnull(phrase("المانيه", ID "germany", NG_MENTION_DEMONYM));
  /* names are not article-free */
  ck_assert_int_eq(phrase("كازاخستان", ID "kazakhstan", NG_MENTION_NAME)->any_article, 0);
}
END_TEST

/* A capital is a metonym of its country, and the city's own name. */
START_TEST(phrases_capital)
{
  ck_assert_ptr_nonnull(phrase("استانا", ID "kazakhstan", NG_MENTION_METONYM));
  ck_assert_ptr_nonnull(phrase("استانا", ID "astana", NG_MENTION_NAME));
}
END_TEST

/* The article is judged on the word as written: ألمانيا begins with a
 * hamza alef and keeps all its letters, الصين loses its article. */
START_TEST(phrases_article)
{
  const ng_phrase *de = phrase("المانيا", ID "germany", NG_MENTION_NAME);
  const ng_phrase *cn = phrase("صين", ID "china", NG_MENTION_NAME);

  ck_assert_ptr_nonnull(de);
  ck_assert_str_eq(de->words.keys[0], "المانيا");
  ck_assert_int_eq(de->words.article[0], 0);
  ck_assert_ptr_null(phrase("مانيا", ID "germany", NG_MENTION_NAME));
  ck_assert_ptr_nonnull(cn);
  ck_assert_str_eq(cn->words.keys[0], "صين");
  ck_assert_int_eq(cn->words.article[0], 1);
  ck_assert_ptr_null(phrase("الصين", ID "china", NG_MENTION_NAME));
}
END_TEST

START_TEST(words_parse)
{
  ng_words w;

  ck_assert_int_eq(ng_words_parse(&w, "  وزير   الخارجية  إلى "), NG_OK);
  ck_assert_uint_eq(w.n, 3);
  ck_assert_str_eq(w.keys[0], "وزير");
  ck_assert_int_eq(w.article[0], 0);
  ck_assert_str_eq(w.keys[1], "خارجيه");
  ck_assert_int_eq(w.article[1], 1);
  ck_assert_str_eq(w.keys[2], "الي");
  ck_assert_int_eq(w.article[2], 0);
  ng_words_free(&w);
  ng_words_free(&w);
  ck_assert_int_eq(ng_words_parse(&w, ""), NG_OK);
  ck_assert_uint_eq(w.n, 0);
  ng_words_free(&w);
}
END_TEST

/* ---- patterns and cues -------------------------------------------------- */

START_TEST(patterns_compiled)
{
  const ng_pattern *sup = pattern(RULE "t-support");
  const ng_pattern *aid = pattern(RULE "t-aid");
  const ng_pattern *led = pattern(RULE "t-led");
  const ng_pattern *title = pattern(RULE "t-title");

  ck_assert_uint_eq(ng_lexicon_pattern_count(lex), 4);
  ck_assert_int_eq(sup->is_relation, 0);
  ck_assert_int_eq(sup->type, NG_SUPPORT);
  ck_assert_int_eq(sup->frame, NG_FRAME_VERB);
  ck_assert_int_eq(sup->pledge_type, -1);
  ck_assert_uint_eq(sup->markers, 1u << NG_MARK_OBJ | 1u << NG_MARK_MAA);
  ck_assert_uint_eq(sup->n_triggers, 2);
  {
    /* the order of an object list is not kept by the parser */
    const ng_words *one = sup->triggers[0].n == 1 ? &sup->triggers[0]
                                                  : &sup->triggers[1];
    const ng_words *three = one == &sup->triggers[0] ? &sup->triggers[1]
                                                      : &sup->triggers[0];
    ck_assert_uint_eq(one->n, 1);
    ck_assert_str_eq(one->keys[0], "ايدت");
    ck_assert_uint_eq(three->n, 3);
    ck_assert_str_eq(three->keys[0], "وقفت");
    ck_assert_str_eq(three->keys[1], "الي");
    ck_assert_str_eq(three->keys[2], "جانب");
  }
  ck_assert_uint_eq(sup->window, 8); /* the default */
  ck_assert_int_eq(sup->holder_near, 0);
  ck_assert_int_eq(sup->subject_type, -1);
  ck_assert(sup->confidence > 0.79 && sup->confidence < 0.81);

  ck_assert_int_eq(aid->type, NG_PROVIDE_AID);
  ck_assert_int_eq(aid->pledge_type, NG_OFFER_AID);
  ck_assert_int_eq(aid->frame, NG_FRAME_NOUN);
  ck_assert_uint_eq(aid->markers, 1u << NG_MARK_ILA | 1u << NG_MARK_L |
                                      1u << NG_MARK_ALA);
  ck_assert_uint_eq(aid->window, 10);
  ck_assert_int_eq(aid->holder_near, 1);
  ck_assert_int_eq(aid->subject_type, NG_COUNTRY);
  ck_assert_str_eq(aid->triggers[0].keys[0], "مساعده");
  ck_assert_int_eq(aid->triggers[0].article[0], 1);

  ck_assert_int_eq(led->is_relation, 1);
  ck_assert_int_eq(led->type, NG_LEADS);
  ck_assert_int_eq(led->frame, NG_FRAME_LED_BY);
  ck_assert_int_eq(led->object_type, NG_ORGANIZATION);
  ck_assert(led->confidence > 0.79 && led->confidence < 0.81);

  ck_assert_int_eq(title->is_relation, 1);
  ck_assert_int_eq(title->type, NG_LEADER_OF);
  ck_assert_int_eq(title->frame, NG_FRAME_TITLE);
}
END_TEST

/* The cue of kind whose (one-word) phrase is key; NULL when none. */
static const ng_cue *
cue(ng_cue_kind kind, const char *key)
{
  for (size_t i = 0; i < ng_lexicon_cue_count(lex); i++) {
    const ng_cue *c = ng_lexicon_cue(lex, i);
    if (c->kind == kind && c->words.n == 1 && strcmp(c->words.keys[0], key) == 0)
      return c;
  }
  return NULL;
}

START_TEST(cues_compiled)
{
  const ng_cue *lam = cue(NG_CUE_NEGATION, "لم");

  ck_assert_uint_eq(ng_lexicon_cue_count(lex), 5);
  ck_assert_ptr_nonnull(lam);
  ck_assert_uint_eq(lam->scope, 3);
  ck_assert_uint_eq(lam->n_unless, 1);
  ck_assert_str_eq(lam->unless[0].keys[0], "تزال");
  ck_assert_ptr_nonnull(cue(NG_CUE_NEGATION, "عدم"));
  ck_assert_ptr_nonnull(cue(NG_CUE_HEDGE, "ربما"));
  ck_assert_ptr_nonnull(cue(NG_CUE_HEDGE, "بحسب"));
  ck_assert_uint_eq(cue(NG_CUE_HEDGE, "ربما")->scope, 12); /* the default */
  ck_assert_ptr_nonnull(cue(NG_CUE_PLEDGE, "استعداد"));
  ck_assert_uint_eq(cue(NG_CUE_PLEDGE, "استعداد")->scope, 3);
}
END_TEST

START_TEST(mark_parse)
{
  ck_assert_int_eq(ng_mark_parse("ل"), NG_MARK_L);
  ck_assert_int_eq(ng_mark_parse("الي"), NG_MARK_ILA);
  ck_assert_int_eq(ng_mark_parse("علي"), NG_MARK_ALA);
  ck_assert_int_eq(ng_mark_parse("بين"), NG_MARK_BAYN);
  ck_assert_int_eq(ng_mark_parse("obj"), NG_MARK_OBJ);
  ck_assert_int_eq(ng_mark_parse("genitive"), NG_MARK_GEN);
  ck_assert_int_eq(ng_mark_parse("إلى"), -1); /* folded forms only */
  ck_assert_int_eq(ng_mark_parse("xyz"), -1);
}
END_TEST

/* ---- loading more than one file ----------------------------------------- */

/* A second file adds names to an entity of the first, as countries-extra.ttl
 * does; the lexicon is compiled again after each file. */
/* A verb pattern that lists the third person singular gets the dual and
 * plural a subject named first takes; other frames, weak verbs and forms
 * without their pair are left as listed. */
START_TEST(verb_forms_derived)
{
  static const char *const derived[] = {"ادانتا", "ادانوا", "تدينان",
                                        "يدينان", "يدينون"};
  static const char *const absent[] = {"رعيتا", "رعيوا", "دعمتتا",
                                       "تدعمان"};
  ng_lexicon *l = ng_unit_lexicon_from(
      "verbs", NG_UNIT_TTL_PREFIXES,
      "ngr:v a ng:StancePattern ; ng:stanceType ng:Criticize ;\n"
      "    ng:frame ng:VerbFrame ;\n"
      "    ng:trigger \"أدان\" , \"أدانت\" , \"يدين\" , \"تدين\" , \"رعى\" , \"رعت\" ,\n"
      "        \"دعمت\" , \"تدعم\" ; ng:targetMarker \"obj\" .\n"
      "ngr:n a ng:StancePattern ; ng:stanceType ng:Criticize ;\n"
      "    ng:frame ng:NounFrame ; ng:trigger \"نقد\" , \"نقدت\" ;\n"
      "    ng:targetMarker \"ل\" .\n");
  const ng_pattern *v = ng_lexicon_pattern(l, 0), *n = ng_lexicon_pattern(l, 1);

  if (v->frame != NG_FRAME_VERB) {
    const ng_pattern *swap = v;
    v = n;
    n = swap;
  }
  ck_assert_uint_eq(v->n_triggers, 8 + 5);
  for (size_t k = 0; k < 5; k++) {
    size_t t = 0;
    while (t < v->n_triggers && strcmp(v->triggers[t].keys[0], derived[k]) != 0)
      t++;
    ck_assert_msg(t < v->n_triggers, "%s not derived", derived[k]);
  }
  for (size_t k = 0; k < 4; k++)
    for (size_t t = 0; t < v->n_triggers; t++)
      ck_assert_str_ne(v->triggers[t].keys[0], absent[k]);
  ck_assert_uint_eq(n->n_triggers, 2);
  ng_lexicon_free(l);
}
END_TEST

START_TEST(second_file_extends)
{
  char *path = write_temp("ngid:china ng:alias \"جمهورية الصين الشعبية\"@ar ;\n"
                          "    ng:capital \"بكين\"@ar .\n");
  ng_error err;
  size_t before = ng_lexicon_name_count(lex);

  ck_assert_int_eq(ng_lexicon_load_file(lex, path, &err), NG_OK);
  ck_assert_uint_eq(ng_lexicon_entity_count(lex), 8);
  ck_assert_ptr_nonnull(phrase("بكين", ID "china", NG_MENTION_METONYM));
  ck_assert_ptr_nonnull(phrase("جمهوريه", ID "china", NG_MENTION_ALIAS));
  ck_assert_uint_eq(ng_lexicon_name_count(lex), before + 2);
  ck_assert_uint_eq(strv_len(entity(ID "china")->alt_ar), 1);
  unlink(path);
  free(path);
}
END_TEST

START_TEST(load_dir_sorted)
{
  char dir[] = "/tmp/ng-test-lexdir-XXXXXX";
  char a[64], b[64], c[64];
  FILE *fp;
  ng_lexicon *l;
  ng_error err;

  ck_assert_ptr_nonnull(mkdtemp(dir));
  snprintf(a, sizeof a, "%s/a.ttl", dir);
  snprintf(b, sizeof b, "%s/b.ttl", dir);
  snprintf(c, sizeof c, "%s/notes.txt", dir);
  fp = fopen(a, "w");
  fprintf(fp, "%sngid:oman a ng:Country ; rdfs:label \"عمان\"@ar .\n", prefixes);
  fclose(fp);
  fp = fopen(b, "w");
  fprintf(fp, "%sngid:oman ng:capital \"مسقط\"@ar .\n", prefixes);
  fclose(fp);
  fp = fopen(c, "w");
  fputs("this is not Turtle {", fp);
  fclose(fp);
  ck_assert_int_eq(ng_lexicon_new(&l), NG_OK);
  ck_assert_int_eq(ng_lexicon_load_dir(l, dir, &err), NG_OK);
  ck_assert_uint_eq(ng_lexicon_entity_count(l), 1);
  ck_assert_uint_eq(ng_lexicon_name_count(l), 2);
  ng_lexicon_free(l);
  unlink(a);
  unlink(b);
  unlink(c);
  rmdir(dir);
}
END_TEST

/* ---- errors ------------------------------------------------------------- */

/* Line numbers below count the prefix lines written before the body. */
#define PREFIX_LINES 6

static void
check_lexicon_error(const char *body, unsigned long line, const char *what)
{
  ng_lexicon *l;
  ng_error err;
  char *path;

  memset(&err, 0, sizeof err);
  ck_assert_int_eq(load_body(&l, body, &err, &path), NG_ERR_LEXICON);
  ck_assert_ptr_null(l);
  ck_assert_str_eq(err.file, path);
  ck_assert_msg(err.line == PREFIX_LINES + line, "%s: line %lu, not %lu",
                what, err.line, PREFIX_LINES + line);
  ck_assert_msg(strstr(err.message, what) != NULL, "message: %s", err.message);
  unlink(path);
  free(path);
}

START_TEST(error_malformed_entries)
{
  check_lexicon_error("ngid:oman a ng:Country ; rdfs:label \"عمان\"@ar .\n"
                      "ngr:p1 a ng:StancePattern ;\n"
                      "    ng:stanceType ng:Hug ; ng:frame ng:VerbFrame ;\n"
                      "    ng:trigger \"عانق\" .\n",
                      2, "ng:stanceType");
  check_lexicon_error("\n\nngr:p2 a ng:StancePattern ;\n"
                      "    ng:frame ng:VerbFrame ;\n"
                      "    ng:trigger \"عانق\" .\n",
                      3, "ng:stanceType");
  check_lexicon_error("ngr:p3 a ng:StancePattern ;\n"
                      "    ng:stanceType ng:Support ; ng:frame ng:DanceFrame ;\n"
                      "    ng:trigger \"أيد\" .\n",
                      1, "ng:frame");
  check_lexicon_error("\nngr:p4 a ng:StancePattern ;\n"
                      "    ng:stanceType ng:Support ; ng:frame ng:VerbFrame ;\n"
                      "    ng:trigger \"أيد\" ; ng:targetMarker \"فوق\" .\n",
                      2, "ng:targetMarker");
  check_lexicon_error("ngr:p5 a ng:RelationPattern ;\n"
                      "    ng:relation ng:leads ; ng:frame ng:LedByFrame .\n",
                      1, "ng:trigger");
  check_lexicon_error("ngid:nowhere a ng:Country ;\n"
                      "    ng:alias \"لا مكان\"@ar .\n",
                      1, "rdfs:label");
}
END_TEST

START_TEST(error_turtle_syntax)
{
  ng_lexicon *l;
  ng_error err;
  char *path;

  memset(&err, 0, sizeof err);
  ck_assert_int_eq(load_body(&l,
                             "ngid:oman a ng:Country ;\n"
                             "    rdfs:label \"عمان\"@ar .\n"
                             "ngid:qatar a ng:Country ;\n"
                             "    rdfs:label \"قطر\"@ar ,, .\n",
                             &err, &path),
                   NG_ERR_PARSE);
  ck_assert_str_eq(err.file, path);
  ck_assert_msg(err.line == PREFIX_LINES + 4, "line %lu", err.line);
  ck_assert(err.message[0] != '\0');
  unlink(path);
  free(path);
}
END_TEST

START_TEST(error_missing_file)
{
  ng_lexicon *l;
  ng_error err;

  ck_assert_int_eq(ng_lexicon_new(&l), NG_OK);
  memset(&err, 0, sizeof err);
  ck_assert_int_eq(ng_lexicon_load_file(l, "/nonexistent/lexicon.ttl", &err),
                   NG_ERR_IO);
  ck_assert_str_eq(err.file, "/nonexistent/lexicon.ttl");
  ck_assert_int_eq(ng_lexicon_load_dir(l, "/nonexistent-dir", &err), NG_ERR_IO);
  ck_assert_str_eq(err.file, "/nonexistent-dir");
  ck_assert_int_eq(ng_lexicon_load_file(l, "/nonexistent/lexicon.ttl", NULL),
                   NG_ERR_IO);
  ng_lexicon_free(l);
  ng_lexicon_free(NULL);
}
END_TEST

/* ---- integration: the shipped ontology ---------------------------------- */

START_TEST(integration_shipped_ontology)
{
  ng_lexicon *l = ng_unit_lexicon_shipped();
  const size_t *ids;
  int found = 0;

  ck_assert_uint_ge(ng_lexicon_entity_count(l), 250);
  ck_assert_uint_ge(ng_lexicon_pattern_count(l), 20);
  ck_assert_uint_ge(ng_lexicon_cue_count(l), 10);
  for (size_t i = 0; i < ng_lexicon_entity_count(l); i++) {
    const ng_entity *e = ng_lexicon_entity(l, i);
    ck_assert_ptr_nonnull(e->iri);
    ck_assert_msg(strncmp(e->iri, NG_ID_NS, strlen(NG_ID_NS)) == 0, "%s", e->iri);
    if (strcmp(e->iri, ID "kazakhstan") == 0) {
      found = 1;
      ck_assert_str_eq(e->label_ar, "كازاخستان");
      ck_assert_int_eq(e->type, NG_COUNTRY);
    }
  }
  ck_assert(found);
  ck_assert_uint_gt(ng_lexicon_phrases_from(l, "كازاخستان", &ids), 0);
  ck_assert_uint_gt(ng_lexicon_phrases_from(l, "صين", &ids), 0);
  ng_lexicon_free(l);
}
END_TEST

static Suite *
make_suite(void)
{
  TCase *tc, *errs = tcase_create("errors");
  Suite *s = ng_unit_suite("lexicon", &tc, setup, teardown);

  tcase_add_test(tc, entities_loaded);
  tcase_add_test(tc, entity_alt_labels);
  tcase_add_test(tc, rollup_of_leaders);
  tcase_add_test(tc, phrases_by_first_key);
  tcase_add_test(tc, phrases_demonyms);
  tcase_add_test(tc, phrases_capital);
  tcase_add_test(tc, phrases_article);
  tcase_add_test(tc, words_parse);
  tcase_add_test(tc, patterns_compiled);
  tcase_add_test(tc, cues_compiled);
  tcase_add_test(tc, mark_parse);
  tcase_add_test(tc, verb_forms_derived);
  tcase_add_test(tc, second_file_extends);
  tcase_add_test(errs, load_dir_sorted);
  tcase_add_test(errs, error_malformed_entries);
  tcase_add_test(errs, error_turtle_syntax);
  tcase_add_test(errs, error_missing_file);
  suite_add_tcase(s, errs);
  ng_unit_add_integration(s, integration_shipped_ontology);
  return s;
}

NG_UNIT_MAIN(make_suite)
