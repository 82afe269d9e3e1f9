/* Extraction, relations: the relation frames (led by, copula,
 * reciprocal, possessor, place of) and places named with their country's
 * adjective. */
#include "config.h"

#include "extract_internal.h"

/* ---- relations ---------------------------------------------------------- */

static int
type_ok(const ctx *c, int want, size_t e)
{
  return want < 0 || (e != NONE && (int)type_of(c, e) == want);
}

/* The unit that ends right before token a, past a relative pronoun and
 * a comma before it (قوات الدعم السريع، بقيادة …; البعثة التي تقودها
 * كينيا; الكومنولث، التي انضمت إليها); NONE when none does. */
static size_t
unit_ending_before(const ctx *c, size_t a)
{
  size_t first = sentence_first(c, a);

  if (a > first && (is_word(c, a - 1, "التي") || is_word(c, a - 1, "الذي")))
    a--;
  if (a > first && is_boundary(c, a - 1))
    a--;
  return a > first ? c->unit_at[a - 1] : NONE;
}

/* ORG بقيادة X → X leads ORG. */
static ng_status
led_by(ctx *c, const hit *h)
{
  size_t before = unit_ending_before(c, h->a);
  size_t after = h->b < sentence_end(c, h->a) ? c->unit_at[h->b] : NONE;

  if (before == NONE || after == NONE ||
      !type_ok(c, h->p->object_type, c->units[before].entity) ||
      !type_ok(c, h->p->subject_type, c->units[after].entity))
    return NG_OK;
  /* a person at the head of an organization leads it as its leader */
  return add_relation(c,
                      type_of(c, c->units[after].entity) == NG_PERSON &&
                              h->p->type == NG_LEADS
                          ? NG_LEADER_OF
                          : h->p->type,
                      c->units[after].entity, c->units[before].entity, h->a,
                      h->b, h->p->confidence, h->p->iri);
}

static ng_status possessor(ctx *c, const hit *h);

/* X (هي) الشريك … لـ Y, X حليفًا لها, X أكبر مدن Y. */

static ng_status
copula(ctx *c, const hit *h)
{
  size_t x = subject_before(c, h->a, 3), y;
  size_t next = h->b < sentence_end(c, h->a) ? c->unit_at[h->b] : NONE;
  target t;

  if ((h->last_flags & NG_CL_SUFFIX) && next != NONE &&
      c->units[next].person != NONE)
    return possessor(c, h);
  if ((h->flags & NG_CL_ART) && !(h->flags & NG_CL_PREP) && h->a > 0 &&
      c->unit_at[h->a - 1] != NONE && is_actor_unit(c, c->unit_at[h->a - 1]))
    x = c->unit_at[h->a - 1]; /* لأرمينيا العضو في: the noun it describes */
  if (x == NONE) {
    size_t first = sentence_first(c, h->a);
    for (size_t u = c->n_units; u-- > 0;)
      if (c->units[u].end <= h->a && c->units[u].first >= first &&
          h->a - c->units[u].end <= 3) {
        x = u;
        break;
      }
  }
  if (x == NONE || !type_ok(c, h->p->subject_type, c->units[x].entity))
    return NG_OK;
  t = find_target(c, h, h->b, x);
  y = t.group != NONE ? c->units[t.group].entity : t.entity;
  if ((t.entity != NONE && tied_to(c, c->units[x].entity, t.entity)) ||
      (y == NONE && (h->last_flags & NG_CL_SUFFIX) && /* تعدّ روسيا شريكها */
       c->units[x].end == h->a && next == NONE))
    y = backref(c, h->a, c->units[x].entity, c->units[x].actor, REF_SALIENT);
  if (y == NONE || !type_ok(c, h->p->object_type, y))
    return NG_OK;
  return add_relation(c, h->p->type, c->units[x].entity, y, h->a, h->b,
                      h->p->confidence, h->p->iri);
}

/* X و Y … شريكتان: the relation between every pair of the group. */
static ng_status
reciprocal(ctx *c, const hit *h)
{
  size_t last = subject_before(c, h->a, 6), end;

  if (last == NONE)
    return NG_OK;
  end = group_end(c, last);
  for (size_t u = last; u < end; u++)
    for (size_t v = u + 1; v < end; v++)
      if (add_relation(c, h->p->type, c->units[u].entity, c->units[v].entity,
                       h->a, h->b, h->p->confidence, h->p->iri) != NG_OK)
        return NG_ERR_NOMEM;
  return NG_OK;
}

/* حليفها الرئيس فلان → فلان rel (what ها refers to). */
static ng_status
possessor(ctx *c, const hit *h)
{
  size_t u = h->b < sentence_end(c, h->a) ? c->unit_at[h->b] : NONE;
  size_t p, owner;

  if (!(h->last_flags & NG_CL_SUFFIX) || u == NONE ||
      (p = c->units[u].person) == NONE)
    return NG_OK;
  owner = backref(c, h->a, p, NONE, REF_SALIENT);
  return add_relation(c, h->p->type, p, owner, h->a, c->units[u].end,
                      h->p->confidence - 0.1, h->p->iri);
}

/* Is unit u a place, or a country (by name or adjective)? */
static int
unit_type(const ctx *c, size_t u, ng_entity_type t)
{
  return u != NONE && type_of(c, c->units[u].entity) == t;
}

/* مدينة جدة السعودية، العاصمة النيجيرية أبوجا: the place and its country
 * right after a place noun. */
static ng_status
place_of(ctx *c, const hit *h)
{
  size_t end = sentence_end(c, h->a);
  size_t u1 = h->b < end ? c->unit_at[h->b] : NONE, u2;

  if (u1 == NONE || c->units[u1].first != h->b || c->units[u1].end >= end)
    return NG_OK;
  u2 = c->unit_at[c->units[u1].end];
  if (u2 == NONE || c->units[u2].mark != NG_MARK_OBJ)
    return NG_OK;
  if (unit_type(c, u1, NG_PLACE) && unit_type(c, u2, NG_COUNTRY))
    return add_relation(c, NG_LOCATED_IN, c->units[u1].entity,
                        c->units[u2].entity, h->a, c->units[u2].end,
                        h->p->confidence, h->p->iri);
  if (unit_type(c, u1, NG_COUNTRY) && unit_type(c, u2, NG_PLACE))
    return add_relation(c, NG_LOCATED_IN, c->units[u2].entity,
                        c->units[u1].entity, h->a, c->units[u2].end,
                        h->p->confidence, h->p->iri);
  return NG_OK;
}

ng_status
fire(ctx *c, const hit *h)
{
  switch (h->p->frame) {
  case NG_FRAME_VERB:
  case NG_FRAME_PARTICIPLE:
  case NG_FRAME_NOUN:
    return stance_hit(c, h);
  case NG_FRAME_LED_BY:
    return led_by(c, h);
  case NG_FRAME_COPULA:
    return copula(c, h);
  case NG_FRAME_RECIPROCAL:
    return reciprocal(c, h);
  case NG_FRAME_POSSESSOR:
    return possessor(c, h);
  case NG_FRAME_PLACE:
    return place_of(c, h);
  default:
    return NG_OK;
  }
}

/* قاعدة العديد القطرية: a place named with its country's adjective right
 * after it; the relation takes the id of the place-noun rule. */
ng_status
places_with_adjectives(ctx *c)
{
  const ng_pattern *rule = NULL;

  for (size_t k = 0; !rule && k < ng_lexicon_pattern_count(c->lex); k++)
    if (ng_lexicon_pattern(c->lex, k)->frame == NG_FRAME_PLACE)
      rule = ng_lexicon_pattern(c->lex, k);
  for (size_t u = 0; rule && u + 1 < c->n_units; u++) {
    const unit *p = &c->units[u], *d = &c->units[u + 1];
    const ng_tmention *m = mention_at(c, d->first);
    if (p->end == d->first && unit_type(c, u, NG_PLACE) &&
        unit_type(c, u + 1, NG_COUNTRY) && m && m->kind == NG_MENTION_DEMONYM &&
        add_relation(c, NG_LOCATED_IN, p->entity, d->entity, p->first, d->end,
                     rule->confidence, rule->iri) != NG_OK)
      return NG_ERR_NOMEM;
  }
  return NG_OK;
}
