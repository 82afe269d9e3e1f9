/* Persons found from context (a title + country + an unknown name). */
#ifndef NG_PERSONS_H
#define NG_PERSONS_H

#include "lexicon.h"
#include "normalize.h"
#include "segment.h"

/* How many tokens from i (at most max) read as a person's name: two or
 * three words without ال that are not particles, verbs of saying or
 * trigger words, not already taken by a mention (taken[i] != 0), and
 * followed by a pause; 0 when they do not. */
size_t ng_name_length(const ng_lexicon *lex, const ng_segments *seg,
                      const size_t *taken, size_t i, size_t max);

/* A new person (caller frees with ng_entity_free) named by tokens
 * [first, end): its Arabic label is the original text and its IRI is
 * minted, percent-encoded, from the folded name, so the same name gives
 * the same IRI in every document. */
ng_entity *ng_person_new(const ng_segments *seg, const ng_text *t,
                         size_t first, size_t end);

#endif
