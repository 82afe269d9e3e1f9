/*
 * newsgraph — actors and stances from news articles, as RDF and diagrams.
 *
 * Conventions, kept by every function in this header:
 *  - Functions that can fail return ng_status (NG_OK is 0) and, where an
 *    ng_error pointer is taken (it may be NULL), fill it with the file,
 *    line, column and a one-line message.
 *  - Objects come in _new/_free pairs; every _free accepts NULL.
 *  - What comes back through a `**out` argument belongs to the caller, who
 *    frees it with the matching _free.  What is returned by value (a pointer
 *    or a string) is borrowed and lives as long as the object it came from.
 *  - `const` pointer arguments are borrowed for the duration of the call and
 *    copied if they are kept, unless the comment says otherwise.
 *  - Offsets (ng_span) count Unicode code points in the original text of the
 *    document, the NIF convention.
 */
#ifndef NEWSGRAPH_H
#define NEWSGRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- status and errors ------------------------------------------------ */

typedef enum ng_status {
  NG_OK = 0,
  NG_ERR_NOMEM,    /* an allocation failed */
  NG_ERR_IO,       /* a file could not be opened, read or written */
  NG_ERR_ENCODING, /* the input is not valid UTF-8 (or the given encoding) */
  NG_ERR_BINARY,   /* the input looks like a binary file */
  NG_ERR_PARSE,    /* the input (HTML, XML, Turtle) could not be parsed */
  NG_ERR_LEXICON,  /* a lexicon or pattern entry is malformed */
  NG_ERR_USAGE,    /* a caller passed something that makes no sense */
  NG_ERR_RDF,      /* librdf/raptor refused a node, statement or format */
  NG_ERR_RENDER    /* graphviz could not lay out or render a diagram */
} ng_status;

/* A one-line English name for a status; never NULL. */
const char *ng_strerror(ng_status status);

/* Where and why something failed.  line/column are 0 when unknown. */
typedef struct ng_error {
  char file[512];
  unsigned long line;
  unsigned long column;
  char message[512];
} ng_error;

/* Formats err as "file:line:column: message" (omitting unknown parts) into
 * buf of size n; returns buf. */
char *ng_error_format(const ng_error *err, char *buf, size_t n);

/* ---- vocabulary -------------------------------------------------------- */

typedef enum ng_entity_type {
  NG_COUNTRY,
  NG_ORGANIZATION,
  NG_PERSON,
  NG_PLACE,
  NG_ENTITY_TYPE_COUNT
} ng_entity_type;

typedef enum ng_stance_type {
  NG_REQUEST,
  NG_OFFER_AID,
  NG_PROVIDE_AID,
  NG_DEPLOY,
  NG_SUPPORT,
  NG_CRITICIZE,
  NG_ACCUSE,
  NG_REJECT,
  NG_THREATEN,
  NG_MEDIATE,
  NG_SANCTION,
  NG_STANCE_TYPE_COUNT
} ng_stance_type;

typedef enum ng_relation_type {
  NG_LEADER_OF,
  NG_OFFICIAL_OF,
  NG_MEMBER_OF,
  NG_ALLY_OF,
  NG_PARTNER_OF,
  NG_LOCATED_IN,
  NG_LEADS,
  NG_RELATION_TYPE_COUNT
} ng_relation_type;

typedef enum ng_mention_kind {
  NG_MENTION_NAME,
  NG_MENTION_ALIAS,
  NG_MENTION_DEMONYM,
  NG_MENTION_METONYM,
  NG_MENTION_TITLE,
  NG_MENTION_REFERENCE,
  NG_MENTION_KIND_COUNT
} ng_mention_kind;

/* Local names in the ng: vocabulary ("Country", "OfferAid", "leaderOf",
 * "demonym"), and the stance shortcut properties ("supports"). */
const char *ng_entity_type_name(ng_entity_type t);
const char *ng_stance_type_name(ng_stance_type t);
const char *ng_stance_shortcut_name(ng_stance_type t);
const char *ng_relation_type_name(ng_relation_type t);
const char *ng_mention_kind_name(ng_mention_kind k);
/* Parses a local name back; returns -1 when unknown. */
int ng_stance_type_parse(const char *local_name);
int ng_relation_type_parse(const char *local_name);
int ng_entity_type_parse(const char *local_name);

/* The namespaces newsgraph writes. */
#define NG_NS "https://w3id.org/newsgraph/ns#"
#define NG_ID_NS "https://w3id.org/newsgraph/id/"
#define NG_DOC_NS "https://w3id.org/newsgraph/doc/"

/* ---- entities ---------------------------------------------------------- */

/* An actor or place.  Entities live in the lexicon, or in an analysis when
 * they were discovered in a document (a new person introduced by title). */
typedef struct ng_entity {
  char *iri;             /* stable: the same entity has the same IRI always */
  ng_entity_type type;
  char *label_ar;        /* may be NULL */
  char *label_en;        /* may be NULL */
  char **alt_ar;         /* NULL-terminated other Arabic names, or NULL */
  char **alt_en;         /* NULL-terminated other English names, or NULL */
  char *wikidata;        /* full entity IRI, or NULL */
  char *iso2;            /* ISO 3166-1 alpha-2 for countries, or NULL */
  char *iso3;            /* ISO 3166-1 alpha-3 for countries, or NULL */
  char *place_kind;      /* for places, the IRI of ng:City, ng:Province,
                            ng:Region …, or NULL when not known */
  /* The actor this one counts for in an actor-level graph (a leader's
   * country, a ministry's state), from the lexicon; NULL for none. */
  const struct ng_entity *rollup;
  /* For a person found in a document: the text introduces them by a role
   * outside politics (an artist, a coach, a company's or a club's
   * officer), so they are never an actor (written as ng:roleKind
   * ng:CivilRole). */
  int civil_role;
  /* For a person found in a document: the text introduces them by a
   * military or police rank alone (اللواء فلان، العقيد فلان), with no
   * political office (written as ng:roleKind ng:MilitaryRole); still an
   * actor. */
  int military_role;
} ng_entity;

/* ---- documents --------------------------------------------------------- */

typedef struct ng_doc {
  char *iri;     /* NG_DOC_NS + a hash of the text, or the canonical URL */
  char *path;    /* the file it came from, "-" for stdin */
  char *title;   /* may be NULL */
  char *date;    /* ISO 8601 as found, may be NULL */
  char *url;     /* canonical/source URL, may be NULL */
  char *lang;    /* "ar", "en", ... or NULL when unknown */
  char *text;    /* valid UTF-8, NUL-terminated, NFC not assumed */
  size_t len;    /* bytes in text */
} ng_doc;

typedef struct ng_read_options {
  const char *encoding; /* NULL: UTF-8 (HTML: honour <meta charset>) */
} ng_read_options;

/* Reads one file ("-" is stdin) as plain text, HTML or XML (by extension
 * and content).  On success *out is a new document the caller frees with
 * ng_doc_free.  Never touches the network. */
ng_status ng_doc_read_file(ng_doc **out, const char *path,
                           const ng_read_options *opts, ng_error *err);
/* Builds a document from a UTF-8 string (copied); name is used as path. */
ng_status ng_doc_from_text(ng_doc **out, const char *name, const char *text,
                           size_t len, ng_error *err);
void ng_doc_free(ng_doc *doc);

/* Lists the readable article files (.txt .text .html .htm .xhtml .xml) under
 * dir, recursively, sorted by path.  *out is a NULL-terminated array the
 * caller frees with ng_strv_free. */
ng_status ng_dir_list(char ***out, size_t *n_out, const char *dir,
                      ng_error *err);
/* Frees a NULL-terminated array of strings and the strings; NULL is fine. */
void ng_strv_free(char **list);

/* ---- lexicon ----------------------------------------------------------- */

typedef struct ng_lexicon ng_lexicon;

ng_status ng_lexicon_new(ng_lexicon **out);
/* Loads one Turtle file of entities, patterns and cues into lex. */
ng_status ng_lexicon_load_file(ng_lexicon *lex, const char *path,
                               ng_error *err);
/* Loads every *.ttl in dir (sorted).  NULL means the installed ontology
 * directory, or $NEWSGRAPH_ONTOLOGY when set. */
ng_status ng_lexicon_load_dir(ng_lexicon *lex, const char *dir,
                              ng_error *err);
/* The directory ng_lexicon_load_dir(lex, NULL, ...) reads. */
const char *ng_lexicon_default_dir(void);
void ng_lexicon_free(ng_lexicon *lex);

size_t ng_lexicon_entity_count(const ng_lexicon *lex);
const ng_entity *ng_lexicon_entity(const ng_lexicon *lex, size_t i);
size_t ng_lexicon_name_count(const ng_lexicon *lex);   /* names + aliases */
size_t ng_lexicon_pattern_count(const ng_lexicon *lex);

/* ---- analysis ---------------------------------------------------------- */

typedef struct ng_span {
  size_t begin; /* code points into ng_doc.text */
  size_t end;   /* exclusive */
} ng_span;

typedef struct ng_sentence {
  ng_span span;
} ng_sentence;

typedef struct ng_mention {
  const ng_entity *entity;
  ng_mention_kind kind;
  ng_span span;
  size_t sentence; /* index into ng_analysis.sentences */
} ng_mention;

typedef struct ng_stance {
  const ng_entity *holder;  /* the actor (roll-up applied) */
  const ng_entity *speaker; /* the person who voiced it, or NULL */
  const ng_entity *target;
  ng_stance_type type;
  bool negated;
  bool hedged;
  double confidence; /* 0..1 */
  size_t sentence;
  ng_span trigger;   /* the words that carry it */
  const char *rule;  /* IRI of the pattern that fired */
} ng_stance;

typedef struct ng_relation {
  const ng_entity *subject;
  ng_relation_type type;
  const ng_entity *object;
  double confidence;
  size_t sentence;
  ng_span evidence;
  const char *rule;
} ng_relation;

typedef struct ng_analysis {
  const ng_doc *doc; /* borrowed: must outlive the analysis */
  ng_sentence *sentences;
  size_t n_sentences;
  ng_mention *mentions;
  size_t n_mentions;
  ng_stance *stances;
  size_t n_stances;
  ng_relation *relations;
  size_t n_relations;
  ng_entity **entities; /* every entity mentioned, first mention first */
  size_t n_entities;
  void *priv;           /* internal: offsets, doc-local entities */
} ng_analysis;

/* Runs normalize → segment → match → extract over doc.  The analysis
 * borrows doc and lex; both must outlive it. */
ng_status ng_analyze(ng_analysis **out, const ng_lexicon *lex,
                     const ng_doc *doc, ng_error *err);

typedef struct ng_analyze_options {
  bool explain; /* keep an explanation of every fact and near miss */
} ng_analyze_options;

/* ng_analyze with options (NULL: the defaults). */
ng_status ng_analyze_with(ng_analysis **out, const ng_lexicon *lex,
                          const ng_doc *doc, const ng_analyze_options *opts,
                          ng_error *err);

/* The explanation kept when ng_analyze_with was asked for one, else NULL:
 * for each fact its sentence, trigger, rule and why its holder and target
 * were chosen; for sentences with actors but no fact, the rules that came
 * close.  Borrowed from the analysis. */
const char *ng_analysis_explanation(const ng_analysis *a);
void ng_analysis_free(ng_analysis *a);

/* A new NUL-terminated copy of the document text in span; NULL on OOM. */
char *ng_analysis_text(const ng_analysis *a, ng_span span);

/* ---- output ------------------------------------------------------------ */

typedef enum ng_format {
  NG_FORMAT_TURTLE,
  NG_FORMAT_NTRIPLES,
  NG_FORMAT_NQUADS,
  NG_FORMAT_RDFXML,
  NG_FORMAT_DOT,
  NG_FORMAT_SVG,
  NG_FORMAT_PNG,
  NG_FORMAT_PDF
} ng_format;

/* "turtle" → NG_FORMAT_TURTLE ...; returns -1 when unknown. */
int ng_format_parse(const char *name);
const char *ng_format_name(ng_format f);
bool ng_format_is_rdf(ng_format f);

typedef struct ng_output_options {
  bool mentions;          /* also write every mention as a NIF phrase */
  double min_confidence;  /* drop facts below this (0 keeps all) */
} ng_output_options;

/* RDF: Turtle, N-Triples, N-Quads, RDF/XML through librdf/raptor.
 * N-Triples and N-Quads are written as each analysis is added; Turtle and
 * RDF/XML are written by ng_rdf_writer_finish.  The writer borrows out. */
typedef struct ng_rdf_writer ng_rdf_writer;
ng_status ng_rdf_writer_new(ng_rdf_writer **out, ng_format format, FILE *fp,
                            const ng_output_options *opts, ng_error *err);
ng_status ng_rdf_writer_add(ng_rdf_writer *w, const ng_analysis *a,
                            ng_error *err);
ng_status ng_rdf_writer_finish(ng_rdf_writer *w, ng_error *err);
void ng_rdf_writer_free(ng_rdf_writer *w);

/* Diagrams: one node per actor, aggregated over every analysis added,
 * written as DOT, SVG, PNG (cairo) or PDF through cgraph/gvc.  The diagram
 * copies what it needs from each analysis. */
typedef struct ng_diagram ng_diagram;
ng_status ng_diagram_new(ng_diagram **out, const ng_output_options *opts);
ng_status ng_diagram_add(ng_diagram *d, const ng_analysis *a);
ng_status ng_diagram_write(ng_diagram *d, ng_format format, FILE *fp,
                           ng_error *err);
void ng_diagram_free(ng_diagram *d);

const char *ng_version(void);

#ifdef __cplusplus
}
#endif
#endif /* NEWSGRAPH_H */
