/* The subcommands `newsgraph eval` (evaluate.c) and `newsgraph lexicon`
 * (lexicon_tools.c), and the scorer under the first, kept apart from the
 * pipeline: they only consume what it produces. */
#ifndef NG_TOOLS_H
#define NG_TOOLS_H

#include <stdio.h>

#include "newsgraph/newsgraph.h"

/* Each takes the arguments after the subcommand word (argv[0] names the
 * subcommand) and returns the exit status: 0, 1 (a failure, reported on
 * standard error; for `lexicon check`, errors found) or 2 (bad usage). */
int ng_eval_main(int argc, char **argv);
int ng_lexicon_main(int argc, char **argv);

/* Prints on standard output each reading of each word of word (folded and
 * segmented as the matcher does) and what it matches in lex. */
ng_status ng_lexicon_lookup_word(const ng_lexicon *lex, const char *word);

/* Reports bad usage of `newsgraph COMMAND` on standard error (the message,
 * and where to find help) and returns 2, the usage exit status. */
int ng_tools_fail_usage(const char *command, const char *msg, const char *arg);
/* Prints err as one line "newsgraph COMMAND: file:line:column: message". */
void ng_tools_report(const char *command, const ng_error *err);

/* A new lexicon (caller frees) with the shipped ontology and then each of
 * the n user files; on failure err says which file and why. */
ng_status ng_tools_lexicon_load(ng_lexicon **out, char *const *files, size_t n,
                                ng_error *err);

/* ---- the scorer ---------------------------------------------------------
 * The rules of the project's scorer (shared/eval/score.py), applied to an
 * analysis in memory rather than to its RDF: names are matched through the
 * scorer's name folding and alias table, stances at actor level. */

/* A new string (caller frees): s folded as the scorer folds names (NFKC,
 * lower case, Arabic diacritics and letter variants, accents, punctuation,
 * a leading "the", white space).  NULL on OOM. */
char *ng_eval_norm(const char *s);

/* A gold file: tab-separated kind, a, b, c, status, evidence; the lines
 * of at least five fields are its facts. */
typedef struct ng_eval_gold ng_eval_gold;
typedef enum ng_gold_field {
  NG_GOLD_KIND,   /* entity, stance, relation */
  NG_GOLD_A,      /* the entity, holder or subject */
  NG_GOLD_B,      /* its type, the stance type or the relation */
  NG_GOLD_C,      /* - , the target or the object */
  NG_GOLD_STATUS, /* + ? ! h */
  NG_GOLD_EVIDENCE
} ng_gold_field;
ng_status ng_eval_gold_read(ng_eval_gold **out, const char *path,
                            ng_error *err);
void ng_eval_gold_free(ng_eval_gold *g);
size_t ng_eval_gold_count(const ng_eval_gold *g);
/* Field of fact i; "" when the line has no such field.  Borrowed. */
const char *ng_eval_gold_field(const ng_eval_gold *g, size_t i,
                               ng_gold_field field);

/* The names a gold file's facts are matched by: the scorer's built-in
 * alias table and roll-ups, those of aliases_path (NULL for none) and the
 * gold file's own names.  Borrows nothing. */
typedef struct ng_eval_names ng_eval_names;
ng_status ng_eval_names_new(ng_eval_names **out, const char *aliases_path,
                            const ng_eval_gold *gold, ng_error *err);
void ng_eval_names_free(ng_eval_names *n);
/* Sets *out to the gold name a label stands for (borrowed from n), or to
 * NULL when none. */
ng_status ng_eval_names_match(const ng_eval_names *n, const char *label,
                              const char **out);
/* The actor a name rolls up to (itself when none); borrowed. */
const char *ng_eval_names_actor(const ng_eval_names *n, const char *name);

typedef struct ng_eval_counts {
  size_t tp, fp, fn;
} ng_eval_counts;

typedef struct ng_eval_score {
  ng_eval_counts stance, relation;
  size_t entity_found, entity_missed; /* gold entities marked + */
} ng_eval_score;

/* Scores what a writes (facts below min_confidence left out, as the RDF
 * writer leaves them out) against gold.  With log not NULL, writes there
 * each miss and each false positive with its sentence. */
ng_status ng_eval_score_analysis(ng_eval_score *out, const ng_eval_gold *gold,
                                 const ng_eval_names *names,
                                 const ng_analysis *a, double min_confidence,
                                 FILE *log);

/* Precision, recall and F1 as the scorer computes them. */
void ng_eval_prf(const ng_eval_counts *c, double *p, double *r, double *f);

#endif
