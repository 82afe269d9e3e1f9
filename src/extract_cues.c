/* Extraction, what qualifies a stance: the cues before a trigger
 * (negation, hedges, pledges, the future, arrival and the like) and claims
 * reported or requested rather than done.  Each cue lists its words in
 * ontology/patterns.ttl; this file says where they count. */
#include "config.h"

#include <string.h>

#include "extract_internal.h"

/* Does cue k match at token i (and not before one of its "unless")? */
int
cue_at(const ctx *c, const ng_cue *cue, size_t i)
{
  unsigned f, lf;
  size_t n = words_at(c, i, &cue->words,
                     NG_CL_CONJ | NG_CL_ART | NG_CL_SUFFIX | NG_CL_PREP, &f, &lf);

  if (!n)
    return 0;
  for (size_t u = 0; u < cue->n_unless; u++)
    if (i + n < c->seg->n_tokens &&
        words_at(c, i + n, &cue->unless[u], ~0u, &f, &lf))
      return 0;
  /* قد before a perfect verb asserts; before an imperfect it hedges */
  if (cue->kind == NG_CUE_HEDGE && cue->words.n == 1 &&
      strcmp(cue->words.keys[0], "قد") == 0) {
    const char *next = i + 1 < c->seg->n_tokens ? tok(c, i + 1)->form : "";
    return strncmp(next, "ي", 2) == 0 || strncmp(next, "ت", 2) == 0;
  }
  return 1;
}

/* Is there a cue of kind within its scope before token a (from from)? */
int
cue_before(const ctx *c, ng_cue_kind kind, size_t from, size_t a)
{
  for (size_t i = sentence_first(c, a); i < a; i++) {
    const size_t *ks;
    if (c->in_mention[i]) /* not وكالة الأنباء */
      continue;
    for (size_t q = 0, nq = cues_at(c, i, &ks); q < nq; q++) {
      const ng_cue *cue = ng_lexicon_cue(c->lex, ks[q]);
      if (cue->kind == kind && i + cue->scope >= from && cue_at(c, cue, i))
        return 1;
    }
  }
  return 0;
}

/* Is there a negation cue within its scope before token a (from from)
 * in the clause of a?  A cue behind a comma or a quotation mark negates
 * another clause (أكد X أن الهدنة «ليست نهاية الحرب»، وتوعّد بـ…). */
int
negation_before(const ctx *c, size_t from, size_t a)
{
  size_t first = sentence_first(c, a);

  for (size_t i = a; i-- > first && !is_boundary(c, i) && !is_quote(c, i);) {
    const size_t *ks;
    if (c->in_mention[i])
      continue;
    for (size_t q = 0, nq = cues_at(c, i, &ks); q < nq; q++) {
      const ng_cue *cue = ng_lexicon_cue(c->lex, ks[q]);
      if (cue->kind == NG_CUE_NEGATION && i + cue->scope >= from &&
          cue_at(c, cue, i))
        return 1;
    }
  }
  return 0;
}

/* The relative pronoun (الذي، التي) that opens the clause of token a, when
 * it stands within the few words before a; NONE otherwise. */
size_t
relative_before(const ctx *c, size_t a)
{
  size_t first = sentence_first(c, a);

  for (size_t i = a; i-- > first && i + 4 >= a && !is_boundary(c, i);)
    if (is_relative(c, i))
      return i;
  return NONE;
}

/* Is a negation cue in tokens [lo, a) (each cue's own reach ignored)? */
int
negation_between(const ctx *c, size_t lo, size_t a)
{
  for (size_t i = lo; i < a; i++) {
    const size_t *ks;
    for (size_t q = 0, nq = cues_at(c, i, &ks); q < nq && !c->in_mention[i]; q++) {
      const ng_cue *cue = ng_lexicon_cue(c->lex, ks[q]);
      if (cue->kind == NG_CUE_NEGATION && cue_at(c, cue, i))
        return 1;
    }
  }
  return 0;
}

/* A future verb (ستقدم، سترسل) among the two words before token a. */
int
future_before(const ctx *c, size_t a)
{
  size_t first = sentence_first(c, a);

  for (size_t i = a; i > first && i + 2 > a; i--) {
    const ng_token *t = tok(c, i - 1);
    if (has_key(c, i - 1, "سير", NG_CL_CONJ) || has_key(c, i - 1, "سيرت", NG_CL_CONJ) ||
        has_key(c, i - 1, "سيرتا", NG_CL_CONJ) || has_key(c, i - 1, "سيروا", NG_CL_CONJ))
      continue; /* سيّرت جسرا جويا: the verb سيّر (sent), not a future */
    for (size_t r = 0; r < t->n_readings; r++)
      if ((t->readings[r].flags & NG_CL_FUT) && !(t->readings[r].flags & NG_CL_PREP))
        return 1;
  }
  return 0;
}

/* The comma that opens a phrase set off by commas and closed by the comma
 * at i: an apposition of actors (، النيجر وبوركينا فاسو،) or a few words
 * with no verb (، الشهر الماضي،); NONE when the phrase is a clause. */
static size_t
parenthesis_start(const ctx *c, size_t i, size_t first)
{
  size_t j = i;

  while (j > first && c->unit_at[j - 1] != NONE)
    j--;
  if (j < i && j > first && is_boundary(c, j - 1))
    return j - 1;
  for (j = i; j-- > first && j + 5 >= i;) {
    hit h;
    if (is_boundary(c, j))
      return j + 1 < i ? j : NONE;
    h = tok(c, j)->kind == NG_TOKEN_WORD && c->unit_at[j] == NONE
            ? trigger_at(c, j, 0)
            : (hit){NULL, 0, 0, 0, 0};
    if (h.p && (h.p->frame == NG_FRAME_VERB || h.p->frame == NG_FRAME_PARTICIPLE))
      return NONE;
  }
  return NONE;
}

/* Is token a inside what an accusation, a request or a rejection is about
 * (اتهم X Y بدعم Z, ناشد X Y فرض عقوبات على Z, عارضت X أي عقوبات على Z)?
 * Such a stance is only reported; the accusation, request or rejection is
 * the fact. */
int
claimed(const ctx *c, size_t a)
{
  size_t first = sentence_first(c, a);

  for (size_t i = a, skipped = 0; i-- > first && i + 16 + skipped >= a;) {
    hit h;
    size_t j = is_boundary(c, i) ? parenthesis_start(c, i, first) : NONE;
    if (j != NONE) { /* طلبت X من شريكيها، [النيجر وبوركينا فاسو]، دعما */
      skipped += i - j + 1;
      i = j;
      continue;
    }
    if (is_boundary(c, i))
      return 0;
    h = tok(c, i)->kind == NG_TOKEN_WORD && c->unit_at[i] == NONE
            ? trigger_at(c, i, 0)
            : (hit){NULL, 0, 0, 0, 0};
    if (h.p && !h.p->is_relation &&
        (h.p->type == NG_ACCUSE || h.p->type == NG_REQUEST ||
         h.p->type == NG_REJECT) &&
        requirement_met(c, &h, h.b + h.p->window))
      return 1; /* not محمّلة بالمساعدات: محمّلة accuses only with المسؤولية */
    if (h.p && h.p->frame == NG_FRAME_VERB)
      return claimed(c, i); /* another verb: a clause of its own, unless a
                               masdar in the claim (ناشد X فرض عقوبات) */
  }
  return 0;
}

/* تعهّدت X بتقديم أكثر من 300 مليون دولار: does a cue of kind (a pledge or
 * suspension verb) stand right before the holder, in the trigger's clause
 * (no pause from the holder to the trigger)? */
int
cue_before_subject(const ctx *c, ng_cue_kind kind, const hit *h, size_t holder)
{
  size_t first = c->units[holder].first;
  size_t last = c->units[group_end(c, holder) - 1].end;

  if (last > h->a)
    return 0;
  for (size_t i = last; i < h->a; i++)
    if (is_boundary(c, i))
      return 0;
  return cue_before(c, kind, first, first);
}
