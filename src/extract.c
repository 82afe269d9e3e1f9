/* Extraction: patterns (from the lexicon) over tokens and mentions →
 * stances and relations.  The grammatical frames live in extract_*.c (see
 * extract_internal.h); the words that fill them live in
 * ontology/patterns.ttl.  This file: the driver (ng_extract), the token
 * and actor helpers and the trigger lookup every frame shares. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "extract_internal.h"

/* ---- small token helpers ------------------------------------------------ */

const ng_token *
tok(const ctx *c, size_t i)
{
  return &c->seg->tokens[i];
}

size_t
sentence_first(const ctx *c, size_t i)
{
  return c->seg->sentences[tok(c, i)->sentence].first;
}

size_t
sentence_end(const ctx *c, size_t i)
{
  return c->seg->sentences[tok(c, i)->sentence].end;
}

int
is_word(const ctx *c, size_t i, const char *folded)
{
  return ng_token_is_word(tok(c, i), folded);
}

/* Does token i carry key with only the clitics in allowed? Returns the
 * reading's flags + 1, or 0. */
unsigned
has_key(const ctx *c, size_t i, const char *key, unsigned allowed)
{
  const ng_token *t = tok(c, i);

  if (t->kind != NG_TOKEN_WORD)
    return 0;
  for (size_t r = 0; r < t->n_readings; r++)
    if ((t->readings[r].flags & ~allowed) == 0 &&
        strcmp(t->readings[r].key, key) == 0)
      return t->readings[r].flags + 1;
  return 0;
}

int
is_boundary(const ctx *c, size_t i)
{
  uint32_t p = tok(c, i)->punct;
  return tok(c, i)->kind == NG_TOKEN_PUNCT &&
         (p == 0x060C || p == ',' || p == ':' || p == ';' || p == 0x061B ||
          p == '(' || p == ')');
}

int
is_punct(const ctx *c, size_t i)
{
  return tok(c, i)->kind == NG_TOKEN_PUNCT;
}

/* Is word i a definite noun (ال, no preposition)? */
int
has_article(const ctx *c, size_t i)
{
  const ng_token *t = tok(c, i);

  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++)
    if ((t->readings[r].flags & ~NG_CL_CONJ) == NG_CL_ART)
      return 1;
  return 0;
}

/* Does word i carry the article, with or without a preposition? */
int
is_definite(const ctx *c, size_t i)
{
  const ng_token *t = tok(c, i);

  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++)
    if (t->readings[r].flags & NG_CL_ART)
      return 1;
  return 0;
}

int
is_quote(const ctx *c, size_t i)
{
  uint32_t p = tok(c, i)->punct;
  return is_punct(c, i) && (p == '"' || p == 0x00AB || p == 0x00BB ||
                            p == 0x201C || p == 0x201D || p == '\'');
}

/* Matches words w at token i; returns the number of tokens (0: none). */
size_t
words_at(const ctx *c, size_t i, const ng_words *w, unsigned first_allowed,
         unsigned *flags, unsigned *last_flags)
{
  unsigned f;

  if (i + w->n > c->seg->n_tokens || !(f = has_key(c, i, w->keys[0], first_allowed)))
    return 0;
  *flags = *last_flags = f - 1;
  for (size_t k = 1; k < w->n; k++) {
    unsigned g = has_key(c, i + k, w->keys[k],
                         NG_CL_ART | NG_CL_SUFFIX | NG_CL_ACC);
    if (!g || tok(c, i + k)->sentence != tok(c, i)->sentence)
      return 0;
    *last_flags = g - 1;
  }
  return w->n;
}

/* ---- what may start at a token ------------------------------------------ */

typedef size_t (*first_word_lookup)(const ng_lexicon *, const char *, const size_t **);

static int
compare_size(const void *a, const void *b)
{
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  return (x > y) - (x < y);
}

/* For every token, the lexicon items (cues or patterns) whose first word
 * one of its readings is, ascending and each once: token i's are
 * (*ids)[(*first)[i] .. (*first)[i + 1]).  A loop over these instead of
 * over the whole lexicon finds the same matches in the same order. */
static ng_status
index_tokens(const ctx *c, first_word_lookup lookup, size_t **first, size_t **ids)
{
  size_t n = 0, cap = 0;

  *ids = NULL;
  if (!(*first = malloc((c->seg->n_tokens + 1) * sizeof **first)))
    return NG_ERR_NOMEM;
  for (size_t i = 0; i < c->seg->n_tokens; i++) {
    const ng_token *t = tok(c, i);
    size_t start = n, kept = n;
    (*first)[i] = start;
    for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++) {
      const size_t *items;
      size_t m = lookup(c->lex, t->readings[r].key, &items);
      for (size_t k = 0; k < m; k++)
        if (NG_PUSH(*ids, n, cap, items[k]) != NG_OK)
          return NG_ERR_NOMEM;
    }
    if (n - start > 1)
      qsort(*ids + start, n - start, sizeof **ids, compare_size);
    for (size_t k = start; k < n; k++)
      if (k == start || (*ids)[k] != (*ids)[kept - 1])
        (*ids)[kept++] = (*ids)[k];
    n = kept;
  }
  (*first)[c->seg->n_tokens] = n;
  return NG_OK;
}

size_t
cues_at(const ctx *c, size_t i, const size_t **out)
{
  *out = c->cue_ids + c->cue_first[i];
  return c->cue_first[i + 1] - c->cue_first[i];
}

size_t
cue_of_kind_at(const ctx *c, size_t i, ng_cue_kind kind, unsigned allowed,
               unsigned *flags, unsigned *last_flags)
{
  const size_t *ks;

  for (size_t q = 0, nq = cues_at(c, i, &ks); q < nq; q++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, ks[q]);
    unsigned f, lf;
    size_t n;
    if (cue->kind == kind && (n = words_at(c, i, &cue->words, allowed, &f, &lf))) {
      if (flags)
        *flags = f;
      if (last_flags)
        *last_flags = lf;
      return n;
    }
  }
  return 0;
}

/* ---- actors ------------------------------------------------------------- */

size_t
lex_index(const ctx *c, const ng_entity *e)
{
  return e ? ng_lexicon_entity_index(c->lex, e) : NONE;
}

const ng_entity *
ng_extraction_entity(const ng_extraction *x, const ng_lexicon *lex, size_t i)
{
  size_t n = ng_lexicon_entity_count(lex);
  return i < n ? ng_lexicon_entity(lex, i) : x->locals[i - n];
}

const ng_entity *
ent(const ctx *c, size_t e)
{
  return ng_extraction_entity(c->out, c->lex, e);
}

ng_entity_type
type_of(const ctx *c, size_t e)
{
  return ent(c, e)->type;
}

/* The actor entity e counts for in this document. */
size_t
actor_of(const ctx *c, size_t e)
{
  const ng_entity *en = ent(c, e);

  if (en->type == NG_PLACE || en->civil_role)
    return NONE; /* a coach or an actor is no party to a stance */
  for (size_t i = 0; i < c->n_roles; i++)
    if (c->roles[i].person == e)
      return c->roles[i].actor;
  return en->rollup ? lex_index(c, en->rollup) : e;
}

/* Did the lexicon or this document ever tie person p to entity e? */
int
tied_to(const ctx *c, size_t p, size_t e)
{
  const ng_entity_info *info;

  if (p == e || actor_of(c, p) == e)
    return 1;
  if (p >= c->n_lex)
    return 0;
  info = ng_lexicon_info(c->lex, p);
  for (size_t i = 0; i < info->n_roles; i++)
    if (info->roles[i].entity == e)
      return 1;
  return 0;
}

/* The mention starting at token i, or NULL. */
const ng_tmention *
mention_at(const ctx *c, size_t i)
{
  return c->mention_at[i] != NONE ? &c->ms[c->mention_at[i]] : NULL;
}

/* ---- triggers ----------------------------------------------------------- */

static hit find_trigger(const ctx *c, size_t i, int title);

/* The longest trigger at token i of a title or body pattern (title set)
 * or of any other pattern, looked up once per token and kept. */
hit
trigger_at(const ctx *c, size_t i, int title)
{
  hit *memo = &c->memo[2 * i + (title != 0)];

  if (!memo->p && memo->a != 1)
    *memo = find_trigger(c, i, title);
  return *memo;
}

/* Does a lexicon name begin inside tokens (a, b) and run past b? */
static int
inside_name(const ctx *c, size_t a, size_t b)
{
  for (size_t k = a + 1; k < b; k++)
    if (c->mention_at[k] != NONE && c->ms[c->mention_at[k]].end > b)
      return 1;
  return 0;
}

/* For a word both a verb and a verbal noun trigger (طلب، رفض), is the verb
 * rule p the reading rather than the noun rule best?  The verb opens its
 * clause (وطلب الرئيس، …، رفض المجلس) and has no article or preposition;
 * after a word (إثر طلب، لطلب) it is the noun. */
static int
verb_rather(const ctx *c, size_t i, unsigned flags, const ng_pattern *best,
            const ng_pattern *p)
{
  if (p->frame != NG_FRAME_VERB || best->frame != NG_FRAME_NOUN ||
      (flags & (NG_CL_ART | NG_CL_PREP)))
    return 0;
  return (flags & NG_CL_CONJ) || i == sentence_first(c, i) ||
         is_boundary(c, i - 1) || act_noun_at(c, i - 1); /* خطوة أدانتها */
}

/* Of two rules a word triggers with words of the same length, is h's
 * rather than best's the one: the rule whose required words follow
 * (استدعت X سفيرها: the recall, not the summons), else one of the same
 * frame with no required words when best's fail, else the verb read
 * rather than the noun? */
static int
trigger_rather(const ctx *c, const hit *best, const hit *h, unsigned flags)
{
  int met_best = best->p->n_requires &&
                 requirement_met(c, best, best->b + best->p->window);
  int met = h->p->n_requires && requirement_met(c, h, h->b + h->p->window);

  if (met != met_best)
    return met;
  if (best->p->n_requires && !met_best && !h->p->n_requires &&
      best->p->frame == h->p->frame)
    return 1;
  return verb_rather(c, h->a, flags, best->p, h->p);
}

/* The longest trigger at token i (see trigger_at); a = 1 marks a miss. */
static hit
find_trigger(const ctx *c, size_t i, int title)
{
  hit best = {NULL, 1, 0, 0, 0};

  for (size_t q = c->pattern_first[i]; q < c->pattern_first[i + 1]; q++) {
    const ng_pattern *p = ng_lexicon_pattern(c->lex, c->pattern_ids[q]);
    if ((p->frame == NG_FRAME_TITLE || p->frame == NG_FRAME_BODY) != title)
      continue;
    for (size_t t = 0; t < p->n_triggers; t++) {
      unsigned f, lf;
      size_t n = words_at(c, i, &p->triggers[t], ~0u, &f, &lf);
      hit h = {p, i, i + n, f, lf};
      if (n && title && inside_name(c, i, i + n))
        continue; /* رئيس [حكومة الوفاق]: the title is رئيس */
      if (n && (!best.p || n > best.b - best.a ||
                (n == best.b - best.a && trigger_rather(c, &best, &h, f))))
        best = h;
    }
  }
  return best;
}

/* ---- the driver --------------------------------------------------------- */

/* Runs the stance and relation patterns at every token outside a unit. */
static ng_status
run_patterns(ctx *c)
{
  for (size_t i = 0; i < c->seg->n_tokens; i++) {
    hit h;
    if (c->unit_at[i] != NONE || tok(c, i)->kind != NG_TOKEN_WORD)
      continue;
    h = trigger_at(c, i, 0);
    if (!h.p)
      continue;
    if (fire(c, &h) != NG_OK)
      return NG_ERR_NOMEM;
    i = h.b - 1;
  }
  return places_with_adjectives(c);
}

static void
ctx_free(ctx *c)
{
  free(c->unit_at);
  free(c->in_mention);
  free(c->mention_at);
  free(c->memo);
  free(c->units);
  free(c->roles);
  free(c->surnames);
  free(c->cue_first);
  free(c->cue_ids);
  free(c->pattern_first);
  free(c->pattern_ids);
}

ng_status
ng_extract(ng_extraction *out, const ng_lexicon *lex, const ng_text *t,
           const ng_segments *seg, ng_tmention *ms, size_t n_ms)
{
  ctx c;
  ng_status rc;

  memset(&c, 0, sizeof c);
  c.lex = lex;
  c.text = t;
  c.seg = seg;
  c.ms = ms;
  c.n_ms = n_ms;
  c.out = out;
  c.clause_holder = NONE;
  out->owns_locals = 1;
  c.n_lex = ng_lexicon_entity_count(lex);
  c.unit_at = malloc((seg->n_tokens + 1) * sizeof *c.unit_at);
  c.in_mention = calloc(seg->n_tokens + 1, sizeof *c.in_mention);
  c.mention_at = malloc((seg->n_tokens + 1) * sizeof *c.mention_at);
  c.memo = calloc(2 * seg->n_tokens + 2, sizeof *c.memo);
  if (!c.unit_at || !c.in_mention || !c.mention_at || !c.memo ||
      index_tokens(&c, ng_lexicon_cues_from, &c.cue_first, &c.cue_ids) != NG_OK ||
      index_tokens(&c, ng_lexicon_patterns_from, &c.pattern_first, &c.pattern_ids) !=
          NG_OK) {
    ctx_free(&c);
    return NG_ERR_NOMEM;
  }
  for (size_t i = 0; i <= seg->n_tokens; i++)
    c.unit_at[i] = c.mention_at[i] = NONE;
  for (size_t k = n_ms; k-- > 0;) {
    c.mention_at[ms[k].first] = k;
    for (size_t i = ms[k].first; i < ms[k].end; i++)
      c.in_mention[i] = 1;
  }
  if ((rc = adopt_local_persons(&c, ms, n_ms)) == NG_OK &&
      (rc = build_units(&c)) == NG_OK &&
      (rc = institution_mentions(&c)) == NG_OK &&
      (rc = town_mentions(&c)) == NG_OK) {
    group_units(&c);
    if ((rc = resolve_group_references(&c)) == NG_OK) {
      resolve_reported_countries(&c);
      rc = run_patterns(&c);
    }
  }
  ctx_free(&c);
  return rc;
}

void
ng_extraction_free(ng_extraction *x)
{
  if (!x)
    return;
  free(x->facts);
  free(x->titles);
  free(x->notes);
  for (size_t i = 0; x->owns_locals && i < x->n_locals; i++)
    ng_entity_free(x->locals[i]);
  free(x->locals);
  memset(x, 0, sizeof *x);
}
