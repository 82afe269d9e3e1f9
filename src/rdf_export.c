/* RDF output: analyses → statements in the newsgraph vocabulary, written as
 * Turtle, N-Triples, N-Quads or RDF/XML.  The only file (with the lexicon
 * loader) that includes librdf.h.
 *
 * Two sinks share one set of "describe" functions:
 *  - Turtle and RDF/XML collect every statement in a librdf model (storage
 *    "hashes", in memory) and are serialized whole by ng_rdf_writer_finish;
 *  - N-Triples and N-Quads go straight into a raptor serializer started on
 *    the file, so memory stays flat however many documents are added.
 *
 * Every IRI of an analysis is checked (rdf_check.c) before anything of it
 * is written, so a document that would make an unreadable file is refused
 * whole and the writer stays usable.  librdf and raptor messages are
 * captured and turned into the ng_error of the failing call instead of
 * being printed. */
#include "config.h"

#include <librdf.h>
#include <raptor2.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/newsgraph.h"
#include "rdf_check.h"
#include "utf8.h"
#include "util.h"

#define RDF_NS "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS_NS "http://www.w3.org/2000/01/rdf-schema#"
#define OWL_NS "http://www.w3.org/2002/07/owl#"
#define XSD_NS "http://www.w3.org/2001/XMLSchema#"
#define SKOS_NS "http://www.w3.org/2004/02/skos/core#"
#define NIF_NS                                                                \
  "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define ITSRDF_NS "http://www.w3.org/2005/11/its/rdf#"
#define PROV_NS "http://www.w3.org/ns/prov#"
#define DCTERMS_NS "http://purl.org/dc/terms/"
#define WD_NS "http://www.wikidata.org/entity/"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* The prefixes declared in Turtle and RDF/XML output.  rdf: is not among
 * them: raptor's serializers declare it themselves and refuse it twice. */
static const char *const prefixes[][2] = {
    {"ng", NG_NS},           {"ngid", NG_ID_NS},    {"rdfs", RDFS_NS},
    {"owl", OWL_NS},         {"xsd", XSD_NS},       {"skos", SKOS_NS},
    {"nif", NIF_NS},         {"itsrdf", ITSRDF_NS}, {"prov", PROV_NS},
    {"dcterms", DCTERMS_NS}, {"wd", WD_NS}};

/* Fixed terms, made into nodes once per writer: id and IRI. */
#define TERMS(X)                                                              \
  X(T_TYPE, RDF_NS "type")                                                    \
  X(T_LABEL, RDFS_NS "label")                                                 \
  X(T_ALT_LABEL, SKOS_NS "altLabel")                                          \
  X(T_SAME_AS, OWL_NS "sameAs")                                               \
  X(T_ISO2, NG_NS "iso3166Alpha2")                                            \
  X(T_ISO3, NG_NS "iso3166Alpha3")                                            \
  X(T_ACTOR, NG_NS "actor")                                                   \
  X(T_PLACE_KIND, NG_NS "placeKind")                                          \
  X(T_CONTEXT, NIF_NS "Context")                                              \
  X(T_SENTENCE, NIF_NS "Sentence")                                            \
  X(T_PHRASE, NIF_NS "Phrase")                                                \
  X(T_STRING, NIF_NS "String")                                                \
  X(T_IS_STRING, NIF_NS "isString")                                           \
  X(T_BEGIN, NIF_NS "beginIndex")                                             \
  X(T_END, NIF_NS "endIndex")                                                 \
  X(T_ANCHOR_OF, NIF_NS "anchorOf")                                           \
  X(T_REFERENCE_CONTEXT, NIF_NS "referenceContext")                           \
  X(T_TA_IDENT_REF, ITSRDF_NS "taIdentRef")                                   \
  X(T_TITLE, DCTERMS_NS "title")                                              \
  X(T_DATE, DCTERMS_NS "date")                                                \
  X(T_SOURCE, DCTERMS_NS "source")                                            \
  X(T_LANGUAGE, DCTERMS_NS "language")                                        \
  X(T_SOURCE_FILE, NG_NS "sourceFile")                                        \
  X(T_STANCE, NG_NS "Stance")                                                 \
  X(T_HOLDER, NG_NS "holder")                                                 \
  X(T_TARGET, NG_NS "target")                                                 \
  X(T_SPEAKER, NG_NS "speaker")                                               \
  X(T_STANCE_TYPE, NG_NS "stanceType")                                        \
  X(T_NEGATED, NG_NS "negated")                                               \
  X(T_HEDGED, NG_NS "hedged")                                                 \
  X(T_CONFIDENCE, NG_NS "confidence")                                         \
  X(T_TRIGGER, NG_NS "trigger")                                               \
  X(T_RULE, NG_NS "rule")                                                     \
  X(T_EVIDENCE, NG_NS "evidence")                                             \
  X(T_DERIVED_FROM, PROV_NS "wasDerivedFrom")                                 \
  X(T_STATEMENT, RDF_NS "Statement")                                          \
  X(T_SUBJECT, RDF_NS "subject")                                              \
  X(T_PREDICATE, RDF_NS "predicate")                                          \
  X(T_OBJECT, RDF_NS "object")                                                \
  X(T_MENTION_KIND, NG_NS "mentionKind")

/* clang-format off */
enum term {
#define X(id, iri) id,
  TERMS(X)
#undef X
  T_COUNT
};
/* clang-format on */

static const char *const term_iris[T_COUNT] = {
#define X(id, iri) [id] = iri,
    TERMS(X)
#undef X
};

/* ---- the writer ---- */

struct ng_rdf_writer {
  ng_format format;
  FILE *fp; /* borrowed */
  ng_output_options opts;
  librdf_world *world;
  raptor_world *raptor;      /* owned by world */
  librdf_storage *storage;   /* Turtle, RDF/XML */
  librdf_model *model;       /* Turtle, RDF/XML */
  raptor_serializer *stream; /* N-Triples, N-Quads */
  librdf_node *terms[T_COUNT];
  librdf_node *entity_class[NG_ENTITY_TYPE_COUNT];
  librdf_node *stance_class[NG_STANCE_TYPE_COUNT];
  librdf_node *shortcut[NG_STANCE_TYPE_COUNT];
  librdf_node *relation[NG_RELATION_TYPE_COUNT];
  librdf_node *mention_kind[NG_MENTION_KIND_COUNT];
  librdf_node *yes, *no;
  librdf_uri *xsd_count, *xsd_decimal;
  /* Sets of strings (the values are unused): */
  ng_map described; /* entity IRIs (per document in N-Quads) */
  ng_map local;     /* this document: nodes and triples written */
  /* While a document is being added: */
  const ng_analysis *a;
  librdf_node *doc;   /* its IRI */
  librdf_node *graph; /* N-Quads: the document; otherwise NULL */
  const char *lang;   /* the tag for trigger words */
  ng_status status;   /* the first failure of this call */
  ng_error *err;      /* borrowed for one call */
  bool broken;        /* a library failure left half a document written */
  bool finished;
  char log[400]; /* the last librdf/raptor error or warning */
  ng_buf scratch;
};

static void writer_fail(ng_rdf_writer *w, ng_status status, const char *fmt,
                        ...) NG_PRINTF(3, 4);
static librdf_node *part_node(ng_rdf_writer *w, const char *fmt, ...)
    NG_PRINTF(2, 3);

/* Records the first failure of the current call in w->err. */
static void
writer_fail(ng_rdf_writer *w, ng_status status, const char *fmt, ...)
{
  char msg[512];
  va_list ap;
  const char *file = w->a && w->a->doc->path ? w->a->doc->path : "";

  if (w->status != NG_OK)
    return;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  w->status = ng_error_set(w->err, status, file, 0, 0, "%s", msg);
}

/* A failure inside librdf/raptor: names what was being done and what the
 * library said about it. */
static void
writer_fail_rdf(ng_rdf_writer *w, const char *what)
{
  if (w->log[0])
    writer_fail(w, NG_ERR_RDF, "%s: %s", what, w->log);
  else
    writer_fail(w, NG_ERR_RDF, "%s failed", what);
}

static int
log_librdf(void *user_data, librdf_log_message *message)
{
  ng_rdf_writer *w = user_data;
  const char *text = librdf_log_message_message(message);

  if (librdf_log_message_level(message) >= LIBRDF_LOG_WARN)
    snprintf(w->log, sizeof w->log, "%s", text ? text : "(no message)");
  return 1; /* handled: librdf prints nothing */
}

static void
log_raptor(void *user_data, raptor_log_message *message)
{
  ng_rdf_writer *w = user_data;

  if (message->level >= RAPTOR_LOG_LEVEL_WARN)
    snprintf(w->log, sizeof w->log, "%s",
             message->text ? message->text : "(no message)");
}

/* ---- nodes and statements ---- */

/* A new node for an IRI already checked; NULL (and w failed) on OOM. */
static librdf_node *
iri_node(ng_rdf_writer *w, const char *iri)
{
  librdf_node *n =
      librdf_new_node_from_uri_string(w->world, (const unsigned char *)iri);

  if (!n)
    writer_fail_rdf(w, "making an IRI node");
  return n;
}

/* The document IRI with a fragment: doc#frag, or doc#old/frag when the
 * document IRI has a fragment of its own (a second '#' is not an IRI). */
static librdf_node *
part_node(ng_rdf_writer *w, const char *fmt, ...)
{
  const char *doc = w->a->doc->iri;
  char frag[96];
  va_list ap;

  va_start(ap, fmt);
  vsnprintf(frag, sizeof frag, fmt, ap);
  va_end(ap);
  w->scratch.len = 0;
  if (ng_buf_printf(&w->scratch, "%s%c%s", doc, strchr(doc, '#') ? '/' : '#',
                    frag) != NG_OK) {
    writer_fail(w, NG_ERR_NOMEM, "out of memory");
    return NULL;
  }
  return iri_node(w, w->scratch.data);
}

/* The string of an IRI node, or the text of a literal (borrowed from the
 * node). */
static const char *
node_iri(librdf_node *n)
{
  if (librdf_node_is_literal(n))
    return (const char *)librdf_node_get_literal_value(n);
  return (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
}

/* Writes one statement; s, p and o are borrowed (NULL ones mean an earlier
 * failure, already recorded). */
static void
emit(ng_rdf_writer *w, librdf_node *s, librdf_node *p, librdf_node *o)
{
  raptor_statement st;
  int rc;

  if (w->status != NG_OK || !s || !p || !o)
    return;
  raptor_statement_init(&st, w->raptor);
  st.subject = s;
  st.predicate = p;
  st.object = o;
  st.graph = w->graph;
  if (w->model)
    rc = librdf_model_add_statement(w->model, &st); /* copies */
  else
    rc = raptor_serializer_serialize_statement(w->stream, &st);
  if (rc) {
    w->broken = true;
    writer_fail_rdf(w, "writing a statement");
  }
}

static void
emit_iri(ng_rdf_writer *w, librdf_node *s, enum term p, const char *iri)
{
  librdf_node *o;

  if (w->status != NG_OK)
    return;
  o = iri_node(w, iri);
  emit(w, s, w->terms[p], o);
  librdf_free_node(o);
}

/* A plain or language-tagged literal.  Text that is not UTF-8 (a file
 * name, say) has its bad bytes replaced by U+FFFD rather than failing. */
static void
emit_text(ng_rdf_writer *w, librdf_node *s, enum term p, const char *text,
          const char *lang)
{
  librdf_node *o;

  if (w->status != NG_OK)
    return;
  if (!ng_utf8_valid(text, strlen(text), NULL)) {
    const char *q = text, *end = text + strlen(text);
    w->scratch.len = 0;
    while (q < end)
      if (ng_buf_put_cp(&w->scratch, ng_utf8_next(&q, end)) != NG_OK) {
        writer_fail(w, NG_ERR_NOMEM, "out of memory");
        return;
      }
    text = w->scratch.data;
  }
  o = librdf_new_node_from_literal(w->world, (const unsigned char *)text, lang,
                                   0);
  if (!o)
    writer_fail_rdf(w, "making a literal");
  emit(w, s, w->terms[p], o);
  librdf_free_node(o);
}

static void
emit_typed(ng_rdf_writer *w, librdf_node *s, enum term p, const char *lexical,
           librdf_uri *datatype)
{
  librdf_node *o;

  if (w->status != NG_OK)
    return;
  o = librdf_new_node_from_typed_literal(
      w->world, (const unsigned char *)lexical, NULL, datatype);
  if (!o)
    writer_fail_rdf(w, "making a typed literal");
  emit(w, s, w->terms[p], o);
  librdf_free_node(o);
}

static void
emit_count(ng_rdf_writer *w, librdf_node *s, enum term p, size_t n)
{
  char lexical[32];

  snprintf(lexical, sizeof lexical, "%zu", n);
  emit_typed(w, s, p, lexical, w->xsd_count);
}

/* Confidence as an xsd:decimal with two places, "0.85", whatever the
 * locale's decimal point: computed in hundredths. */
static void
emit_confidence(ng_rdf_writer *w, librdf_node *s, double c)
{
  char lexical[32];
  unsigned h;

  if (!(c > 0)) /* NaN too */
    c = 0;
  if (c > 1)
    c = 1;
  h = (unsigned)(c * 100 + 0.5);
  snprintf(lexical, sizeof lexical, "%u.%02u", h / 100, h % 100);
  emit_typed(w, s, T_CONFIDENCE, lexical, w->xsd_decimal);
}

/* True (once) when key is not in set yet; then it is (a copy). */
static bool
first_in(ng_rdf_writer *w, ng_map *set, const char *key)
{
  size_t unused;

  if (w->status != NG_OK || ng_map_get(set, key, &unused))
    return false;
  if (ng_map_put(set, key, 0) == NG_OK)
    return true;
  writer_fail(w, NG_ERR_NOMEM, "out of memory");
  return false;
}

/* True (once) when key has not been written for this document yet. */
static bool
first_in_doc(ng_rdf_writer *w, const char *key)
{
  return first_in(w, &w->local, key);
}

/* A statement written once per document however often it is met: a
 * shortcut or relation triple between IRIs, the class of a NIF string, a
 * mention kind (the only literal objects here, all plain). */
static void
emit_direct(ng_rdf_writer *w, librdf_node *s, librdf_node *p, librdf_node *o)
{
  if (w->status != NG_OK || !s || !o)
    return;
  w->scratch.len = 0;
  if (ng_buf_printf(&w->scratch, "%s %s %s", node_iri(s), node_iri(p),
                    node_iri(o)) != NG_OK)
    writer_fail(w, NG_ERR_NOMEM, "out of memory");
  else if (first_in_doc(w, w->scratch.data))
    emit(w, s, p, o);
}

/* ---- describing an analysis ---- */

static void
describe_strings(ng_rdf_writer *w, librdf_node *s, enum term p,
                 char *const *list, const char *lang)
{
  for (char *const *q = list; q && *q; q++)
    emit_text(w, s, p, *q, lang);
}

/* Writes e unless already written; false when it was. */
static bool
describe_one(ng_rdf_writer *w, const ng_entity *e)
{
  librdf_node *s;

  if (!first_in(w, &w->described, e->iri) || !(s = iri_node(w, e->iri)))
    return false;
  emit(w, s, w->terms[T_TYPE], w->entity_class[e->type]);
  if (e->label_ar)
    emit_text(w, s, T_LABEL, e->label_ar, "ar");
  if (e->label_en)
    emit_text(w, s, T_LABEL, e->label_en, "en");
  describe_strings(w, s, T_ALT_LABEL, e->alt_ar, "ar");
  describe_strings(w, s, T_ALT_LABEL, e->alt_en, "en");
  if (e->wikidata)
    emit_iri(w, s, T_SAME_AS, e->wikidata);
  if (e->iso2)
    emit_text(w, s, T_ISO2, e->iso2, NULL);
  if (e->iso3)
    emit_text(w, s, T_ISO3, e->iso3, NULL);
  if (e->place_kind)
    emit_iri(w, s, T_PLACE_KIND, e->place_kind);
  if (e->rollup)
    emit_iri(w, s, T_ACTOR, e->rollup->iri);
  librdf_free_node(s);
  return true;
}

/* Writes e and the actors it rolls up to, as far as check_entity looked. */
static void
describe_entity(ng_rdf_writer *w, const ng_entity *e)
{
  for (int hops = 0; e && hops < NG_RDF_ROLLUP_MAX && describe_one(w, e);
       hops++)
    e = e->rollup;
}

static void
describe_document(ng_rdf_writer *w, const ng_doc *doc, size_t n_cp)
{
  librdf_node *s = w->doc;

  emit(w, s, w->terms[T_TYPE], w->terms[T_CONTEXT]);
  emit_text(w, s, T_IS_STRING, doc->text, NULL);
  emit_count(w, s, T_BEGIN, 0);
  emit_count(w, s, T_END, n_cp);
  if (doc->title)
    emit_text(w, s, T_TITLE, doc->title, NULL);
  if (doc->date)
    emit_text(w, s, T_DATE, doc->date, NULL);
  if (ng_rdf_source_usable(doc->url))
    emit_iri(w, s, T_SOURCE, doc->url);
  if (doc->path)
    emit_text(w, s, T_SOURCE_FILE, doc->path, NULL);
  if (doc->lang)
    emit_text(w, s, T_LANGUAGE, doc->lang, NULL);
}

/* The NIF string <doc#char=b,e> of span, its offsets and text written once
 * per document; the caller adds its class and frees the node. */
static librdf_node *
describe_string(ng_rdf_writer *w, ng_span span)
{
  librdf_node *s = part_node(w, "char=%zu,%zu", span.begin, span.end);
  char *text;

  if (!s || !first_in_doc(w, node_iri(s)))
    return s;
  if (!(text = ng_analysis_text(w->a, span))) {
    writer_fail(w, NG_ERR_NOMEM, "out of memory");
    return s;
  }
  emit(w, s, w->terms[T_TYPE], w->terms[T_STRING]);
  emit_count(w, s, T_BEGIN, span.begin);
  emit_count(w, s, T_END, span.end);
  emit_text(w, s, T_ANCHOR_OF, text, NULL);
  emit(w, s, w->terms[T_REFERENCE_CONTEXT], w->doc);
  free(text);
  return s;
}

/* The evidence sentence i as a nif:Sentence; returns its node. */
static librdf_node *
describe_sentence(ng_rdf_writer *w, size_t i)
{
  librdf_node *s = describe_string(w, w->a->sentences[i].span);

  emit_direct(w, s, w->terms[T_TYPE], w->terms[T_SENTENCE]);
  return s;
}

/* Rule and evidence shared by stances and relations. */
static void
describe_provenance(ng_rdf_writer *w, librdf_node *s, const char *rule,
                    size_t sentence)
{
  librdf_node *evidence = describe_sentence(w, sentence);

  if (rule)
    emit_iri(w, s, T_RULE, rule);
  emit(w, s, w->terms[T_EVIDENCE], evidence);
  emit(w, s, w->terms[T_DERIVED_FROM], w->doc);
  librdf_free_node(evidence);
}

static void
describe_trigger(ng_rdf_writer *w, librdf_node *s, ng_span trigger)
{
  char *text;

  if (trigger.end <= trigger.begin)
    return;
  if (!(text = ng_analysis_text(w->a, trigger))) {
    writer_fail(w, NG_ERR_NOMEM, "out of memory");
    return;
  }
  emit_text(w, s, T_TRIGGER, text, w->lang);
  free(text);
}

/* The nodes of stance or relation i (0-based): itself, <doc#kind-(i+1)>,
 * and the two actors it joins, described on the way.  The caller frees
 * them with fact_free. */
typedef struct fact_nodes {
  librdf_node *self, *from, *to;
} fact_nodes;

static fact_nodes
fact_begin(ng_rdf_writer *w, const char *kind, size_t i, const ng_entity *from,
           const ng_entity *to)
{
  fact_nodes f;

  f.self = part_node(w, "%s-%zu", kind, i + 1);
  f.from = iri_node(w, from->iri);
  f.to = iri_node(w, to->iri);
  describe_entity(w, from);
  describe_entity(w, to);
  return f;
}

static void
fact_free(fact_nodes *f)
{
  librdf_free_node(f->to);
  librdf_free_node(f->from);
  librdf_free_node(f->self);
}

/* Stance i (0-based) as <doc#stance-(i+1)>, and its shortcut triple when
 * it is plainly asserted. */
static void
describe_stance(ng_rdf_writer *w, size_t i)
{
  const ng_stance *st = &w->a->stances[i];
  fact_nodes f = fact_begin(w, "stance", i, st->holder, st->target);
  librdf_node *s = f.self;

  describe_entity(w, st->speaker);
  emit(w, s, w->terms[T_TYPE], w->terms[T_STANCE]);
  emit(w, s, w->terms[T_HOLDER], f.from);
  emit(w, s, w->terms[T_TARGET], f.to);
  if (st->speaker)
    emit_iri(w, s, T_SPEAKER, st->speaker->iri);
  emit(w, s, w->terms[T_STANCE_TYPE], w->stance_class[st->type]);
  emit(w, s, w->terms[T_NEGATED], st->negated ? w->yes : w->no);
  emit(w, s, w->terms[T_HEDGED], st->hedged ? w->yes : w->no);
  emit_confidence(w, s, st->confidence);
  describe_trigger(w, s, st->trigger);
  describe_provenance(w, s, st->rule, st->sentence);
  if (!st->negated && !st->hedged)
    emit_direct(w, f.from, w->shortcut[st->type], f.to);
  fact_free(&f);
}

/* Relation i as its direct triple plus <doc#relation-(i+1)>, a reified
 * rdf:Statement carrying the evidence. */
static void
describe_relation(ng_rdf_writer *w, size_t i)
{
  const ng_relation *r = &w->a->relations[i];
  fact_nodes f = fact_begin(w, "relation", i, r->subject, r->object);
  librdf_node *predicate = w->relation[r->type];

  emit_direct(w, f.from, predicate, f.to);
  emit(w, f.self, w->terms[T_TYPE], w->terms[T_STATEMENT]);
  emit(w, f.self, w->terms[T_SUBJECT], f.from);
  emit(w, f.self, w->terms[T_PREDICATE], predicate);
  emit(w, f.self, w->terms[T_OBJECT], f.to);
  emit_confidence(w, f.self, r->confidence);
  describe_provenance(w, f.self, r->rule, r->sentence);
  fact_free(&f);
}

static void
describe_mention(ng_rdf_writer *w, const ng_mention *m)
{
  librdf_node *s = describe_string(w, m->span);
  librdf_node *entity = iri_node(w, m->entity->iri);

  describe_entity(w, m->entity);
  emit_direct(w, s, w->terms[T_TYPE], w->terms[T_PHRASE]);
  emit_direct(w, s, w->terms[T_TA_IDENT_REF], entity);
  emit_direct(w, s, w->terms[T_MENTION_KIND], w->mention_kind[m->kind]);
  librdf_free_node(entity);
  librdf_free_node(s);
}

static void
describe_analysis(ng_rdf_writer *w, const ng_analysis *a, size_t n_cp)
{
  describe_document(w, a->doc, n_cp);
  for (size_t i = 0; i < a->n_entities; i++)
    describe_entity(w, a->entities[i]);
  for (size_t i = 0; i < a->n_stances; i++)
    if (ng_rdf_kept(&w->opts, a->stances[i].confidence))
      describe_stance(w, i);
  for (size_t i = 0; i < a->n_relations; i++)
    if (ng_rdf_kept(&w->opts, a->relations[i].confidence))
      describe_relation(w, i);
  for (size_t i = 0; w->opts.mentions && i < a->n_mentions; i++)
    describe_mention(w, &a->mentions[i]);
}

/* ---- setting up ---- */

/* ns + local as a new node. */
static librdf_node *
ns_node(ng_rdf_writer *w, const char *ns, const char *local)
{
  w->scratch.len = 0;
  if (ng_buf_printf(&w->scratch, "%s%s", ns, local) != NG_OK)
    return NULL;
  return iri_node(w, w->scratch.data);
}

/* Every fixed node and datatype the writer uses; false on failure. */
static bool
make_terms(ng_rdf_writer *w)
{
  bool ok = true;
  librdf_uri *xsd_boolean;

  for (size_t i = 0; i < T_COUNT; i++)
    ok = (w->terms[i] = iri_node(w, term_iris[i])) && ok;
  for (int i = 0; i < NG_ENTITY_TYPE_COUNT; i++)
    ok =
        (w->entity_class[i] = ns_node(w, NG_NS, ng_entity_type_name(i))) && ok;
  for (int i = 0; i < NG_STANCE_TYPE_COUNT; i++) {
    ok =
        (w->stance_class[i] = ns_node(w, NG_NS, ng_stance_type_name(i))) && ok;
    ok =
        (w->shortcut[i] = ns_node(w, NG_NS, ng_stance_shortcut_name(i))) && ok;
  }
  for (int i = 0; i < NG_RELATION_TYPE_COUNT; i++)
    ok = (w->relation[i] = ns_node(w, NG_NS, ng_relation_type_name(i))) && ok;
  for (int i = 0; i < NG_MENTION_KIND_COUNT; i++)
    ok = (w->mention_kind[i] = librdf_new_node_from_literal(
              w->world, (const unsigned char *)ng_mention_kind_name(i), NULL,
              0)) &&
         ok;
  w->xsd_count = librdf_new_uri(w->world, (const unsigned char *)XSD_NS
                                "nonNegativeInteger");
  w->xsd_decimal =
      librdf_new_uri(w->world, (const unsigned char *)XSD_NS "decimal");
  xsd_boolean =
      librdf_new_uri(w->world, (const unsigned char *)XSD_NS "boolean");
  w->yes = librdf_new_node_from_typed_literal(
      w->world, (const unsigned char *)"true", NULL, xsd_boolean);
  w->no = librdf_new_node_from_typed_literal(
      w->world, (const unsigned char *)"false", NULL, xsd_boolean);
  if (xsd_boolean)
    librdf_free_uri(xsd_boolean);
  return ok && w->xsd_count && w->xsd_decimal && w->yes && w->no;
}

/* The librdf world, with its messages and raptor's routed into w->log. */
static bool
open_world(ng_rdf_writer *w)
{
  if (!(w->world = librdf_new_world()))
    return false;
  librdf_world_set_logger(w->world, w, log_librdf);
  librdf_world_open(w->world);
  /* Set after opening: librdf_world_open installs its own raptor handler,
   * and raptor allows replacing it on an open world. */
  w->raptor = librdf_world_get_raptor(w->world);
  if (!w->raptor)
    return false;
  raptor_world_set_log_handler(w->raptor, w, log_raptor);
  return true;
}

/* The sink: a model to serialize at the end, or a serializer on fp. */
static bool
open_sink(ng_rdf_writer *w)
{
  if (w->format == NG_FORMAT_TURTLE || w->format == NG_FORMAT_RDFXML) {
    w->storage =
        librdf_new_storage(w->world, "hashes", NULL, "hash-type='memory'");
    w->model =
        w->storage ? librdf_new_model(w->world, w->storage, NULL) : NULL;
    return w->model != NULL;
  }
  w->stream = raptor_new_serializer(
      w->raptor, w->format == NG_FORMAT_NQUADS ? "nquads" : "ntriples");
  return w->stream &&
         raptor_serializer_start_to_file_handle(w->stream, NULL, w->fp) == 0;
}

ng_status
ng_rdf_writer_new(ng_rdf_writer **out, ng_format format, FILE *fp,
                  const ng_output_options *opts, ng_error *err)
{
  ng_rdf_writer *w;

  *out = NULL;
  if (!ng_format_is_rdf(format))
    return ng_error_set(err, NG_ERR_USAGE, "", 0, 0, "%s is not an RDF format",
                        ng_format_name(format));
  if (!fp)
    return ng_error_set(err, NG_ERR_USAGE, "", 0, 0, "no file to write to");
  if (!(w = calloc(1, sizeof *w)))
    return ng_error_set(err, NG_ERR_NOMEM, "", 0, 0, "out of memory");
  w->format = format;
  w->fp = fp;
  if (opts)
    w->opts = *opts;
  w->err = err;
  if (!open_world(w) || !make_terms(w) || !open_sink(w)) {
    writer_fail_rdf(w, "setting up the RDF writer");
    ng_rdf_writer_free(w);
    return NG_ERR_RDF;
  }
  w->err = NULL;
  *out = w;
  return NG_OK;
}

/* ---- adding and finishing ---- */

/* Starts a public call: err becomes the place failures go. */
static ng_status
writer_begin(ng_rdf_writer *w, ng_error *err)
{
  w->err = err;
  w->status = NG_OK;
  w->log[0] = '\0';
  if (w->broken)
    writer_fail(w, NG_ERR_RDF, "the RDF writer failed earlier");
  else if (w->finished)
    writer_fail(w, NG_ERR_USAGE, "the RDF writer is already finished");
  return w->status;
}

/* Per-document state back to nothing; in N-Quads the entities are
 * described again in each document's graph. */
static void
writer_end_document(ng_rdf_writer *w)
{
  ng_map_free(&w->local);
  if (w->format == NG_FORMAT_NQUADS)
    ng_map_free(&w->described);
  if (w->doc)
    librdf_free_node(w->doc);
  w->doc = w->graph = NULL;
  w->a = NULL;
}

/* After the call: analysis a has been written (streamed, or added to the
 * model); nothing of a is kept.  On NG_ERR_RDF/NG_ERR_USAGE from checking,
 * nothing of a was written and the writer is still usable. */
ng_status
ng_rdf_writer_add(ng_rdf_writer *w, const ng_analysis *a, ng_error *err)
{
  size_t n_cp;

  if (writer_begin(w, err) != NG_OK)
    return w->status;
  if (!a || !a->doc || !a->doc->text)
    return ng_error_set(err, NG_ERR_USAGE, "", 0, 0, "no document to write");
  w->a = a;
  n_cp = ng_utf8_count(a->doc->text, a->doc->len);
  w->lang = ng_rdf_lang_usable(a->doc->lang) ? a->doc->lang : "ar";
  w->status = ng_rdf_check_analysis(a, n_cp, &w->opts, err);
  if (w->status == NG_OK && (w->doc = iri_node(w, a->doc->iri))) {
    w->graph = w->format == NG_FORMAT_NQUADS ? w->doc : NULL;
    describe_analysis(w, a, n_cp);
    if (w->status != NG_OK)
      w->broken = true; /* part of a may already be in the output */
  }
  if (w->status == NG_OK && w->stream && ferror(w->fp))
    writer_fail(w, NG_ERR_IO, "cannot write the RDF output");
  writer_end_document(w);
  return w->status;
}

static void
declare_prefixes(ng_rdf_writer *w, librdf_serializer *ser)
{
  for (size_t i = 0; i < COUNT(prefixes) && w->status == NG_OK; i++) {
    librdf_uri *ns =
        librdf_new_uri(w->world, (const unsigned char *)prefixes[i][1]);
    if (!ns || librdf_serializer_set_namespace(ser, ns, prefixes[i][0]))
      writer_fail_rdf(w, "declaring a namespace");
    if (ns)
      librdf_free_uri(ns);
  }
}

/* Turtle and RDF/XML: the whole model through librdf's serializer. */
static void
finish_model(ng_rdf_writer *w)
{
  const char *name =
      w->format == NG_FORMAT_TURTLE ? "turtle" : "rdfxml-abbrev";
  librdf_serializer *ser = librdf_new_serializer(w->world, name, NULL, NULL);

  if (!ser) {
    writer_fail_rdf(w, "creating the serializer");
    return;
  }
  declare_prefixes(w, ser);
  if (w->status == NG_OK && librdf_serializer_serialize_model_to_file_handle(
                                ser, w->fp, NULL, w->model))
    writer_fail_rdf(w, "serializing the graph");
  librdf_free_serializer(ser);
}

/* Writes what is still to be written (everything, in Turtle and RDF/XML)
 * and flushes fp; fp stays open and is the caller's. */
ng_status
ng_rdf_writer_finish(ng_rdf_writer *w, ng_error *err)
{
  if (writer_begin(w, err) != NG_OK)
    return w->status;
  w->finished = true;
  if (w->model)
    finish_model(w);
  else if (raptor_serializer_serialize_end(w->stream))
    writer_fail_rdf(w, "ending the output");
  if (w->status == NG_OK && (fflush(w->fp) != 0 || ferror(w->fp)))
    writer_fail(w, NG_ERR_IO, "cannot write the RDF output");
  return w->status;
}

static void
free_nodes(librdf_node **nodes, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (nodes[i])
      librdf_free_node(nodes[i]);
}

/* Frees everything the writer made; the FILE* is left to the caller. */
void
ng_rdf_writer_free(ng_rdf_writer *w)
{
  if (!w)
    return;
  if (w->stream)
    raptor_free_serializer(w->stream);
  if (w->model)
    librdf_free_model(w->model);
  if (w->storage)
    librdf_free_storage(w->storage);
  free_nodes(w->terms, T_COUNT);
  free_nodes(w->entity_class, NG_ENTITY_TYPE_COUNT);
  free_nodes(w->stance_class, NG_STANCE_TYPE_COUNT);
  free_nodes(w->shortcut, NG_STANCE_TYPE_COUNT);
  free_nodes(w->relation, NG_RELATION_TYPE_COUNT);
  free_nodes(w->mention_kind, NG_MENTION_KIND_COUNT);
  free_nodes(&w->yes, 1);
  free_nodes(&w->no, 1);
  if (w->xsd_count)
    librdf_free_uri(w->xsd_count);
  if (w->xsd_decimal)
    librdf_free_uri(w->xsd_decimal);
  if (w->world)
    librdf_free_world(w->world);
  ng_map_free(&w->described);
  ng_map_free(&w->local);
  ng_buf_free(&w->scratch);
  free(w);
}
