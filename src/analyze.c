/* The pipeline over one document: normalize → segment → match → extract,
 * then the public view of what was found (spans in original code points). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "extract.h"
#include "lexicon.h"
#include "match.h"
#include "normalize.h"
#include "segment.h"
#include "util.h"

/* The stages' working state for one document. */
typedef struct run {
  ng_text text;
  ng_segments seg;
  ng_tmention *ms;
  size_t n_ms;
  ng_tmention *inner; /* states named inside places: output only */
  size_t n_inner;
  ng_extraction x;
} run;

/* The original span of folded text [fb, fe), with the marks that folding
 * dropped after its last letter. */
static ng_span
orig_span(const ng_text *t, size_t fb, size_t fe)
{
  ng_span s;
  uint32_t out[NG_FOLD_MAX];

  s.begin = t->map[fb];
  s.end = fe > fb ? t->map[fe - 1] + 1 : s.begin;
  while (s.end < t->n_orig && ng_fold_cp(t->orig[s.end], out) == 0 &&
         t->orig[s.end] != 0x200F && t->orig[s.end] != 0x200E)
    s.end++;
  return s;
}

/* Adds e to a->entities unless it is there. */
static ng_status
note_entity(ng_analysis *a, size_t *cap, const ng_entity *e)
{
  for (size_t i = 0; i < a->n_entities; i++)
    if (a->entities[i] == e)
      return NG_OK;
  return NG_PUSH(a->entities, a->n_entities, *cap, (ng_entity *)e);
}

static int
compare_mentions(const void *x, const void *y)
{
  const ng_mention *a = x, *b = y;
  if (a->span.begin != b->span.begin)
    return a->span.begin < b->span.begin ? -1 : 1;
  return a->span.end < b->span.end ? 1 : a->span.end > b->span.end ? -1 : 0;
}

static ng_status
build_sentences(ng_analysis *a, const run *r)
{
  a->n_sentences = r->seg.n_sentences;
  a->sentences = calloc(a->n_sentences + 1, sizeof *a->sentences);
  if (!a->sentences)
    return NG_ERR_NOMEM;
  for (size_t i = 0; i < a->n_sentences; i++)
    a->sentences[i].span = orig_span(&r->text, r->seg.sentences[i].fbegin,
                                     r->seg.sentences[i].fend);
  return NG_OK;
}

/* The i-th of the matched, the inner-state and the title mentions. */
static const ng_tmention *
run_mention(const run *r, size_t i)
{
  if (i < r->n_ms)
    return &r->ms[i];
  i -= r->n_ms;
  return i < r->n_inner ? &r->inner[i] : &r->x.titles[i - r->n_inner];
}

/* Public mentions from the matched, the inner-state and the title
 * mentions, in text order. */
static ng_status
build_mentions(ng_analysis *a, const run *r, const ng_lexicon *lex,
               size_t *cap_entities)
{
  size_t n = r->n_ms + r->n_inner + r->x.n_titles;

  a->mentions = calloc(n + 1, sizeof *a->mentions);
  if (!a->mentions)
    return NG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++) {
    const ng_tmention *m = run_mention(r, i);
    ng_mention *out = &a->mentions[a->n_mentions++];
    out->entity = ng_extraction_entity(&r->x, lex, m->entity);
    out->kind = m->kind;
    out->span = orig_span(&r->text, m->fbegin, m->fend);
    out->sentence = r->seg.tokens[m->first].sentence;
    if (note_entity(a, cap_entities, out->entity) != NG_OK)
      return NG_ERR_NOMEM;
  }
  qsort(a->mentions, a->n_mentions, sizeof *a->mentions, compare_mentions);
  return NG_OK;
}

/* Public stances and relations from the extracted facts. */
static ng_status
build_facts(ng_analysis *a, const run *r, const ng_lexicon *lex,
            size_t *cap_entities)
{
  a->stances = calloc(r->x.n_facts + 1, sizeof *a->stances);
  a->relations = calloc(r->x.n_facts + 1, sizeof *a->relations);
  if (!a->stances || !a->relations)
    return NG_ERR_NOMEM;
  for (size_t i = 0; i < r->x.n_facts; i++) {
    const ng_tfact *f = &r->x.facts[i];
    const ng_entity *h = ng_extraction_entity(&r->x, lex, f->holder);
    const ng_entity *t = ng_extraction_entity(&r->x, lex, f->target);
    ng_span trig = orig_span(&r->text, r->seg.tokens[f->tfirst].fbegin,
                             r->seg.tokens[f->tend - 1].fend);
    if (note_entity(a, cap_entities, h) != NG_OK ||
        note_entity(a, cap_entities, t) != NG_OK)
      return NG_ERR_NOMEM;
    if (f->is_relation) {
      ng_relation *rel = &a->relations[a->n_relations++];
      *rel = (ng_relation){h, (ng_relation_type)f->type, t, f->confidence,
                           f->sentence, trig, f->rule};
    } else {
      ng_stance *st = &a->stances[a->n_stances++];
      *st = (ng_stance){h, NULL, t, (ng_stance_type)f->type, f->negated != 0,
                        f->hedged != 0, f->confidence, f->sentence, trig,
                        f->rule};
      if (f->speaker != SIZE_MAX && f->speaker != f->holder) {
        st->speaker = ng_extraction_entity(&r->x, lex, f->speaker);
        if (note_entity(a, cap_entities, st->speaker) != NG_OK)
          return NG_ERR_NOMEM;
      }
    }
  }
  return NG_OK;
}

/* The analysis takes over the persons found from context (the extraction
 * keeps pointing at them until it is freed, which no longer frees them). */
static ng_status
adopt_locals(ng_analysis *a, ng_extraction *x)
{
  ng_analysis_priv *priv = a->priv;

  priv->owned = malloc((x->n_locals + 1) * sizeof *priv->owned);
  if (!priv->owned)
    return NG_ERR_NOMEM;
  if (x->n_locals) /* locals is NULL when there are none */
    memcpy(priv->owned, x->locals, x->n_locals * sizeof *x->locals);
  priv->n_owned = priv->cap_owned = x->n_locals;
  x->owns_locals = 0;
  return NG_OK;
}

static void
run_free(run *r)
{
  ng_text_free(&r->text);
  ng_segments_free(&r->seg);
  free(r->ms);
  free(r->inner);
  ng_extraction_free(&r->x);
}

ng_status
ng_analyze(ng_analysis **out, const ng_lexicon *lex, const ng_doc *doc,
           ng_error *err)
{
  return ng_analyze_with(out, lex, doc, NULL, err);
}

/* Keeps the explanation of what the extraction found and missed. */
static ng_status
build_explanation(ng_analysis *a, const run *r, const ng_lexicon *lex)
{
  ng_buf b = {0};
  ng_analysis_priv *priv = a->priv;

  if (!r->x.explain)
    return NG_OK;
  if (ng_explain(&b, &r->x, lex, &r->seg, &r->text, r->ms, r->n_ms) != NG_OK) {
    ng_buf_free(&b);
    return NG_ERR_NOMEM;
  }
  priv->explanation = ng_buf_take(&b);
  return priv->explanation ? NG_OK : NG_ERR_NOMEM;
}

ng_status
ng_analyze_with(ng_analysis **out, const ng_lexicon *lex, const ng_doc *doc,
                const ng_analyze_options *opts, ng_error *err)
{
  run r;
  ng_analysis *a = calloc(1, sizeof *a);
  size_t cap_entities = 0;
  ng_status rc;

  memset(&r, 0, sizeof r);
  *out = NULL;
  if (!a || !(a->priv = calloc(1, sizeof(ng_analysis_priv)))) {
    free(a);
    return ng_error_set(err, NG_ERR_NOMEM, doc->path, 0, 0, "out of memory");
  }
  a->doc = doc;
  r.x.explain = opts && opts->explain;
  if ((rc = ng_text_normalize(&r.text, doc->text, doc->len)) != NG_OK ||
      (rc = ng_segment(&r.seg, &r.text)) != NG_OK ||
      (rc = ng_match(&r.ms, &r.n_ms, lex, &r.seg)) != NG_OK ||
      (rc = ng_match_inner_states(&r.inner, &r.n_inner, lex, &r.seg, r.ms,
                                  r.n_ms)) != NG_OK ||
      (rc = ng_extract(&r.x, lex, &r.text, &r.seg, r.ms, r.n_ms)) != NG_OK ||
      (rc = adopt_locals(a, &r.x)) != NG_OK ||
      (rc = build_sentences(a, &r)) != NG_OK ||
      (rc = build_mentions(a, &r, lex, &cap_entities)) != NG_OK ||
      (rc = build_facts(a, &r, lex, &cap_entities)) != NG_OK ||
      (rc = build_explanation(a, &r, lex)) != NG_OK) {
    run_free(&r);
    ng_analysis_free(a);
    return ng_error_set(err, rc, doc->path, 0, 0, "%s", ng_strerror(rc));
  }
  run_free(&r);
  *out = a;
  return NG_OK;
}
