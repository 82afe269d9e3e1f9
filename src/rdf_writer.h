/* The RDF writer's insides, shared by rdf_export.c (setting up, adding
 * documents, finishing) and rdf_describe.c (the statements that describe an
 * analysis).  Internal: only these two files include it. */
#ifndef NG_RDF_WRITER_H
#define NG_RDF_WRITER_H

#include <librdf.h>
#include <raptor2.h>
#include <stdbool.h>

#include "newsgraph/newsgraph.h"
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
  X(T_ROLE_KIND, NG_NS "roleKind")                                            \
  X(T_CIVIL_ROLE, NG_NS "CivilRole")                                          \
  X(T_MILITARY_ROLE, NG_NS "MilitaryRole")                                    \
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

/* Records the first failure of the current call in w->err. */
void ng_rdf_fail(ng_rdf_writer *w, ng_status status, const char *fmt, ...)
    NG_PRINTF(3, 4);

/* A failure inside librdf/raptor: names what was being done and what the
 * library said about it. */
void ng_rdf_fail_library(ng_rdf_writer *w, const char *what);

/* A new node for an IRI already checked; NULL (and w failed) on OOM. */
librdf_node *ng_rdf_iri_node(ng_rdf_writer *w, const char *iri);

/* Writes the statements of one analysis (its document, entities, kept
 * stances and relations, mentions if asked) into w. */
void ng_rdf_describe(ng_rdf_writer *w, const ng_analysis *a, size_t n_cp);

#endif
