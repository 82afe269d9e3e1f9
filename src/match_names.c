/* Lexicon persons' names inside a longer name the text writes: the given
 * name before a surname (حامد [كرزاي]), or another person's name around
 * it (ناصر [مودي], راشد بن [محمد بن راشد]).  See match.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "persons.h"
#include "util.h"

/* Is token j, in the sentence of token f, a word no mention of ms (the
 * mentions before index k) holds? */
static int
free_word(const ng_segments *seg, const ng_tmention *ms, size_t k, size_t j,
          size_t f)
{
  return seg->tokens[j].sentence == seg->tokens[f].sentence &&
         seg->tokens[j].kind == NG_TOKEN_WORD &&
         (k == 0 || ms[k - 1].end <= j);
}

/* The reading of tok with no clitic but those in allowed; NULL if none. */
static const ng_reading *
plain_reading(const ng_token *tok, unsigned allowed)
{
  for (size_t r = 0; r < tok->n_readings; r++)
    if (!(tok->readings[r].flags & ~allowed))
      return &tok->readings[r];
  return NULL;
}

static int
is_form(const ng_segments *seg, size_t j, const char *form)
{
  return strcmp(seg->tokens[j].form, form) == 0;
}

/* Where the given name that ends at token end - 1 begins, the name before
 * token end (f, the lexicon person's first token) being free words: one
 * word, or two when the first is عبد or أبو or the second is الله
 * (عبد الرحمن، عطاء الله), or two given names (جان دافيد). */
static size_t
given_name_start(const ng_lexicon *lex, const ng_segments *seg,
                 const ng_tmention *ms, size_t k, size_t end, size_t f)
{
  size_t s = end - 1;

  if (s == 0 || !free_word(seg, ms, k, s - 1, f))
    return s;
  if (is_form(seg, s, "الله") || is_form(seg, s - 1, "عبد") ||
      is_form(seg, s - 1, "ابو"))
    return s - 1;
  if (plain_reading(&seg->tokens[s], 0) && !is_form(seg, s - 1, "علي") &&
      ng_given_name_with(lex, &seg->tokens[s - 1], NG_CL_CONJ))
    return s - 1; /* جان دافيد; not على رأسه, the preposition */
  return s;
}

/* The consonants of a folded word: its first letter (ه written ا), then
 * the others but long vowels and hamza, غ and ق written ج, so that the
 * spellings of one foreign name agree (حامد and حميد, هوغو and أوغو,
 * غيرهارد and جيرهارد). */
static void
skeleton(const char *key, char *out, size_t size)
{
  size_t n = 0;

  for (const unsigned char *p = (const unsigned char *)key;
       *p && n + 3 < size;) {
    unsigned cp = *p;
    size_t len = 1;
    if ((*p & 0xE0) == 0xC0 && p[1]) {
      cp = ((unsigned)(*p & 0x1F) << 6) | (p[1] & 0x3F);
      len = 2;
    }
    if (cp == 0x063A || cp == 0x0642)
      cp = 0x062C;
    if (n == 0 && cp == 0x0647)
      cp = 0x0627;
    if (n == 0 || !(cp == 0x0627 || cp == 0x0648 || cp == 0x064A ||
                    cp == 0x0649 || cp == 0x0621)) {
      if (cp < 0x80) {
        out[n++] = (char)cp;
      } else {
        out[n++] = (char)(0xC0 | (cp >> 6));
        out[n++] = (char)(0x80 | (cp & 0x3F));
      }
    }
    p += len;
  }
  out[n] = '\0';
}

/* Are a and b spellings of one name: the same consonants (two at least),
 * or those of one beginning those of the other, three at least (نيكولا
 * and نيكولاس)? */
static int
same_name(const char *a, const char *b)
{
  char sa[64], sb[64];
  size_t na, nb;

  if (strcmp(a, b) == 0)
    return 1;
  skeleton(a, sa, sizeof sa);
  skeleton(b, sb, sizeof sb);
  na = strlen(sa);
  nb = strlen(sb);
  if (na == nb)
    return na >= 4 && strcmp(sa, sb) == 0;
  return (na < nb ? na : nb) >= 6 && strncmp(sa, sb, na < nb ? na : nb) == 0;
}

static int
filial_key(const char *key)
{
  return strcmp(key, "بن") == 0 || strcmp(key, "ابن") == 0 ||
         strcmp(key, "بنت") == 0;
}

/* Does the word tok agree with a word of name (a label or alias of the
 * person) before its last: a given name (رجب طيب أردوغان), not the
 * father's name after بن (بدر بن حمد البوسعيدي: حمد بن ثويني البوسعيدي is
 * another)? */
static int
name_has_given(const char *name, const ng_token *tok)
{
  ng_words w;
  int agree = 0;

  if (!name || ng_words_parse(&w, name) != NG_OK)
    return 0;
  for (size_t i = 0; i + 1 < w.n && !agree; i++) {
    if (filial_key(w.keys[i]) || (i > 0 && filial_key(w.keys[i - 1])))
      continue; /* بن and the father's name */
    for (size_t r = 0; r < tok->n_readings && !agree; r++)
      agree = !(tok->readings[r].flags & ~(NG_CL_CONJ | NG_CL_ART)) &&
              strcmp(w.keys[i], "عبد") != 0 && strcmp(w.keys[i], "ابو") != 0 &&
              same_name(w.keys[i], tok->readings[r].key);
  }
  ng_words_free(&w);
  return agree;
}

/* Does a word of the names [s, end) agree with a given name of person e
 * in its label or an alias (عادل [أحمد] الجبير: the father's name
 * between)? */
static int
agrees(const ng_lexicon *lex, const ng_segments *seg, size_t e, size_t s,
       size_t end)
{
  const ng_entity *en = ng_lexicon_entity(lex, e);

  for (size_t j = s; j < end; j++) {
    const ng_token *tok = &seg->tokens[j];
    if (name_has_given(en->label_ar, tok))
      return 1;
    for (char **a = en->alt_ar; a && *a; a++)
      if (name_has_given(*a, tok))
        return 1;
  }
  return 0;
}

/* Is token j بن، ابن or بنت? */
static int
filial_word(const ng_segments *seg, size_t j)
{
  return is_form(seg, j, "بن") || is_form(seg, j, "ابن") ||
         is_form(seg, j, "بنت");
}

/* Are tokens [s, end) words that may be a name's (ng_name_word), the
 * first with no article, and none باسم ("in the name of")? */
static int
name_words(const ng_lexicon *lex, const ng_segments *seg, size_t s, size_t end)
{
  for (size_t r = 0; r < seg->tokens[s].n_readings; r++)
    if (seg->tokens[s].readings[r].flags & NG_CL_ART)
      return 0; /* رئيس الوزراء بوش، الرئيس السابق بوش: no name */
  for (size_t j = s; j < end; j++)
    if ((!ng_name_word(lex, seg, j) && !(j > s && filial_word(seg, j))) ||
        is_form(seg, j, "باسم"))
      return 0; /* قال [بوش]، المتحدث باسم [بوش] */
  return 1;
}

/* Where the given names before token end begin: given_name_start, then
 * before it up to two more names that begin with a common given name,
 * perhaps with بن between (عادل [بن] أحمد الجبير: the father's name),
 * the one after carrying no clitic (محمد وأحمد are two persons). */
static size_t
names_start(const ng_lexicon *lex, const ng_segments *seg,
            const ng_tmention *ms, size_t k, size_t end, size_t f)
{
  size_t s = given_name_start(lex, seg, ms, k, end, f);

  for (int more = 0; more < 2 && s > 0 && free_word(seg, ms, k, s - 1, f) &&
                     name_words(lex, seg, s, end) &&
                     (ng_given_name_with(lex, &seg->tokens[s], 0) ||
                      !ng_given_name_with(lex, &seg->tokens[s], NG_CL_CONJ));
       more++) {
    size_t before = s, t;
    if (s >= 2 && filial_word(seg, s - 1) && free_word(seg, ms, k, s - 2, f))
      before = s - 1; /* عادل بن أحمد الجبير */
    t = given_name_start(lex, seg, ms, k, before, f);
    if (!ng_given_name_with(lex, &seg->tokens[t], NG_CL_CONJ) ||
        is_form(seg, t, "علي") ||
        !name_words(lex, seg, t,
                    before)) /* على (folded علي) is a preposition */
      break;
    s = t;
  }
  return s;
}

/* Is token s a rank or honorific (ng:RankCue: الشيخ، اللواء)? */
static int
rank_word(const ng_lexicon *lex, const ng_token *tok)
{
  return ng_token_cue(lex, tok, NG_CUE_RANK, NG_CL_ART | NG_CL_CONJ);
}

/* Does a state's adjective end right before token s (وزير الثقافة
 * الإيراني فلان)? */
static int
after_demonym(const ng_tmention *ms, size_t n, size_t s)
{
  for (size_t k = 0; k < n && ms[k].first < s; k++)
    if (ms[k].end == s && ms[k].kind == NG_MENTION_DEMONYM)
      return 1;
  return 0;
}

/* Does the text say that the words [s, end) are a name, words that may be
 * a name's (ng_name_word, and not باسم "in the name of"): a common
 * given name begins them, or a title, a state's adjective or a rank
 * stands right before? */
static int
begins_name(const ng_lexicon *lex, const ng_segments *seg,
            const ng_tmention *ms, size_t n, size_t s, size_t end)
{
  if (!name_words(lex, seg, s, end) ||
      (!ng_given_name_with(lex, &seg->tokens[s], 0) &&
       ng_given_name_with(lex, &seg->tokens[s], NG_CL_CONJ)))
    return 0; /* الوزير وفلان: two persons */
  if (ng_given_name_with(lex, &seg->tokens[s], 0))
    return 1; /* (not وزياد: the new person's label would keep the و) */
  return ng_match_titled(lex, seg, ms, n, s) || after_demonym(ms, n, s) ||
         (s > 0 && seg->tokens[s - 1].sentence == seg->tokens[s].sentence &&
          rank_word(lex, &seg->tokens[s - 1]));
}

/* Widens mention m over tokens [s, m->first), the same person's name or,
 * with local set, a new one's. */
static void
widen(ng_tmention *m, const ng_lexicon *lex, const ng_segments *seg, size_t s,
      int local)
{
  const ng_token *tok = &seg->tokens[s];
  const ng_reading *rd = plain_reading(tok, 0);

  if (!ng_given_name_with(lex, tok, 0) &&
      ng_given_name_with(lex, tok, NG_CL_CONJ))
    for (size_t r = 0; r < tok->n_readings; r++)
      if (tok->readings[r].flags == NG_CL_CONJ)
        rd = &tok->readings[r]; /* وحامد [كرزاي]: the و is no part of it */

  m->first = s;
  m->fbegin = seg->tokens[s].fbegin + (rd ? rd->prefix : 0);
  m->flags = rd ? rd->flags : 0;
  if (local) {
    m->local = 1;
    m->kind = NG_MENTION_NAME;
  }
}

void
ng_match_person_names(ng_tmention *ms, size_t n, const ng_lexicon *lex,
                      const ng_segments *seg)
{
  for (size_t k = 0; k < n; k++) {
    ng_tmention *m = &ms[k];
    size_t f = m->first, s;
    if (ng_lexicon_entity(lex, m->entity)->type != NG_PERSON ||
        m->short_name || f == 0 || !free_word(seg, ms, k, f - 1, f))
      continue;
    if (filial_word(seg, f - 1)) { /* راشد بن [محمد بن راشد]: the son */
      if (f >= 2 && free_word(seg, ms, k, f - 2, f) &&
          begins_name(lex, seg, ms, n,
                      s = given_name_start(lex, seg, ms, k, f - 1, f), f - 1))
        widen(m, lex, seg, s, 1);
      continue;
    }
    if (m->end - f != 1 || m->kind == NG_MENTION_REFERENCE ||
        (m->flags & ~NG_CL_ART))
      continue; /* للظواهري: a clitic begins a word of its own */
    s = names_start(lex, seg, ms, k, f, f);
    if (ng_name_word(lex, seg, s) && agrees(lex, seg, m->entity, s, f))
      widen(m, lex, seg, s, 0); /* حامد [كرزاي] */
    else if (begins_name(lex, seg, ms, n, s, f))
      widen(m, lex, seg, s, 1); /* another person's surname */
  }
}
