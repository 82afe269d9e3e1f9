/* RDF output, the statements: how an analysis (its document, sentences,
 * entities, stances and relations with their evidence, mentions) is
 * described in the newsgraph vocabulary.  rdf_export.c sets the writer up
 * and sends what is described here to a model or a serializer. */
#include "config.h"

#include <librdf.h>
#include <raptor2.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/newsgraph.h"
#include "rdf_check.h"
#include "rdf_writer.h"
#include "utf8.h"
#include "util.h"

static librdf_node *part_node(ng_rdf_writer *w, const char *fmt, ...)
    NG_PRINTF(2, 3);

/* ---- nodes and statements ---- */

/* A new node for an IRI already checked; NULL (and w failed) on OOM. */
librdf_node *
ng_rdf_iri_node(ng_rdf_writer *w, const char *iri)
{
  librdf_node *n =
      librdf_new_node_from_uri_string(w->world, (const unsigned char *)iri);

  if (!n)
    ng_rdf_fail_library(w, "making an IRI node");
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
    ng_rdf_fail(w, NG_ERR_NOMEM, "out of memory");
    return NULL;
  }
  return ng_rdf_iri_node(w, w->scratch.data);
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
    ng_rdf_fail_library(w, "writing a statement");
  }
}

static void
emit_iri(ng_rdf_writer *w, librdf_node *s, enum term p, const char *iri)
{
  librdf_node *o;

  if (w->status != NG_OK)
    return;
  o = ng_rdf_iri_node(w, iri);
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
        ng_rdf_fail(w, NG_ERR_NOMEM, "out of memory");
        return;
      }
    text = w->scratch.data;
  }
  o = librdf_new_node_from_literal(w->world, (const unsigned char *)text, lang,
                                   0);
  if (!o)
    ng_rdf_fail_library(w, "making a literal");
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
    ng_rdf_fail_library(w, "making a typed literal");
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
  ng_rdf_fail(w, NG_ERR_NOMEM, "out of memory");
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
    ng_rdf_fail(w, NG_ERR_NOMEM, "out of memory");
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

  if (!first_in(w, &w->described, e->iri) || !(s = ng_rdf_iri_node(w, e->iri)))
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
  if (e->civil_role)
    emit(w, s, w->terms[T_ROLE_KIND], w->terms[T_CIVIL_ROLE]);
  else if (e->military_role)
    emit(w, s, w->terms[T_ROLE_KIND], w->terms[T_MILITARY_ROLE]);
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
    ng_rdf_fail(w, NG_ERR_NOMEM, "out of memory");
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
    ng_rdf_fail(w, NG_ERR_NOMEM, "out of memory");
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
  f.from = ng_rdf_iri_node(w, from->iri);
  f.to = ng_rdf_iri_node(w, to->iri);
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
  librdf_node *entity = ng_rdf_iri_node(w, m->entity->iri);

  describe_entity(w, m->entity);
  emit_direct(w, s, w->terms[T_TYPE], w->terms[T_PHRASE]);
  emit_direct(w, s, w->terms[T_TA_IDENT_REF], entity);
  emit_direct(w, s, w->terms[T_MENTION_KIND], w->mention_kind[m->kind]);
  librdf_free_node(entity);
  librdf_free_node(s);
}

void
ng_rdf_describe(ng_rdf_writer *w, const ng_analysis *a, size_t n_cp)
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

