/* Extraction, owners: whose is the noun a stance is about (حصار قطر، قادة
 * الحركة، شركات مرتبطة بالجيش X، مشروع قرار أمريكي, the pronoun on
 * عقوباتها), so that the target is the actor it belongs to, and which
 * nouns are acts done to the actor after them rather than its own. */
#include "config.h"

#include <string.h>

#include "extract_internal.h"

/* Is word i تابع or خاص in any form (التابعة، تابعا، الخاصة): the word
 * before the owner of a thing? */
int
owner_word(const ctx *c, size_t i)
{
  static const char *const forms[] = {"تابع", "تابعه", "تابعا", "تابعين",
                                      "تابعون", "تابعتين", "خاص", "خاصه", "خاصا"};

  for (size_t k = 0; k < sizeof forms / sizeof *forms; k++)
    if (has_key(c, i, forms[k], NG_CL_ART | NG_CL_CONJ))
      return 1;
  return 0;
}

/* Forces "التابعة لـ X" / "الخاصة بـ X": the owner of what the trigger names. */
size_t
owner_after(const ctx *c, size_t b, size_t end, size_t window)
{
  for (size_t i = b; i + 1 < end && i < b + window; i++)
    if ((has_key(c, i, "تابعه", NG_CL_ART) || has_key(c, i, "خاصه", NG_CL_ART)) &&
        c->unit_at[i + 1] != NONE && is_actor_unit(c, c->unit_at[i + 1]))
      return c->units[c->unit_at[i + 1]].group;
  return NONE;
}

/* A demonym adjective right after a verbal noun: الدعم الروسي. */
size_t
demonym_after(const ctx *c, size_t b, size_t end)
{
  unsigned f;

  for (size_t i = b; i < b + 2 && i < end; i++) {
    const ng_tmention *m = mention_at(c, i);
    if (i > b && member_noun_at(c, b, &f))
      break; /* تجميد أصول [شركات روسية]: the adjective is the companies' */
    if (m && m->kind == NG_MENTION_DEMONYM && !(m->flags & NG_CL_PREP))
      return c->units[c->unit_at[i]].group;
  }
  return NONE;
}

/* Pronouns with a preposition, and the preposition each carries. */
static const char *const pronoun_forms[][2] = {
    {"له", "ل"},     {"لها", "ل"},    {"لهم", "ل"},    {"لهما", "ل"},
    {"معه", "مع"},   {"معها", "مع"},  {"معهم", "مع"},  {"اليه", "الي"},
    {"اليها", "الي"}, {"عليه", "علي"}, {"عليها", "علي"}, {"ضدها", "ضد"},
    {"منها", "من"},  {"منه", "من"},   {"عنها", "عن"},  {"اياه", "obj"},
    {"اياها", "obj"}, {"اياهم", "obj"}, {"اياهما", "obj"}};

/* The preposition a pronoun token carries ("لها" → ل), or -1. */
int
pronoun_mark(const ctx *c, size_t i)
{
  for (size_t k = 0; k < sizeof pronoun_forms / sizeof *pronoun_forms; k++)
    if (has_key(c, i, pronoun_forms[k][0], NG_CL_CONJ))
      return ng_mark_parse(pronoun_forms[k][1]);
  return -1;
}

/* Is word i a definite noun with a preposition clitic in marks (بالإرهاب)? */
int
marked_noun(const ctx *c, size_t i, unsigned marks)
{
  const ng_token *t = tok(c, i);

  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++) {
    unsigned f = t->readings[r].flags;
    if (!(f & NG_CL_ART))
      continue;
    if (((f & NG_CL_PREP_L) && (marks & 1u << NG_MARK_L)) ||
        ((f & NG_CL_PREP_B) && (marks & 1u << NG_MARK_B)))
      return 1;
  }
  return 0;
}

/* Is word i a noun of an act done to the actor named after it (حصار،
 * عزل), so that this actor is not the one a stance toward the act is
 * about? */
int
patient_noun_at(const ctx *c, size_t i)
{
  return cue_of_kind_at(c, i, NG_CUE_PATIENT_NOUN, NG_CL_CONJ | NG_CL_ART | NG_CL_PREP,
                        NULL, NULL) != 0;
}

/* The owner of a complement at i named one word further: «أي» before
 * the noun (أي هجوم أمريكي), or an indefinite noun or adjective between
 * the noun and a country's adjective (مشروع قرار أمريكي، تحرك عسكري
 * روسي); NONE otherwise. */
static size_t
owned_by_far(const ctx *c, size_t i, size_t end)
{
  size_t u;
  const ng_tmention *m;

  if (is_word(c, i, "اي") && c->unit_at[i + 1] == NONE) {
    u = c->unit_at[i + 2];
    if (u != NONE && c->units[u].first == i + 2 && is_actor_unit(c, u) &&
        c->units[u].mark == NG_MARK_OBJ)
      return c->units[u].group; /* أي هجوم أمريكي */
    i++;
  }
  if (i + 2 >= end || c->unit_at[i + 1] != NONE || is_punct(c, i + 1) ||
      has_article(c, i + 1) || c->unit_at[i + 2] == NONE)
    return NONE;
  u = c->unit_at[i + 2];
  m = mention_at(c, i + 2);
  if (c->units[u].first != i + 2 || !is_actor_unit(c, u) || !m ||
      m->kind != NG_MENTION_DEMONYM || (m->flags & NG_CL_PREP))
    return NONE;
  return c->units[u].group;
}

/* The actor owning a non-actor complement at i: an adjective or genitive
 * right after it (الغزو الروسي, غزو روسيا, الوساطة السعودية). */
size_t
owned_by(const ctx *c, size_t i)
{
  size_t end = sentence_end(c, i), j = i + 1, u;
  hit body = trigger_at(c, i, 1);

  if (patient_noun_at(c, i))
    return NONE; /* ندّد بحصار قطر: not a stance toward Qatar */
  if (body.p && body.p->frame == NG_FRAME_BODY) { /* السلطات [الجديدة] في نيامي */
    j = body.b; /* past a body of several words (قادة الانقلاب في النيجر) */
    while (j < end && j < body.b + 2 && c->unit_at[j] == NONE && has_article(c, j))
      j++;
    if (j + 1 < end && is_word(c, j, "في"))
      j++;
    u = j < end ? c->unit_at[j] : NONE;
    if (u != NONE && c->units[u].first == j && is_actor_unit(c, u) &&
        (c->units[u].mark == NG_MARK_OBJ || c->units[u].mark == NG_MARK_FI))
      return c->units[u].group;
  }
  u = i + 1 < end ? c->unit_at[i + 1] : NONE;
  if (u == NONE && i + 2 < end)
    return owned_by_far(c, i, end);
  if (u == NONE || c->units[u].first != i + 1 || !is_actor_unit(c, u) ||
      c->units[u].mark != NG_MARK_OBJ)
    return NONE;
  return c->units[u].group;
}

/* The actor owning a complement noun at i further on than owned_by looks
 * (أشاد بـ«الدور البنّاء» لقطر، رحب بوصول القوات الكينية، أشاد بالدور
 * الذي تضطلع به السلطنة): after up to two definite words and quotes, an
 * adjective or genitive; with ل among the rule's markers, an actor with
 * ل; or the subject of a relative clause on the noun (الذي تضطلع به X).
 * Its group, or NONE. */
size_t
complement_owner(const ctx *c, size_t i, unsigned marks, size_t holder)
{
  size_t end = sentence_end(c, i), j = i + 1, words = 0, u;

  while (j < end && c->unit_at[j] == NONE && !is_relative(c, j) &&
         (is_quote(c, j) || (has_article(c, j) && words++ < 2)))
    j++;
  u = j < end ? c->unit_at[j] : NONE;
  if (u != NONE && c->units[u].first == j && is_actor_unit(c, u) &&
      c->units[u].group != holder &&
      (c->units[u].mark == NG_MARK_OBJ ||
       (c->units[u].mark == NG_MARK_L && (marks & 1u << NG_MARK_L))))
    return c->units[u].group;
  if (j + 2 < end && is_relative(c, j)) {
    size_t k = resumed_after(c, j + 1); /* الذي تضطلع به X، التي طرحتها X */
    u = k < end ? c->unit_at[k] : NONE;
    if (u != NONE && c->units[u].first == k && is_actor_unit(c, u) &&
        c->units[u].mark == NG_MARK_OBJ && c->units[u].group != holder)
      return c->units[u].group;
  }
  return NONE;
}

/* Is token i one of the nouns naming an actor's members or property
 * (قادة، أصول)?  *flags gets its reading's clitics. */
int
member_noun_at(const ctx *c, size_t i, unsigned *flags)
{
  return cue_of_kind_at(c, i, NG_CUE_MEMBERS, NG_CL_CONJ | NG_CL_ART | NG_CL_SUFFIX,
                        NULL, flags) != 0;
}

/* Is word i مرتبط (tied to) in any form (مرتبطة، المرتبطين، مرتبطتين)? */
static int
link_word(const ctx *c, size_t i)
{
  static const char *const forms[] = {"مرتبط", "مرتبطه", "مرتبطين", "مرتبطتين",
                                      "مرتبطون", "مرتبطان", "مقرب", "مقربه",
                                      "مقربين", "موال", "مواليه", "موالين"};

  for (size_t k = 0; k < sizeof forms / sizeof *forms; k++)
    if (has_key(c, i, forms[k], NG_CL_ART | NG_CL_CONJ))
      return 1;
  return owner_word(c, i);
}

/* Members or property tied to an actor by a word after them (شركتين
 * مرتبطتين بالجيش، كيانات وأفراد مرتبطين ببرنامج الصواريخ الكوري
 * الشمالي، شركات تابعة للحرس الثوري): the actor, or the owner of what
 * follows the word; NONE otherwise. */
static size_t
linked_owner(const ctx *c, size_t i, size_t end)
{
  for (size_t j = i + 1; j + 1 < end && j < i + 4 && !is_boundary(c, j); j++) {
    size_t u = c->unit_at[j + 1];
    if (!link_word(c, j))
      continue;
    if (u != NONE && c->units[u].first == j + 1 && is_actor_unit(c, u))
      return c->units[u].group;
    u = owned_by(c, j + 1);
    return u != NONE ? u : complement_owner(c, j + 1, 0, NONE);
  }
  return NONE;
}

/* عقوبات على [عدد من] قادته، على قادة الحركة: the actor whose members or
 * property the complement at i names (a genitive, or what its pronoun
 * stands for); NONE when it names none. */
size_t
members_owner(const ctx *c, size_t i, size_t a, size_t holder)
{
  size_t end = sentence_end(c, i), u;
  unsigned f;

  if (i + 2 < end && (has_key(c, i, "عدد", 0) || has_key(c, i, "بعض", 0)) &&
      is_word(c, i + 1, "من"))
    i += 2; /* على عدد من قادته */
  if (i + 1 < end && has_key(c, i, "كبار", NG_CL_PREP | NG_CL_ART))
    i++;
  if (i >= end || c->unit_at[i] != NONE || !member_noun_at(c, i, &f))
    return NONE;
  if (f & NG_CL_SUFFIX) /* التي تفرض عقوبات على قادتها; with no relative
                           clause, the actor named last (انسحاب الحركة …
                           عقوبات فرضها X على قادتها) */
    return relative_before(c, a) != NONE || holder == NONE
               ? relative_antecedent(c, a, holder)
               : backref(c, i, c->units[holder].actor, NONE, REF_SUBJECT);
  u = owned_by(c, i);
  if (u == NONE)
    u = linked_owner(c, i, end);
  return u != NONE && u != holder ? c->units[u].actor : NONE;
}

/* Is word i read with a pronoun suffix (طرحتها، تفرضها)? */
static int
has_suffix_reading(const ctx *c, size_t i)
{
  const ng_token *t = tok(c, i);

  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++)
    if (t->readings[r].flags & NG_CL_SUFFIX)
      return 1;
  return 0;
}

/* The actor a relative clause after the noun at i says issued it (مبادرة
 * «…» التي طرحتها مصر، العقوبات التي تفرضها واشنطن): the subject after a
 * verb with a pronoun for the noun; NONE when there is none. */
size_t
relative_owner(const ctx *c, size_t i, size_t holder)
{
  size_t end = sentence_end(c, i), j = i + 1, u;

  while (j < end && j < i + 5 && (is_quote(c, j) || is_nisba(c, j)))
    j++;
  if (j + 2 >= end || !is_relative(c, j) || !has_suffix_reading(c, j + 1))
    return NONE;
  u = c->unit_at[j + 2];
  if (u == NONE || c->units[u].first != j + 2 || !is_actor_unit(c, u) ||
      mark_before(c, j + 2, c->units[u].flags) != NG_MARK_OBJ ||
      c->units[u].group == holder)
    return NONE;
  return c->units[u].group;
}
