/* Folding for matching: the original text as code points, its folded form,
 * and the map from every folded code point back to the original. */
#ifndef NG_NORMALIZE_H
#define NG_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

#include "newsgraph/newsgraph.h"

typedef struct ng_text {
  uint32_t *orig;  /* the original code points */
  size_t n_orig;
  uint32_t *fold;  /* the folded code points */
  size_t *map;     /* map[i]: index in orig of fold[i]; map[n_fold] = n_orig */
  size_t n_fold;
} ng_text;

/* Decodes utf8[0..len) and folds it into out (zeroed by the caller);
 * ng_text_free releases what it holds. */
ng_status ng_text_normalize(ng_text *out, const char *utf8, size_t len);
void ng_text_free(ng_text *t);

/* Folds one code point into at most NG_FOLD_MAX code points written to out;
 * returns how many (0: the code point is dropped). */
#define NG_FOLD_MAX 18
size_t ng_fold_cp(uint32_t cp, uint32_t *out);

/* A new UTF-8 string (caller frees): s folded, with runs of white space
 * collapsed to one space and trimmed.  NULL on OOM. */
char *ng_fold_string(const char *s);

#endif
