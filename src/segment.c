/* Sentences, tokens and clitic readings over folded text: see segment.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "segment.h"
#include "utf8.h"
#include "util.h"

#define ALEF 0x0627
#define LAM 0x0644
#define WAW 0x0648
#define FEH 0x0641
#define BEH 0x0628
#define KAF 0x0643
#define SEEN 0x0633
#define HEH 0x0647
#define TEH 0x062A
#define YEH 0x064A
#define NOON 0x0646

int
ng_is_word_cp(uint32_t c)
{
  return (c >= 0x0621 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) ||
         (c >= 0x06FA && c <= 0x06FF) || (c >= 'a' && c <= 'z') ||
         (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) ||
         (c >= '0' && c <= '9');
}

static int
is_digit(uint32_t c)
{
  return c >= '0' && c <= '9';
}

static int
is_space(uint32_t c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v' || c == 0x2028 || c == 0x2029;
}

/* UTF-8 of cps[0..n): a new string, NULL on OOM. */
static char *
cps_to_utf8(const uint32_t *cps, size_t n)
{
  ng_buf b = {0};

  for (size_t i = 0; i < n; i++)
    if (ng_buf_put_cp(&b, cps[i]) != NG_OK) {
      ng_buf_free(&b);
      return NULL;
    }
  return ng_buf_take(&b);
}

const char *
ng_word_key(const char *word, int *has_article)
{
  /* "ال" is 0xD8 0xA7 0xD9 0x84 in UTF-8; keep at least two letters. */
  if (strncmp(word, "\xD8\xA7\xD9\x84", 4) == 0 && strlen(word) >= 4 + 4) {
    if (has_article)
      *has_article = 1;
    return word + 4;
  }
  if (has_article)
    *has_article = 0;
  return word;
}

/* Adds one reading unless an equal one is there already. */
static ng_status
add_reading(ng_token *tok, size_t *cap, const uint32_t *stem, size_t n,
            unsigned flags, unsigned prefix)
{
  ng_reading r;

  for (size_t i = 0; i < tok->n_readings; i++)
    if (tok->readings[i].flags == flags &&
        tok->readings[i].prefix == prefix) {
      char *k = cps_to_utf8(stem, n);
      int same = k && strcmp(k, tok->readings[i].key) == 0;
      free(k);
      if (same)
        return NG_OK;
    }
  r.key = cps_to_utf8(stem, n);
  r.flags = flags;
  r.prefix = prefix;
  if (!r.key || NG_PUSH(tok->readings, tok->n_readings, *cap, r) != NG_OK) {
    free(r.key);
    return NG_ERR_NOMEM;
  }
  return NG_OK;
}

static const uint32_t suffixes[][3] = {
    {HEH, ALEF, 0}, {HEH, 0x0645, ALEF}, {HEH, 0x0645, 0}, {HEH, NOON, 0},
    {KAF, 0x0645, 0}, {NOON, ALEF, 0},   {HEH, 0, 0}};

/* Adds the readings of stem w[0..n) with and without a pronoun suffix. */
static ng_status
add_suffix_readings(ng_token *tok, size_t *cap, const uint32_t *w, size_t n,
                    unsigned flags, unsigned prefix)
{
  if (add_reading(tok, cap, w, n, flags, prefix) != NG_OK)
    return NG_ERR_NOMEM;
  if (n >= 4 && w[n - 1] == ALEF && w[n - 2] != HEH && w[n - 2] != NOON &&
      add_reading(tok, cap, w, n - 1, flags | NG_CL_ACC, prefix) != NG_OK)
    return NG_ERR_NOMEM;
  for (size_t s = 0; s < sizeof suffixes / sizeof suffixes[0]; s++) {
    size_t k = suffixes[s][2] ? 3 : suffixes[s][1] ? 2 : 1;
    uint32_t stem[64];
    if (n < k + 3 || n - k > 64 ||
        memcmp(w + n - k, suffixes[s], k * sizeof *w) != 0)
      continue;
    memcpy(stem, w, (n - k) * sizeof *w);
    if (add_reading(tok, cap, stem, n - k, flags | NG_CL_SUFFIX, prefix))
      return NG_ERR_NOMEM;
    if (stem[n - k - 1] == TEH) { /* خارجيتها: ة written ت before a suffix */
      stem[n - k - 1] = HEH;
      if (add_reading(tok, cap, stem, n - k, flags | NG_CL_SUFFIX, prefix))
        return NG_ERR_NOMEM;
    }
  }
  return NG_OK;
}

/* Adds readings of w[0..n) after the proclitics already stripped: an
 * optional article, then the suffixes. */
static ng_status
add_article_readings(ng_token *tok, size_t *cap, const uint32_t *w, size_t n,
                     unsigned flags, unsigned prefix)
{
  if (flags & NG_CL_ART) /* the لل case: the article is already gone */
    return n >= 2 ? add_suffix_readings(tok, cap, w, n, flags, prefix)
                  : NG_OK;
  if (n >= 2 && add_suffix_readings(tok, cap, w, n, flags, prefix))
    return NG_ERR_NOMEM;
  if (n >= 4 && w[0] == ALEF && w[1] == LAM)
    return add_suffix_readings(tok, cap, w + 2, n - 2, flags | NG_CL_ART,
                               prefix);
  return NG_OK;
}

/* Adds readings after an optional preposition or future prefix. */
static ng_status
add_prep_readings(ng_token *tok, size_t *cap, const uint32_t *w, size_t n,
                  unsigned flags, unsigned prefix)
{
  if (add_article_readings(tok, cap, w, n, flags, prefix) != NG_OK)
    return NG_ERR_NOMEM;
  if (n < 4)
    return NG_OK;
  /* لل is ل + ال (للسودان), or ل before a word in ل (للبنان، لليبيا) */
  if (w[0] == LAM && w[1] == LAM &&
      add_article_readings(tok, cap, w + 2, n - 2,
                           flags | NG_CL_PREP_L | NG_CL_ART, prefix + 1))
    return NG_ERR_NOMEM;
  if (w[0] == BEH || w[0] == LAM || w[0] == KAF) {
    unsigned f = w[0] == BEH ? NG_CL_PREP_B
                 : w[0] == LAM ? NG_CL_PREP_L
                               : NG_CL_PREP_K;
    return add_article_readings(tok, cap, w + 1, n - 1, flags | f,
                                prefix + 1);
  }
  if (w[0] == SEEN && (w[1] == YEH || w[1] == TEH || w[1] == NOON ||
                       w[1] == ALEF))
    return add_article_readings(tok, cap, w + 1, n - 1, flags | NG_CL_FUT,
                                prefix + 1);
  return NG_OK;
}

/* Readings of a folded word given as code points. */
static ng_status
word_readings(ng_token *tok, const uint32_t *w, size_t n)
{
  size_t cap = 0;

  if (add_prep_readings(tok, &cap, w, n, 0, 0) != NG_OK)
    return NG_ERR_NOMEM;
  if (n >= 3 && (w[0] == WAW || w[0] == FEH))
    return add_prep_readings(tok, &cap, w + 1, n - 1, NG_CL_CONJ, 1);
  return NG_OK;
}

ng_status
ng_token_readings(ng_token *tok)
{
  uint32_t w[256];
  size_t n = 0;
  const char *p = tok->form, *end = p + strlen(p);

  while (p < end && n < 256)
    w[n++] = ng_utf8_next(&p, end);
  return word_readings(tok, w, n);
}

/* Appends a token over fold[b..e). */
static ng_status
push_token(ng_segments *s, const ng_text *t, size_t b, size_t e,
           ng_token_kind kind)
{
  ng_token tok = {0};

  tok.kind = kind;
  tok.fbegin = b;
  tok.fend = e;
  tok.punct = kind == NG_TOKEN_PUNCT ? t->fold[b] : 0;
  tok.sentence = s->n_sentences;
  tok.form = cps_to_utf8(t->fold + b, e - b);
  if (!tok.form)
    return NG_ERR_NOMEM;
  if (NG_PUSH(s->tokens, s->n_tokens, s->cap_tokens, tok) != NG_OK) {
    free(tok.form);
    return NG_ERR_NOMEM;
  }
  if (kind == NG_TOKEN_WORD)
    return word_readings(&s->tokens[s->n_tokens - 1], t->fold + b, e - b);
  return NG_OK;
}

/* Closes the sentence that began at token first, if it has tokens. */
static ng_status
close_sentence(ng_segments *s, size_t *first)
{
  struct ng_seg_sentence sen;

  if (*first >= s->n_tokens)
    return NG_OK;
  sen.first = *first;
  sen.end = s->n_tokens;
  sen.fbegin = s->tokens[sen.first].fbegin;
  sen.fend = s->tokens[sen.end - 1].fend;
  if (NG_PUSH(s->sentences, s->n_sentences, s->cap_sentences, sen))
    return NG_ERR_NOMEM;
  for (size_t i = sen.first; i < sen.end; i++)
    s->tokens[i].sentence = s->n_sentences - 1;
  *first = s->n_tokens;
  return NG_OK;
}

/* How a punctuation mark changes the quote depth. */
static int
quote_delta(uint32_t c, int depth)
{
  if (c == 0x201C || c == 0x00AB)
    return 1;
  if (c == 0x201D || c == 0x00BB)
    return depth > 0 ? -1 : 0;
  if (c == '"')
    return depth > 0 ? -1 : 1;
  return 0;
}

/* An ASCII quote mark is the same both ways: it closes when it follows a
 * word or a mark and is not followed by one (…داعش". لكن), opens when it
 * follows a space and precedes a word; otherwise it toggles. One stray mark
 * then cannot turn every later pair inside out and glue a paragraph. */
static int
ascii_quote_delta(const ng_text *t, size_t i, int depth)
{
  int after_word = i > 0 && !is_space(t->fold[i - 1]);
  int before_word = i + 1 < t->n_fold && ng_is_word_cp(t->fold[i + 1]);

  if (after_word && !before_word)
    return depth > 0 ? -1 : 0;
  if (!after_word && before_word)
    return 1;
  return quote_delta('"', depth);
}

/* A quotation keeps its sentences together (قال: «… . …») only up to this
 * many characters: past it, a stray or unclosed quote mark would glue the
 * rest of a paragraph into one sentence. */
#define QUOTE_SPAN_MAX 300

static int
ends_sentence(uint32_t c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x061B;
}

/* Scans one word or number starting at i; returns its end. */
static size_t
scan_word(const ng_text *t, size_t i, ng_token_kind *kind)
{
  size_t j = i;

  if (is_digit(t->fold[i])) {
    *kind = NG_TOKEN_NUMBER;
    while (j < t->n_fold &&
           (is_digit(t->fold[j]) ||
            ((t->fold[j] == '.' || t->fold[j] == ',' || t->fold[j] == 0x066B ||
              t->fold[j] == 0x066C) &&
             j + 1 < t->n_fold && is_digit(t->fold[j + 1]))))
      j++;
    return j;
  }
  *kind = NG_TOKEN_WORD;
  while (j < t->n_fold && ng_is_word_cp(t->fold[j]) && !is_digit(t->fold[j]))
    j++;
  return j;
}

ng_status
ng_segment(ng_segments *s, const ng_text *t)
{
  size_t i = 0, first = 0, quote_start = 0;
  int depth = 0;

  while (i < t->n_fold) {
    uint32_t c = t->fold[i];
    if (is_space(c)) {
      if (c == '\n' && (depth = 0, close_sentence(s, &first) != NG_OK))
        return NG_ERR_NOMEM;
      i++;
    } else if (ng_is_word_cp(c)) {
      ng_token_kind kind;
      size_t j = scan_word(t, i, &kind);
      if (push_token(s, t, i, j, kind) != NG_OK)
        return NG_ERR_NOMEM;
      i = j;
    } else {
      if (push_token(s, t, i, i + 1, NG_TOKEN_PUNCT) != NG_OK)
        return NG_ERR_NOMEM;
      if (depth == 0)
        quote_start = i;
      int d = c == '"' ? ascii_quote_delta(t, i, depth) : quote_delta(c, depth);
      if (c == '"' && depth > 0 && d > 0) {
        d = 0; /* a new quote: the one before was left unclosed */
        quote_start = i;
      }
      depth += d;
      if ((depth == 0 || i - quote_start > QUOTE_SPAN_MAX) && ends_sentence(c) &&
          close_sentence(s, &first))
        return NG_ERR_NOMEM;
      i++;
    }
  }
  return close_sentence(s, &first);
}

void
ng_segments_free(ng_segments *s)
{
  if (!s)
    return;
  for (size_t i = 0; i < s->n_tokens; i++) {
    for (size_t r = 0; r < s->tokens[i].n_readings; r++)
      free(s->tokens[i].readings[r].key);
    free(s->tokens[i].readings);
    free(s->tokens[i].form);
  }
  free(s->tokens);
  free(s->sentences);
  memset(s, 0, sizeof *s);
}
