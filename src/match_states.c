/* State names that reach past one lexicon phrase: the formal name
 * (جمهورية فنزويلا، الجمهورية اللبنانية), the state named inside a place
 * (جنوب لبنان), and a name a state shares with a city of another state
 * (عُمان, Oman, and عمّان, Amman).  See match.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "persons.h"
#include "utf8.h"
#include "util.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* The reading of token t that is the folded word key with at most the
 * clitics in allowed, and with ال exactly when art; NULL if none. */
static const ng_reading *
reading_of(const ng_token *t, const char *key, unsigned allowed, int art)
{
  if (t->kind != NG_TOKEN_WORD)
    return NULL;
  for (size_t r = 0; r < t->n_readings; r++) {
    const ng_reading *rd = &t->readings[r];
    if (strcmp(rd->key, key) == 0 && !(rd->flags & ~(allowed | NG_CL_ART)) &&
        ((rd->flags & NG_CL_ART) != 0) == art)
      return rd;
  }
  return NULL;
}

/* The reading of token t that is one of the n words, as reading_of. */
static const ng_reading *
reading_among(const ng_token *t, const char *const *words, size_t n,
              unsigned allowed, int art)
{
  const ng_reading *rd = NULL;

  for (size_t k = 0; k < n && !rd; k++)
    rd = reading_of(t, words[k], allowed, art);
  return rd;
}

static int
same_sentence(const ng_segments *seg, size_t i, size_t j)
{
  return seg->tokens[i].sentence == seg->tokens[j].sentence;
}

/* Keeps the mentions of ms that keep() accepts, in order, as keep() may
 * have changed them; keep() also gets where the mention before ended.  *n
 * is updated. */
typedef int (*mention_filter)(ng_tmention *m, size_t prev_end,
                              const ng_lexicon *lex, const ng_segments *seg);

static void
filter_mentions(ng_tmention *ms, size_t *n, const ng_lexicon *lex,
                const ng_segments *seg, mention_filter keep)
{
  size_t kept = 0, prev_end = 0;

  for (size_t k = 0; k < *n; k++) {
    ng_tmention m = ms[k];
    size_t before = prev_end;
    prev_end = m.end;
    if (keep(&m, before, lex, seg))
      ms[kept++] = m;
  }
  *n = kept;
}

/* ---- the formal name ------------------------------------------------------ */

/* A republic's formal name is جمهورية + its name (جمهورية فنزويلا) or
 * الجمهورية/المملكة/السلطنة + its adjective (الجمهورية اللبنانية، المملكة
 * المغربية): the head noun belongs to the name.  (دولة, "the State of",
 * is left out: news writes it before any state, دولة الكويت.) */
static const char *const name_heads[] = {"جمهوريه"};
static const char *const adjective_heads[] = {"جمهوريه", "مملكه", "سلطنه"};

/* Does the word end in ة (folded ه), as an adjective agreeing with
 * الجمهورية does? */
static int
feminine(const ng_token *t)
{
  size_t n = strlen(t->form);
  return n >= 2 && strcmp(t->form + n - 2, "ه") == 0;
}

/* Widens m over the head noun right before it, when there is one: the
 * mention then covers the formal name, as an alias. */
static void
widen_formal_name(ng_tmention *m, const ng_lexicon *lex, const ng_segments *seg)
{
  int adjective = m->kind == NG_MENTION_DEMONYM;
  const ng_token *head;
  const ng_reading *rd;

  if (m->first == 0 || !same_sentence(seg, m->first - 1, m->first) ||
      ng_lexicon_entity(lex, m->entity)->type != NG_COUNTRY ||
      (m->flags & (NG_CL_CONJ | NG_CL_PREP)))
    return; /* وفنزويلا، لفنزويلا: not a genitive of the noun before */
  if (adjective ? !(m->flags & NG_CL_ART) || m->end - m->first != 1 ||
                      !feminine(&seg->tokens[m->first])
                : m->kind != NG_MENTION_NAME && m->kind != NG_MENTION_ALIAS)
    return; /* نائب رئيس الجمهورية العراقي: the adjective is the رئيس's */
  head = &seg->tokens[m->first - 1];
  rd = adjective ? reading_among(head, adjective_heads, COUNT(adjective_heads),
                                 NG_CL_CONJ | NG_CL_PREP, 1)
                 : reading_among(head, name_heads, COUNT(name_heads),
                                 NG_CL_CONJ | NG_CL_PREP, 0);
  if (!rd)
    return;
  m->first--;
  m->fbegin = head->fbegin + rd->prefix;
  m->flags = rd->flags;
  m->kind = NG_MENTION_ALIAS;
}

void
ng_match_formal_names(ng_tmention *ms, size_t n, const ng_lexicon *lex,
                      const ng_segments *seg)
{
  for (size_t k = 0; k < n; k++)
    if (k == 0 || ms[k - 1].end < ms[k].first) /* the head is no mention */
      widen_formal_name(&ms[k], lex, seg);
}

/* ---- the state inside a place --------------------------------------------- */

/* A direction before a state's name makes a place of it (جنوب لبنان،
 * شمالي العراق); the state is named there all the same. */
static const char *const directions[] = {"جنوب", "شمال", "شرق", "غرب", "وسط",
                                         "جنوبي", "شمالي", "شرقي", "غربي"};

/* The state named after the direction that begins the place mention m, as
 * a mention of its own in *out; 0 when there is none. */
static int
inner_state(ng_tmention *out, const ng_tmention *m, const ng_lexicon *lex,
            const ng_segments *seg)
{
  size_t phrase, len;
  const ng_reading *rd;

  if (ng_lexicon_entity(lex, m->entity)->type != NG_PLACE || m->end - m->first < 2 ||
      !reading_among(&seg->tokens[m->first], directions, COUNT(directions),
                     NG_CL_CONJ | NG_CL_PREP, 0))
    return 0;
  len = ng_match_best_at(lex, seg, m->first + 1, &phrase, &rd);
  if (len != m->end - m->first - 1 ||
      ng_lexicon_entity(lex, ng_lexicon_phrase(lex, phrase)->entity)->type != NG_COUNTRY)
    return 0;
  out->entity = ng_lexicon_phrase(lex, phrase)->entity;
  out->kind = ng_lexicon_phrase(lex, phrase)->kind;
  out->first = m->first + 1;
  out->end = m->end;
  out->fbegin = seg->tokens[out->first].fbegin + rd->prefix;
  out->fend = m->fend;
  out->flags = rd->flags;
  out->short_name = 0;
  return 1;
}

ng_status
ng_match_inner_states(ng_tmention **out, size_t *n_out, const ng_lexicon *lex,
                      const ng_segments *seg, const ng_tmention *ms, size_t n)
{
  size_t cap = 0;

  *out = NULL;
  *n_out = 0;
  for (size_t k = 0; k < n; k++) {
    ng_tmention inner;
    if (inner_state(&inner, &ms[k], lex, seg) &&
        NG_PUSH(*out, *n_out, cap, inner) != NG_OK)
      return NG_ERR_NOMEM;
  }
  return NG_OK;
}

/* ---- directions that share a name ---------------------------------- */

/* Is the state mention m a direction and a name (جنوب أفريقيا، جنوب
 * السودان) coordinated with a direction before it (شرق ووسط وجنوب
 * أفريقيا، شمال وجنوب السودان)?  The directions then share the name after
 * them: a part of that place, not the state named with a direction. */
static int
shared_direction(const ng_tmention *m, size_t prev_end, const ng_lexicon *lex,
                 const ng_segments *seg)
{
  size_t h = m->first - 1;

  if (ng_lexicon_entity(lex, m->entity)->type != NG_COUNTRY ||
      m->end - m->first < 2 || m->first == 0 || prev_end > h ||
      !same_sentence(seg, h, m->first) ||
      !reading_among(&seg->tokens[m->first], directions, COUNT(directions),
                     NG_CL_CONJ, 0))
    return 0;
  if (!(m->flags & NG_CL_CONJ)) { /* و written apart: وسط و جنوب */
    if (!ng_token_is_word(&seg->tokens[h], "و") || h == 0 ||
        !same_sentence(seg, h - 1, h))
      return 0;
    h--;
  }
  return reading_among(&seg->tokens[h], directions, COUNT(directions),
                       NG_CL_CONJ, 0) != NULL;
}

/* Keeps m, made the name the directions share when they share it; drops
 * it when the lexicon knows no such name. */
static int
keep_shared_direction(ng_tmention *m, size_t prev_end, const ng_lexicon *lex,
                      const ng_segments *seg)
{
  size_t phrase;
  const ng_reading *rd;

  if (!shared_direction(m, prev_end, lex, seg))
    return 1;
  if (ng_match_best_at(lex, seg, m->first + 1, &phrase, &rd) !=
      m->end - m->first - 1)
    return 0; /* what the directions share is no name the lexicon knows */
  m->entity = ng_lexicon_phrase(lex, phrase)->entity;
  m->kind = ng_lexicon_phrase(lex, phrase)->kind;
  m->first++;
  m->fbegin = seg->tokens[m->first].fbegin + rd->prefix;
  m->flags = rd->flags;
  return 1;
}

void
ng_match_shared_directions(ng_tmention *ms, size_t *n, const ng_lexicon *lex,
                           const ng_segments *seg)
{
  filter_mentions(ms, n, lex, seg, keep_shared_direction);
}

/* ---- a state's name that is also its adjective -------------------- */

/* Does the word end in the alef of an accusative, as written (فنانًا،
 * جنديا), and not in the وا of a verb's plural (طالبوا) or a pronoun
 * (تواجهها، لدينا)? */
static int
accusative_alef(const ng_token *t)
{
  size_t n = strlen(t->form);

  return t->kind == NG_TOKEN_WORD && ng_utf8_count(t->form, n) >= 4 &&
         strcmp(t->form + n - 2, "ا") == 0 &&
         strcmp(t->form + n - 4, "وا") != 0 &&
         strcmp(t->form + n - 4, "ها") != 0 &&
         strcmp(t->form + n - 4, "نا") != 0;
}

/* Adverbs in the accusative and conjunctions in ما, after which a
 * state's name is the object or the subject (زارت أيضًا إيطاليا، بينما
 * روسيا), not an adjective. */
static const char *const adverbs[] = {
    "بينما",  "عندما",  "حينما",  "كلما",  "ربما",  "طالما", "مثلما",
    "انما",   "لاسيما", "ايضا",   "مجددا", "حاليا", "سابقا", "لاحقا",
    "رسميا",  "مؤخرا",  "قريبا",  "غدا",   "اولا",  "ثانيا", "خصوصا",
    "تحديدا", "جدا",    "دائما",  "ابدا",  "معا",   "سويا",  "فعلا",
    "مثلا",   "اساسا",  "تقريبا", "فورا",  "علنا"};

/* Is token t an indefinite noun in the accusative (فنانًا، جنديًا), which a
 * state's adjective may follow: no article, no adverb? */
static int
accusative_noun(const ng_token *t)
{
  return accusative_alef(t) && strncmp(t->form, "ال", strlen("ال")) != 0 &&
         !reading_among(t, adverbs, COUNT(adverbs), NG_CL_CONJ, 0);
}

/* Is the one-word name of mention m also the accusative of the state's
 * adjective (إسبانيا: إسباني + the alef of the accusative)? */
static int
adjective_form(const ng_tmention *m, const ng_lexicon *lex,
               const ng_segments *seg)
{
  const ng_token *t = &seg->tokens[m->first];
  size_t n = strlen(t->form), nq;
  const size_t *ks;
  char stem[128];

  if (m->end - m->first != 1 || m->flags || !accusative_alef(t) ||
      n - 2 >= sizeof stem)
    return 0;
  memcpy(stem, t->form, n - 2);
  stem[n - 2] = '\0';
  nq = ng_lexicon_phrases_from(lex, stem, &ks);
  for (size_t q = 0; q < nq; q++) {
    const ng_phrase *ph = ng_lexicon_phrase(lex, ks[q]);
    if (ph->kind == NG_MENTION_DEMONYM && ph->entity == m->entity &&
        ph->words.n == 1)
      return 1;
  }
  return 0;
}

void
ng_match_accusative_adjectives(ng_tmention *ms, size_t n,
                               const ng_lexicon *lex, const ng_segments *seg)
{
  size_t prev_end = 0;

  for (size_t k = 0; k < n; k++) {
    ng_tmention *m = &ms[k];
    size_t before = prev_end;
    prev_end = m->end;
    if (m->first > 0 && before < m->first &&
        same_sentence(seg, m->first - 1, m->first) &&
        ng_lexicon_entity(lex, m->entity)->type == NG_COUNTRY &&
        (m->kind == NG_MENTION_NAME || m->kind == NG_MENTION_ALIAS) &&
        accusative_noun(&seg->tokens[m->first - 1]) &&
        adjective_form(m, lex, seg))
      m->kind = NG_MENTION_DEMONYM; /* فنانًا إسبانيًا: a Spanish artist */
  }
}

/* ---- a state's adjective that is a family name --------------------- */

/* Is the demonym mention m a family name: one word, masculine, with no
 * article or clitic, right after a given name no mention holds (جون
 * كندي، أشرف غاني)?  An adjective follows a noun, not a given name. */
static int
family_name(const ng_tmention *m, size_t prev_end, const ng_lexicon *lex,
            const ng_segments *seg)
{
  const ng_token *t = &seg->tokens[m->first];
  size_t n = strlen(t->form);

  return m->kind == NG_MENTION_DEMONYM && m->end - m->first == 1 &&
         m->flags == 0 && m->first > 0 && prev_end < m->first &&
         same_sentence(seg, m->first - 1, m->first) && n >= 2 &&
         strcmp(t->form + n - 2, "ي") == 0 && /* كندي, not فرنسيين */
         strcmp(seg->tokens[m->first - 1].form, "علي") !=
             0 && /* على فرنسيين */
         ng_given_name_with(lex, &seg->tokens[m->first - 1], NG_CL_CONJ);
}

static int
not_family_name(ng_tmention *m, size_t prev_end, const ng_lexicon *lex,
                const ng_segments *seg)
{
  return !family_name(m, prev_end, lex, seg);
}

void
ng_match_family_names(ng_tmention *ms, size_t *n, const ng_lexicon *lex,
                      const ng_segments *seg)
{
  filter_mentions(ms, n, lex, seg, not_family_name);
}

/* ---- a state's name that is also a city's ---------------------------------- */

/* The city whose ng:shortName covers the same tokens as m (عمّان, Amman,
 * under عُمان, Oman, which folds to the same letters); SIZE_MAX if none. */
static size_t
homograph_city(const ng_tmention *m, const ng_lexicon *lex, const ng_segments *seg)
{
  const ng_token *tok = &seg->tokens[m->first];

  for (size_t r = 0; r < tok->n_readings; r++) {
    const size_t *ids;
    size_t np = ng_lexicon_phrases_from(lex, tok->readings[r].key, &ids);
    for (size_t k = 0; k < np; k++) {
      const ng_phrase *ph = ng_lexicon_phrase(lex, ids[k]);
      if (ph->short_name && ph->entity != m->entity &&
          ng_lexicon_entity(lex, ph->entity)->type == NG_PLACE &&
          ng_lexicon_info(lex, ph->entity)->has_context &&
          ng_match_phrase_length(seg, m->first, &tok->readings[r], ph) ==
              m->end - m->first)
        return ids[k];
    }
  }
  return SIZE_MAX;
}

/* Is the name at mention m written as a city: a dateline (عمان - بترا،
 * القاهرة - عمان - ...: near the start of its sentence, next to a dash),
 * or after العاصمة or مدينة (العاصمة الأردنية عمان)? */
static int
written_as_city(const ng_tmention *m, const ng_segments *seg)
{
  static const char *const city_nouns[] = {"عاصمه", "مدينه"};
  size_t first = seg->sentences[seg->tokens[m->first].sentence].first;
  const ng_token *next = m->end < seg->n_tokens ? &seg->tokens[m->end] : NULL;
  const ng_token *prev = m->first > first ? &seg->tokens[m->first - 1] : NULL;

  if (m->first - first < 4 && ((next && next->kind == NG_TOKEN_PUNCT && next->punct == '-') ||
                               (prev && prev->kind == NG_TOKEN_PUNCT && prev->punct == '-')))
    return 1;
  for (size_t j = m->first; j-- > first && m->first - j <= 2;)
    if (reading_among(&seg->tokens[j], city_nouns, COUNT(city_nouns), NG_CL_CONJ | NG_CL_PREP, 1))
      return 1;
  return 0;
}

/* How many mentions of ms name entity e or what counts for it, leaving out
 * those that share the city's name (they are what is being decided). */
static size_t
count_naming(const ng_tmention *ms, size_t n, size_t e, const ng_lexicon *lex,
             const ng_segments *seg)
{
  const ng_entity *target = ng_lexicon_entity(lex, e);
  size_t count = 0;

  for (size_t k = 0; k < n; k++)
    if ((ms[k].entity == e || ng_lexicon_entity(lex, ms[k].entity)->rollup == target) &&
        homograph_city(&ms[k], lex, seg) == SIZE_MAX)
      count++;
  return count;
}

void
ng_match_homographs(ng_tmention *ms, size_t n, const ng_lexicon *lex,
                    const ng_segments *seg)
{
  for (size_t k = 0; k < n; k++) {
    size_t city = ng_lexicon_entity(lex, ms[k].entity)->type == NG_COUNTRY
                      ? homograph_city(&ms[k], lex, seg)
                      : SIZE_MAX;
    const ng_phrase *ph;
    if (city == SIZE_MAX)
      continue;
    ph = ng_lexicon_phrase(lex, city);
    if (written_as_city(&ms[k], seg) ||
        count_naming(ms, n, ng_lexicon_info(lex, ph->entity)->context, lex, seg) >
            count_naming(ms, n, ms[k].entity, lex, seg)) {
      ms[k].entity = ph->entity;
      ms[k].kind = ph->kind;
    }
  }
}

/* ---- a club named after a state ------------------------------------------- */

/* Is mention d a masculine adjective of a state with its article, right
 * after the mention m (قطر القطري، موناكو الفرنسي)? */
static int
masculine_adjective_after(const ng_tmention *m, const ng_tmention *d,
                          const ng_segments *seg)
{
  const ng_token *t = &seg->tokens[d->first];
  size_t n = strlen(t->form);

  return d->kind == NG_MENTION_DEMONYM && d->first == m->end && d->end == d->first + 1 &&
         d->flags == NG_CL_ART && same_sentence(seg, m->first, d->first) &&
         n >= 2 && strcmp(t->form + n - 2, "ي") == 0;
}

void
ng_match_club_names(ng_tmention *ms, size_t *n, const ng_lexicon *lex,
                    const ng_segments *seg)
{
  size_t kept = 0;

  for (size_t k = 0; k < *n; k++) {
    const ng_tmention *m = &ms[k];
    if (k + 1 < *n && ng_lexicon_entity(lex, m->entity)->type == NG_COUNTRY &&
        (m->kind == NG_MENTION_NAME || m->kind == NG_MENTION_ALIAS) &&
        ng_lexicon_entity(lex, ms[k + 1].entity)->type == NG_COUNTRY &&
        masculine_adjective_after(m, &ms[k + 1], seg))
      continue; /* the name is the club's */
    ms[kept++] = ms[k];
  }
  *n = kept;
}

/* ---- a state's name inside another name ------------------------------------ */

/* Is token t a noun of the cue kind in the construct state, without ال
 * (شركة قطر؛ و، ف and a preposition may come before it: لشركة قطر)?  For
 * ng:NameHeadCue, quoted tells that the name after it is in quotes: the
 * heads that begin a name only so (ng:quotedOnly: ملعب «الإمارات») count
 * then too. */
static int
head_of_kind(const ng_lexicon *lex, const ng_token *t, ng_cue_kind kind,
             int quoted)
{
  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++) {
    const size_t *ks;
    size_t nq;
    if (t->readings[r].flags & ~(NG_CL_CONJ | NG_CL_PREP))
      continue;
    nq = ng_lexicon_cues_from(lex, t->readings[r].key, &ks);
    for (size_t q = 0; q < nq; q++) {
      const ng_cue *cue = ng_lexicon_cue(lex, ks[q]);
      if (cue->kind == kind && cue->words.n == 1 &&
          (quoted || !cue->quoted_only))
        return 1;
    }
  }
  return 0;
}

static int
name_head(const ng_lexicon *lex, const ng_token *t, int quoted)
{
  return head_of_kind(lex, t, NG_CUE_NAME_HEAD, quoted);
}

/* Nouns of a town, after which a state's name is a city's (مدينة
 * سنغافورة، مدينة الكويت).  Not بلدة: folded, it is also بلده, "his
 * country" (بلده العراق). */
static const char *const town_nouns[] = {"مدينه", "قريه"};

/* Particles that stand between a noun and a name without joining them. */
static const char *const particles[] = {"في", "من", "الي", "علي", "عن", "مع", "بين",
                                        "لدي", "ضد", "نحو", "عبر", "حول", "منذ", "بعد",
                                        "قبل", "عند", "تحت", "فوق", "داخل", "خارج", "او"};

/* Can token t be an indefinite noun inside a name, between its head and
 * the state's name (شركة [نفط] نيبال، جمعية [كاريكاتير] إيران)?  A word
 * with no clitic, no particle, and not a verb of the present tense (منظمة
 * تدعم إسرائيل: ي or ت first, unless the word ends in ة like تنمية). */
static int
name_noun(const ng_token *t)
{
  size_t n = strlen(t->form);

  if (t->kind != NG_TOKEN_WORD || n < 6 || !reading_of(t, t->form, 0, 0) ||
      reading_among(t, particles, COUNT(particles), 0, 0))
    return 0;
  if (strncmp(t->form, "ي", 2) == 0)
    return 0;
  return strncmp(t->form, "ت", 2) != 0 || strcmp(t->form + n - 2, "ه") == 0;
}

/* Is the state mention m, whose previous mention ends at prev_end, the
 * genitive of a name head, right after it or after one noun more? */
static int
inside_other_name(const ng_tmention *m, size_t prev_end, const ng_lexicon *lex,
                  const ng_segments *seg)
{
  size_t h = m->first - 1;

  if (m->first == 0 || prev_end > h || !same_sentence(seg, h, m->first) ||
      (m->flags & (NG_CL_CONJ | NG_CL_PREP)))
    return 0;
  if (name_head(lex, &seg->tokens[h], 0) ||
      reading_among(&seg->tokens[h], town_nouns, COUNT(town_nouns),
                    NG_CL_CONJ | NG_CL_PREP, 0))
    return 1; /* شركة قطر; مدينة سنغافورة, the city named like its state */
  return h > 0 && prev_end < h && same_sentence(seg, h - 1, h) &&
         name_noun(&seg->tokens[h]) && name_head(lex, &seg->tokens[h - 1], 0);
}

/* Is the state mention m inside a quoted name that follows a name head
 * (جمعية "العمل من أجل إسرائيل"، مسلسل "على باب مصر")?  The nearest quote
 * before m, a few words back in its sentence, must open right after the
 * head. */
static int
inside_quoted_name(const ng_tmention *m, const ng_lexicon *lex, const ng_segments *seg)
{
  for (size_t j = m->first; j-- > 0 && m->first - j <= 6 && same_sentence(seg, j, m->first);) {
    const ng_token *t = &seg->tokens[j];
    if (t->kind != NG_TOKEN_PUNCT)
      continue;
    if (t->punct != '"' && t->punct != 0xAB /* « */)
      return 0;
    return j > 0 && same_sentence(seg, j - 1, j) &&
           name_head(lex, &seg->tokens[j - 1], 1);
  }
  return 0;
}

/* Is m no state's name inside another name (شركة قطر للغاز، صحيفة
 * «الرياض»: the company's, the paper's)? */
static int
not_owned_name(ng_tmention *m, size_t prev_end, const ng_lexicon *lex,
               const ng_segments *seg)
{
  return !(
      ng_lexicon_entity(lex, m->entity)->type == NG_COUNTRY &&
      (((m->kind == NG_MENTION_NAME || m->kind == NG_MENTION_ALIAS) &&
        inside_other_name(m, prev_end, lex, seg)) ||
       (m->kind != NG_MENTION_DEMONYM && inside_quoted_name(m, lex, seg))));
}

void
ng_match_owned_names(ng_tmention *ms, size_t *n, const ng_lexicon *lex,
                     const ng_segments *seg)
{
  filter_mentions(ms, n, lex, seg, not_owned_name);
}
