/* Mentions: the longest lexicon phrase at each token (with clitic
 * readings), then later short references to persons already named. */
#ifndef NG_MATCH_H
#define NG_MATCH_H

#include "lexicon.h"
#include "segment.h"

typedef struct ng_tmention {
  size_t entity;        /* index into the lexicon's entities */
  ng_mention_kind kind;
  size_t first, end;    /* token range */
  size_t fbegin, fend;  /* folded span, proclitics (و ف ب ل ك) excluded */
  unsigned flags;       /* NG_CL_* on the first token's reading */
  int short_name;       /* matched by an ng:shortName: see ng_match */
} ng_tmention;

/* Finds the mentions in seg, in token order; *out (caller frees) holds *n. */
ng_status ng_match(ng_tmention **out, size_t *n, const ng_lexicon *lex,
                   const ng_segments *seg);

/* Tokens of phrase ph matched from token i read as rd (with rd's article,
 * the next words carrying no clitic but ال, and one pair of quotation
 * marks allowed inside: مجموعة «فاغنر»); 0 if none.  The lexicon
 * lookup tool asks this of every reading. */
size_t ng_match_phrase_length(const ng_segments *seg, size_t i,
                              const ng_reading *rd, const ng_phrase *ph);

/* True when tok is the word folded (no clitics). */
int ng_token_is_word(const ng_token *tok, const char *folded);

#endif
