/* Towns the lexicon does not know, recognised from the noun that introduces
 * them ("بلدة بنت جبيل", "قرية الخضر"). */
#ifndef NG_PLACES_H
#define NG_PLACES_H

#include "lexicon.h"
#include "normalize.h"
#include "segment.h"

/* How many tokens from i read as the name of a town after a town noun:
 * one word, or two after a word that begins names (كفر، بيت، عين، أبو …);
 * 0 when token i is no name: punctuation or a number, taken by a mention
 * (taken[i] != 0), a particle or verb, or an adjective (مدينة ساحلية،
 * مدينة كبيرة). */
size_t ng_town_length(const ng_lexicon *lex, const ng_segments *seg,
                      const size_t *taken, size_t i);

/* A new place of kind ng:City (caller frees with ng_entity_free) named by
 * tokens [first, end): its Arabic label is the original text and its IRI
 * is minted from the folded name (…/id/place-بوداي), the same in every
 * document. */
ng_entity *ng_place_new(const ng_segments *seg, const ng_text *t, size_t first,
                        size_t end);

#endif
