/* Lexicon phrases over token readings → mentions: see match.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "util.h"

/* A candidate match at one token. */
typedef struct cand {
  size_t phrase;
  const ng_reading *reading;
  size_t len;
} cand;

int
ng_token_is_word(const ng_token *tok, const char *folded)
{
  return tok->kind == NG_TOKEN_WORD && strcmp(tok->form, folded) == 0;
}

/* Does token tok carry word k of a phrase (no clitics but ال)? */
static int
word_matches(const ng_token *tok, const ng_phrase *ph, size_t k)
{
  if (tok->kind == NG_TOKEN_NUMBER) /* إم 23 */
    return strcmp(tok->form, ph->words.keys[k]) == 0;
  if (tok->kind != NG_TOKEN_WORD)
    return 0;
  for (size_t r = 0; r < tok->n_readings; r++) {
    const ng_reading *rd = &tok->readings[r];
    int art = (rd->flags & NG_CL_ART) != 0;
    if ((rd->flags & ~NG_CL_ART) == 0 && strcmp(rd->key, ph->words.keys[k]) == 0 &&
        (ph->any_article || art == ph->words.article[k]))
      return 1;
  }
  return 0;
}

/* Is token t a quotation mark (« » “ ” ")?  News quotes names inside a
 * longer one: مجموعة «فاغنر»، حركة «إم 23». */
static int
is_quote(const ng_token *t)
{
  return t->kind == NG_TOKEN_PUNCT &&
         (t->punct == 0x00AB || t->punct == 0x00BB || t->punct == 0x201C ||
          t->punct == 0x201D || t->punct == '"');
}

size_t
ng_match_phrase_length(const ng_segments *seg, size_t i, const ng_reading *rd,
                       const ng_phrase *ph)
{
  int art = (rd->flags & NG_CL_ART) != 0, quoted = 0;
  size_t j = i + 1;

  if (!ph->any_article && art != ph->words.article[0])
    return 0;
  for (size_t k = 1; k < ph->words.n; k++, j++) {
    if (j < seg->n_tokens && is_quote(&seg->tokens[j]) && !quoted) {
      quoted = 1;
      j++;
    }
    if (j >= seg->n_tokens || seg->tokens[j].sentence != seg->tokens[i].sentence ||
        !word_matches(&seg->tokens[j], ph, k))
      return 0;
  }
  if (quoted && j < seg->n_tokens && is_quote(&seg->tokens[j]) &&
      seg->tokens[j].sentence == seg->tokens[i].sentence)
    j++; /* the closing mark */
  return j - i;
}

static int
kind_rank(ng_mention_kind k)
{
  return k == NG_MENTION_NAME ? 4 : k == NG_MENTION_ALIAS ? 3
         : k == NG_MENTION_DEMONYM ? 2 : 1;
}

static int
popcount(unsigned x)
{
  int n = 0;
  for (; x; x &= x - 1)
    n++;
  return n;
}

/* True when a is a better candidate than b (b may be empty).  At equal
 * length a city named where its government is meant goes by locative, and
 * a name that is also its state's adjective (السعودية) by adjective: after
 * a definite word (العاصمة السعودية) it is the adjective. */
static int
better(const ng_lexicon *lex, const cand *a, const cand *b, int locative,
       int adjective)
{
  const ng_phrase *pa = ng_lexicon_phrase(lex, a->phrase);
  const ng_phrase *pb;
  int place_a, place_b;

  if (!b->len || a->len != b->len)
    return a->len > b->len;
  pb = ng_lexicon_phrase(lex, b->phrase);
  /* a city named where its government is meant: the context decides */
  place_a = ng_lexicon_entity(lex, pa->entity)->type == NG_PLACE;
  place_b = ng_lexicon_entity(lex, pb->entity)->type == NG_PLACE;
  if ((pa->kind == NG_MENTION_METONYM) != (pb->kind == NG_MENTION_METONYM) &&
      place_a != place_b)
    return locative ? place_a : pa->kind == NG_MENTION_METONYM;
  if (adjective && pa->entity == pb->entity &&
      (pa->kind == NG_MENTION_DEMONYM) != (pb->kind == NG_MENTION_DEMONYM))
    return pa->kind == NG_MENTION_DEMONYM;
  if (kind_rank(pa->kind) != kind_rank(pb->kind))
    return kind_rank(pa->kind) > kind_rank(pb->kind);
  if (pa->short_name != pb->short_name)
    return pb->short_name;
  return popcount(a->reading->flags) < popcount(b->reading->flags);
}

static const char *const locatives[] = {"في", "من", "الي", "داخل", "قرب",
                                        "نحو", "عبر", "حول"};

/* Is token t one of the place nouns of the lexicon's place patterns
 * (مدينة، العاصمة، إقليم)? */
static int
place_noun(const ng_lexicon *lex, const ng_token *t)
{
  for (size_t k = 0; k < ng_lexicon_pattern_count(lex); k++) {
    const ng_pattern *p = ng_lexicon_pattern(lex, k);
    if (p->frame != NG_FRAME_PLACE)
      continue;
    for (size_t g = 0; g < p->n_triggers; g++)
      for (size_t r = 0; p->triggers[g].n == 1 && r < t->n_readings; r++)
        if (!(t->readings[r].flags & ~(NG_CL_ART | NG_CL_CONJ | NG_CL_PREP)) &&
            strcmp(t->readings[r].key, p->triggers[g].keys[0]) == 0)
          return 1;
  }
  return 0;
}

/* Is a name at token i used as a place: after في، من، إلى or the ب
 * clitic, or after a place noun (العاصمة [النيجيرية] أبوجا)? */
static int
is_locative(const ng_lexicon *lex, const ng_segments *seg, size_t i,
            const ng_reading *rd)
{
  if (rd->flags & NG_CL_PREP_B)
    return 1;
  if (i == 0 || seg->tokens[i - 1].sentence != seg->tokens[i].sentence)
    return 0;
  for (size_t k = 0; k < sizeof locatives / sizeof *locatives; k++)
    if (ng_token_is_word(&seg->tokens[i - 1], locatives[k]))
      return 1;
  return place_noun(lex, &seg->tokens[i - 1]) ||
         (i > 1 && seg->tokens[i - 2].sentence == seg->tokens[i].sentence &&
          place_noun(lex, &seg->tokens[i - 2]));
}

/* Directions, which stand before a place's name in the genitive. */
static const char *const directions[] = {"جنوب", "شمال", "شرق", "غرب", "وسط"};

/* The forms of a state, which stand before its name in the genitive
 * (جمهورية مالي، إمبراطورية مالي). */
static const char *const state_forms[] = {"جمهوريه",    "دوله",  "مملكه",
                                          "امبراطوريه", "سلطنه", "اماره"};

/* Is token t, with at most و or a preposition on it, one of the n words? */
static int
word_among(const ng_token *t, const char *const *words, size_t n)
{
  for (size_t k = 0; k < n; k++)
    for (size_t r = 0; r < t->n_readings; r++)
      if (!(t->readings[r].flags & ~(NG_CL_CONJ | NG_CL_PREP)) &&
          strcmp(t->readings[r].key, words[k]) == 0)
        return 1;
  return 0;
}

/* Can the ambiguous name at token i be a name here (مالي the country, not
 * مالي "financial")?  Yes after a clitic, at the start of a sentence or
 * after a pause, a preposition, a title, a direction (شمال مالي), a
 * state's form (جمهورية مالي) or a verb in ت (أعلنت مالي); no right after
 * another noun (مساعدات مالية، مركز مالي). */
static int
name_context(const ng_lexicon *lex, const ng_segments *seg, size_t i,
             const ng_reading *rd)
{
  const ng_token *prev;
  size_t n;

  if (rd->flags & (NG_CL_CONJ | NG_CL_PREP))
    return 1;
  if (rd->flags & NG_CL_ART)
    return 0;
  if (i == 0 || seg->tokens[i - 1].sentence != seg->tokens[i].sentence)
    return 1;
  prev = &seg->tokens[i - 1];
  if (prev->kind == NG_TOKEN_PUNCT || ng_match_after_title(lex, seg, i, 1, 0))
    return 1; /* رئيس مالي، حكومة مالي */
  if (word_among(prev, directions, sizeof directions / sizeof *directions) ||
      word_among(prev, state_forms, sizeof state_forms / sizeof *state_forms))
    return 1; /* شمال مالي، بجنوب مالي، إمبراطورية مالي */
  for (size_t k = 0; k < sizeof locatives / sizeof *locatives; k++)
    if (ng_token_is_word(prev, locatives[k]))
      return 1;
  n = strlen(prev->form); /* ت is two bytes; ات four */
  return n >= 2 && strcmp(prev->form + n - 2, "\xD8\xAA") == 0 &&
         !(n >= 4 && strcmp(prev->form + n - 4, "\xD8\xA7\xD8\xAA") == 0);
}

/* Does the quotation mark at token q close a quoted name: » or the
 * second " of a pair in its sentence? */
static int
closing_quote(const ng_segments *seg, size_t q)
{
  size_t before = 0;

  if (seg->tokens[q].punct == 0xBB)
    return 1;
  if (seg->tokens[q].punct != '"')
    return 0;
  for (size_t k = q;
       k-- > 0 && seg->tokens[k].sentence == seg->tokens[q].sentence;)
    before +=
        seg->tokens[k].kind == NG_TOKEN_PUNCT && seg->tokens[k].punct == '"';
  return before % 2 == 1;
}

/* Does token i stand where an adjective would: right after a word with
 * the article (العائلة المالكة السعودية) or after a quoted name (صحيفة
 * «عكاظ» السعودية), in its sentence? */
static int
after_definite(const ng_segments *seg, size_t i)
{
  const ng_token *prev;

  if (i == 0 || seg->tokens[i - 1].sentence != seg->tokens[i].sentence)
    return 0;
  prev = &seg->tokens[i - 1];
  if (prev->kind == NG_TOKEN_PUNCT)
    return closing_quote(seg, i - 1);
  for (size_t r = 0; prev->kind == NG_TOKEN_WORD && r < prev->n_readings; r++)
    if ((prev->readings[r].flags & NG_CL_ART) &&
        !(prev->readings[r].flags & ~(NG_CL_ART | NG_CL_CONJ)))
      return 1;
  return 0;
}

/* The best lexicon match starting at token i; len 0 when none. */
static cand
best_at(const ng_lexicon *lex, const ng_segments *seg, size_t i)
{
  const ng_token *tok = &seg->tokens[i];
  cand best = {0, NULL, 0};

  for (size_t r = 0; r < tok->n_readings; r++) {
    const ng_reading *rd = &tok->readings[r];
    const size_t *ids;
    size_t n;
    if (rd->flags & (NG_CL_SUFFIX | NG_CL_FUT | NG_CL_ACC | NG_CL_PREP_K))
      continue; /* ك before a name is rare; inside foreign names common */
    n = ng_lexicon_phrases_from(lex, rd->key, &ids);
    for (size_t k = 0; k < n; k++) {
      cand c = {ids[k], rd, 0};
      if (ng_lexicon_phrase(lex, ids[k])->ambiguous && !name_context(lex, seg, i, rd))
        continue;
      c.len = ng_match_phrase_length(seg, i, rd, ng_lexicon_phrase(lex, ids[k]));
      if (c.len && better(lex, &c, &best, is_locative(lex, seg, i, rd),
                          rd->flags == NG_CL_ART && after_definite(seg, i)))
        best = c;
    }
  }
  return best;
}

size_t
ng_match_best_at(const ng_lexicon *lex, const ng_segments *seg, size_t i,
                 size_t *phrase, const ng_reading **rd)
{
  cand c = seg->tokens[i].kind == NG_TOKEN_WORD ? best_at(lex, seg, i)
                                                : (cand){0, NULL, 0};

  *phrase = c.phrase;
  *rd = c.reading;
  return c.len;
}

ng_status
ng_match_push(ng_tmention **out, size_t *n, size_t *cap, const ng_segments *seg,
             size_t i, size_t len, const ng_reading *rd, size_t entity,
             ng_mention_kind kind)
{
  ng_tmention m;

  m.entity = entity;
  m.kind = kind;
  m.first = i;
  m.end = i + len;
  m.fbegin = seg->tokens[i].fbegin + rd->prefix;
  m.fend = seg->tokens[i + len - 1].fend;
  m.flags = rd->flags;
  m.short_name = 0;
  m.local = 0;
  return NG_PUSH(*out, *n, *cap, m);
}

/* Does token t carry key with at most the clitics allowed? */
static int
carries_key(const ng_token *t, const char *key, unsigned allowed)
{
  for (size_t r = 0; r < t->n_readings; r++)
    if (!(t->readings[r].flags & ~allowed) && strcmp(t->readings[r].key, key) == 0)
      return 1;
  return 0;
}

/* Do the words w end right before token i, each on its token with the
 * article at most (و or a preposition only on the first)? */
static int
words_end_before(const ng_segments *seg, const ng_words *w, size_t i)
{
  size_t k = 0;

  while (k < w->n && k < i &&
         carries_key(&seg->tokens[i - 1 - k], w->keys[w->n - 1 - k],
                     k + 1 == w->n ? NG_CL_ART | NG_CL_CONJ | NG_CL_PREP : NG_CL_ART))
    k++;
  return k == w->n;
}

int
ng_match_after_title(const ng_lexicon *lex, const ng_segments *seg, size_t i, int bodies,
                     int whole)
{
  const ng_token *t;

  if (i == 0 || seg->tokens[i - 1].sentence != seg->tokens[i].sentence)
    return 0;
  t = &seg->tokens[i - 1];
  for (size_t r = 0; r < t->n_readings; r++) {
    const size_t *ks;
    if (!whole && (t->readings[r].flags & ~(NG_CL_ART | NG_CL_CONJ | NG_CL_PREP)))
      continue; /* whole: the trigger's own test says which clitics */
    for (size_t q = 0, nq = ng_lexicon_patterns_ending(lex, t->readings[r].key, &ks);
         q < nq; q++) {
      const ng_pattern *p = ng_lexicon_pattern(lex, ks[q]);
      if (!whole && (p->frame == NG_FRAME_TITLE || (bodies && p->frame == NG_FRAME_BODY)))
        return 1;
      for (size_t g = 0; whole && p->frame == NG_FRAME_TITLE && g < p->n_triggers; g++)
        if (words_end_before(seg, &p->triggers[g], i))
          return 1; /* الأمين العام, not الطريق العام */
    }
  }
  return 0;
}

/* ---- short names, which the article's other mentions resolve ---------- */

/* How many mentions, short names aside, name entity e or an entity that
 * counts for it. */
static size_t
mentions_of(const ng_lexicon *lex, const ng_tmention *ms, size_t n, size_t e)
{
  const ng_entity *target = ng_lexicon_entity(lex, e);
  size_t count = 0;

  for (size_t k = 0; k < n; k++)
    if (!ms[k].short_name && (ms[k].entity == e ||
                              ng_lexicon_entity(lex, ms[k].entity)->rollup == target))
      count++;
  return count;
}

/* The entity a short name at mention m stands for: of the entities with
 * that short name, the one whose ng:context the article names most;
 * SIZE_MAX when the article names none of them. */
static size_t
resolve_short(const ng_lexicon *lex, const ng_segments *seg,
              const ng_tmention *ms, size_t n, const ng_tmention *m)
{
  const ng_token *tok = &seg->tokens[m->first];
  size_t best = SIZE_MAX, best_count = 0;

  for (size_t r = 0; r < tok->n_readings; r++) {
    const size_t *ids;
    size_t np = ng_lexicon_phrases_from(lex, tok->readings[r].key, &ids);
    for (size_t k = 0; k < np; k++) {
      const ng_phrase *ph = ng_lexicon_phrase(lex, ids[k]);
      const ng_entity_info *info = ng_lexicon_info(lex, ph->entity);
      size_t count;
      if (!ph->short_name || !info->has_context ||
          ng_match_phrase_length(seg, m->first, &tok->readings[r], ph) !=
              m->end - m->first)
        continue;
      count = mentions_of(lex, ms, n, info->context);
      if (count > best_count) {
        best = ph->entity;
        best_count = count;
      }
    }
  }
  return best;
}

/* Gives each short-name mention its entity, or drops it. */
static void
resolve_short_names(const ng_lexicon *lex, const ng_segments *seg,
                    ng_tmention *ms, size_t *n)
{
  size_t kept = 0;

  for (size_t i = 0; i < *n; i++)
    if (ms[i].short_name)
      ms[i].entity = resolve_short(lex, seg, ms, *n, &ms[i]);
  for (size_t i = 0; i < *n; i++)
    if (ms[i].entity != SIZE_MAX)
      ms[kept++] = ms[i];
  *n = kept;
}

/* ---- given names before a known name ---------------------------------- */

/* The reading of tok that is a common given name (ng:GivenNameCue),
 * perhaps after و or ف; NULL when none. */
static const ng_reading *
given_name_reading(const ng_lexicon *lex, const ng_token *tok)
{
  for (size_t k = 0; k < ng_lexicon_cue_count(lex); k++) {
    const ng_cue *cue = ng_lexicon_cue(lex, k);
    if (cue->kind != NG_CUE_GIVEN_NAME)
      continue;
    for (size_t r = 0; r < tok->n_readings; r++)
      if (!(tok->readings[r].flags & ~NG_CL_CONJ) &&
          strcmp(cue->words.keys[0], tok->readings[r].key) == 0)
        return &tok->readings[r];
  }
  return NULL;
}

/* Widens each person's mention over a given name written right before it
 * that the lexicon's name leaves out (محمد [حسني مبارك]), and over the
 * family name after it (آل ثاني): the name as the text writes it.  A surname alone is not widened: فرانك [شولتز] is
 * another Scholz than the one the lexicon knows. */
static void
widen_persons(const ng_lexicon *lex, const ng_segments *seg, ng_tmention *ms,
              size_t n)
{
  for (size_t k = 0; k < n; k++) {
    ng_tmention *m = &ms[k];
    const ng_reading *rd;
    size_t i = m->first;
    if (ng_lexicon_entity(lex, m->entity)->type != NG_PERSON || i == 0 ||
        m->end - m->first < 2 ||
        seg->tokens[i - 1].sentence != seg->tokens[i].sentence ||
        (k > 0 && ms[k - 1].end >= i) || (m->flags & ~NG_CL_ART) ||
        ng_match_after_title(lex, seg, i, 1, 0) || /* المتحدث [باسم] فلان: a title's word */
        strlen(seg->tokens[i - 1].form) < 6 || /* هو، لي: pronouns first */
        !(rd = given_name_reading(lex, &seg->tokens[i - 1])))
      continue;
    m->first = i - 1;
    m->fbegin = seg->tokens[i - 1].fbegin + rd->prefix;
    m->flags = rd->flags;
  }
  for (size_t k = 0; k < n; k++) {
    ng_tmention *m = &ms[k];
    size_t e = m->end;
    if (ng_lexicon_entity(lex, m->entity)->type == NG_PERSON && e + 1 < seg->n_tokens &&
        (k + 1 == n || ms[k + 1].first > e + 1) && /* nothing matched there */
        strcmp(seg->tokens[e].form, "ال") == 0 &&
        seg->tokens[e + 1].kind == NG_TOKEN_WORD &&
        seg->tokens[e + 1].sentence == seg->tokens[m->first].sentence) {
      m->end = e + 2; /* حمد بن جاسم بن جبر [آل ثاني]: the family name */
      m->fend = seg->tokens[e + 1].fend;
    }
  }
}

/* Mentions are matched longest first; a short name (ng:shortName) is then
 * kept only where the article names its context, and becomes the entity
 * of that context when several share it; a state's name takes in the head
 * noun of its formal name, and goes to a city that shares it where the
 * context says so; persons named in full are then referred to by
 * a part of their names. */
ng_status
ng_match(ng_tmention **out, size_t *n, const ng_lexicon *lex,
         const ng_segments *seg)
{
  size_t cap = 0;

  *out = NULL;
  *n = 0;
  for (size_t i = 0; i < seg->n_tokens;) {
    cand c = seg->tokens[i].kind == NG_TOKEN_WORD ? best_at(lex, seg, i)
                                                  : (cand){0, NULL, 0};
    if (!c.len) {
      i++;
      continue;
    }
    const ng_phrase *ph = ng_lexicon_phrase(lex, c.phrase);
    if (ng_match_push(out, n, &cap, seg, i, c.len, c.reading, ph->entity,
                     ph->kind) != NG_OK)
      return NG_ERR_NOMEM;
    (*out)[*n - 1].short_name = ph->short_name;
    i += c.len;
  }
  resolve_short_names(lex, seg, *out, n);
  ng_match_formal_names(*out, *n, lex, seg);
  ng_match_homographs(*out, *n, lex, seg);
  ng_match_club_names(*out, n, lex, seg);
  ng_match_shared_directions(*out, n, lex, seg);
  ng_match_accusative_adjectives(*out, *n, lex, seg);
  ng_match_family_names(*out, n, lex, seg);
  ng_match_owned_names(*out, n, lex, seg);
  widen_persons(lex, seg, *out, *n);
  ng_match_person_names(*out, *n, lex, seg);
  return ng_match_parts(out, n, &cap, lex, seg);
}
