/* Explanations: for each extracted fact the sentence, the trigger, the rule
 * and why its holder and target were chosen; for sentences with actors but
 * no fact, the rules that came close.  Built from extract.c's notes. */
#include "config.h"

#include <string.h>

#include "extract.h"
#include "normalize.h"
#include "util.h"

/* Appends the original text of tokens [first, end). */
static ng_status
put_tokens(ng_buf *out, const ng_segments *seg, const ng_text *t,
           size_t first, size_t end)
{
  size_t b, e;

  if (end <= first || first >= seg->n_tokens)
    return ng_buf_puts(out, "?");
  if (end > seg->n_tokens)
    end = seg->n_tokens;
  b = t->map[seg->tokens[first].fbegin];
  e = t->map[seg->tokens[end - 1].fend - 1] + 1;
  for (size_t i = b; i < e; i++)
    if (ng_buf_put_cp(out, t->orig[i] == '\n' ? ' ' : t->orig[i]) != NG_OK)
      return NG_ERR_NOMEM;
  return NG_OK;
}

/* The last path segment of a rule IRI: its id. */
static const char *
rule_id(const ng_pattern *p)
{
  const char *slash = strrchr(p->iri, '/'), *hash = strrchr(p->iri, '#');
  const char *cut = hash && hash > slash ? hash : slash;
  return cut ? cut + 1 : p->iri;
}

static ng_status
put_note(ng_buf *out, const ng_note *n, const ng_segments *seg,
         const ng_text *t)
{
  ng_status rc = NG_OK;

  if (n->outcome) {
    rc |= ng_buf_printf(out, "  close: rule %s at «", rule_id(n->pattern));
    rc |= put_tokens(out, seg, t, n->tfirst, n->tend);
    rc |= ng_buf_printf(out, "»: %s\n", n->outcome);
    return rc ? NG_ERR_NOMEM : NG_OK;
  }
  rc |= ng_buf_printf(out, "  fact: %s%s%s by rule %s, trigger «",
                      n->pattern->is_relation
                          ? ng_relation_type_name((ng_relation_type)n->type)
                          : ng_stance_type_name((ng_stance_type)n->type),
                      n->negated ? " (negated)" : "", n->hedged ? " (hedged)" : "",
                      rule_id(n->pattern));
  rc |= put_tokens(out, seg, t, n->tfirst, n->tend);
  rc |= ng_buf_puts(out, "»\n    holder «");
  rc |= put_tokens(out, seg, t, n->hfirst, n->hend);
  rc |= ng_buf_printf(out, "»: %s\n    target «", n->holder_how ? n->holder_how : "?");
  rc |= put_tokens(out, seg, t, n->gfirst, n->gend);
  rc |= ng_buf_printf(out, "»: %s\n", n->target_how ? n->target_how : "?");
  return rc ? NG_ERR_NOMEM : NG_OK;
}

/* Counts the distinct entities mentioned in sentence s. */
static size_t
actors_in(const ng_segments *seg, const ng_tmention *ms, size_t n_ms, size_t s)
{
  size_t count = 0;

  for (size_t i = 0; i < n_ms; i++) {
    int seen = 0;
    if (seg->tokens[ms[i].first].sentence != s)
      continue;
    for (size_t k = 0; k < i && !seen; k++)
      seen = seg->tokens[ms[k].first].sentence == s && ms[k].entity == ms[i].entity;
    count += !seen;
  }
  return count;
}

ng_status
ng_explain(ng_buf *out, const ng_extraction *x, const ng_lexicon *lex,
           const ng_segments *seg, const ng_text *t, const ng_tmention *ms,
           size_t n_ms)
{
  (void)lex;
  for (size_t s = 0; s < seg->n_sentences; s++) {
    const struct ng_seg_sentence *sen = &seg->sentences[s];
    size_t notes = 0, facts = 0, actors = actors_in(seg, ms, n_ms, s);
    for (size_t i = 0; i < x->n_notes; i++)
      if (x->notes[i].sentence == s) {
        notes++;
        facts += x->notes[i].outcome == NULL;
      }
    if (!notes && actors < 2)
      continue;
    if (ng_buf_printf(out, "sentence %zu [%zu-%zu]: ", s + 1,
                      t->map[sen->fbegin], t->map[sen->fend - 1] + 1) ||
        put_tokens(out, seg, t, sen->first, sen->end) || ng_buf_puts(out, "\n"))
      return NG_ERR_NOMEM;
    for (size_t i = 0; i < x->n_notes; i++)
      if (x->notes[i].sentence == s && put_note(out, &x->notes[i], seg, t))
        return NG_ERR_NOMEM;
    if (!notes && ng_buf_printf(out, "  no fact: %zu actors, but no trigger of "
                                     "any rule in the sentence\n", actors))
      return NG_ERR_NOMEM;
  }
  return NG_OK;
}
