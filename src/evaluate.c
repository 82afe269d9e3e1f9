/* The scorer: an analysis against a gold file, with the rules of the
 * project's scorer (shared/eval/score.py), so that `newsgraph eval` and the
 * scorer run on the Turtle output give the same figures.  The scorer reads
 * RDF; this side reads the analysis and derives what the RDF writer would
 * write: the same entities, in the order the Turtle serializer sorts
 * them, since the scorer takes the first label it knows and, for one
 * stance found twice, the first reading unless a later one is plain. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "tools.h"
#include "utf8.h"
#include "util.h"

#include "eval_norm_table.h"

/* How far the RDF writer follows roll-ups when it describes an entity. */
#define ROLLUP_MAX 16

/* ---- the scorer's name folding ----------------------------------------- */

static const char *
norm_entry(uint32_t cp)
{
  size_t lo = 0, hi = sizeof ng_eval_norm_table / sizeof *ng_eval_norm_table;

  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (ng_eval_norm_table[mid].cp == cp)
      return ng_eval_norm_table[mid].to;
    if (ng_eval_norm_table[mid].cp < cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

/* NFKC joins a letter and the hamza or madda after it; a table of single
 * code points cannot, and for و and ي the joined letter survives. */
static uint32_t
compose_hamza(uint32_t base, uint32_t mark)
{
  static const uint32_t pairs[][3] = {
      {0x0627, 0x0653, 0x0622}, {0x0627, 0x0654, 0x0623},
      {0x0627, 0x0655, 0x0625}, {0x0648, 0x0654, 0x0624},
      {0x064A, 0x0654, 0x0626}, {0x06C1, 0x0654, 0x06C2},
      {0x06D2, 0x0654, 0x06D3}, {0x06D5, 0x0654, 0x06C0}};

  for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++)
    if (pairs[i][0] == base && pairs[i][1] == mark)
      return pairs[i][2];
  return 0;
}

/* Python's str.isspace(), which the scorer's \s and strip() follow. */
static int
py_space(uint32_t c)
{
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 ||
         c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

/* The punctuation the scorer turns into spaces. */
static int
norm_punct(uint32_t c)
{
  return c == '-' || c == 0x2010 || c == 0x2013 || c == 0x2014 || c == '_' ||
         c == '\'' || c == 0x2019 || c == '"' || c == '.' || c == ',' ||
         c == '(' || c == ')';
}

/* Appends s to b with every code point through the table. */
static ng_status
norm_map(ng_buf *b, const char *s)
{
  const char *p = s, *end = s + strlen(s);

  while (p < end) {
    uint32_t c = ng_utf8_next(&p, end), joined;
    const char *q = p, *to;
    ng_status rc;
    if (q < end && (joined = compose_hamza(c, ng_utf8_next(&q, end)))) {
      c = joined;
      p = q;
    }
    to = norm_entry(c);
    rc = to ? ng_buf_puts(b, to) : ng_buf_put_cp(b, c);
    if (rc != NG_OK)
      return rc;
  }
  return NG_OK;
}

/* Appends the words of s (split at spaces and the scorer's punctuation)
 * to b, one space apart, without a leading "the". */
static ng_status
norm_words(ng_buf *b, const char *s)
{
  const char *p = s, *end = s + strlen(s);
  size_t words = 0;
  int in_word = 0;

  while (p < end) {
    const char *at = p;
    uint32_t c = ng_utf8_next(&p, end);
    if (py_space(c) || norm_punct(c)) {
      in_word = 0;
      continue;
    }
    if (!in_word && words++ > 0 && ng_buf_puts(b, " ") != NG_OK)
      return NG_ERR_NOMEM;
    in_word = 1;
    if (ng_buf_append(b, at, (size_t)(p - at)) != NG_OK)
      return NG_ERR_NOMEM;
  }
  if (words > 1 && strncmp(b->data, "the ", 4) == 0)
    memmove(b->data, b->data + 4, (b->len -= 4) + 1);
  return NG_OK;
}

char *
ng_eval_norm(const char *s)
{
  ng_buf mapped = {0}, out = {0};
  ng_status rc = norm_map(&mapped, s);

  if (rc == NG_OK)
    rc = norm_words(&out, mapped.data ? mapped.data : "");
  ng_buf_free(&mapped);
  if (rc != NG_OK) {
    ng_buf_free(&out);
    return NULL;
  }
  return ng_buf_take(&out);
}

/* ---- tab-separated files, read as the scorer reads them ----------------- */

typedef struct tsv_row {
  char **f; /* the fields, owned */
  size_t n;
  unsigned long line;
} tsv_row;

typedef struct tsv {
  tsv_row *rows;
  size_t n, cap;
} tsv;

static void
row_free(tsv_row *r)
{
  for (size_t i = 0; i < r->n; i++)
    free(r->f[i]);
  free(r->f);
}

static void
tsv_free(tsv *t)
{
  for (size_t i = 0; i < t->n; i++)
    row_free(&t->rows[i]);
  free(t->rows);
  memset(t, 0, sizeof *t);
}

/* Appends line[0..len), split at tabs, as a new row. */
static ng_status
tsv_push(tsv *t, const char *line, size_t len, unsigned long no)
{
  tsv_row r = {NULL, 0, no};
  size_t cap = 0, start = 0;

  for (size_t i = 0; i <= len; i++) {
    char *field;
    if (i < len && line[i] != '\t')
      continue;
    field = ng_strndup(line + start, i - start);
    if (!field || NG_PUSH(r.f, r.n, cap, field) != NG_OK) {
      free(field);
      row_free(&r);
      return NG_ERR_NOMEM;
    }
    start = i + 1;
  }
  if (NG_PUSH(t->rows, t->n, t->cap, r) != NG_OK) {
    row_free(&r);
    return NG_ERR_NOMEM;
  }
  return NG_OK;
}

/* A line the scorer skips: white space only, or a comment. */
static int
tsv_skipped(const char *line, size_t len)
{
  const char *p = line, *end = line + len;

  if (len && line[0] == '#')
    return 1;
  while (p < end)
    if (!py_space(ng_utf8_next(&p, end)))
      return 0;
  return 1;
}

/* Splits text into lines (\n, \r\n or \r ends one, as Python's universal
 * newlines do) and appends the rows of those not skipped. */
static ng_status
tsv_parse(tsv *t, const char *text, size_t len)
{
  unsigned long no = 1;

  for (size_t i = 0; i < len; no++) {
    size_t e = i;
    while (e < len && text[e] != '\n' && text[e] != '\r')
      e++;
    if (!tsv_skipped(text + i, e - i) &&
        tsv_push(t, text + i, e - i, no) != NG_OK)
      return NG_ERR_NOMEM;
    if (e + 1 < len && text[e] == '\r' && text[e + 1] == '\n')
      e++;
    i = e + 1;
  }
  return NG_OK;
}

/* The whole of path into b (emptied first). */
static ng_status
slurp(ng_buf *b, const char *path, ng_error *err)
{
  FILE *fp = fopen(path, "rb");
  char chunk[8192];
  size_t n;
  ng_status rc = NG_OK;

  b->len = 0;
  if (!fp)
    return ng_error_set(err, NG_ERR_IO, path, 0, 0, "cannot open: %s",
                        strerror(errno));
  while (rc == NG_OK && (n = fread(chunk, 1, sizeof chunk, fp)) > 0)
    rc = ng_buf_append(b, chunk, n);
  if (rc == NG_OK && ferror(fp))
    rc = ng_error_set(err, NG_ERR_IO, path, 0, 0, "cannot read");
  fclose(fp);
  return rc;
}

/* Reads a UTF-8 tab-separated file into t (zeroed by the caller). */
static ng_status
tsv_read(tsv *t, const char *path, ng_error *err)
{
  ng_buf b = {0};
  size_t bad;
  unsigned long line, col;
  ng_status rc = slurp(&b, path, err);

  if (rc == NG_OK && !ng_utf8_valid(b.data ? b.data : "", b.len, &bad)) {
    ng_utf8_line_col(b.data, bad, &line, &col);
    rc = ng_error_set(err, NG_ERR_ENCODING, path, line, col,
                      "not valid UTF-8");
  }
  if (rc == NG_OK)
    rc = tsv_parse(t, b.data ? b.data : "", b.len);
  ng_buf_free(&b);
  return rc;
}

/* ---- gold files --------------------------------------------------------- */

enum { F_KIND, F_A, F_B, F_C, F_STATUS, F_EVIDENCE };

struct ng_eval_gold {
  tsv facts; /* the rows of at least five fields, in file order */
};

ng_status
ng_eval_gold_read(ng_eval_gold **out, const char *path, ng_error *err)
{
  ng_eval_gold *g = calloc(1, sizeof *g);
  tsv all = {0};
  ng_status rc;

  *out = NULL;
  if (!g)
    return NG_ERR_NOMEM;
  rc = tsv_read(&all, path, err);
  for (size_t i = 0; rc == NG_OK && i < all.n; i++) {
    if (all.rows[i].n < 5)
      continue;
    if ((rc = NG_PUSH(g->facts.rows, g->facts.n, g->facts.cap, all.rows[i])))
      break;
    all.rows[i].n = 0; /* moved */
    all.rows[i].f = NULL;
  }
  tsv_free(&all);
  if (rc != NG_OK) {
    ng_eval_gold_free(g);
    return rc;
  }
  *out = g;
  return NG_OK;
}

void
ng_eval_gold_free(ng_eval_gold *g)
{
  if (!g)
    return;
  tsv_free(&g->facts);
  free(g);
}

static const char *
fact(const ng_eval_gold *g, size_t i, int field)
{
  const tsv_row *r = &g->facts.rows[i];
  return (size_t)field < r->n ? r->f[field] : "";
}

/* ---- names ---------------------------------------------------------------
 * The scorer's built-in table, as data: each row is a line of an aliases
 * file (a gold name and its variants, or "rollup", a person and the actor
 * it counts for). */
static const char *const builtin_names[] = {
    "Kazakhstan\tkazakhstan\trepublic of kazakhstan\tكازاخستان\tكازخستان",
    "Russia\trussia\trussian federation\tروسيا\tروسيا الاتحادية",
    "China\tchina\tpeople's republic of china\tprc\tالصين",
    "United Arab Emirates\tunited arab emirates\tuae\temirates\t"
    "الإمارات العربية المتحدة\tالإمارات",
    "Bahrain\tbahrain\tkingdom of bahrain\tالبحرين",
    "United States\tunited states\tunited states of america\tusa\tus\tu.s.\t"
    "الولايات المتحدة\tالولايات المتحدة الأمريكية",
    "Turkey\tturkey\tturkiye\ttürkiye\trepublic of turkey\tتركيا",
    "Ukraine\tukraine\tأوكرانيا",
    "Afghanistan\tafghanistan\tأفغانستان",
    "Soviet Union\tsoviet union\tussr\tالاتحاد السوفيتي\tالاتحاد السوفييتي",
    "Collective Security Treaty Organization\t"
    "collective security treaty organization\t"
    "collective security treaty organisation\tcsto\tمنظمة معاهدة الأمن الجماعي",
    "NATO\tnato\tnorth atlantic treaty organization\t"
    "north atlantic treaty organisation\tالناتو\tحلف الناتو\tحلف شمال الأطلسي",
    "Kassym-Jomart Tokayev\tkassym-jomart tokayev\tkassym jomart tokayev\t"
    "tokayev\tqasym-jomart toqayev\tقاسم جومارت توكاييف\tقاسم جومارت توكايف\t"
    "توكاييف\tتوكايف",
    "Vladimir Putin\tvladimir putin\tputin\tفلاديمير بوتين\tفلاديمير بوتن\t"
    "بوتين\tبوتن",
    "Antony Blinken\tantony blinken\tanthony blinken\tblinken\tأنتوني بلينكن\t"
    "بلينكن",
    "Viktor Yanukovych\tviktor yanukovych\tviktor yanukovich\tyanukovych\t"
    "فيكتور يانوكوفيتش\tيانوكوفيتش",
    "Almaty\talmaty\talma-ata\talma ata\tألماتي\tألما آتا",
    "Central Asia\tcentral asia\tآسيا الوسطى",
    "Middle East\tmiddle east\tالشرق الأوسط",
    "rollup\tKassym-Jomart Tokayev\tKazakhstan",
    "rollup\tVladimir Putin\tRussia",
    "rollup\tAntony Blinken\tUnited States",
    "rollup\tViktor Yanukovych\tUkraine",
};

/* A gold name and the variants the alias rows give it, in row order. */
typedef struct name_entry {
  char *name;
  char **forms;
  size_t n, cap;
} name_entry;

struct ng_eval_names {
  name_entry *entries; /* in the order names were first met */
  size_t n_entries, cap_entries;
  ng_map entry_index;  /* name → entry */
  char **strings;      /* every name the maps below give back, owned */
  size_t n_strings, cap_strings;
  ng_map alias;        /* folded form → string */
  ng_map rollup;       /* name → string */
};

/* Keeps a copy of s; *out is its index in n->strings. */
static ng_status
names_keep(ng_eval_names *n, const char *s, size_t *out)
{
  char *copy = ng_strdup(s);

  if (!copy || NG_PUSH(n->strings, n->n_strings, n->cap_strings, copy)) {
    free(copy);
    return NG_ERR_NOMEM;
  }
  *out = n->n_strings - 1;
  return NG_OK;
}

/* The entry of name, made when new. */
static name_entry *
names_entry(ng_eval_names *n, const char *name)
{
  size_t i;
  name_entry e = {0};

  if (ng_map_get(&n->entry_index, name, &i))
    return &n->entries[i];
  if (!(e.name = ng_strdup(name)) ||
      NG_PUSH(n->entries, n->n_entries, n->cap_entries, e) != NG_OK) {
    free(e.name);
    return NULL;
  }
  if (ng_map_put(&n->entry_index, name, n->n_entries - 1) != NG_OK)
    return NULL;
  return &n->entries[n->n_entries - 1];
}

/* One aliases row: variants of a name, or a roll-up. */
static ng_status
names_add_row(ng_eval_names *n, const tsv_row *r, const char *file,
              ng_error *err)
{
  name_entry *e;
  size_t k;

  if (strcmp(r->f[0], "rollup") == 0) {
    if (r->n < 3)
      return ng_error_set(err, NG_ERR_PARSE, file, r->line, 0,
                          "a rollup line needs a name and its actor");
    if (names_keep(n, r->f[2], &k) != NG_OK)
      return NG_ERR_NOMEM;
    return ng_map_put(&n->rollup, r->f[1], k);
  }
  if (!(e = names_entry(n, r->f[0])))
    return NG_ERR_NOMEM;
  for (size_t i = 1; i < r->n; i++) {
    char *form = ng_strdup(r->f[i]);
    if (!form || NG_PUSH(e->forms, e->n, e->cap, form) != NG_OK) {
      free(form);
      return NG_ERR_NOMEM;
    }
  }
  return NG_OK;
}

static ng_status
names_add_rows(ng_eval_names *n, const tsv *t, const char *file,
               ng_error *err)
{
  ng_status rc = NG_OK;

  for (size_t i = 0; rc == NG_OK && i < t->n; i++)
    rc = names_add_row(n, &t->rows[i], file, err);
  return rc;
}

static ng_status
names_add_builtin(ng_eval_names *n)
{
  tsv t = {0};
  ng_status rc = NG_OK;

  for (size_t i = 0; rc == NG_OK && i < sizeof builtin_names / sizeof *builtin_names; i++)
    rc = tsv_push(&t, builtin_names[i], strlen(builtin_names[i]), 0);
  if (rc == NG_OK)
    rc = names_add_rows(n, &t, "(built in)", NULL);
  tsv_free(&t);
  return rc;
}

/* Maps the folded form to name; with keep, an earlier mapping stays. */
static ng_status
names_alias(ng_eval_names *n, const char *form, const char *name, int keep)
{
  char *folded = ng_eval_norm(form);
  size_t k;
  ng_status rc;

  if (!folded)
    return NG_ERR_NOMEM;
  if (keep && ng_map_get(&n->alias, folded, &k))
    rc = NG_OK;
  else if ((rc = names_keep(n, name, &k)) == NG_OK)
    rc = ng_map_put(&n->alias, folded, k);
  free(folded);
  return rc;
}

/* The alias map: each name and its variants in row order, a later one
 * winning, then the gold file's names where nothing else claimed them. */
static ng_status
names_index(ng_eval_names *n, const ng_eval_gold *g)
{
  ng_status rc = NG_OK;

  for (size_t i = 0; rc == NG_OK && i < n->n_entries; i++) {
    const name_entry *e = &n->entries[i];
    rc = names_alias(n, e->name, e->name, 0);
    for (size_t k = 0; rc == NG_OK && k < e->n; k++)
      rc = names_alias(n, e->forms[k], e->name, 0);
  }
  for (size_t i = 0; rc == NG_OK && g && i < g->facts.n; i++) {
    const char *c = fact(g, i, F_C);
    rc = names_alias(n, fact(g, i, F_A), fact(g, i, F_A), 1);
    if (rc == NG_OK && strcmp(c, "-") != 0)
      rc = names_alias(n, c, c, 1);
  }
  return rc;
}

ng_status
ng_eval_names_new(ng_eval_names **out, const char *aliases_path,
                  const ng_eval_gold *gold, ng_error *err)
{
  ng_eval_names *n = calloc(1, sizeof *n);
  tsv t = {0};
  ng_status rc;

  *out = NULL;
  if (!n)
    return NG_ERR_NOMEM;
  rc = names_add_builtin(n);
  if (rc == NG_OK && aliases_path && (rc = tsv_read(&t, aliases_path, err)) == NG_OK)
    rc = names_add_rows(n, &t, aliases_path, err);
  if (rc == NG_OK)
    rc = names_index(n, gold);
  tsv_free(&t);
  if (rc != NG_OK) {
    ng_eval_names_free(n);
    return rc;
  }
  *out = n;
  return NG_OK;
}

void
ng_eval_names_free(ng_eval_names *n)
{
  if (!n)
    return;
  for (size_t i = 0; i < n->n_entries; i++) {
    for (size_t k = 0; k < n->entries[i].n; k++)
      free(n->entries[i].forms[k]);
    free(n->entries[i].forms);
    free(n->entries[i].name);
  }
  free(n->entries);
  ng_map_free(&n->entry_index);
  for (size_t i = 0; i < n->n_strings; i++)
    free(n->strings[i]);
  free(n->strings);
  ng_map_free(&n->alias);
  ng_map_free(&n->rollup);
  free(n);
}

/* The gold name label stands for into *out (NULL for none). */
static ng_status
names_match(const ng_eval_names *n, const char *label, const char **out)
{
  char *folded = ng_eval_norm(label);
  size_t k;

  *out = NULL;
  if (!folded)
    return NG_ERR_NOMEM;
  if (ng_map_get(&n->alias, folded, &k))
    *out = n->strings[k];
  free(folded);
  return NG_OK;
}

const char *
ng_eval_names_match(const ng_eval_names *n, const char *label)
{
  const char *name;

  return names_match(n, label, &name) == NG_OK ? name : NULL;
}

const char *
ng_eval_names_actor(const ng_eval_names *n, const char *name)
{
  size_t k;

  return ng_map_get(&n->rollup, name, &k) ? n->strings[k] : name;
}

void
ng_eval_prf(const ng_eval_counts *c, double *p, double *r, double *f)
{
  *p = c->tp + c->fp ? (double)c->tp / (double)(c->tp + c->fp)
                     : (c->fn ? 0.0 : 1.0);
  *r = c->tp + c->fn ? (double)c->tp / (double)(c->tp + c->fn) : 1.0;
  *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
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

  qsort(list, n, sizeof *list, compare_strings);
  for (size_t i = 0; rc == NG_OK && !*out && i < n; i++)
    rc = names_match(names, list[i], out);
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
  const char *ev = fact(sc->gold, i, F_EVIDENCE);

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
  return strcmp(fact(sc->gold, i, F_KIND), kind) == 0;
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
  for (size_t i = 0; i < sc->gold->facts.n; i++) {
    const char *name = fact(sc->gold, i, F_A), *type = fact(sc->gold, i, F_B);
    size_t bits = 0;
    int known;
    if (!gold_is(sc, i, "entity") || strcmp(fact(sc->gold, i, F_STATUS), "+"))
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

/* Lists the described entities no gold name matched (labels, or IRI). */
static void
log_unmatched(const scorer *sc)
{
  int first = 1;

  for (size_t i = 0; i < sc->n_ents; i++) {
    const ng_entity *e = sc->ents[i].e;
    const char *labels[2] = {e->label_ar, e->label_en};
    if (sc->ents[i].name)
      continue;
    fputs(first ? "  entities not matched to any gold name: " : "; ", sc->log);
    first = 0;
    if (labels[0] && labels[1] && strcmp(labels[0], labels[1]) > 0)
      fprintf(sc->log, "%s/%s", labels[1], labels[0]);
    else if (labels[0] || labels[1])
      fprintf(sc->log, "%s%s%s", labels[0] ? labels[0] : labels[1],
              labels[0] && labels[1] ? "/" : "", labels[0] && labels[1] ? labels[1] : "");
    else
      fprintf(sc->log, "<%s>", e->iri);
  }
  if (!first)
    fputc('\n', sc->log);
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

  for (size_t i = 0; rc == NG_OK && i < sc->gold->facts.n; i++) {
    char *key;
    if (!gold_is(sc, i, "stance"))
      continue;
    key = key3(ng_eval_names_actor(nm, fact(sc->gold, i, F_A)),
               fact(sc->gold, i, F_B),
               ng_eval_names_actor(nm, fact(sc->gold, i, F_C)));
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
  const char *status = fact(sc->gold, g->src, F_STATUS);
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

  for (size_t i = 0; rc == NG_OK && i < sc->gold->facts.n; i++) {
    char *key;
    if (!gold_is(sc, i, "relation"))
      continue;
    key = relation_key(fact(sc->gold, i, F_A), fact(sc->gold, i, F_B),
                       fact(sc->gold, i, F_C));
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
    const char *status = fact(sc->gold, g->src, F_STATUS);
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
      log_unmatched(&sc);
    *out = sc.score;
  }
  scorer_free(&sc);
  return rc;
}
