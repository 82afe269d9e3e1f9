/* Short references to persons: a part of the name of a person named
 * earlier in the document (أنان after كوفي أنان, الرئيس قاسم), and a
 * lexicon person's surname right after a title (الرئيس الأمريكي بوش).
 * See match.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "persons.h"
#include "util.h"

/* Common name parts that never identify a person alone. */
static const char *const weak_parts[] = {"بن", "ابن", "بنت", "عبد", "ابو",
                                         "ال", "دي", "فون", "van", "de", "bin",
                                         "al", "el"};

/* Regnal ordinals (عبد الله الثاني، محمد السادس): the last word of such a
 * name is no surname, and alone it is a common word (ثاني، الأول). */
static const char *const ordinals[] = {
    "اول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر",
    "اولي", "ثانيه", "ثالثه", "رابعه", "خامسه", "سادسه", "سابعه", "ثامنه", "تاسعه",
    "عاشره"}; /* and the feminine (إليزابيث الثانية) */

static int
weak_part(const char *key)
{
  if (strlen(key) < 6 && (unsigned char)key[0] >= 0x80) /* under 3 letters */
    return 1;
  return NG_STR_IN(key, weak_parts) ||
         NG_STR_IN(key, ordinals);
}

/* Is key a word of a patronymic or family name (بن، ابن، بنت، آل)? */
static int
patronymic_word(const char *key)
{
  return strcmp(key, "بن") == 0 || strcmp(key, "ابن") == 0 ||
         strcmp(key, "بنت") == 0 || strcmp(key, "ال") == 0;
}

/* True when a name has a patronymic: its last word is a father's or
 * family name shared by many, so no part stands alone. */
static int
patronymic(const ng_words *w)
{
  for (size_t k = 0; k < w->n; k++)
    if (patronymic_word(w->keys[k]))
      return 1;
  return 0;
}

/* Records part (the surname, or with first set the given name) of a
 * person, the stem key with ال before it when the name writes it (الأسد
 * is not أسد); a part two persons share is marked SIZE_MAX (ambiguous). */
static ng_status
add_part(ng_map *parts, const char *key, int article, size_t person, int first)
{
  size_t prev;
  ng_buf b = {0};
  ng_status rc;

  if (weak_part(key))
    return NG_OK;
  if (ng_buf_printf(&b, "%s%s%s", first ? "^" : "", article ? "ال" : "", key) != NG_OK)
    return NG_ERR_NOMEM;
  if (ng_map_get(parts, b.data, &prev) && prev != person)
    rc = ng_map_put(parts, b.data, SIZE_MAX);
  else
    rc = ng_map_put(parts, b.data, person);
  ng_buf_free(&b);
  return rc;
}

/* The reading of token tok with exactly the clitics flags, or NULL. */
static const ng_reading *
reading_with(const ng_token *tok, unsigned flags)
{
  for (size_t r = 0; r < tok->n_readings; r++)
    if (tok->readings[r].flags == flags)
      return &tok->readings[r];
  return NULL;
}

/* Records the surname and given name of the person of mention m as the
 * text writes them: an alias (كوفي أنان for the label كوفي عنان) is
 * referred to by its own last word. */
static ng_status
add_written_parts(ng_map *parts, const ng_segments *seg, const ng_tmention *m)
{
  const ng_token *last = &seg->tokens[m->end - 1];
  const ng_reading *rd;
  ng_status rc = NG_OK;

  if (m->end - m->first < 2)
    return NG_OK;
  for (size_t i = m->first; i < m->end; i++)
    if (patronymic_word(seg->tokens[i].form))
      return NG_OK; /* see patronymic() */
  if ((rd = reading_with(last, NG_CL_ART)) || (rd = reading_with(last, 0)))
    rc = add_part(parts, rd->key, rd->flags != 0, m->entity, 0);
  rd = reading_with(&seg->tokens[m->first], m->flags);
  if (rc == NG_OK && rd)
    rc = add_part(parts, rd->key, (rd->flags & NG_CL_ART) != 0, m->entity, 1);
  return rc;
}

/* Maps the surname (key) and given name ("^" key) of each person named in
 * full to the person, from its label and from the words the text uses. */
static ng_status
collect_parts(ng_map *parts, const ng_lexicon *lex, const ng_segments *seg,
              const ng_tmention *ms, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    const ng_entity *e = ng_lexicon_entity(lex, ms[i].entity);
    ng_words w;
    ng_status rc = NG_OK;
    if (e->type != NG_PERSON || ms[i].local || !e->label_ar ||
        ng_words_parse(&w, e->label_ar) != NG_OK)
      continue;
    if (w.n > 1 && !patronymic(&w))
      rc = add_part(parts, w.keys[w.n - 1], w.article[w.n - 1], ms[i].entity, 0);
    if (rc == NG_OK && w.n > 1)
      rc = add_part(parts, w.keys[0], w.article[0], ms[i].entity, 1);
    ng_words_free(&w);
    if (rc == NG_OK)
      rc = add_written_parts(parts, seg, &ms[i]);
    if (rc != NG_OK)
      return rc;
  }
  return NG_OK;
}

/* Looks up the part "prefix" + the reading's word (with its ال) in parts;
 * SIZE_MAX when absent or shared. */
static size_t
part_of(const ng_map *parts, const char *prefix, const ng_reading *rd)
{
  char key[256]; /* on the stack: this runs for every reading of every word */
  size_t e;
  int n = snprintf(key, sizeof key, "%s%s%s", prefix,
                   (rd->flags & NG_CL_ART) ? "ال" : "", rd->key);

  return n >= 0 && (size_t)n < sizeof key && ng_map_get(parts, key, &e)
             ? e
             : SIZE_MAX;
}

/* A person named earlier whose surname token i is, or whose given name it
 * is right after a title (الرئيس قاسم; not علي, which the preposition على
 * folds to); SIZE_MAX when none. */
static size_t
part_at(const ng_map *parts, const ng_lexicon *lex, const ng_segments *seg,
        size_t i, const ng_reading **rd_out)
{
  const ng_token *tok = &seg->tokens[i];
  int titled = -1;

  for (size_t r = 0; r < tok->n_readings; r++) {
    const ng_reading *rd = &tok->readings[r];
    size_t e;
    if (rd->flags & (NG_CL_SUFFIX | NG_CL_FUT | NG_CL_ACC))
      continue;
    if ((e = part_of(parts, "", rd)) != SIZE_MAX) {
      *rd_out = rd;
      return e;
    }
    if (titled < 0)
      titled = ng_match_after_title(lex, seg, i, 0, 0);
    if (!titled || strcmp(rd->key, "علي") == 0)
      continue;
    if ((e = part_of(parts, "^", rd)) != SIZE_MAX) {
      *rd_out = rd;
      return e;
    }
  }
  return SIZE_MAX;
}

/* Has entity e a full mention before token i? */
static int
named_before(const ng_tmention *ms, size_t n, size_t e, size_t i)
{
  for (size_t k = 0; k < n && ms[k].first < i; k++)
    if (ms[k].entity == e && !ms[k].local)
      return 1;
  return 0;
}

/* How far ahead (in sentences) a surname may be named in full: a
 * headline's or a lead's عباس before the body's محمود عباس. */
enum { NAMED_AHEAD = 4 };

/* Has entity e a full mention within NAMED_AHEAD sentences after token i,
 * whose word read as rd (e's surname) has no preposition on it (لصالح
 * "in favour of" is no صالح)? */
static int
named_soon_after(const ng_segments *seg, const ng_tmention *ms, size_t n,
                 size_t e, size_t i, const ng_reading *rd)
{
  if (rd->flags & NG_CL_PREP)
    return 0;
  for (size_t k = 0; k < n; k++)
    if (ms[k].first > i && ms[k].entity == e && !ms[k].local &&
        seg->tokens[ms[k].first].sentence <=
            seg->tokens[i].sentence + NAMED_AHEAD)
      return 1;
  return 0;
}

static int
compare_mentions(const void *a, const void *b)
{
  const ng_tmention *x = a, *y = b;
  return x->first < y->first ? -1 : x->first > y->first;
}

/* Is token i - 1 a particle of a foreign surname (دا سيلفا، دي ميستورا، دو
 * فيلبان), which a reference by the surname carries? */
static int
particle_before(const ng_segments *seg, size_t i)
{
  static const char *const particles[] = {"دا", "دي", "دو", "فان", "فون"};
  const ng_token *t;

  if (i == 0 || seg->tokens[i - 1].sentence != seg->tokens[i].sentence)
    return 0;
  t = &seg->tokens[i - 1];
  return t->kind == NG_TOKEN_WORD && t->n_readings > 0 &&
         NG_STR_IN(t->form, particles);
}

/* Records the surname of the lexicon person e's name (label or alias). */
static ng_status
add_lexicon_surname(ng_map *parts, const char *name, size_t e)
{
  ng_words w;
  ng_status rc = NG_OK;

  if (!name)
    return NG_OK;
  if (ng_words_parse(&w, name) != NG_OK)
    return NG_ERR_NOMEM;
  if (w.n > 1 && !patronymic(&w))
    rc = add_part(parts, w.keys[w.n - 1], w.article[w.n - 1], e, 0);
  ng_words_free(&w);
  return rc;
}

/* Maps the surname of every person of the lexicon, from its label and its
 * Arabic aliases, to the person; one that two persons share is ambiguous. */
ng_status
ng_match_lexicon_surnames(ng_map *parts, const ng_lexicon *lex)
{
  ng_status rc = NG_OK;

  for (size_t e = 0; rc == NG_OK && e < ng_lexicon_entity_count(lex); e++) {
    const ng_entity *en = ng_lexicon_entity(lex, e);
    if (en->type != NG_PERSON)
      continue;
    rc = add_lexicon_surname(parts, en->label_ar, e);
    for (char **a = en->alt_ar; rc == NG_OK && a && *a; a++)
      rc = add_lexicon_surname(parts, *a, e);
  }
  return rc;
}

/* Is token i right after a title, or after a title and its state's
 * adjective (الرئيس بوش، الرئيس الأمريكي بوش)? */
static int
titled(const ng_lexicon *lex, const ng_segments *seg, const ng_tmention *ms,
       size_t n, size_t m, size_t i)
{
  if (ng_match_after_title(lex, seg, i, 0, 1))
    return 1;
  return m > 0 && m <= n && ms[m - 1].end == i && ms[m - 1].first + 1 == i &&
         ms[m - 1].kind == NG_MENTION_DEMONYM && ng_match_after_title(lex, seg, i - 1, 0, 1);
}

int
ng_match_titled(const ng_lexicon *lex, const ng_segments *seg,
                const ng_tmention *ms, size_t n, size_t i)
{
  size_t m = 0;

  while (m < n && ms[m].end <= i)
    m++;
  return titled(lex, seg, ms, n, m, i);
}

/* May token i be a surname standing alone: not a given name (وزير
 * الداخلية [سعيد] صيام is the first word of a name no lexicon knows), and
 * not followed by a given name or a word that joins a name (الملك
 * [الحسين] بن طلال)? */
static int
lone_surname(const ng_lexicon *lex, const ng_segments *seg, size_t i)
{
  const ng_token *next = i + 1 < seg->n_tokens ? &seg->tokens[i + 1] : NULL;

  if (ng_given_name_with(lex, &seg->tokens[i], NG_CL_ART))
    return 0;
  if (i > 0 && (strcmp(seg->tokens[i - 1].form, "عبد") == 0 ||
                strcmp(seg->tokens[i - 1].form, "ابو") == 0))
    return 0; /* عبد السلام is one name */
  return !next || next->sentence != seg->tokens[i].sentence ||
         next->kind != NG_TOKEN_WORD ||
         !(ng_given_name_with(lex, next, 0) || patronymic_word(next->form) ||
           strcmp(next->form, "عبد") == 0 || strcmp(next->form, "ابو") == 0);
}

/* Is token i a word of another person's name: after a given name (طه
 * [حسين]، سوزان [مبارك]) or before one or a word that joins a name
 * ([عباس] محمود العقاد، [أحمد] أبو غزة)?  A part of a name named before
 * refers back only standing alone. */
static int
in_other_name(const ng_lexicon *lex, const ng_segments *seg, size_t i)
{
  const ng_token *prev = i > 0 ? &seg->tokens[i - 1] : NULL;
  const ng_token *next = i + 1 < seg->n_tokens ? &seg->tokens[i + 1] : NULL;

  if (prev && prev->sentence == seg->tokens[i].sentence &&
      prev->kind == NG_TOKEN_WORD &&
      ((ng_given_name_with(lex, prev, 0) &&
        strcmp(prev->form, "علي") != 0) || /* the preposition على folds so */
       patronymic_word(
           prev->form))) /* بن [لادن]، آل [ثاني]: a joiner's word */
    return 1;
  return next && next->sentence == seg->tokens[i].sentence &&
         next->kind == NG_TOKEN_WORD && strcmp(next->form, "علي") != 0 &&
         (ng_given_name_with(lex, next, 0) || patronymic_word(next->form) ||
          strcmp(next->form, "عبد") == 0 || strcmp(next->form, "ابو") == 0);
}

/* The lexicon person whose surname token i is, right after a title, even
 * before the document names the person in full (الرئيس الأمريكي بوش: the
 * title says a person is named, and the surname which one); SIZE_MAX when
 * none. */
static size_t
titled_surname_at(const ng_lexicon *lex, const ng_segments *seg, size_t i,
                  const ng_reading **rd_out)
{
  const ng_token *tok = &seg->tokens[i];
  const ng_map *lexparts = ng_lexicon_surnames(lex);

  if (!lone_surname(lex, seg, i))
    return SIZE_MAX;
  for (size_t r = 0; r < tok->n_readings; r++) {
    const ng_reading *rd = &tok->readings[r];
    size_t e;
    if (rd->flags & ~NG_CL_ART)
      continue;
    if ((e = part_of(lexparts, "", rd)) != SIZE_MAX) {
      *rd_out = rd;
      return e;
    }
  }
  return SIZE_MAX;
}

/* Does the state of the title before token i (الرئيس [الروسي]), when it
 * names one, agree with the roles the lexicon gives person e?  الرئيس
 * الروسي بين is no Chinese spokesman named وانغ ون بين. */
static int
same_state(const ng_lexicon *lex, const ng_tmention *ms, size_t m, size_t i,
           size_t e)
{
  const ng_entity_info *info = ng_lexicon_info(lex, e);
  size_t state;

  if (m == 0 || ms[m - 1].end != i || ms[m - 1].kind != NG_MENTION_DEMONYM ||
      !info || info->n_roles == 0)
    return 1;
  state = ms[m - 1].entity;
  for (size_t r = 0; r < info->n_roles; r++) {
    const ng_entity *owner = ng_lexicon_entity(lex, info->roles[r].entity);
    if (info->roles[r].entity == state ||
        (owner && owner->rollup &&
         ng_lexicon_entity_index(lex, owner->rollup) == state))
      return 1;
  }
  return 0;
}

/* Adds references to persons by a part of their name after a full mention,
 * and by the surname alone right after a title. */
ng_status
ng_match_parts(ng_tmention **out, size_t *n, size_t *cap, const ng_lexicon *lex,
            const ng_segments *seg)
{
  ng_map parts = {0};
  size_t full = *n, m = 0;
  ng_status rc = collect_parts(&parts, lex, seg, *out, full);

  for (size_t i = 0; rc == NG_OK && i < seg->n_tokens; i++) {
    const ng_reading *rd = NULL;
    size_t e;
    while (m < full && (*out)[m].end <= i)
      m++;
    if (m < full && (*out)[m].first <= i)
      continue; /* inside a full mention */
    e = part_at(&parts, lex, seg, i, &rd);
    if ((e == SIZE_MAX || !named_before(*out, full, e, i)) &&
        seg->tokens[i].kind == NG_TOKEN_WORD &&
        titled(lex, seg, *out, full, m, i) &&
        (e = titled_surname_at(lex, seg, i, &rd)) != SIZE_MAX &&
        same_state(lex, *out, m, i, e)) {
      rc = ng_match_push(out, n, cap, seg, i, 1, rd, e, NG_MENTION_REFERENCE);
      continue;
    }
    if (e == SIZE_MAX || in_other_name(lex, seg, i) ||
        !(named_before(*out, full, e, i) ||
          (part_of(&parts, "", rd) == e &&
           named_soon_after(seg, *out, full, e, i, rd))))
      continue;
    if (particle_before(seg, i) && !(m > 0 && (*out)[m - 1].end >= i))
      rc = ng_match_push(out, n, cap, seg, i - 1, 2, &seg->tokens[i - 1].readings[0],
                        e, NG_MENTION_REFERENCE); /* دا [سيلفا] */
    else
      rc = ng_match_push(out, n, cap, seg, i, 1, rd, e, NG_MENTION_REFERENCE);
  }
  ng_map_free(&parts);
  if (rc == NG_OK && *n > full)
    qsort(*out, *n, sizeof **out, compare_mentions);
  return rc;
}
