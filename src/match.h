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
  int local;            /* a person no lexicon knows whose name holds a
                           lexicon person's (ناصر [مودي], راشد بن [محمد بن
                           راشد]): entity is that lexicon person until
                           ng_extract makes the new person; see
                           ng_match_person_names */
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

/* The phrase ng_match would choose at token i: its length in tokens (0
 * when none), its index in *phrase and the reading of token i in *rd. */
size_t ng_match_best_at(const ng_lexicon *lex, const ng_segments *seg, size_t i,
                        size_t *phrase, const ng_reading **rd);

/* Appends to *out (*n of them, room for *cap) the mention of entity over
 * tokens [i, i + len) read as rd, of kind kind. */
ng_status ng_match_push(ng_tmention **out, size_t *n, size_t *cap,
                        const ng_segments *seg, size_t i, size_t len,
                        const ng_reading *rd, size_t entity, ng_mention_kind kind);

/* Is token i - 1 a title, or with bodies set also a state organ (the
 * last word of a title or body pattern's trigger: الرئيس، وزير الخارجية،
 * حكومة)?  With whole set, a title's whole trigger must end there
 * (الأمين العام, not الطريق العام), and bodies do not count. */
int ng_match_after_title(const ng_lexicon *lex, const ng_segments *seg, size_t i,
                         int bodies, int whole);

/* Adds to *out (the full mentions, in token order; *n of them, room for
 * *cap) the references to persons by a part of their name after a full
 * mention (أنان after كوفي أنان), and by a lexicon person's surname
 * right after a title (الرئيس الأمريكي بوش); sorts them in.
 * match_parts.c. */
ng_status ng_match_parts(ng_tmention **out, size_t *n, size_t *cap,
                         const ng_lexicon *lex, const ng_segments *seg);

/* Is token i right after a title's whole trigger, or after one and its
 * state's adjective among the mentions ms (n of them, in token order):
 * الرئيس بوش، الرئيس الأمريكي بوش?  match_parts.c. */
int ng_match_titled(const ng_lexicon *lex, const ng_segments *seg,
                    const ng_tmention *ms, size_t n, size_t i);

/* Settles the person mentions of ms (n of them, in token order) that a
 * name written around them says more of: a lexicon person's one-word
 * name (a surname) after the given name the lexicon gives the person
 * takes it in (حامد [كرزاي]); after another given name, or after a son's
 * name and بن (راشد بن [محمد بن راشد]), the whole is a person no lexicon
 * knows, marked local.  match_names.c. */
void ng_match_person_names(ng_tmention *ms, size_t n, const ng_lexicon *lex,
                           const ng_segments *seg);

/* Fills parts with the surname of every person of lex (from its label and
 * its Arabic aliases) → the person; a surname two persons share is
 * ambiguous.  The lexicon calls it when it compiles.  match_parts.c. */
struct ng_map;
ng_status ng_match_lexicon_surnames(struct ng_map *parts, const ng_lexicon *lex);

/* Widens the state mentions of ms (n of them, in token order) over the head
 * noun of a formal name right before them: جمهورية + name (جمهورية
 * فنزويلا) and الجمهورية/المملكة/السلطنة + adjective (الجمهورية اللبنانية)
 * become alias mentions of the whole. */
void ng_match_formal_names(ng_tmention *ms, size_t n, const ng_lexicon *lex,
                           const ng_segments *seg);

/* Gives to a city the state mentions of ms whose name it shares (عمّان,
 * Amman, is written like عُمان, Oman; the city has it as ng:shortName with
 * its own state as ng:context): where the text writes it as a city (a
 * dateline, العاصمة الأردنية عمان) or names the city's state more often
 * than the other. */
void ng_match_homographs(ng_tmention *ms, size_t n, const ng_lexicon *lex,
                         const ng_segments *seg);

/* Drops from ms the state names that are a club's: followed by a
 * masculine adjective of a state (قطر القطري، موناكو الفرنسي), the name
 * is the club's (النادي is masculine); news does not qualify a state by a
 * state's adjective.  *n is updated. */
void ng_match_club_names(ng_tmention *ms, size_t *n, const ng_lexicon *lex,
                         const ng_segments *seg);

/* Drops from ms the state names that are part of another name: the
 * genitive of a noun that begins a company's, a bank's, a hospital's or a
 * venue's name (ng:NameHeadCue), right after it or after one more noun
 * (شركة قطر للغاز، شركة نفط نيبال، ستاد الإمارات).  *n is updated. */
void ng_match_owned_names(ng_tmention *ms, size_t *n, const ng_lexicon *lex,
                          const ng_segments *seg);

/* Makes a demonym of a state's one-word name that is also the accusative
 * of its adjective, right after an indefinite noun in the accusative
 * (فنانًا إسبانيًا، جنديًا روسيًا: a Spanish artist, a Russian soldier). */
void ng_match_accusative_adjectives(ng_tmention *ms, size_t n,
                                    const ng_lexicon *lex,
                                    const ng_segments *seg);

/* Drops a state's adjective that is a family name, one masculine word
 * right after a given name (جون كندي، أشرف غاني).  *n is updated. */
void ng_match_family_names(ng_tmention *ms, size_t *n, const ng_lexicon *lex,
                           const ng_segments *seg);

/* Drops the direction from a state's name that begins with one when
 * another direction is coordinated before it (شرق ووسط وجنوب أفريقيا:
 * Africa's south, not the state): the mention is of the name after it, or
 * is dropped when the lexicon knows no such name.  *n is updated. */
void ng_match_shared_directions(ng_tmention *ms, size_t *n,
                                const ng_lexicon *lex, const ng_segments *seg);

/* The states named inside the place mentions of ms after a direction
 * (جنوب لبنان → لبنان): mentions of their own, which overlap the place's,
 * in *out (caller frees), *n_out of them.  They are for the output only:
 * the extraction reads the place. */
ng_status ng_match_inner_states(ng_tmention **out, size_t *n_out,
                                const ng_lexicon *lex, const ng_segments *seg,
                                const ng_tmention *ms, size_t n);

/* True when tok is the word folded (no clitics). */
int ng_token_is_word(const ng_token *tok, const char *folded);

#endif
