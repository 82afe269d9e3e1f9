/* RDF output: analyses → statements in the newsgraph vocabulary, written as
 * Turtle, N-Triples, N-Quads or RDF/XML.  With rdf_describe.c (the
 * statements) and the lexicon loader, the only code that includes librdf.h.
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
#include "rdf_writer.h"
#include "utf8.h"
#include "util.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* The prefixes declared in Turtle and RDF/XML output.  rdf: is not among
 * them: raptor's serializers declare it themselves and refuse it twice. */
static const char *const prefixes[][2] = {
    {"ng", NG_NS},           {"ngid", NG_ID_NS},    {"rdfs", RDFS_NS},
    {"owl", OWL_NS},         {"xsd", XSD_NS},       {"skos", SKOS_NS},
    {"nif", NIF_NS},         {"itsrdf", ITSRDF_NS}, {"prov", PROV_NS},
    {"dcterms", DCTERMS_NS}, {"wd", WD_NS}};

static const char *const term_iris[T_COUNT] = {
#define X(id, iri) [id] = iri,
    TERMS(X)
#undef X
};

/* ---- the writer ---- */

/* Records the first failure of the current call in w->err. */
void
ng_rdf_fail(ng_rdf_writer *w, ng_status status, const char *fmt, ...)
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
void
ng_rdf_fail_library(ng_rdf_writer *w, const char *what)
{
  if (w->log[0])
    ng_rdf_fail(w, NG_ERR_RDF, "%s: %s", what, w->log);
  else
    ng_rdf_fail(w, NG_ERR_RDF, "%s failed", what);
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

/* ---- setting up ---- */

/* ns + local as a new node. */
static librdf_node *
ns_node(ng_rdf_writer *w, const char *ns, const char *local)
{
  w->scratch.len = 0;
  if (ng_buf_printf(&w->scratch, "%s%s", ns, local) != NG_OK)
    return NULL;
  return ng_rdf_iri_node(w, w->scratch.data);
}

/* Every fixed node and datatype the writer uses; false on failure. */
static bool
make_terms(ng_rdf_writer *w)
{
  bool ok = true;
  librdf_uri *xsd_boolean;

  for (size_t i = 0; i < T_COUNT; i++)
    ok = (w->terms[i] = ng_rdf_iri_node(w, term_iris[i])) && ok;
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
    ng_rdf_fail_library(w, "setting up the RDF writer");
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
    ng_rdf_fail(w, NG_ERR_RDF, "the RDF writer failed earlier");
  else if (w->finished)
    ng_rdf_fail(w, NG_ERR_USAGE, "the RDF writer is already finished");
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
  if (w->status == NG_OK && (w->doc = ng_rdf_iri_node(w, a->doc->iri))) {
    w->graph = w->format == NG_FORMAT_NQUADS ? w->doc : NULL;
    ng_rdf_describe(w, a, n_cp);
    if (w->status != NG_OK)
      w->broken = true; /* part of a may already be in the output */
  }
  if (w->status == NG_OK && w->stream && ferror(w->fp))
    ng_rdf_fail(w, NG_ERR_IO, "cannot write the RDF output");
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
      ng_rdf_fail_library(w, "declaring a namespace");
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
    ng_rdf_fail_library(w, "creating the serializer");
    return;
  }
  declare_prefixes(w, ser);
  if (w->status == NG_OK && librdf_serializer_serialize_model_to_file_handle(
                                ser, w->fp, NULL, w->model))
    ng_rdf_fail_library(w, "serializing the graph");
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
    ng_rdf_fail_library(w, "ending the output");
  if (w->status == NG_OK && (fflush(w->fp) != 0 || ferror(w->fp)))
    ng_rdf_fail(w, NG_ERR_IO, "cannot write the RDF output");
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
