/* Extraction, internal: the state of one run (ctx) and the types and
 * functions the extract_*.c files share.  Not installed; only extract*.c
 * include it. */
#ifndef NG_EXTRACT_INTERNAL_H
#define NG_EXTRACT_INTERNAL_H

#include <stdint.h>

#include "extract.h"

#define NONE SIZE_MAX

/* The most actors a group reference (البلدين، الجانبين) stands for. */
#define MAX_REFERRED 8

/* An actor slot: a mention, or a title with its country and person. */
typedef struct unit {
  size_t first, end;  /* tokens */
  size_t entity;      /* what is named: person, country, org or place */
  size_t actor;       /* what it counts for; NONE for places */
  size_t person;      /* the person, or NONE */
  int mark;           /* NG_MARK_* introducing it; NG_MARK_OBJ for none */
  int conj;           /* joined to the unit before by و or a comma */
  size_t group;       /* index of the first unit of its coordination */
  unsigned flags;     /* clitics on its first token */
} unit;

/* A person this document gave a role ("الرئيس الروسي فلاديمير بوتين"). */
typedef struct local_role {
  size_t person, actor;
  int type;
} local_role;

/* The surname of a person found from context, for later references. */
typedef struct surname {
  const char *key;  /* borrowed from the token that introduced it */
  int article;      /* written with ال (العيبان): a reference must be too */
  size_t entity;
  size_t after;     /* only tokens after this one */
  const char *given; /* the name's first word, borrowed; NULL if one word */
} surname;

/* A trigger found at a token. */
typedef struct hit {
  const ng_pattern *p;
  size_t a, b;     /* tokens */
  unsigned flags;  /* clitics on the first token's reading */
  unsigned last_flags;
} hit;

/* One run of the extraction: the document, its units, and the output. */
typedef struct ctx {
  const ng_lexicon *lex;
  const ng_text *text;
  const ng_segments *seg;
  const ng_tmention *ms;
  size_t n_ms;
  unit *units;
  size_t n_units, cap_units;
  size_t *unit_at; /* token → unit, NONE */
  local_role *roles;
  size_t n_roles, cap_roles;
  surname *surnames;
  size_t n_surnames, cap_surnames;
  size_t *in_mention; /* token → 1 when a lexicon mention covers it */
  size_t *mention_at; /* token → the mention starting there, or NONE */
  hit *memo;          /* 2 per token: trigger_at, computed on demand */
  size_t *cue_first;  /* token i's cues: cue_ids[cue_first[i] .. [i + 1]) */
  size_t *cue_ids;    /* (see cues_at) */
  size_t *pattern_first; /* likewise the patterns a trigger of which */
  size_t *pattern_ids;   /* may start at token i */
  size_t n_lex;       /* entities in the lexicon; locals come after */
  ng_extraction *out;
  size_t clause_holder; /* the holder of the last verb trigger, or NONE */
  size_t clause_sentence; /* the sentence of that verb */
  size_t clause_verb;     /* its first token */
  int clause_by_noun;     /* that holder is a stance noun's (صعّدت X
                             عقوباتها): shared by a joined verb only */
} ctx;

/* How a pronoun finds what it stands for. */
typedef enum ref_mode {
  REF_SUBJECT, /* a possessive on a title or organ (وزير خارجيتها): the
                  nearest actor that is not inside a prepositional phrase
                  or an adjective, else the nearest actor */
  REF_SALIENT  /* a pronoun after a preposition (معها, لها) or an ally
                  (حليفها): the actor this sentence names most (the
                  latest on a tie), else the previous sentence's */
} ref_mode;

/* The target of a stance, as find_target found it. */
typedef struct target {
  size_t group;   /* unit group, or NONE */
  size_t entity;  /* an entity found through a pronoun, or NONE */
  size_t dist;
  size_t at;      /* the token where the target or complement starts */
  const char *how;
  int beneficiary; /* the complement is people, not an actor (مساعدات
                      للمتضررين): the aid goes where they are */
} target;

/* ---- extract.c: token and actor helpers, triggers ----------------------- */

/* Token i of the document. */
const ng_token *tok(const ctx *c, size_t i);
/* The first token of the sentence of token i. */
size_t sentence_first(const ctx *c, size_t i);
/* The end (one past the last token) of the sentence of token i. */
size_t sentence_end(const ctx *c, size_t i);
/* Is token i the word folded (any clitics)? */
int is_word(const ctx *c, size_t i, const char *folded);
/* Does token i carry key with only the clitics in allowed? Returns the
 * reading's flags + 1, or 0. */
unsigned has_key(const ctx *c, size_t i, const char *key, unsigned allowed);
/* Is token i a comma, colon, semicolon or parenthesis? */
int is_boundary(const ctx *c, size_t i);
/* Is token i punctuation? */
int is_punct(const ctx *c, size_t i);
/* Is word i a definite noun (ال, no preposition)? */
int has_article(const ctx *c, size_t i);
/* Does word i carry the article, with or without a preposition (المتضررين،
 * للمتضررين)? */
int is_definite(const ctx *c, size_t i);
/* Is token i a quotation mark? */
int is_quote(const ctx *c, size_t i);
/* Matches words w at token i; returns the number of tokens (0: none). */
size_t words_at(const ctx *c, size_t i, const ng_words *w,
                unsigned first_allowed, unsigned *flags, unsigned *last_flags);
/* The index of lexicon entity e, or NONE for NULL. */
/* The lexicon's cues whose first word token i may be (indexes ascending,
 * each once); their count.  Loops over cues at a token go over these. */
size_t cues_at(const ctx *c, size_t i, const size_t **out);
/* The words the first cue of kind (in lexicon order) matches at token i,
 * with only the clitics in allowed on its first word; 0 when none.
 * *flags and *last_flags (either may be NULL) get the clitics of its
 * first and last word. */
size_t cue_of_kind_at(const ctx *c, size_t i, ng_cue_kind kind, unsigned allowed,
                      unsigned *flags, unsigned *last_flags);
size_t lex_index(const ctx *c, const ng_entity *e);
/* The entity with index e: a lexicon entity or a local one. */
const ng_entity *ent(const ctx *c, size_t e);
/* The type of entity e. */
ng_entity_type type_of(const ctx *c, size_t e);
/* The actor entity e counts for in this document. */
size_t actor_of(const ctx *c, size_t e);
/* Did the lexicon or this document ever tie person p to entity e? */
int tied_to(const ctx *c, size_t p, size_t e);
/* The mention starting at token i, or NULL. */
const ng_tmention *mention_at(const ctx *c, size_t i);
/* The longest trigger at token i of a title or body pattern (title set)
 * or of any other pattern, looked up once per token and kept. */
hit trigger_at(const ctx *c, size_t i, int title);

/* ---- extract_units.c: units, facts, institutions, towns ----------------- */

/* The marker introducing something that starts at token i whose own
 * reading stripped flags. */
int mark_before(const ctx *c, size_t i, unsigned flags);
/* Adds a unit over tokens [first, end) and points its tokens at it. */
ng_status add_unit(ctx *c, size_t first, size_t end, size_t entity,
                   size_t person, size_t actor, unsigned flags);
/* Adds fact f, or raises the confidence of the same fact found before. */
ng_status add_fact(ctx *c, const ng_tfact *f);
/* Adds relation type from s to o found over tokens [a, b) (none when
 * s or o is NONE, or they are the same). */
ng_status add_relation(ctx *c, int type, size_t s, size_t o, size_t a,
                       size_t b, double conf, const char *rule);
/* Is word i "former" (السابق، الأسبق)? */
int is_former_word(const ctx *c, size_t i);
/* The person this document already knows in role type for actor. */
size_t known_holder(const ctx *c, size_t actor, int type);
/* Adds the entity e found in this document unless one with its IRI is
 * there; *out is its index, *fresh whether it is new.  Takes e. */
ng_status add_local(ctx *c, ng_entity *e, size_t first, size_t end,
                    size_t *out, int *fresh);
/* Adds the person named by tokens [first, end) that no lexicon knows, its
 * mention, and its surname for later references; *out is its index. */
ng_status new_person(ctx *c, size_t first, size_t end, size_t *out);
/* Makes each mention of ms (n of them) that ng_match marked local a
 * mention of a new person named by its tokens (new_person, the mention
 * itself kept): its entity becomes that person's index. */
ng_status adopt_local_persons(ctx *c, ng_tmention *ms, size_t n);
/* The entity the lexicon says person p holds a role of type in: a
 * current role first, else a former one; NONE when the lexicon says none. */
size_t lexicon_role(const ctx *c, size_t p, int type);
/* Builds the units of the document, titles first, in token order. */
ng_status build_units(ctx *c);
/* Words of the longest institution cue at token i (its article as in the
 * cue; و and a preposition allowed before it); 0 if none. */
size_t institution_at(const ctx *c, size_t i, const ng_cue **out);
/* Is word i a relative pronoun (الذي، التي …)? */
int is_relative(const ctx *c, size_t i);
/* Names the institutions of states the units did not take (a police, a
 * parliament, a ministry named alone); mentions only, no units. */
ng_status institution_mentions(ctx *c);
/* A town the lexicon does not know, named right after a town noun (بلدة
 * بنت جبيل), becomes a place of kind city with a mention. */
ng_status town_mentions(ctx *c);

/* ---- extract_titles.c: titles and ranks --------------------------------- */

/* The length of the rank or honorific (ng:RankCue) at token i (الفريق
 * أول، الشيخ), 0 when none; *flags gets its first word's clitics.  One
 * written with ال must carry it: الفريق, not فريق إنقاذ. */
size_t rank_at(const ctx *c, size_t i, unsigned *flags);
/* The person named at token j, after a rank if there is one: the
 * tokens of the name (0 when none) and, through *known, the lexicon's
 * person or NONE. */
size_t name_at(const ctx *c, size_t j, size_t *known);
/* After a title at [a, b): its country or organization, "former", and
 * the person named; builds the unit and the role relation. */
ng_status title_unit(ctx *c, const hit *h, size_t *next);
/* Does a title standing for its holder (الرئيس الأمريكي) begin at token i? */
int title_at(const ctx *c, size_t i);
/* The tokens of a name no lexicon knows at token i that a title of a
 * named state or body follows (فلان الفلاني مندوب إيران): 0 when none. */
size_t apposed_name(const ctx *c, size_t i);
/* A word that names the country the text is about (البلاد) or the
 * organization just named (المنظمة); NONE otherwise. */
size_t reference_at(const ctx *c, size_t i, unsigned *flags);
/* The country actor a stands for (itself, or the state of an organ); NONE
 * for an organization of no state. */
size_t own_country(const ctx *c, size_t a);
/* A rank or honorific at token i and the person it names (اللواء فلان،
 * الشيخ فلان, a name known or not): one unit over both, ending at *next.
 * A rank draws no relation: it says what a person is, not whose. */
ng_status rank_unit(ctx *c, size_t i, size_t *next);
/* A title in the dual at token i and the two names it introduces
 * (النائبين فلان وفلان، نائبين آخرين هما فلان وفلان): a person and a unit
 * for each name, and *next after the second; *next is i when there are
 * not two names. */
ng_status dual_title_unit(ctx *c, size_t i, size_t *next);
/* Marks person p, found in this document and named by tokens ending at
 * end, as holding a role outside politics (ng:CivilRole) when a civil
 * role word introduced the name (role_before) and no title follows it, or
 * when its apposition names a civil body (فلان، رئيس نادي …); returns
 * whether p holds one.  The lexicon's persons are left as they are. */
int civil_person(ctx *c, size_t p, int role_before, size_t end);

/* ---- extract_refs.c: references back and groups ------------------------- */

/* The nearest acceptable unit in tokens [from, pos); with subject_only,
 * only one outside prepositional phrases and adjectives. */
size_t nearest_referent(const ctx *c, size_t from, size_t pos, size_t ex1,
                        size_t ex2, int subject_only);
/* The country or organization a pronoun at token pos stands for, in its
 * sentence or the one before; never exclude1/2 or what they are tied to. */
size_t backref(const ctx *c, size_t pos, size_t exclude1, size_t exclude2,
               ref_mode mode);
/* The country the text is about so far: the one its units before token
 * pos name most often (the latest on a tie); NONE when none. */
size_t salient_country(const ctx *c, size_t pos);
/* The country a word for a form of state (المملكة، السلطنة) at pos
 * stands for: the last named whose name begins with the word key; NONE
 * when none. */
size_t referred_country(const ctx *c, size_t pos, const char *key);
/* The organization a reference word (المنظمة، البعثة) at pos stands for:
 * the last one named before pos whose name begins with that word, else
 * (unless same_head) the last one named. */
size_t referred_organization(const ctx *c, size_t pos, const char *key,
                             int same_head);
/* Joins units into coordinations: X و Y, X، Y و Z, كل من X و Y. */
void group_units(ctx *c);
/* The units of the group that starts at unit g. */
size_t group_end(const ctx *c, size_t g);
/* The last coordination of two actors or more that starts before token
 * pos, in its sentence or the two before; NONE when none. */
size_t recent_group(const ctx *c, size_t pos);
/* Is actor a one of the n in list? */
int listed(const size_t *list, size_t n, size_t a);
/* Puts the distinct actors of the group starting at unit g, none of the
 * group skip (NONE: none skipped), in out; returns how many. */
size_t group_actors(const ctx *c, size_t g, size_t skip, size_t *out);
/* Turns each group reference into one unit per actor it stands for. */
ng_status resolve_group_references(ctx *c);
/* Points each البلاد said in a state's words (بأن البلاد سترد) at the
 * country of the clause's subject. */
void resolve_reported_countries(ctx *c);

/* ---- extract_targets.c: targets ----------------------------------------- */

/* Does unit u count for an actor (not a place)? */
int is_actor_unit(const ctx *c, size_t u);
/* May unit u be the target of the trigger h (an actor, or a place for the
 * rules that allow one)? */
int target_unit(const ctx *c, const hit *h, size_t u);
/* The entity a target unit stands for: its actor, or for a place the
 * country it lies in (aid to Damascus is aid to Syria), or the place. */
size_t target_entity(const ctx *c, size_t u);
/* Is token i a head noun that may stand before an actor's name (دولة،
 * جمهورية، دول)? */
int classifier_at(const ctx *c, size_t i);
/* Is word i a preposition with a pronoun that refers back (به، عليه،
 * إليها), which may stand between a verb and its subject? */
int resumptive_at(const ctx *c, size_t i);
/* "التابعة لـ X" / "الخاصة بـ X": the owner of what the trigger names. */
size_t owner_after(const ctx *c, size_t b, size_t end, size_t window);
/* A demonym adjective right after a verbal noun: الدعم الروسي. */
size_t demonym_after(const ctx *c, size_t b, size_t end);
/* The place named right after the indefinite noun at i, as its genitive
 * (مطار بيروت، مدينة حلب، مخيمات غزة): where aid or troops go; NONE when
 * there is none (or it is the holder). */
size_t place_of_noun(const ctx *c, size_t i, size_t holder);
/* Does word i carry ل or ب (as marks asks) as a clitic? */
int prefixed_by(const ctx *c, size_t i, unsigned marks);
/* Is h a rule whose stance toward a thing is toward who issued it
 * (rejecting a plan, condemning a decision)? */
int judges_issuer(const hit *h);
/* For the comma at token i, the comma that closes a short aside before
 * token end (دعت X، في بيان لوزارتها، Y إلى); NONE when there is none. */
size_t parenthesis_end(const ctx *c, size_t i, size_t end);
/* Looks for the target after token from, per the pattern's markers. */
target find_target(const ctx *c, const hit *h, size_t from, size_t holder);

/* ---- extract_holders.c: holders ----------------------------------------- */

/* The subject right after a verb ending at b: a unit with no preposition,
 * perhaps after "كل من", or the actor those who act for it belong to
 * (قادة آسيان، وحدات من الجيش الروسي). */
size_t subject_after(const ctx *c, size_t b, size_t end);
/* The nearest unit before a in its sentence that is not inside a
 * prepositional phrase: the subject of the clause or of its verb. */
size_t subject_before(const ctx *c, size_t a, size_t max_dist);
/* The subject of the clause a participle at a follows: the first actor
 * that may be a clause's subject in its sentence. */
size_t participle_subject(const ctx *c, size_t a);
/* Does the verb of h begin a clause that goes on the one before it
 * (…، واتهم؛ كما اتهم؛ ثم رفض), so that it may share that clause's
 * subject?  A verb with و inside a list (إغلاق … وخفض …) is a noun. */
int continues_clause(const ctx *c, const hit *h);
/* The subject of the verb trigger before h in its sentence, when h goes on
 * that verb's clause (رفض X المهلة، واتهم Y …، كما اتهم Z); else NONE. */
size_t shared_holder(const ctx *c, const hit *h);
/* The holder of a stance trigger and how it was found. */
size_t find_holder(const ctx *c, const hit *h, size_t end, const char **how,
                   double *conf);

/* ---- extract_stances.c: cues and stances -------------------------------- */

/* The relative pronoun (الذي، التي) that opens the clause of token a, when
 * it stands within the few words before a; NONE otherwise. */
size_t relative_before(const ctx *c, size_t a);
/* Is actor a one of the group that starts at unit g? */
int in_group(const ctx *c, size_t g, size_t a);
/* Does one of the pattern's required words (the object that makes أرسل a
 * deployment) stand between the trigger and token end? */
int requirement_met(const ctx *c, const hit *h, size_t end);
/* Is word i a definite relative adjective (الانفصالية، العسكري), which
 * may stand between a name and the relative pronoun describing it? */
int is_nisba(const ctx *c, size_t i);
/* Is word i a noun that names the act just told (في خطوة، في قرار)? */
int act_noun_at(const ctx *c, size_t i);
/* Who held, in this sentence or the three before, the stance that the
 * definite stance noun at i names (رفضت X العقوبات); NONE when none. */
size_t stance_author(const ctx *c, size_t i, size_t holder);
/* Finds holder and target of a stance trigger and emits the stances. */
ng_status stance_hit(ctx *c, const hit *h);

/* ---- extract_relations.c: relations ------------------------------------- */

/* Runs the frame of the pattern h found: a stance or a relation. */
ng_status fire(ctx *c, const hit *h);
/* قاعدة العديد القطرية: a place named with its country's adjective right
 * after it; the relation takes the id of the place-noun rule. */
ng_status places_with_adjectives(ctx *c);

/* ---- extract_cues.c: cues before a trigger, claims -------------------- */

/* Does cue k match at token i (and not before one of its "unless")? */
int cue_at(const ctx *c, const ng_cue *cue, size_t i);
/* Is there a cue of kind within its scope before token a (from from)? */
int cue_before(const ctx *c, ng_cue_kind kind, size_t from, size_t a);
/* Is there a negation cue within its scope before token a (from from)
 * in the clause of a?  A cue behind a comma or a quotation mark negates
 * another clause (أكد X أن الهدنة «ليست نهاية الحرب»، وتوعّد بـ…). */
int negation_before(const ctx *c, size_t from, size_t a);
/* Is a negation cue in tokens [lo, a) (each cue's own reach ignored)? */
int negation_between(const ctx *c, size_t lo, size_t a);
/* A future verb (ستقدم، سترسل) among the two words before token a. */
int future_before(const ctx *c, size_t a);
/* Is token a inside what an accusation, a request or a rejection is about
 * (اتهم X Y بدعم Z, ناشد X Y فرض عقوبات على Z, عارضت X أي عقوبات على Z)?
 * Such a stance is only reported; the accusation, request or rejection is
 * the fact. */
int claimed(const ctx *c, size_t a);
/* تعهّدت X بتقديم أكثر من 300 مليون دولار: does a cue of kind (a pledge or
 * suspension verb) stand right before the holder, in the trigger's clause
 * (no pause from the holder to the trigger)? */
int cue_before_subject(const ctx *c, ng_cue_kind kind, const hit *h, size_t holder);

/* ---- extract_owners.c, and what it needs of extract_targets.c ----------- */

/* Is word i تابع or خاص in any form (التابعة، تابعا، الخاصة): the word
 * before the owner of a thing? */
int owner_word(const ctx *c, size_t i);
/* The preposition a pronoun token carries ("لها" → ل), or -1. */
int pronoun_mark(const ctx *c, size_t i);
/* Is word i a definite noun with a preposition clitic in marks (بالإرهاب)? */
int marked_noun(const ctx *c, size_t i, unsigned marks);
/* Is word i a noun of an act done to the actor named after it (حصار،
 * عزل), so that this actor is not the one a stance toward the act is
 * about? */
int patient_noun_at(const ctx *c, size_t i);
/* The actor owning a non-actor complement at i: an adjective or genitive
 * right after it (الغزو الروسي, غزو روسيا, الوساطة السعودية). */
size_t owned_by(const ctx *c, size_t i);
/* After the verb of a relative clause at v, where its subject can be: past
 * a pronoun pointing back to the noun, on the verb (التي طرحتها مصر) or
 * right after it (الذي تقوم به قطر); SIZE_MAX when there is none, for
 * then the noun is the subject and a name after the verb its object
 * (الإرهاب الذي استهدف كازاخستان). */
size_t resumed_after(const ctx *c, size_t v);
/* The actor owning a complement noun at i further on than owned_by looks
 * (أشاد بـ«الدور البنّاء» لقطر، رحب بوصول القوات الكينية، أشاد بالدور
 * الذي تضطلع به السلطنة): after up to two definite words and quotes, an
 * adjective or genitive; with ل among the rule's markers, an actor with
 * ل; or the subject of a relative clause on the noun (الذي تضطلع به X).
 * Its group, or NONE. */
size_t complement_owner(const ctx *c, size_t i, unsigned marks, size_t holder);
/* «حزب الله»، الذي تفرض عقوبات على قادته: the actor a relative pronoun
 * opening the clause of token a stands for (named right before it); NONE
 * when there is none, or it is the holder. */
size_t relative_antecedent(const ctx *c, size_t a, size_t holder);
/* Is token i one of the nouns naming an actor's members or property
 * (قادة، أصول)?  *flags gets its reading's clitics. */
int member_noun_at(const ctx *c, size_t i, unsigned *flags);
/* عقوبات على [عدد من] قادته، على قادة الحركة: the actor whose members or
 * property the complement at i names (a genitive, or what its pronoun
 * stands for); NONE when it names none. */
size_t members_owner(const ctx *c, size_t i, size_t a, size_t holder);
/* The actor a relative clause after the noun at i says issued it (مبادرة
 * «…» التي طرحتها مصر، العقوبات التي تفرضها واشنطن): the subject after a
 * verb with a pronoun for the noun; NONE when there is none. */
size_t relative_owner(const ctx *c, size_t i, size_t holder);

#endif
