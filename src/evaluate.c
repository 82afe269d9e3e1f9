/* The scorer: an analysis against a gold file, with the rules of the
 * project's scorer (shared/eval/score.py), so that `newsgraph eval` and the
 * scorer run on the Turtle output give the same figures.  The scorer reads
 * RDF; this side reads the analysis and derives what the RDF writer would
 * write: the same entities, in the order the Turtle serializer sorts
 * them, since the scorer takes the first label it knows and, for one
 * stance found twice, the first reading unless a later one is plain. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tools.h"
#include "util.h"

/* How far the RDF writer follows roll-ups when it describes an entity. */
#define ROLLUP_MAX 16

static const char *
fact(const ng_eval_gold *g, size_t i, ng_gold_field field)
{
  return ng_eval_gold_field(g, i, field);
}

/* ---- facts keyed by three names ----------------------------------------- */

/* A key "a\x1fb\x1fc" with a value and the fact it came from. */
typedef struct kv {
  char *key;
  int val;
  size_t src;
} kv;

typedef struct keyed {
  kv *items; /* in the order keys were first set */
  size_t n, cap;
  ng_map index;
} keyed;

static kv *
keyed_find(const keyed *k, const char *key)
{
  size_t i;

  return ng_map_get(&k->index, key, &i) ? &k->items[i] : NULL;
}

/* Sets key (taken: freed here when already there) to val from src; an
 * existing value changes only with replace. */
static ng_status
keyed_set(keyed *k, char *key, int val, size_t src, int replace)
{
  kv *old = keyed_find(k, key), item = {key, val, src};

  if (old) {
    if (replace)
      old->val = val, old->src = src;
    free(key);
    return NG_OK;
  }
  if (NG_PUSH(k->items, k->n, k->cap, item) != NG_OK) {
    free(key);
    return NG_ERR_NOMEM;
  }
  return ng_map_put(&k->index, key, k->n - 1);
}

static void
keyed_free(keyed *k)
{
  for (size_t i = 0; i < k->n; i++)
    free(k->items[i].key);
  free(k->items);
  ng_map_free(&k->index);
}

/* Joins three names into a key (NULL on OOM). */
static char *
key3(const char *a, const char *b, const char *c)
{
  ng_buf buf = {0};

  if (ng_buf_printf(&buf, "%s\x1f%s\x1f%s", a, b, c) != NG_OK) {
    ng_buf_free(&buf);
    return NULL;
  }
  return ng_buf_take(&buf);
}

/* Writes key as (a, b, c). */
static void
print_key(FILE *fp, const char *key)
{
  fputc('(', fp);
  for (const char *p = key; *p; p++)
    if (*p == '\x1f')
      fputs(", ", fp);
    else
      fputc(*p, fp);
  fputc(')', fp);
}

/* ---- scoring an analysis ------------------------------------------------ */

enum { FLAG_POS, FLAG_HEDGED, FLAG_NEG };
static const char *const flag_names[] = {"pos", "hedged", "neg"};

/* An entity as the RDF writer describes it, and its gold name. */
typedef struct out_entity {
  const ng_entity *e;
  const char *name; /* NULL: no gold name */
} out_entity;

typedef struct scorer {
  const ng_eval_gold *gold;
  const ng_eval_names *names;
  const ng_analysis *a;
  double min_confidence;
  FILE *log;
  out_entity *ents; /* IRIs unique, in the order the writer meets them */
  size_t n_ents, cap_ents;
  ng_map ent_index; /* IRI → ents */
  ng_map types;     /* gold name → bit set of ng_entity_type */
  keyed out_st, gold_st, out_rel, gold_rel;
  ng_eval_score score;
} scorer;

static int
kept(const scorer *sc, double confidence)
{
  return !(confidence < sc->min_confidence);
}

static int
compare_strings(const void *x, const void *y)
{
  return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* The first of list[0..n) (sorted here) the alias table knows. */
static ng_status
first_known(const ng_eval_names *names, const char **list, size_t n,
            const char **out)
{
  ng_status rc = NG_OK;

  if (n)
    if (n)
      qsort(list, n, sizeof *list, compare_strings);
  for (size_t i = 0; rc == NG_OK && !*out && i < n; i++)
    rc = ng_eval_names_match(names, list[i], out);
  return rc;
}

/* The gold name of e: the first known of its rdfs:labels, then of its
 * skos:altLabels, each sorted as the Turtle writer sorts them. */
static ng_status
entity_name(const ng_eval_names *names, const ng_entity *e, const char **out)
{
  const char *labels[2], **alts;
  size_t n = 0, k = 0;
  ng_status rc;

  *out = NULL;
  if (e->label_ar)
    labels[n++] = e->label_ar;
  if (e->label_en)
    labels[n++] = e->label_en;
  if ((rc = first_known(names, labels, n, out)) != NG_OK || *out)
    return rc;
  for (n = 0; e->alt_ar && e->alt_ar[n]; n++)
    ;
  for (; e->alt_en && e->alt_en[k]; k++)
    ;
  if (!(alts = malloc((n + k + 1) * sizeof *alts)))
    return NG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++)
    alts[i] = e->alt_ar[i];
  for (size_t i = 0; i < k; i++)
    alts[n + i] = e->alt_en[i];
  rc = first_known(names, alts, n + k, out);
  free(alts);
  return rc;
}

/* Adds e and the actors it rolls up to, as the writer describes them: a
 * chain stops at an entity already described. */
static ng_status
describe(scorer *sc, const ng_entity *e)
{
  for (int hops = 0; e && hops < ROLLUP_MAX; hops++, e = e->rollup) {
    out_entity o = {e, NULL};
    size_t i, bits = 0;
    if (ng_map_get(&sc->ent_index, e->iri, &i))
      return NG_OK;
    if (entity_name(sc->names, e, &o.name) != NG_OK ||
        NG_PUSH(sc->ents, sc->n_ents, sc->cap_ents, o) != NG_OK ||
        ng_map_put(&sc->ent_index, e->iri, sc->n_ents - 1) != NG_OK)
      return NG_ERR_NOMEM;
    if (!o.name)
      continue;
    ng_map_get(&sc->types, o.name, &bits);
    if (ng_map_put(&sc->types, o.name, bits | (1u << e->type)) != NG_OK)
      return NG_ERR_NOMEM;
  }
  return NG_OK;
}

/* Every entity the writer describes: those mentioned, then those the kept
 * stances and relations name. */
static ng_status
collect_entities(scorer *sc)
{
  const ng_analysis *a = sc->a;
  ng_status rc = NG_OK;

  for (size_t i = 0; rc == NG_OK && i < a->n_entities; i++)
    rc = describe(sc, a->entities[i]);
  for (size_t i = 0; rc == NG_OK && i < a->n_stances; i++) {
    const ng_stance *s = &a->stances[i];
    if (!kept(sc, s->confidence))
      continue;
    if ((rc = describe(sc, s->holder)) == NG_OK &&
        (rc = describe(sc, s->target)) == NG_OK)
      rc = describe(sc, s->speaker);
  }
  for (size_t i = 0; rc == NG_OK && i < a->n_relations; i++) {
    const ng_relation *r = &a->relations[i];
    if (kept(sc, r->confidence) && (rc = describe(sc, r->subject)) == NG_OK)
      rc = describe(sc, r->object);
  }
  return rc;
}

/* The gold name of a described entity, or NULL. */
static const char *
name_of(const scorer *sc, const ng_entity *e)
{
  size_t i;

  return ng_map_get(&sc->ent_index, e->iri, &i) ? sc->ents[i].name : NULL;
}

/* What the scorer calls an entity in a key: its gold name (rolled up to
 * its actor with up), or "?<iri>" when it has none.  Caller frees. */
static char *
key_name(const scorer *sc, const ng_entity *e, int up)
{
  const char *name = name_of(sc, e);
  ng_buf b = {0};

  if (name)
    return ng_strdup(up ? ng_eval_names_actor(sc->names, name) : name);
  if (ng_buf_printf(&b, "?<%s>", e->iri) != NG_OK) {
    ng_buf_free(&b);
    return NULL;
  }
  return ng_buf_take(&b);
}

/* Writes sentence i of the analysis on one line after label. */
static void
log_sentence(const scorer *sc, const char *label, size_t i)
{
  char *text = i < sc->a->n_sentences
                   ? ng_analysis_text(sc->a, sc->a->sentences[i].span)
                   : NULL;

  if (!text)
    return;
  for (char *p = text; *p; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
  fprintf(sc->log, "      %s: %s\n", label, text);
  free(text);
}

/* Writes the evidence column of gold fact i, when there is one. */
static void
log_gold(const scorer *sc, size_t i)
{
  const char *ev = fact(sc->gold, i, NG_GOLD_EVIDENCE);

  if (*ev)
    fprintf(sc->log, "      gold: %s\n", ev);
}

/* One miss or false positive: what, the key, and more after it. */
static void
log_fact(const scorer *sc, const char *what, const char *key,
         const char *after)
{
  fprintf(sc->log, "  %s ", what);
  print_key(sc->log, key);
  fprintf(sc->log, "%s\n", after);
}

/* ---- entities ---- */

static int
gold_is(const scorer *sc, size_t i, const char *kind)
{
  return strcmp(fact(sc->gold, i, NG_GOLD_KIND), kind) == 0;
}

/* The bit of a gold type name (exact, as the scorer compares), or 0. */
static size_t
type_bit(const char *name)
{
  for (int t = 0; t < NG_ENTITY_TYPE_COUNT; t++)
    if (strcmp(name, ng_entity_type_name((ng_entity_type)t)) == 0)
      return (size_t)1 << t;
  return 0;
}

/* Writes the types in bits after "typed". */
static void
log_types(const scorer *sc, size_t bits)
{
  static const ng_entity_type sorted[] = {NG_COUNTRY, NG_ORGANIZATION,
                                          NG_PERSON, NG_PLACE};

  fputs(" typed", sc->log);
  for (size_t k = 0; k < sizeof sorted / sizeof *sorted; k++)
    if (bits & ((size_t)1 << sorted[k]))
      fprintf(sc->log, " %s", ng_entity_type_name(sorted[k]));
}

/* Gold entities marked + found with their type. */
static void
score_entities(scorer *sc)
{
  for (size_t i = 0; i < ng_eval_gold_count(sc->gold); i++) {
    const char *name = fact(sc->gold, i, NG_GOLD_A),
               *type = fact(sc->gold, i, NG_GOLD_B);
    size_t bits = 0;
    int known;
    if (!gold_is(sc, i, "entity") ||
        strcmp(fact(sc->gold, i, NG_GOLD_STATUS), "+"))
      continue;
    known = ng_map_get(&sc->types, name, &bits);
    if (bits & type_bit(type)) {
      sc->score.entity_found++;
      continue;
    }
    sc->score.entity_missed++;
    if (!sc->log)
      continue;
    fprintf(sc->log, "  missed entity %s (%s)", name, type);
    if (known)
      log_types(sc, bits);
    fputc('\n', sc->log);
    log_gold(sc, i);
  }
}

/* What the scorer shows of an entity without a gold name: its first two
 * rdfs:labels as written (sorted), or its IRI.  Caller frees. */
static char *
unmatched_name(const ng_entity *e)
{
  const char *labels[2] = {e->label_ar, e->label_en};
  ng_buf b = {0};
  ng_status rc;

  if (labels[0] && labels[1] && strcmp(labels[0], labels[1]) > 0)
    labels[0] = e->label_en, labels[1] = e->label_ar;
  if (labels[0] && labels[1])
    rc = ng_buf_printf(&b, "%s/%s", labels[0], labels[1]);
  else if (labels[0] || labels[1])
    rc = ng_buf_puts(&b, labels[0] ? labels[0] : labels[1]);
  else
    rc = ng_buf_printf(&b, "<%s>", e->iri);
  if (rc != NG_OK) {
    ng_buf_free(&b);
    return NULL;
  }
  return ng_buf_take(&b);
}

/* Lists (sorted, each once, at most 30) the described entities no gold
 * name matched. */
static ng_status
log_unmatched(const scorer *sc)
{
  char **list = calloc(sc->n_ents + 1, sizeof *list);
  size_t n = 0, shown = 0;
  ng_status rc = list ? NG_OK : NG_ERR_NOMEM;

  for (size_t i = 0; rc == NG_OK && i < sc->n_ents; i++)
    if (!sc->ents[i].name && !(list[n++] = unmatched_name(sc->ents[i].e)))
      rc = NG_ERR_NOMEM;
  if (rc == NG_OK && n) {
    qsort(list, n, sizeof *list, compare_strings);
    fputs("  entities not matched to any gold name:", sc->log);
    for (size_t i = 0; i < n && shown < 30; i++)
      if (i == 0 || strcmp(list[i], list[i - 1]) != 0)
        fprintf(sc->log, "%s %s", shown++ ? ";" : "", list[i]);
    fputc('\n', sc->log);
  }
  ng_strv_free(list);
  return rc;
}

/* ---- stances ---- */

/* Stance numbers as the writer names them (doc#stance-N), compared as
 * text: the order the Turtle serializer writes them in. */
static int
compare_stance_iris(const void *x, const void *y)
{
  char a[32], b[32];

  snprintf(a, sizeof a, "%zu", *(const size_t *)x + 1);
  snprintf(b, sizeof b, "%zu", *(const size_t *)y + 1);
  return strcmp(a, b);
}

/* The key of stance i: holder and target at actor level. */
static char *
stance_key(const scorer *sc, size_t i)
{
  const ng_stance *s = &sc->a->stances[i];
  char *h = key_name(sc, s->holder, 1), *t = key_name(sc, s->target, 1);
  char *key = h && t ? key3(h, ng_stance_type_name(s->type), t) : NULL;

  free(h);
  free(t);
  return key;
}

/* The stances written, one reading per key: the first met, unless a later
 * one is plain (a positive plain reading wins over a negated or hedged). */
static ng_status
collect_stances(scorer *sc)
{
  size_t *order = malloc((sc->a->n_stances + 1) * sizeof *order), n = 0;
  ng_status rc = order ? NG_OK : NG_ERR_NOMEM;

  for (size_t i = 0; rc == NG_OK && i < sc->a->n_stances; i++)
    if (kept(sc, sc->a->stances[i].confidence))
      order[n++] = i;
  if (rc == NG_OK)
    if (n)
      qsort(order, n, sizeof *order, compare_stance_iris);
  for (size_t k = 0; rc == NG_OK && k < n; k++) {
    const ng_stance *s = &sc->a->stances[order[k]];
    int flag = s->negated ? FLAG_NEG : s->hedged ? FLAG_HEDGED : FLAG_POS;
    char *key = stance_key(sc, order[k]);
    rc = key ? keyed_set(&sc->out_st, key, flag, order[k], flag == FLAG_POS)
             : NG_ERR_NOMEM;
  }
  free(order);
  return rc;
}

/* The gold stances at actor level; a later line for a key wins. */
static ng_status
collect_gold_stances(scorer *sc)
{
  const ng_eval_names *nm = sc->names;
  ng_status rc = NG_OK;

  for (size_t i = 0; rc == NG_OK && i < ng_eval_gold_count(sc->gold); i++) {
    char *key;
    if (!gold_is(sc, i, "stance"))
      continue;
    key = key3(ng_eval_names_actor(nm, fact(sc->gold, i, NG_GOLD_A)),
               fact(sc->gold, i, NG_GOLD_B),
               ng_eval_names_actor(nm, fact(sc->gold, i, NG_GOLD_C)));
    rc = key ? keyed_set(&sc->gold_st, key, 0, i, 1) : NG_ERR_NOMEM;
  }
  return rc;
}

/* A false positive among the stances, logged with its sentence. */
static void
stance_fp(scorer *sc, const char *what, const kv *out, const char *after)
{
  sc->score.stance.fp++;
  if (!sc->log)
    return;
  log_fact(sc, what, out->key, after);
  log_sentence(sc, "sentence", sc->a->stances[out->src].sentence);
}

static void
score_gold_stance(scorer *sc, const kv *g)
{
  const char *status = fact(sc->gold, g->src, NG_GOLD_STATUS);
  const kv *out = keyed_find(&sc->out_st, g->key);
  char after[32] = "";

  if (strcmp(status, "+") == 0) {
    if (out && out->val != FLAG_NEG) {
      sc->score.stance.tp++;
      return;
    }
    sc->score.stance.fn++;
    if (!sc->log)
      return;
    if (out)
      snprintf(after, sizeof after, " (emitted %s)", flag_names[out->val]);
    log_fact(sc, "missed stance", g->key, after);
    log_gold(sc, g->src);
  } else if (out && out->val == FLAG_POS && strcmp(status, "!") == 0) {
    stance_fp(sc, "negated in text but emitted as positive:", out, "");
  } else if (out && out->val == FLAG_POS && strcmp(status, "h") == 0) {
    stance_fp(sc, "hedged in text but emitted as plain:", out, "");
  }
}

static void
score_stances(scorer *sc)
{
  for (size_t i = 0; i < sc->gold_st.n; i++)
    score_gold_stance(sc, &sc->gold_st.items[i]);
  for (size_t i = 0; i < sc->out_st.n; i++) {
    const kv *out = &sc->out_st.items[i];
    char after[32];
    if (keyed_find(&sc->gold_st, out->key) || out->val == FLAG_NEG)
      continue;
    snprintf(after, sizeof after, " (%s)", flag_names[out->val]);
    stance_fp(sc, "spurious stance", out, after);
  }
}

/* ---- relations ---- */

static int
symmetric(const char *relation)
{
  return strcmp(relation, "allyOf") == 0 || strcmp(relation, "partnerOf") == 0;
}

/* The key of a relation between a and b, the pair sorted when it goes
 * both ways. */
static char *
relation_key(const char *a, const char *rel, const char *b)
{
  if (symmetric(rel) && strcmp(a, b) > 0)
    return key3(b, rel, a);
  return key3(a, rel, b);
}

/* The relations written; the pair of a symmetric one is sorted only when
 * both have gold names, as the scorer does. */
static ng_status
collect_relations(scorer *sc)
{
  ng_status rc = NG_OK;

  for (size_t i = 0; rc == NG_OK && i < sc->a->n_relations; i++) {
    const ng_relation *r = &sc->a->relations[i];
    const char *rel = ng_relation_type_name(r->type);
    char *s, *o, *key;
    if (!kept(sc, r->confidence))
      continue;
    s = key_name(sc, r->subject, 0);
    o = key_name(sc, r->object, 0);
    key = !s || !o ? NULL
          : name_of(sc, r->subject) && name_of(sc, r->object)
              ? relation_key(s, rel, o)
              : key3(s, rel, o);
    rc = key ? keyed_set(&sc->out_rel, key, 0, i, 0) : NG_ERR_NOMEM;
    free(s);
    free(o);
  }
  return rc;
}

static ng_status
collect_gold_relations(scorer *sc)
{
  ng_status rc = NG_OK;

  for (size_t i = 0; rc == NG_OK && i < ng_eval_gold_count(sc->gold); i++) {
    char *key;
    if (!gold_is(sc, i, "relation"))
      continue;
    key = relation_key(fact(sc->gold, i, NG_GOLD_A),
                       fact(sc->gold, i, NG_GOLD_B),
                       fact(sc->gold, i, NG_GOLD_C));
    rc = key ? keyed_set(&sc->gold_rel, key, 0, i, 1) : NG_ERR_NOMEM;
  }
  return rc;
}

/* A false positive among the relations, logged with its sentence. */
static void
relation_fp(scorer *sc, const char *what, const kv *out)
{
  sc->score.relation.fp++;
  if (!sc->log)
    return;
  log_fact(sc, what, out->key, "");
  log_sentence(sc, "sentence", sc->a->relations[out->src].sentence);
}

static void
score_relations(scorer *sc)
{
  for (size_t i = 0; i < sc->gold_rel.n; i++) {
    const kv *g = &sc->gold_rel.items[i];
    const char *status = fact(sc->gold, g->src, NG_GOLD_STATUS);
    const kv *out = keyed_find(&sc->out_rel, g->key);
    if (strcmp(status, "+") == 0 && out) {
      sc->score.relation.tp++;
    } else if (strcmp(status, "+") == 0) {
      sc->score.relation.fn++;
      if (sc->log) {
        log_fact(sc, "missed relation", g->key, "");
        log_gold(sc, g->src);
      }
    } else if (strcmp(status, "!") == 0 && out) {
      relation_fp(sc, "forbidden relation emitted", out);
    }
  }
  for (size_t i = 0; i < sc->out_rel.n; i++)
    if (!keyed_find(&sc->gold_rel, sc->out_rel.items[i].key))
      relation_fp(sc, "spurious relation", &sc->out_rel.items[i]);
}

/* ---- the whole ---- */

static void
scorer_free(scorer *sc)
{
  free(sc->ents);
  ng_map_free(&sc->ent_index);
  ng_map_free(&sc->types);
  keyed_free(&sc->out_st);
  keyed_free(&sc->gold_st);
  keyed_free(&sc->out_rel);
  keyed_free(&sc->gold_rel);
}

ng_status
ng_eval_score_analysis(ng_eval_score *out, const ng_eval_gold *gold,
                       const ng_eval_names *names, const ng_analysis *a,
                       double min_confidence, FILE *log)
{
  scorer sc = {0};
  ng_status rc;

  sc.gold = gold;
  sc.names = names;
  sc.a = a;
  sc.min_confidence = min_confidence;
  sc.log = log;
  if ((rc = collect_entities(&sc)) == NG_OK &&
      (rc = collect_stances(&sc)) == NG_OK &&
      (rc = collect_gold_stances(&sc)) == NG_OK &&
      (rc = collect_relations(&sc)) == NG_OK &&
      (rc = collect_gold_relations(&sc)) == NG_OK) {
    score_entities(&sc);
    score_stances(&sc);
    score_relations(&sc);
    if (log)
      rc = log_unmatched(&sc);
    *out = sc.score;
  }
  scorer_free(&sc);
  return rc;
}

void
ng_eval_prf(const ng_eval_counts *c, double *p, double *r, double *f)
{
  *p = c->tp + c->fp ? (double)c->tp / (double)(c->tp + c->fp)
                     : (c->fn ? 0.0 : 1.0);
  *r = c->tp + c->fn ? (double)c->tp / (double)(c->tp + c->fn) : 1.0;
  *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
}
