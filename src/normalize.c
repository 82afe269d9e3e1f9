/* Arabic (and Latin) folding for matching, with an offset map back to the
 * original text: see normalize.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "utf8.h"
#include "util.h"

#include "fold_table.h"

/* Looks cp up in the presentation-form table; NULL when absent. */
static const uint32_t *
presentation_form(uint32_t cp)
{
  size_t lo = 0, hi = sizeof ng_fold_table / sizeof ng_fold_table[0];

  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (ng_fold_table[mid].cp == cp)
      return ng_fold_table[mid].to;
    if (ng_fold_table[mid].cp < cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

/* Folds one basic (non-presentation) code point; 0 means drop it. */
static uint32_t
fold_basic(uint32_t c)
{
  if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640)
    return 0; /* harakat, superscript alef, tatweel */
  if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E ||
      c == 0x200F || c == 0xFEFF || (c >= 0x202A && c <= 0x202E) ||
      (c >= 0x2066 && c <= 0x2069) || c == 0x00AD)
    return 0; /* zero-width and direction marks, soft hyphen */
  switch (c) {
  case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672:
  case 0x0673:
    return 0x0627; /* hamza and madda forms of alef → alef */
  case 0x0624: case 0x0626:
    return 0x0621; /* hamza on waw or yeh → hamza: مسؤول/مسئول, وزراء/وزرائها */
  case 0x0649:
    return 0x064A; /* alef maqsura → yeh */
  case 0x0629:
    return 0x0647; /* teh marbuta → heh */
  case 0x06CC:
    return 0x064A; /* Farsi yeh */
  case 0x06A9:
    return 0x0643; /* keheh → kaf */
  case 0x00A0: case 0x2007: case 0x202F:
    return ' ';
  }
  if (c >= 0x0660 && c <= 0x0669)
    return '0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9)
    return '0' + (c - 0x06F0);
  if (c >= 'A' && c <= 'Z')
    return c + 32;
  return c;
}

size_t
ng_fold_cp(uint32_t cp, uint32_t *out)
{
  const uint32_t *pf = presentation_form(cp);
  size_t n = 0;

  if (!pf) {
    uint32_t f = fold_basic(cp);
    if (f)
      out[n++] = f;
    return n;
  }
  for (; *pf && n < NG_FOLD_MAX; pf++) {
    uint32_t f = fold_basic(*pf);
    if (f)
      out[n++] = f;
  }
  return n;
}

/* Decodes utf8 into t->orig. */
static ng_status
decode_all(ng_text *t, const char *utf8, size_t len)
{
  const char *p = utf8, *end = utf8 + len;

  t->orig = malloc((len + 1) * sizeof *t->orig);
  if (!t->orig)
    return NG_ERR_NOMEM;
  while (p < end)
    t->orig[t->n_orig++] = ng_utf8_next(&p, end);
  return NG_OK;
}

ng_status
ng_text_normalize(ng_text *t, const char *utf8, size_t len)
{
  size_t cap;

  if (decode_all(t, utf8, len) != NG_OK)
    return NG_ERR_NOMEM;
  cap = t->n_orig + 1;
  t->fold = malloc(cap * sizeof *t->fold);
  t->map = malloc((cap + 1) * sizeof *t->map);
  if (!t->fold || !t->map)
    return NG_ERR_NOMEM;
  for (size_t i = 0; i < t->n_orig; i++) {
    uint32_t out[NG_FOLD_MAX];
    size_t n = ng_fold_cp(t->orig[i], out);
    if (t->n_fold + n >= cap) {
      size_t want = cap * 2 + n;
      uint32_t *f = realloc(t->fold, want * sizeof *f);
      size_t *m = f ? realloc(t->map, (want + 1) * sizeof *m) : NULL;
      if (f)
        t->fold = f;
      if (!m)
        return NG_ERR_NOMEM;
      t->map = m;
      cap = want;
    }
    for (size_t k = 0; k < n; k++) {
      t->fold[t->n_fold] = out[k];
      t->map[t->n_fold++] = i;
    }
  }
  t->map[t->n_fold] = t->n_orig;
  return NG_OK;
}

void
ng_text_free(ng_text *t)
{
  if (!t)
    return;
  free(t->orig);
  free(t->fold);
  free(t->map);
  memset(t, 0, sizeof *t);
}

char *
ng_fold_string(const char *s)
{
  const char *p = s, *end = s + strlen(s);
  ng_buf b = {0};
  int pending_space = 0;

  while (p < end) {
    uint32_t out[NG_FOLD_MAX];
    size_t n = ng_fold_cp(ng_utf8_next(&p, end), out);
    for (size_t k = 0; k < n; k++) {
      if (out[k] == ' ' || out[k] == '\t' || out[k] == '\n' ||
          out[k] == '\r') {
        pending_space = b.len > 0;
        continue;
      }
      if ((pending_space && ng_buf_put_cp(&b, ' ') != NG_OK) ||
          ng_buf_put_cp(&b, out[k]) != NG_OK) {
        ng_buf_free(&b);
        return NULL;
      }
      pending_space = 0;
    }
  }
  return ng_buf_take(&b);
}
