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
                      const ng_text *t, const size_t *taken, size_t i,
                      size_t max);

/* ng_name_length after a title and its state, where a word of two letters
 * may belong to the name (وزير الخارجية الصيني لي تشاو شينغ). */
size_t ng_state_name_length(const ng_lexicon *lex, const ng_segments *seg,
                            const ng_text *t, const size_t *taken, size_t i,
                            size_t max);

/* How many tokens from i read as the name of a person no title
 * introduces: one that begins with a given name (ng_given_name), right
 * after a verb of saying or of action that comes before its subject
 * (وقال فلان الفلاني، والتقى فلان الفلاني), or followed by a title in
 * apposition (فلان الفلاني، وزير الخارجية); 0 when none. */
size_t ng_untitled_name_length(const ng_lexicon *lex, const ng_segments *seg,
                               const ng_text *t, const size_t *taken, size_t i);

/* How many tokens from i read as a name, of any first word, that a title
 * follows in apposition (فلان الفلاني مندوب إيران، فلان نائب وزير
 * الخارجية), after a pause, a particle or a verb of saying; *title gets
 * the token where the title begins.  0 when none: the caller checks that
 * the title names its state or body. */
size_t ng_apposed_name_length(const ng_lexicon *lex, const ng_segments *seg,
                              const ng_text *t, const size_t *taken, size_t i,
                              size_t *title);

/* 1 when token i alone reads as a person's name: a common given name as
 * written, with ال only where the lexicon writes it so (فهد، الحسين: not
 * the adjective النبيل), that a pause, a particle or a
 * word no name goes on with follows (with royal set, also a definite word
 * that is no given name: مطار الملك فهد [الدولي]); 0 otherwise.  Only
 * where a royal title or an honorific says a name follows (الملك فهد،
 * الأمير طلال، الشيخ جاسم): most given names are words too. */
size_t ng_lone_name_length(const ng_lexicon *lex, const ng_segments *seg,
                           const ng_text *t, const size_t *taken, size_t i,
                           int royal);

/* Does a word of tokens [i, i + n) end in a pronoun as written (حديثه،
 * خلالها، لديهم)?  Most such words carry one, which no name does. */
int ng_words_carry_pronoun(const ng_segments *seg, const ng_text *t, size_t i,
                           size_t n);

/* Is tok a word that does not name a person alone when it ends a name: a
 * given name (نبيل عمرو), الله (عبد الله), a regnal ordinal (الثاني)? */
int ng_weak_surname(const ng_lexicon *lex, const ng_token *tok);

/* Can token i be a word of a person's name: three letters or more, not a
 * stop word (a particle, a verb of saying, a trigger's first word)? */
int ng_name_word(const ng_lexicon *lex, const ng_segments *seg, size_t i);

/* Is tok a common given name (an ng:GivenNameCue: محمد، جون), perhaps
 * after و or ل?  Where nothing else marks the words after it as a name
 * (a title with no state, a rank alone), the name must begin with one. */
int ng_given_name(const ng_lexicon *lex, const ng_token *tok);
/* The same with only the clitics in allowed on the reading (NG_CL_*). */
int ng_given_name_with(const ng_lexicon *lex, const ng_token *tok, unsigned allowed);

/* Does a reading of tok with no clitics but those in allowed begin a cue
 * of the kind (its first word)? */
int ng_token_cue(const ng_lexicon *lex, const ng_token *tok, ng_cue_kind kind,
                 unsigned allowed);

/* Puts the words built in here that end a name (particles, verbs of
 * saying, time words, demonstratives, numbers …) into out; the lexicon
 * keeps them as ng_lexicon_name_stops. */
struct ng_map;
ng_status ng_name_stop_words(struct ng_map *out);

/* A new person (caller frees with ng_entity_free) named by tokens
 * [first, end): its Arabic label is the original text and its IRI is
 * minted, percent-encoded, from the folded name, so the same name gives
 * the same IRI in every document.  A و written on a given name that
 * begins it is left out of both (فلان [و]سمير فلان). */
ng_entity *ng_person_new(const ng_lexicon *lex, const ng_segments *seg,
                         const ng_text *t, size_t first, size_t end);

/* A state's organ named by tokens [first, end) whose body words are
 * [first, body_end) (الجيش | الإسرائيلي): an Organization that counts for
 * state (borrowed), labelled with the original text, its IRI minted from
 * the state's and the body's words (…/id/israel-جيش), the same in every
 * document.  The caller frees it with ng_entity_free. */
ng_entity *ng_organ_new(const ng_segments *seg, const ng_text *t, size_t first,
                        size_t body_end, size_t end, const ng_entity *state);

#endif
