/* The lexicon in memory: entities with their names, and the extraction
 * patterns and cues, all compiled from Turtle subjects (lexicon_load.c
 * reads the Turtle through librdf; this side has no third-party includes). */
#ifndef NG_LEXICON_H
#define NG_LEXICON_H

#include <stddef.h>

#include "newsgraph/newsgraph.h"

/* A sequence of folded word keys (see ng_word_key). */
typedef struct ng_words {
  char **keys;
  unsigned char *article; /* per word: the lexicon form had ال */
  size_t n;
} ng_words;

typedef struct ng_phrase {
  ng_words words;
  size_t entity;         /* index into the lexicon's entities */
  ng_mention_kind kind;
  int any_article;       /* demonyms: with or without ال */
  int ambiguous;         /* also a common word: needs a context */
  int short_name;        /* ng:shortName: only in an article that names
                            the entity's ng:context (حكومة الوفاق, Libya) */
  int variant;           /* written the other way by the loader (عبدالله
                            for عبد الله): never a name given twice */
  const char *file;      /* the lexicon file that gave it (borrowed) */
} ng_phrase;

/* Prepositions that introduce a target, and the direct object. */
enum {
  NG_MARK_L, NG_MARK_ILA, NG_MARK_MAA, NG_MARK_ALA, NG_MARK_DIDD,
  NG_MARK_MIN, NG_MARK_B, NG_MARK_FI, NG_MARK_AN, NG_MARK_TIJAH,
  NG_MARK_BAYN, NG_MARK_LADA, NG_MARK_AMAM, NG_MARK_OBJ, NG_MARK_GEN,
  NG_MARK_COUNT
};

/* Grammatical frames the code knows; patterns bind words to them. */
typedef enum ng_frame {
  NG_FRAME_VERB,       /* trigger is a verb: subject after it, or before */
  NG_FRAME_PARTICIPLE, /* a participle after a clause (…، متهما Y بـ):
                          the holder is that clause's subject */
  NG_FRAME_NOUN,       /* trigger is a verbal noun: genitive holder, or the
                          subject of the governing verb */
  NG_FRAME_LED_BY,     /* ORG بقيادة X → X leads ORG */
  NG_FRAME_COPULA,     /* X (هي) TRIGGER لـ Y → X rel Y */
  NG_FRAME_RECIPROCAL, /* X و Y … TRIGGER(dual) → X rel Y */
  NG_FRAME_POSSESSOR,  /* TRIGGER-ها PERSON → PERSON rel (what ها is) */
  NG_FRAME_TITLE,      /* TITLE (demonym | of-country | -ها) PERSON */
  NG_FRAME_PLACE,      /* PLACE-NOUN (Place demonym | demonym Place):
                          مدينة جدة السعودية، العاصمة النيجيرية أبوجا */
  NG_FRAME_BODY,       /* BODY (demonym | of-country): a state's organ
                          (الحكومة التونسية) speaking for the state */
  NG_FRAME_COUNT
} ng_frame;

typedef struct ng_pattern {
  char *iri;
  int is_relation;        /* relation pattern (else stance pattern) */
  int type;               /* ng_stance_type or ng_relation_type */
  int pledge_type;        /* ng_stance_type under a pledge cue, or -1 */
  int suspended_type;     /* ng_stance_type under a suspension cue (علّقت
                             مساعداتها: a sanction), or -1 */
  ng_frame frame;
  ng_words *triggers;
  size_t n_triggers;
  unsigned markers;       /* 1 << NG_MARK_*: what introduces the target */
  unsigned holder_markers; /* what introduces a holder named after the
                              trigger (مساعدات من إيران) */
  int subject_type;       /* ng_entity_type the subject must have, or -1 */
  int object_type;
  size_t window;          /* tokens to look for a target */
  int place_target;       /* a place may be the target (aid to a region) */
  int implicit_target;    /* with no target in the sentence, the target is
                             the country the text is about */
  ng_words *requires;     /* one of these must follow the trigger (the
                             object that makes أرسل a deployment) */
  size_t n_requires;
  int addressed;          /* a target addressed as the verb's direct object
                             needs none of the required words (حذّرت X Y) */
  ng_words *not_after;    /* the trigger does not count right after one of
                             these (انسحاب القوات: a withdrawal) */
  size_t n_not_after;
  int stands_alone;       /* a body that may go without its country: then
                             it is the country the text is about */
  int military;           /* a title of military command (ng:roleKind
                             ng:MilitaryRole: رئيس الأركان، قائد الجيش) */
  int holder_near;        /* the holder must be attached to the trigger
                             (genitive, demonym, التابعة لـ), never the
                             subject of a distant verb */
  size_t holder_reach;    /* ng:holderReach: how many tokens before the
                             trigger its holder may be named (default 40) */
  double confidence;
} ng_pattern;

typedef enum ng_cue_kind {
  NG_CUE_NEGATION,
  NG_CUE_HEDGE,
  NG_CUE_PLEDGE,
  NG_CUE_ARRIVAL,  /* وصلت، حطّت: the place named with في/إلى is where aid
                      or troops arrive */
  NG_CUE_AUTHORIZE,  /* أجاز، فوّض: an organization authorizing a deployment
                        does not deploy */
  NG_CUE_MEMBERS,    /* قادته، أصولها: an actor's members or property; what
                        is done to them is done to the actor */
  NG_CUE_SUSPEND,    /* علّقت، تعليق: aid suspended is a sanction */
  NG_CUE_REPORT,
  NG_CUE_NONACTOR, /* nouns naming things that are never actors */
  NG_CUE_NONNAME,  /* words that never belong to a person's name */
  NG_CUE_RANK,     /* ranks and honorifics before a name: الفريق، الشيخ */
  NG_CUE_GIVEN_NAME, /* common first names: a name's first word (محمد، جون) */
  NG_CUE_CLASSIFIER, /* head nouns before a name: دولة، جمهورية، مجموعة */
  NG_CUE_COUNTRY_REF, /* البلاد، الدولة: the country the text is about */
  NG_CUE_ORG_REF,     /* المنظمة، الحلف: the organization just named */
  NG_CUE_OWN_REF,     /* بلاده: the country of the subject just named */
  NG_CUE_GROUP_REF,   /* الدول الأربع، البلدين: the actors just named together */
  NG_CUE_LATTER_REF,  /* الأخيرة: the actor named last */
  NG_CUE_INSTITUTION, /* a state's institution named by its head words
                         (الحكومة، وزارة، مجلس النواب) and its demonym */
  NG_CUE_PATIENT_NOUN, /* حصار، عزل: an act whose genitive is who suffers it,
                          never the target of a stance toward the act */
  NG_CUE_NONSTATE_HEAD, /* نادي، منتخب، مدينة: a country's name or demonym
                           after them names no state (a club, a team, a
                           place in the country) */
  NG_CUE_TOWN,        /* nouns before the name of a town (مدينة، بلدة) */
  NG_CUE_SPORTS,      /* مباراة، التصفيات: a sentence about a match, where
                         a country's name stands for its team */
  NG_CUE_DEALING,     /* التفاوض، التطبيع: dealings with another party, whom
                         مع names after them */
  NG_CUE_CIVIL_ROLE,  /* الفنان، المدرب: before a name, a person outside
                         politics, never an actor */
  NG_CUE_CIVIL_BODY,  /* نادي، شركة، مجلس الإدارة: the body in a person's
                         apposition that makes the role a civil one */
  NG_CUE_NAME_HEAD,   /* شركة، مستشفى، ستاد: nouns that begin a name of its
                         own, which a state's name after them is part of */
  NG_CUE_COUNT
} ng_cue_kind;

typedef struct ng_cue {
  ng_cue_kind kind;
  ng_words words;
  ng_words *unless;   /* the cue does not count before these words */
  size_t n_unless;
  size_t scope;       /* tokens before the trigger it reaches; for an
                         institution, the genitive nouns that complete its
                         name (وزارة [الطاقة]) */
  int stands_alone;   /* an institution named without its demonym (مجلس
                         النواب) is one of the state the text is about */
  int same_head;      /* an organization reference (البعثة، القوة) stands
                         only for one whose name begins with its word */
  int quoted_only;    /* a name head that begins a name only before a quote
                         (ملعب «الإمارات»، كتاب «روسيا بوتين») */
  int military;       /* a rank of an army or a police force (ng:roleKind
                         ng:MilitaryRole on the cue: اللواء، العقيد) */
  int after_name_only; /* a non-name verb that ends a name before it but
                          marks none after it (عقد، كشف) */
} ng_cue;

/* Roles a person (or body) holds according to the lexicon. */
typedef struct ng_role {
  ng_relation_type type;
  size_t entity;
  int former;
} ng_role;

typedef struct ng_entity_info {
  ng_role *roles;
  size_t n_roles;
  int has_context;
  size_t context;      /* ng:context: the state its short names belong to */
} ng_entity_info;

/* Compiled views, valid until the next load. */
size_t ng_lexicon_phrases_from(const ng_lexicon *lex, const char *key,
                               const size_t **out);
const ng_phrase *ng_lexicon_phrase(const ng_lexicon *lex, size_t i);
const ng_entity_info *ng_lexicon_info(const ng_lexicon *lex, size_t entity);
size_t ng_lexicon_entity_index(const ng_lexicon *lex, const ng_entity *e);
const ng_pattern *ng_lexicon_pattern(const ng_lexicon *lex, size_t i);
size_t ng_lexicon_cue_count(const ng_lexicon *lex);

/* The surname of every person of the lexicon (its label's and its Arabic
 * aliases' last word) → the person, compiled once with the lexicon; see
 * ng_match_lexicon_surnames. */
struct ng_map;
const struct ng_map *ng_lexicon_surnames(const ng_lexicon *lex);
/* The words built into persons.c that end a name (في، قال، ذلك …), as a
 * set compiled once with the lexicon; see ng_name_stop_words. */
const struct ng_map *ng_lexicon_name_stops(const ng_lexicon *lex);
const ng_cue *ng_lexicon_cue(const ng_lexicon *lex, size_t i);
/* The cues whose first word is key, and the patterns with a trigger whose
 * first word is key: their indexes, ascending; the count (0: none). */
size_t ng_lexicon_cues_from(const ng_lexicon *lex, const char *key,
                            const size_t **out);
size_t ng_lexicon_patterns_from(const ng_lexicon *lex, const char *key,
                                const size_t **out);
/* The patterns with a trigger whose last word is key (ascending). */
size_t ng_lexicon_patterns_ending(const ng_lexicon *lex, const char *key,
                                  const size_t **out);
int ng_mark_parse(const char *folded);

/* One statement of a lexicon file, as the loader hands it over. */
typedef struct ng_triple {
  const char *subject;   /* IRI */
  const char *predicate; /* IRI */
  const char *object;    /* IRI or literal text */
  const char *lang;      /* literal language, or NULL */
  int object_is_iri;
  unsigned long line;    /* 0 when unknown */
} ng_triple;

/* Records one statement (copied).  Called by the loader. */
ng_status ng_lexicon_add_triple(ng_lexicon *lex, const ng_triple *t,
                                const char *file);
/* Compiles what was recorded into entities, phrases, patterns and cues;
 * on a malformed entry fills err with its file and line. */
ng_status ng_lexicon_compile(ng_lexicon *lex, ng_error *err);

/* Called with each malformed entry by ng_lexicon_compile_each. */
typedef void (*ng_lexicon_report_fn)(void *data, const ng_error *err);
/* Compiles like ng_lexicon_compile but goes on past malformed entries
 * (leaving each out), handing each one's error to report; returns
 * NG_ERR_LEXICON when there was one (NG_ERR_NOMEM stops at once). */
ng_status ng_lexicon_compile_each(ng_lexicon *lex, ng_lexicon_report_fn report,
                                  void *data);
/* Records the statements of a Turtle file without compiling them (call
 * ng_lexicon_compile or ng_lexicon_compile_each afterwards). */
ng_status ng_lexicon_read_file(ng_lexicon *lex, const char *path,
                               ng_error *err);

/* The local names of a frame ("VerbFrame") and a cue class ("HedgeCue"). */
const char *ng_frame_name(ng_frame f);
const char *ng_cue_kind_name(ng_cue_kind k);

/* The subjects as recorded, for tools that check lexicon files; every
 * string is borrowed from the lexicon. */
typedef struct ng_lexicon_prop {
  const char *pred;  /* "type", "label", "sameAs" or an ng: local name */
  const char *value; /* IRI or literal text */
  const char *lang;  /* or NULL */
  int is_iri;
  const char *file;  /* the file the statement was read from */
} ng_lexicon_prop;
size_t ng_lexicon_subject_count(const ng_lexicon *lex);
const char *ng_lexicon_subject_iri(const ng_lexicon *lex, size_t i);
/* The ng_entity_type subject i declares, or -1. */
int ng_lexicon_subject_type(const ng_lexicon *lex, size_t i);
/* Fills *out with statement k of subject i; 0 when there is none. */
int ng_lexicon_subject_prop(const ng_lexicon *lex, size_t i, size_t k,
                            ng_lexicon_prop *out);
/* The first line of file that names the subject iri (as <iri> or by its
 * local name after a prefix); 0 when not found. */
unsigned long ng_lexicon_subject_line(const char *file, const char *iri);

/* Parses a whitespace-separated folded phrase into keys (caller frees
 * with ng_words_free). */
ng_status ng_words_parse(ng_words *out, const char *text);
void ng_words_free(ng_words *w);

#endif
