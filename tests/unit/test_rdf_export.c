/* The RDF writer: one hand-built analysis written in every format, read
 * back with raptor, and checked against the output vocabulary. */
#include "config.h"

#include <raptor2.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/newsgraph.h"
#include "unit.h"
#include "utf8.h"

#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define WD "http://www.wikidata.org/entity/"
#define DOC_IRI NG_DOC_NS "test-1"

static const ng_format formats[] = {NG_FORMAT_TURTLE, NG_FORMAT_NTRIPLES,
                                    NG_FORMAT_NQUADS, NG_FORMAT_RDFXML};
#define N_FORMATS ((int)(sizeof formats / sizeof formats[0]))

/* ---- the fixture: a two-sentence article and what was found in it ---- */

static char sentence0[] = "أعلنت الإمارات دعمها لكازاخستان ورئيسها توكاييف.";
static char sentence1[] =
    "ولم تطلب روسيا المساعدة من الصين، وربما تنتقد فرنسا كازاخستان.";
static char text[512];

static char *kz_alt_ar[] = {"قازاقستان", NULL};
static char *kz_alt_en[] = {"Republic of Kazakhstan", NULL};

static ng_entity kz = {.iri = NG_ID_NS "country/kz",
                       .type = NG_COUNTRY,
                       .label_ar = "كازاخستان",
                       .label_en = "Kazakhstan",
                       .alt_ar = kz_alt_ar,
                       .alt_en = kz_alt_en,
                       .wikidata = WD "Q232",
                       .iso2 = "KZ",
                       .iso3 = "KAZ"};
static ng_entity ae = {.iri = NG_ID_NS "country/ae",
                       .type = NG_COUNTRY,
                       .label_ar = "الإمارات",
                       .label_en = "United Arab Emirates"};
static ng_entity ru = {
    .iri = NG_ID_NS "country/ru", .type = NG_COUNTRY, .label_ar = "روسيا"};
static ng_entity cn = {
    .iri = NG_ID_NS "country/cn", .type = NG_COUNTRY, .label_ar = "الصين"};
static ng_entity fr = {
    .iri = NG_ID_NS "country/fr", .type = NG_COUNTRY, .label_ar = "فرنسا"};
/* An Arabic name minted into a percent-encoded IRI, rolling up to kz. */
#define TOKAYEV_IRI                                                           \
  NG_ID_NS "person/%D8%AA%D9%88%D9%83%D8%A7%D9%8A%D9%8A%D9%81"
static ng_entity tokayev = {.iri = TOKAYEV_IRI,
                            .type = NG_PERSON,
                            .label_ar = "توكاييف",
                            .rollup = &kz};
/* A speaker the analysis does not list among its entities. */
static ng_entity envoy = {.iri = NG_ID_NS "person/ae-envoy",
                          .type = NG_PERSON,
                          .label_en = "Emirati envoy",
                          .rollup = &ae};

static ng_entity *entities[] = {&ae, &kz, &tokayev, &ru, &cn, &fr};
static ng_doc doc;
static ng_sentence sentences[2];
static ng_stance stances[3];
static ng_relation relations[1];
static ng_mention mentions[7];
static ng_analysis analysis;

/* The code-point span of the nth (1-based) occurrence of needle in text. */
static ng_span
span_of(const char *needle, int nth)
{
  const char *p = text - 1;
  ng_span span;

  while (nth-- > 0) {
    p = strstr(p + 1, needle);
    ck_assert_ptr_nonnull(p);
  }
  span.begin = ng_utf8_count(text, (size_t)(p - text));
  span.end = span.begin + ng_utf8_count(needle, strlen(needle));
  return span;
}

static ng_mention
mention(const ng_entity *e, ng_mention_kind kind, const char *needle, int nth,
        size_t sentence)
{
  ng_mention m = {.entity = e, .kind = kind, .sentence = sentence};

  m.span = span_of(needle, nth);
  return m;
}

static void
setup(void)
{
  snprintf(text, sizeof text, "%s %s\n", sentence0, sentence1);
  kz.wikidata = WD "Q232"; /* a test breaks it */
  doc = (ng_doc){.iri = DOC_IRI,
                 .path = "tests/unit/example.txt",
                 .title = "خبر للتجربة",
                 .date = "2024-05-01",
                 .url = "https://example.org/news/1",
                 .lang = "ar",
                 .text = text,
                 .len = strlen(text)};
  sentences[0].span = span_of(sentence0, 1);
  sentences[1].span = span_of(sentence1, 1);
  stances[0] = (ng_stance){.holder = &ae,
                           .speaker = &envoy,
                           .target = &kz,
                           .type = NG_SUPPORT,
                           .confidence = 0.9,
                           .sentence = 0,
                           .trigger = span_of("دعمها", 1),
                           .rule = NG_NS "rule-support"};
  stances[1] = (ng_stance){.holder = &ru,
                           .target = &cn,
                           .type = NG_REQUEST,
                           .negated = true,
                           .confidence = 0.8,
                           .sentence = 1,
                           .trigger = span_of("تطلب", 1),
                           .rule = NG_NS "rule-request"};
  stances[2] = (ng_stance){.holder = &fr,
                           .target = &kz,
                           .type = NG_CRITICIZE,
                           .hedged = true,
                           .confidence = 0.6,
                           .sentence = 1,
                           .trigger = span_of("تنتقد", 1),
                           .rule = NG_NS "rule-criticize"};
  relations[0] = (ng_relation){.subject = &tokayev,
                               .type = NG_LEADER_OF,
                               .object = &kz,
                               .confidence = 0.7,
                               .sentence = 0,
                               .evidence = span_of("ورئيسها توكاييف", 1),
                               .rule = NG_NS "rule-leader"};
  mentions[0] = mention(&ae, NG_MENTION_NAME, "الإمارات", 1, 0);
  mentions[1] = mention(&kz, NG_MENTION_NAME, "كازاخستان", 1, 0);
  mentions[2] = mention(&tokayev, NG_MENTION_NAME, "توكاييف", 1, 0);
  mentions[3] = mention(&ru, NG_MENTION_NAME, "روسيا", 1, 1);
  mentions[4] = mention(&cn, NG_MENTION_NAME, "الصين", 1, 1);
  mentions[5] = mention(&fr, NG_MENTION_NAME, "فرنسا", 1, 1);
  mentions[6] = mention(&kz, NG_MENTION_ALIAS, "كازاخستان", 2, 1);
  analysis = (ng_analysis){.doc = &doc,
                           .sentences = sentences,
                           .n_sentences = 2,
                           .mentions = mentions,
                           .n_mentions = 7,
                           .stances = stances,
                           .n_stances = 3,
                           .relations = relations,
                           .n_relations = 1,
                           .entities = entities,
                           .n_entities = 6};
}

/* ---- writing --------------------------------------------------------- */

/* Writes the analyses with opts into a new temporary file, rewound; fails
 * the test on any error. */
static FILE *
write_all(ng_format format, const ng_output_options *opts,
          const ng_analysis *const *list, size_t n)
{
  FILE *fp = tmpfile();
  ng_rdf_writer *w = NULL;
  ng_error err = {0};

  ck_assert_ptr_nonnull(fp);
  ck_assert_int_eq(ng_rdf_writer_new(&w, format, fp, opts, &err), NG_OK);
  for (size_t i = 0; i < n; i++)
    ck_assert_msg(ng_rdf_writer_add(w, list[i], &err) == NG_OK, "add: %s",
                  err.message);
  ck_assert_msg(ng_rdf_writer_finish(w, &err) == NG_OK, "finish: %s",
                err.message);
  ng_rdf_writer_free(w);
  rewind(fp);
  return fp;
}

static FILE *
write_one(ng_format format, const ng_output_options *opts)
{
  const ng_analysis *list[] = {&analysis};

  return write_all(format, opts, list, 1);
}

/* The whole file as a string the caller frees; *n is its length. */
static char *
slurp(FILE *fp, size_t *n)
{
  char *data;
  long size;

  fseek(fp, 0, SEEK_END);
  size = ftell(fp);
  rewind(fp);
  data = malloc((size_t)size + 1);
  ck_assert_ptr_nonnull(data);
  ck_assert_uint_eq(fread(data, 1, (size_t)size, fp), (size_t)size);
  data[size] = '\0';
  *n = (size_t)size;
  rewind(fp);
  return data;
}

/* ---- reading back ----------------------------------------------------- */

/* One parsed statement; o is an IRI or a literal's text. */
typedef struct triple {
  char *s, *p, *o, *g;
  bool literal;
  char lang[16];
  char datatype[128];
} triple;

typedef struct graph {
  triple *t;
  size_t n, cap;
  int errors;
} graph;

static char *
term_text(const raptor_term *term)
{
  if (!term)
    return NULL;
  if (term->type == RAPTOR_TERM_TYPE_URI)
    return strdup((const char *)raptor_uri_as_string(term->value.uri));
  if (term->type == RAPTOR_TERM_TYPE_LITERAL)
    return strdup((const char *)term->value.literal.string);
  return strdup("_:blank");
}

static void
on_statement(void *user_data, raptor_statement *st)
{
  graph *g = user_data;
  triple *t;

  if (g->n == g->cap) {
    g->cap = g->cap ? g->cap * 2 : 64;
    g->t = realloc(g->t, g->cap * sizeof *g->t);
    ck_assert_ptr_nonnull(g->t);
  }
  t = &g->t[g->n++];
  memset(t, 0, sizeof *t);
  t->s = term_text(st->subject);
  t->p = term_text(st->predicate);
  t->o = term_text(st->object);
  t->g = term_text(st->graph);
  t->literal = st->object->type == RAPTOR_TERM_TYPE_LITERAL;
  if (t->literal && st->object->value.literal.language)
    snprintf(t->lang, sizeof t->lang, "%s",
             (const char *)st->object->value.literal.language);
  if (t->literal && st->object->value.literal.datatype)
    snprintf(t->datatype, sizeof t->datatype, "%s",
             (const char *)raptor_uri_as_string(
                 st->object->value.literal.datatype));
}

static void
on_log(void *user_data, raptor_log_message *message)
{
  graph *g = user_data;

  if (message->level >= RAPTOR_LOG_LEVEL_WARN) {
    g->errors++;
    fprintf(stderr, "# raptor: %s\n", message->text);
  }
}

static const char *
parser_name(ng_format format)
{
  switch (format) {
  case NG_FORMAT_NTRIPLES:
    return "ntriples";
  case NG_FORMAT_NQUADS:
    return "nquads";
  case NG_FORMAT_RDFXML:
    return "rdfxml";
  default:
    return "turtle";
  }
}

/* Parses fp (rewound after) as format into g; no warning is allowed. */
static void
graph_parse(graph *g, FILE *fp, ng_format format)
{
  raptor_world *world = raptor_new_world();
  raptor_parser *parser;
  raptor_uri *base;

  memset(g, 0, sizeof *g);
  raptor_world_set_log_handler(world, g, on_log);
  ck_assert_int_eq(raptor_world_open(world), 0);
  parser = raptor_new_parser(world, parser_name(format));
  ck_assert_ptr_nonnull(parser);
  base = raptor_new_uri(world, (const unsigned char *)"file:///test");
  raptor_parser_set_statement_handler(parser, g, on_statement);
  ck_assert_int_eq(raptor_parser_parse_file_stream(parser, fp, NULL, base), 0);
  ck_assert_int_eq(g->errors, 0);
  raptor_free_uri(base);
  raptor_free_parser(parser);
  raptor_free_world(world);
  rewind(fp);
}

static void
graph_free(graph *g)
{
  for (size_t i = 0; i < g->n; i++) {
    free(g->t[i].s);
    free(g->t[i].p);
    free(g->t[i].o);
    free(g->t[i].g);
  }
  free(g->t);
}

/* How many statements match; NULL matches anything. */
static size_t
graph_count(const graph *g, const char *s, const char *p, const char *o)
{
  size_t n = 0;

  for (size_t i = 0; i < g->n; i++)
    if ((!s || strcmp(s, g->t[i].s) == 0) &&
        (!p || strcmp(p, g->t[i].p) == 0) && (!o || strcmp(o, g->t[i].o) == 0))
      n++;
  return n;
}

/* The one statement (s, p, ?) — fails the test unless exactly one. */
static const triple *
graph_one(const graph *g, const char *s, const char *p)
{
  const triple *found = NULL;

  for (size_t i = 0; i < g->n; i++)
    if (strcmp(s, g->t[i].s) == 0 && strcmp(p, g->t[i].p) == 0) {
      ck_assert_msg(!found, "more than one <%s> <%s>", s, p);
      found = &g->t[i];
    }
  ck_assert_msg(found != NULL, "no <%s> <%s>", s, p);
  return found;
}

static void
read_one(graph *g, ng_format format, const ng_output_options *opts)
{
  FILE *fp = write_one(format, opts);

  graph_parse(g, fp, format);
  fclose(fp);
}

/* ---- the tests -------------------------------------------------------- */

static const char *const stance_iri[] = {
    DOC_IRI "#stance-1", DOC_IRI "#stance-2", DOC_IRI "#stance-3"};

START_TEST(test_stances)
{
  graph g;
  const ng_entity *holder[] = {&ae, &ru, &fr}, *target[] = {&kz, &cn, &kz};
  const char *type[] = {NG_NS "Support", NG_NS "Request", NG_NS "Criticize"};

  read_one(&g, formats[_i], &(ng_output_options){0});
  for (int i = 0; i < 3; i++) {
    ck_assert_uint_eq(
        graph_count(&g, stance_iri[i], RDF "type", NG_NS "Stance"), 1);
    ck_assert_str_eq(graph_one(&g, stance_iri[i], NG_NS "holder")->o,
                     holder[i]->iri);
    ck_assert_str_eq(graph_one(&g, stance_iri[i], NG_NS "target")->o,
                     target[i]->iri);
    ck_assert_str_eq(graph_one(&g, stance_iri[i], NG_NS "stanceType")->o,
                     type[i]);
    ck_assert_uint_eq(graph_count(&g, stance_iri[i],
                                  "http://www.w3.org/ns/prov#wasDerivedFrom",
                                  DOC_IRI),
                      1);
  }
  ck_assert_str_eq(graph_one(&g, stance_iri[0], NG_NS "speaker")->o,
                   envoy.iri);
  ck_assert_str_eq(graph_one(&g, stance_iri[1], NG_NS "negated")->o, "true");
  ck_assert_str_eq(graph_one(&g, stance_iri[1], NG_NS "hedged")->o, "false");
  ck_assert_str_eq(graph_one(&g, stance_iri[2], NG_NS "hedged")->datatype,
                   XSD "boolean");
  graph_free(&g);
}
END_TEST

START_TEST(test_shortcut_only_when_plain)
{
  graph g;

  read_one(&g, formats[_i], &(ng_output_options){0});
  ck_assert_uint_eq(graph_count(&g, ae.iri, NG_NS "supports", kz.iri), 1);
  ck_assert_uint_eq(graph_count(&g, ru.iri, NG_NS "requests", NULL), 0);
  ck_assert_uint_eq(graph_count(&g, fr.iri, NG_NS "criticizes", NULL), 0);
  graph_free(&g);
}
END_TEST

START_TEST(test_values)
{
  graph g;
  const triple *t;
  const char *evidence;

  read_one(&g, formats[_i], &(ng_output_options){0});
  t = graph_one(&g, stance_iri[0], NG_NS "confidence");
  ck_assert_str_eq(t->o, "0.90");
  ck_assert_str_eq(t->datatype, XSD "decimal");
  t = graph_one(&g, stance_iri[0], NG_NS "trigger");
  ck_assert_str_eq(t->o, "دعمها");
  ck_assert_str_eq(t->lang, "ar");
  ck_assert_str_eq(graph_one(&g, stance_iri[0], NG_NS "rule")->o,
                   NG_NS "rule-support");
  evidence = graph_one(&g, stance_iri[0], NG_NS "evidence")->o;
  ck_assert_uint_eq(graph_count(&g, evidence, RDF "type", NIF "Sentence"), 1);
  ck_assert_str_eq(graph_one(&g, evidence, NIF "anchorOf")->o, sentence0);
  ck_assert_str_eq(graph_one(&g, evidence, NIF "beginIndex")->o, "0");
  t = graph_one(&g, evidence, NIF "endIndex");
  ck_assert_uint_eq(strtoul(t->o, NULL, 10),
                    ng_utf8_count(sentence0, strlen(sentence0)));
  ck_assert_str_eq(t->datatype, XSD "nonNegativeInteger");
  ck_assert_str_eq(graph_one(&g, evidence, NIF "referenceContext")->o,
                   DOC_IRI);
  /* One sentence serves stances 2 and 3 and is described once. */
  ck_assert_uint_eq(graph_count(&g, NULL, RDF "type", NIF "Sentence"), 2);
  graph_free(&g);
}
END_TEST

START_TEST(test_document)
{
  graph g;

  read_one(&g, formats[_i], &(ng_output_options){0});
  ck_assert_uint_eq(graph_count(&g, DOC_IRI, RDF "type", NIF "Context"), 1);
  ck_assert_str_eq(graph_one(&g, DOC_IRI, NIF "isString")->o, text);
  ck_assert_uint_eq(
      strtoul(graph_one(&g, DOC_IRI, NIF "endIndex")->o, NULL, 10),
      ng_utf8_count(text, strlen(text)));
  ck_assert_str_eq(graph_one(&g, DOC_IRI, "http://purl.org/dc/terms/title")->o,
                   "خبر للتجربة");
  ck_assert_str_eq(
      graph_one(&g, DOC_IRI, "http://purl.org/dc/terms/source")->o,
      "https://example.org/news/1");
  ck_assert(
      !graph_one(&g, DOC_IRI, "http://purl.org/dc/terms/source")->literal);
  ck_assert_str_eq(graph_one(&g, DOC_IRI, NG_NS "sourceFile")->o,
                   "tests/unit/example.txt");
  graph_free(&g);
}
END_TEST

START_TEST(test_entities)
{
  graph g;
  size_t ar = 0;

  read_one(&g, formats[_i], &(ng_output_options){0});
  ck_assert_uint_eq(graph_count(&g, kz.iri, RDF "type", NG_NS "Country"), 1);
  ck_assert_uint_eq(graph_count(&g, TOKAYEV_IRI, RDF "type", NG_NS "Person"),
                    1);
  ck_assert_str_eq(graph_one(&g, TOKAYEV_IRI, RDFS "label")->o, "توكاييف");
  ck_assert_str_eq(graph_one(&g, TOKAYEV_IRI, RDFS "label")->lang, "ar");
  ck_assert_str_eq(graph_one(&g, TOKAYEV_IRI, NG_NS "actor")->o, kz.iri);
  for (size_t i = 0; i < g.n; i++)
    if (strcmp(g.t[i].s, kz.iri) == 0 && strcmp(g.t[i].p, RDFS "label") == 0 &&
        strcmp(g.t[i].lang, "ar") == 0) {
      ck_assert_str_eq(g.t[i].o, "كازاخستان");
      ar++;
    }
  ck_assert_uint_eq(ar, 1);
  ck_assert_uint_eq(graph_count(&g, kz.iri, RDFS "label", NULL), 2);
  ck_assert_uint_eq(graph_count(&g, kz.iri,
                                "http://www.w3.org/2004/02/skos/core#altLabel",
                                NULL),
                    2);
  ck_assert_str_eq(
      graph_one(&g, kz.iri, "http://www.w3.org/2002/07/owl#sameAs")->o,
      WD "Q232");
  ck_assert_str_eq(graph_one(&g, kz.iri, NG_NS "iso3166Alpha3")->o, "KAZ");
  /* The speaker is described although the analysis does not list it, and
   * so is the actor it rolls up to. */
  ck_assert_uint_eq(graph_count(&g, envoy.iri, RDF "type", NG_NS "Person"), 1);
  ck_assert_str_eq(graph_one(&g, envoy.iri, NG_NS "actor")->o, ae.iri);
  graph_free(&g);
}
END_TEST

START_TEST(test_relation)
{
  graph g;
  const char *r = DOC_IRI "#relation-1";

  read_one(&g, formats[_i], &(ng_output_options){0});
  ck_assert_uint_eq(graph_count(&g, TOKAYEV_IRI, NG_NS "leaderOf", kz.iri), 1);
  ck_assert_uint_eq(graph_count(&g, r, RDF "type", RDF "Statement"), 1);
  ck_assert_str_eq(graph_one(&g, r, RDF "subject")->o, TOKAYEV_IRI);
  ck_assert_str_eq(graph_one(&g, r, RDF "predicate")->o, NG_NS "leaderOf");
  ck_assert_str_eq(graph_one(&g, r, RDF "object")->o, kz.iri);
  ck_assert_str_eq(graph_one(&g, r, NG_NS "confidence")->o, "0.70");
  ck_assert_str_eq(graph_one(&g, r, NG_NS "evidence")->o,
                   graph_one(&g, stance_iri[0], NG_NS "evidence")->o);
  graph_free(&g);
}
END_TEST

START_TEST(test_min_confidence)
{
  graph g;

  read_one(&g, formats[_i], &(ng_output_options){.min_confidence = 0.7});
  ck_assert_uint_eq(graph_count(&g, stance_iri[0], NULL, NULL) > 0, 1);
  ck_assert_uint_eq(graph_count(&g, stance_iri[1], NULL, NULL) > 0, 1);
  ck_assert_uint_eq(graph_count(&g, stance_iri[2], NULL, NULL), 0);
  ck_assert_uint_eq(graph_count(&g, DOC_IRI "#relation-1", NULL, NULL) > 0, 1);
  graph_free(&g);
  read_one(&g, formats[_i], &(ng_output_options){.min_confidence = 0.95});
  ck_assert_uint_eq(graph_count(&g, NULL, RDF "type", NG_NS "Stance"), 0);
  ck_assert_uint_eq(graph_count(&g, NULL, NG_NS "leaderOf", NULL), 0);
  ck_assert_uint_eq(graph_count(&g, NULL, RDF "type", NIF "Sentence"), 0);
  ck_assert_uint_eq(graph_count(&g, NULL, NG_NS "supports", NULL), 0);
  graph_free(&g);
}
END_TEST

START_TEST(test_mentions)
{
  graph g;
  ng_span span = mentions[2].span;
  char iri[128];

  read_one(&g, formats[_i], &(ng_output_options){0});
  ck_assert_uint_eq(graph_count(&g, NULL, RDF "type", NIF "Phrase"), 0);
  ck_assert_uint_eq(graph_count(&g, NULL,
                                "http://www.w3.org/2005/11/its/rdf#taIdentRef",
                                NULL),
                    0);
  graph_free(&g);

  read_one(&g, formats[_i], &(ng_output_options){.mentions = true});
  ck_assert_uint_eq(graph_count(&g, NULL, RDF "type", NIF "Phrase"), 7);
  snprintf(iri, sizeof iri, DOC_IRI "#char=%zu,%zu", span.begin, span.end);
  ck_assert_str_eq(graph_one(&g, iri, NIF "anchorOf")->o, "توكاييف");
  ck_assert_str_eq(
      graph_one(&g, iri, "http://www.w3.org/2005/11/its/rdf#taIdentRef")->o,
      TOKAYEV_IRI);
  ck_assert_str_eq(graph_one(&g, iri, NG_NS "mentionKind")->o, "name");
  ck_assert_str_eq(graph_one(&g, iri, NIF "referenceContext")->o, DOC_IRI);
  ck_assert_uint_eq(graph_count(&g, NULL, NG_NS "mentionKind", "alias"), 1);
  graph_free(&g);
}
END_TEST

START_TEST(test_identical_bytes)
{
  ng_output_options opts = {.mentions = true};
  FILE *a = write_one(formats[_i], &opts), *b = write_one(formats[_i], &opts);
  size_t na, nb;
  char *da = slurp(a, &na), *db = slurp(b, &nb);

  ck_assert_uint_gt(na, 0);
  ck_assert_uint_eq(na, nb);
  ck_assert(memcmp(da, db, na) == 0);
  free(da);
  free(db);
  fclose(a);
  fclose(b);
}
END_TEST

/* Every N-Quads statement sits in its document's graph, and an entity met
 * in two documents is described in both graphs. */
START_TEST(test_nquads_graphs)
{
  ng_doc doc2 = doc;
  ng_analysis second = analysis;
  const ng_analysis *list[] = {&analysis, &second};
  const char *doc2_iri = NG_DOC_NS "test-2";
  size_t in1 = 0, in2 = 0;
  graph g;
  FILE *fp;

  doc2.iri = (char *)doc2_iri;
  second.doc = &doc2;
  fp = write_all(NG_FORMAT_NQUADS, &(ng_output_options){0}, list, 2);
  graph_parse(&g, fp, NG_FORMAT_NQUADS);
  for (size_t i = 0; i < g.n; i++) {
    ck_assert_ptr_nonnull(g.t[i].g);
    ck_assert(strcmp(g.t[i].g, DOC_IRI) == 0 ||
              strcmp(g.t[i].g, doc2_iri) == 0);
    if (strcmp(g.t[i].s, kz.iri) != 0 || strcmp(g.t[i].p, RDF "type") != 0)
      continue;
    if (strcmp(g.t[i].g, DOC_IRI) == 0)
      in1++;
    else
      in2++;
  }
  ck_assert_uint_eq(in1, 1);
  ck_assert_uint_eq(in2, 1);
  graph_free(&g);
  fclose(fp);
}
END_TEST

/* N-Triples describes an entity once however many documents name it. */
START_TEST(test_ntriples_entities_once)
{
  ng_doc doc2 = doc;
  ng_analysis second = analysis;
  const ng_analysis *list[] = {&analysis, &second};
  graph g;
  FILE *fp;

  doc2.iri = NG_DOC_NS "test-2";
  second.doc = &doc2;
  fp = write_all(NG_FORMAT_NTRIPLES, &(ng_output_options){0}, list, 2);
  graph_parse(&g, fp, NG_FORMAT_NTRIPLES);
  ck_assert_uint_eq(graph_count(&g, kz.iri, RDF "type", NULL), 1);
  ck_assert_uint_eq(graph_count(&g, NULL, RDF "type", NG_NS "Stance"), 6);
  graph_free(&g);
  fclose(fp);
}
END_TEST

/* Line formats are written as documents are added, not at the end. */
START_TEST(test_streams)
{
  FILE *fp = tmpfile();
  ng_rdf_writer *w = NULL;
  ng_error err = {0};

  ck_assert_int_eq(ng_rdf_writer_new(&w, formats[_i], fp, NULL, &err), NG_OK);
  ck_assert_int_eq(ng_rdf_writer_add(w, &analysis, &err), NG_OK);
  fflush(fp);
  if (formats[_i] == NG_FORMAT_NTRIPLES || formats[_i] == NG_FORMAT_NQUADS)
    ck_assert_int_gt(ftell(fp), 1000);
  else
    ck_assert_int_eq(ftell(fp), 0);
  ck_assert_int_eq(ng_rdf_writer_finish(w, &err), NG_OK);
  ck_assert_int_gt(ftell(fp), 1000);
  ck_assert_int_eq(ng_rdf_writer_finish(w, &err), NG_ERR_USAGE);
  ck_assert_int_eq(ng_rdf_writer_add(w, &analysis, &err), NG_ERR_USAGE);
  ng_rdf_writer_free(w);
  fclose(fp);
}
END_TEST

/* Writes the analysis after breaking one IRI: it must be refused with
 * NG_ERR_RDF naming the IRI, nothing of it written, and the writer must
 * still take the next (good) analysis. */
static void
expect_refused(ng_format format, const char *bad_iri)
{
  FILE *fp = tmpfile();
  ng_rdf_writer *w = NULL;
  ng_error err = {0};
  graph g;

  ck_assert_int_eq(ng_rdf_writer_new(&w, format, fp, NULL, &err), NG_OK);
  ck_assert_int_eq(ng_rdf_writer_add(w, &analysis, &err), NG_ERR_RDF);
  ck_assert_msg(strstr(err.message, bad_iri) != NULL, "message: %s",
                err.message);
  fflush(fp);
  ck_assert_int_eq(ftell(fp), 0);
  setup(); /* every IRI good again */
  ck_assert_int_eq(ng_rdf_writer_add(w, &analysis, &err), NG_OK);
  ck_assert_int_eq(ng_rdf_writer_finish(w, &err), NG_OK);
  ng_rdf_writer_free(w);
  rewind(fp);
  graph_parse(&g, fp, format);
  ck_assert_uint_eq(graph_count(&g, NULL, RDF "type", NG_NS "Stance"), 3);
  graph_free(&g);
  fclose(fp);
}

START_TEST(test_invalid_iris)
{
  static ng_entity spaced = {.iri = NG_ID_NS "country/south sudan",
                             .type = NG_COUNTRY};
  static ng_entity quoted = {.iri = NG_ID_NS "x\"y", .type = NG_PLACE};
  static ng_entity bad_rollup = {
      .iri = NG_ID_NS "ok", .type = NG_PERSON, .rollup = &quoted};

  stances[1].target = &spaced;
  expect_refused(formats[_i], spaced.iri);
  stances[0].rule = "rule with space";
  expect_refused(formats[_i], "rule with space");
  doc.iri = "https://w3id.org/newsgraph/doc/a<b>";
  expect_refused(formats[_i], "a<b>");
  relations[0].subject = &bad_rollup;
  expect_refused(formats[_i], quoted.iri);
  doc.iri = "relative/doc";
  expect_refused(formats[_i], "relative/doc");
  kz.wikidata = WD "Q 232";
  expect_refused(formats[_i], "Q 232");
}
END_TEST

/* A source URL that is not an absolute http(s) IRI is left out; the
 * document is still written. */
START_TEST(test_unusable_source_url)
{
  const char *bad[] = {"/news/1", "https://example.org/a b", "ftp://x/y",
                       "https://example.org/{x}"};

  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    graph g;
    doc.url = (char *)bad[i];
    read_one(&g, formats[_i], NULL);
    ck_assert_uint_eq(
        graph_count(&g, DOC_IRI, "http://purl.org/dc/terms/source", NULL), 0);
    ck_assert_uint_eq(graph_count(&g, DOC_IRI, RDF "type", NIF "Context"), 1);
    graph_free(&g);
  }
}
END_TEST

/* A document IRI that has a fragment already gets "/stance-1" after it. */
START_TEST(test_document_with_fragment)
{
  graph g;

  doc.iri = "https://example.org/news/1#main";
  read_one(&g, formats[_i], NULL);
  ck_assert_uint_eq(graph_count(&g, "https://example.org/news/1#main/stance-1",
                                RDF "type", NG_NS "Stance"),
                    1);
  graph_free(&g);
}
END_TEST

START_TEST(test_turtle_text)
{
  FILE *fp = write_one(NG_FORMAT_TURTLE, NULL);
  size_t n;
  char *data = slurp(fp, &n);

  ck_assert_ptr_nonnull(strstr(data, "@prefix ng: <" NG_NS ">"));
  ck_assert_ptr_nonnull(strstr(data, "@prefix nif: <" NIF ">"));
  ck_assert_ptr_nonnull(strstr(data, "\"توكاييف\"@ar"));
  ck_assert_ptr_null(strstr(data, "_:"));
  free(data);
  fclose(fp);
}
END_TEST

START_TEST(test_not_rdf)
{
  ng_rdf_writer *w = (ng_rdf_writer *)&w;
  ng_error err = {0};

  ck_assert_int_eq(ng_rdf_writer_new(&w, NG_FORMAT_DOT, stdout, NULL, &err),
                   NG_ERR_USAGE);
  ck_assert_ptr_null(w);
  ng_rdf_writer_free(NULL);
}
END_TEST

static Suite *
make_suite(void)
{
  Suite *s = suite_create("rdf_export");
  TCase *tc = tcase_create("rdf_export");

  tcase_add_checked_fixture(tc, setup, NULL);
  tcase_add_loop_test(tc, test_stances, 0, N_FORMATS);
  tcase_add_loop_test(tc, test_shortcut_only_when_plain, 0, N_FORMATS);
  tcase_add_loop_test(tc, test_values, 0, N_FORMATS);
  tcase_add_loop_test(tc, test_document, 0, N_FORMATS);
  tcase_add_loop_test(tc, test_entities, 0, N_FORMATS);
  tcase_add_loop_test(tc, test_relation, 0, N_FORMATS);
  tcase_add_loop_test(tc, test_min_confidence, 0, N_FORMATS);
  tcase_add_loop_test(tc, test_mentions, 0, N_FORMATS);
  tcase_add_loop_test(tc, test_identical_bytes, 0, N_FORMATS);
  tcase_add_test(tc, test_nquads_graphs);
  tcase_add_test(tc, test_ntriples_entities_once);
  tcase_add_loop_test(tc, test_streams, 0, N_FORMATS);
  tcase_add_loop_test(tc, test_invalid_iris, 0, N_FORMATS);
  tcase_add_loop_test(tc, test_unusable_source_url, 0, N_FORMATS);
  tcase_add_loop_test(tc, test_document_with_fragment, 0, N_FORMATS);
  tcase_add_test(tc, test_turtle_text);
  tcase_add_test(tc, test_not_rdf);
  suite_add_tcase(s, tc);
  return s;
}

NG_UNIT_MAIN(make_suite)
