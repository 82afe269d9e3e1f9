/* The aggregated diagram: the actors of every analysis added and the
 * stances and relations between them, one fact per kind of edge with a
 * count, and the fixed order they are drawn in.  Nothing here knows
 * Graphviz: dot_export.c draws what this keeps. */
#include "config.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diagram.h"
#include "util.h"

/* An open-addressing table from a key to an index into an array of the
 * diagram; the keys are borrowed from the items they index. */
typedef struct key_slot {
  const char *key;
  size_t index;
} key_slot;

typedef struct key_map {
  key_slot *slots;
  size_t cap; /* 0 or a power of two */
  size_t n;
} key_map;

struct ng_diagram {
  double min_confidence;
  ng_actor *actors;
  size_t n_actors, cap_actors;
  ng_fact *facts;
  size_t n_facts, cap_facts;
  key_map actor_index; /* by IRI */
  key_map fact_index;  /* by fact.key */
};

#define NOT_FOUND ((size_t)-1)

/* The slot holding key, or the empty slot where it would go. */
static key_slot *
map_slot(key_slot *slots, size_t cap, const char *key)
{
  size_t i = (size_t)ng_hash64(key, strlen(key)) & (cap - 1);

  while (slots[i].key && strcmp(slots[i].key, key) != 0)
    i = (i + 1) & (cap - 1);
  return &slots[i];
}

static size_t
map_find(const key_map *m, const char *key)
{
  key_slot *slot;

  if (!m->cap)
    return NOT_FOUND;
  slot = map_slot(m->slots, m->cap, key);
  return slot->key ? slot->index : NOT_FOUND;
}

/* Adds key (borrowed; not already present), keeping the table at most half
 * full.  On failure the table is unchanged. */
static ng_status
map_put(key_map *m, const char *key, size_t index)
{
  if ((m->n + 1) * 2 > m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 64;
    key_slot *slots = calloc(cap, sizeof *slots);

    if (!slots)
      return NG_ERR_NOMEM;
    for (size_t i = 0; i < m->cap; i++)
      if (m->slots[i].key)
        *map_slot(slots, cap, m->slots[i].key) = m->slots[i];
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
  }
  *map_slot(m->slots, m->cap, key) = (key_slot){key, index};
  m->n++;
  return NG_OK;
}

ng_status
ng_diagram_new(ng_diagram **out, const ng_output_options *opts)
{
  ng_diagram *d = calloc(1, sizeof *d);

  *out = NULL;
  if (!d)
    return NG_ERR_NOMEM;
  d->min_confidence = opts ? opts->min_confidence : 0.0;
  *out = d;
  return NG_OK;
}

void
ng_diagram_free(ng_diagram *d)
{
  if (!d)
    return;
  for (size_t i = 0; i < d->n_actors; i++) {
    free(d->actors[i].iri);
    free(d->actors[i].label_ar);
    free(d->actors[i].label_en);
  }
  for (size_t i = 0; i < d->n_facts; i++)
    free(d->facts[i].key);
  free(d->actors);
  free(d->facts);
  free(d->actor_index.slots);
  free(d->fact_index.slots);
  free(d);
}

/* ---- adding ------------------------------------------------------------- */

/* Gives an actor the labels a later entity with its IRI knows and it does
 * not (copies them). */
static ng_status
actor_fill_labels(ng_actor *a, const ng_entity *e)
{
  if (!a->label_ar && e->label_ar && !(a->label_ar = ng_strdup(e->label_ar)))
    return NG_ERR_NOMEM;
  if (!a->label_en && e->label_en && !(a->label_en = ng_strdup(e->label_en)))
    return NG_ERR_NOMEM;
  return NG_OK;
}

/* Finds the actor for e, copying e into a new one the first time; *out is
 * its index. */
static ng_status
diagram_actor(ng_diagram *d, const ng_entity *e, size_t *out)
{
  ng_actor a = {0};
  size_t i = map_find(&d->actor_index, e->iri);

  assert((size_t)e->type < NG_ENTITY_TYPE_COUNT);
  if (i != NOT_FOUND) {
    *out = i;
    return actor_fill_labels(&d->actors[i], e);
  }
  a.type = e->type;
  if (!(a.iri = ng_strdup(e->iri)) || actor_fill_labels(&a, e) != NG_OK ||
      ng_grow((void **)&d->actors, &d->cap_actors, d->n_actors,
              sizeof *d->actors) != NG_OK ||
      map_put(&d->actor_index, a.iri, d->n_actors) != NG_OK)
    goto nomem;
  d->actors[d->n_actors] = a;
  *out = d->n_actors++;
  return NG_OK;

nomem:
  free(a.iri);
  free(a.label_ar);
  free(a.label_en);
  return NG_ERR_NOMEM;
}

/* Counts one more occurrence of the fact proto describes (its type,
 * polarity and relation flag) between the actors of from and to. */
static ng_status
diagram_fact(ng_diagram *d, ng_fact proto, const ng_entity *from,
             const ng_entity *to, double confidence)
{
  char key[96];
  size_t i;

  if (diagram_actor(d, from, &proto.from) != NG_OK ||
      diagram_actor(d, to, &proto.to) != NG_OK)
    return NG_ERR_NOMEM;
  snprintf(key, sizeof key, "%c %zu %zu %d %d", proto.relation ? 'r' : 's',
           proto.from, proto.to, proto.type, (int)proto.pol);
  i = map_find(&d->fact_index, key);
  if (i != NOT_FOUND) {
    d->facts[i].count++;
    if (confidence > d->facts[i].confidence)
      d->facts[i].confidence = confidence;
    return NG_OK;
  }
  proto.count = 1;
  proto.confidence = confidence;
  proto.from_iri = d->actors[proto.from].iri;
  proto.to_iri = d->actors[proto.to].iri;
  if (!(proto.key = ng_strdup(key)) ||
      ng_grow((void **)&d->facts, &d->cap_facts, d->n_facts,
              sizeof *d->facts) != NG_OK ||
      map_put(&d->fact_index, proto.key, d->n_facts) != NG_OK) {
    free(proto.key);
    return NG_ERR_NOMEM;
  }
  d->facts[d->n_facts++] = proto;
  d->actors[proto.from].degree++;
  d->actors[proto.to].degree++;
  return NG_OK;
}

/* A stance without both ends cannot be drawn and is left out, as is one
 * below the confidence threshold. */
static ng_status
diagram_add_stance(ng_diagram *d, const ng_stance *s)
{
  ng_fact f = {0};

  if (!s->holder || !s->target || s->confidence < d->min_confidence)
    return NG_OK;
  assert((size_t)s->type < NG_STANCE_TYPE_COUNT);
  f.type = (int)s->type;
  f.pol = s->negated  ? NG_POL_NEGATED
          : s->hedged ? NG_POL_HEDGED
                      : NG_POL_ASSERTED;
  return diagram_fact(d, f, s->holder, s->target, s->confidence);
}

static ng_status
diagram_add_relation(ng_diagram *d, const ng_relation *r)
{
  ng_fact f = {0};

  if (!r->subject || !r->object || r->confidence < d->min_confidence)
    return NG_OK;
  assert((size_t)r->type < NG_RELATION_TYPE_COUNT);
  f.relation = true;
  f.type = (int)r->type;
  return diagram_fact(d, f, r->subject, r->object, r->confidence);
}

/* Copies the stances and relations of a (and the actors they join) into d;
 * a is not kept.  Mentions alone add nothing: an actor nobody acts on is
 * noise in a diagram. */
ng_status
ng_diagram_add(ng_diagram *d, const ng_analysis *a)
{
  ng_status status = NG_OK;

  for (size_t i = 0; i < a->n_stances && status == NG_OK; i++)
    status = diagram_add_stance(d, &a->stances[i]);
  for (size_t i = 0; i < a->n_relations && status == NG_OK; i++)
    status = diagram_add_relation(d, &a->relations[i]);
  return status;
}

/* ---- deterministic order ------------------------------------------------ */

static int
actor_cmp(const void *x, const void *y)
{
  const ng_actor *a = *(const ng_actor *const *)x;
  const ng_actor *b = *(const ng_actor *const *)y;

  return strcmp(a->iri, b->iri);
}

static int
fact_cmp(const void *x, const void *y)
{
  const ng_fact *a = *(const ng_fact *const *)x;
  const ng_fact *b = *(const ng_fact *const *)y;
  int c = strcmp(a->from_iri, b->from_iri);

  if (!c)
    c = strcmp(a->to_iri, b->to_iri);
  if (!c)
    c = (int)a->relation - (int)b->relation;
  if (!c)
    c = a->type - b->type;
  if (!c)
    c = (int)a->pol - (int)b->pol;
  return c;
}

/* The drawn actors: those some fact uses, by IRI. */
ng_status
ng_diagram_list_actors(const ng_diagram *d, const ng_actor ***out,
                       size_t *n_out)
{
  const ng_actor **list = malloc((d->n_actors + 1) * sizeof *list);
  size_t n = 0;

  if (!list)
    return NG_ERR_NOMEM;
  for (size_t i = 0; i < d->n_actors; i++)
    if (d->actors[i].degree)
      list[n++] = &d->actors[i];
  if (n)
    qsort(list, n, sizeof *list, actor_cmp);
  *out = list;
  *n_out = n;
  return NG_OK;
}

/* Every fact, by the IRIs of its ends, then kind, type and polarity. */
ng_status
ng_diagram_list_facts(const ng_diagram *d, const ng_fact ***out, size_t *n_out)
{
  const ng_fact **list = malloc((d->n_facts + 1) * sizeof *list);

  if (!list)
    return NG_ERR_NOMEM;
  for (size_t i = 0; i < d->n_facts; i++)
    list[i] = &d->facts[i];
  if (d->n_facts)
    qsort(list, d->n_facts, sizeof *list, fact_cmp);
  *out = list;
  *n_out = d->n_facts;
  return NG_OK;
}
