/* Sentences and tokens over folded text, each word token with its
 * clitic-stripped readings (و ف ب ل ك س ال لل, pronoun suffixes). */
#ifndef NG_SEGMENT_H
#define NG_SEGMENT_H

#include <stddef.h>
#include <stdint.h>

#include "newsgraph/newsgraph.h"
#include "normalize.h"

/* Clitics a reading has stripped. */
enum {
  NG_CL_CONJ = 1 << 0,   /* و ف */
  NG_CL_PREP_B = 1 << 1, /* ب */
  NG_CL_PREP_L = 1 << 2, /* ل (also the ل of لل) */
  NG_CL_PREP_K = 1 << 3, /* ك */
  NG_CL_FUT = 1 << 4,    /* س (future) */
  NG_CL_ART = 1 << 5,    /* ال */
  NG_CL_SUFFIX = 1 << 6, /* a pronoun suffix (ه ها هم هما كم نا) */
  NG_CL_ACC = 1 << 7     /* the alef of an accusative tanween (حليفًا) */
};
#define NG_CL_PREP (NG_CL_PREP_B | NG_CL_PREP_L | NG_CL_PREP_K)

typedef struct ng_reading {
  char *key;       /* the folded stem, without ال */
  unsigned flags;  /* NG_CL_* stripped to get it */
  unsigned prefix; /* folded code points of و ف ب ل ك س before the stem */
} ng_reading;

typedef enum ng_token_kind {
  NG_TOKEN_WORD,
  NG_TOKEN_NUMBER,
  NG_TOKEN_PUNCT
} ng_token_kind;

typedef struct ng_token {
  ng_token_kind kind;
  size_t fbegin, fend; /* in the folded text */
  char *form;          /* folded UTF-8 */
  uint32_t punct;      /* the code point, for NG_TOKEN_PUNCT */
  ng_reading *readings;
  size_t n_readings;
  size_t sentence;
} ng_token;

typedef struct ng_segments {
  ng_token *tokens;
  size_t n_tokens;
  size_t cap_tokens;
  struct ng_seg_sentence {
    size_t first, end; /* token range */
    size_t fbegin, fend;
  } *sentences;
  size_t n_sentences;
  size_t cap_sentences;
} ng_segments;

/* Splits t into sentences and tokens; out (zeroed by the caller) is
 * released with ng_segments_free. */
ng_status ng_segment(ng_segments *out, const ng_text *t);
void ng_segments_free(ng_segments *s);

/* Adds the readings of a folded word to tok (used by tests and the
 * lexicon lookup tool as well as by ng_segment). */
ng_status ng_token_readings(ng_token *tok);

/* The key a lexicon word is matched by: the folded word without a leading
 * ال (when at least two letters remain).  Returns a pointer into word. */
const char *ng_word_key(const char *word, int *has_article);

/* True for Arabic or Latin letters and digits (word characters). */
int ng_is_word_cp(uint32_t c);

#endif
