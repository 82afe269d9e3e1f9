/* Extraction: patterns over a sentence's tokens and mentions → stances and
 * relations, each with its evidence and the rule that found it. */
#ifndef NG_EXTRACT_H
#define NG_EXTRACT_H

#include "lexicon.h"
#include "match.h"
#include "normalize.h"
#include "segment.h"
#include "util.h"

/* A fact found over tokens; analyze.c turns it into the public structs. */
typedef struct ng_tfact {
  int is_relation;
  int type;               /* ng_stance_type or ng_relation_type */
  size_t holder, target;  /* lexicon entity indices (subject, object) */
  size_t speaker;         /* person who voiced it, or SIZE_MAX */
  int negated, hedged;
  double confidence;
  size_t sentence;
  size_t tfirst, tend;    /* trigger tokens */
  const char *rule;       /* pattern IRI, borrowed from the lexicon */
} ng_tfact;

/* Why a trigger did or did not give a fact (kept when explaining). */
typedef struct ng_note {
  const ng_pattern *pattern;
  size_t sentence;
  size_t tfirst, tend;        /* trigger tokens */
  size_t hfirst, hend;        /* holder tokens (hend == 0: none) */
  const char *holder_how;
  size_t gfirst, gend;        /* target or complement tokens (gend == 0: none) */
  const char *target_how;
  const char *outcome;        /* NULL when facts were emitted */
  int type;                   /* the stance type emitted */
  int negated, hedged;
} ng_note;

typedef struct ng_extraction {
  int explain;            /* set by the caller: keep notes */
  ng_note *notes;
  size_t n_notes, cap_notes;
  ng_tfact *facts;
  size_t n_facts, cap_facts;
  ng_tmention *titles;    /* title mentions ("الرئيس الكازاخي") and the
                             mentions of persons found from context */
  size_t n_titles, cap_titles;
  ng_entity **locals;     /* persons found from context; entity index
                             n_lexicon + k is locals[k] */
  size_t n_locals, cap_locals;
  int owns_locals;        /* ng_extraction_free frees them (else the
                             analysis that adopted them does) */
} ng_extraction;

/* Runs every pattern over seg and its mentions ms (sorted by token);
 * out (zeroed by the caller) is released with ng_extraction_free.  The
 * mentions ng_match marked local become mentions of the persons found in
 * the document (their entity an index of out's locals). */
ng_status ng_extract(ng_extraction *out, const ng_lexicon *lex,
                     const ng_text *t, const ng_segments *seg, ng_tmention *ms,
                     size_t n_ms);

/* The entity behind an index of a fact or mention of x. */
const ng_entity *ng_extraction_entity(const ng_extraction *x,
                                      const ng_lexicon *lex, size_t i);
void ng_extraction_free(ng_extraction *x);

/* Writes what the notes of x say, sentence by sentence, with the original
 * text (explain.c). */
ng_status ng_explain(ng_buf *out, const ng_extraction *x, const ng_lexicon *lex,
                     const ng_segments *seg, const ng_text *t,
                     const ng_tmention *ms, size_t n_ms);

#endif
