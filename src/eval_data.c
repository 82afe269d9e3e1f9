/* What the scorer reads besides the extraction: gold files, alias files
 * and its own table of names, all matched through its name folding
 * (shared/eval/score.py), here reproduced exactly so that `newsgraph eval`
 * and the scorer agree. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "tools.h"
#include "utf8.h"
#include "util.h"

#include "eval_norm_table.h"

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
    rc =
        ng_error_set(err, NG_ERR_ENCODING, path, line, col, "not valid UTF-8");
  }
  if (rc == NG_OK)
    rc = tsv_parse(t, b.data ? b.data : "", b.len);
  ng_buf_free(&b);
  return rc;
}

/* ---- gold files --------------------------------------------------------- */

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

size_t
ng_eval_gold_count(const ng_eval_gold *g)
{
  return g->facts.n;
}

const char *
ng_eval_gold_field(const ng_eval_gold *g, size_t i, ng_gold_field field)
{
  const tsv_row *r = &g->facts.rows[i];
  return (size_t)field < r->n ? r->f[field] : "";
}

static const char *
fact(const ng_eval_gold *g, size_t i, ng_gold_field field)
{
  return ng_eval_gold_field(g, i, field);
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
    "collective security treaty organisation\tcsto\tمنظمة معاهدة الأمن "
    "الجماعي",
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
  ng_map entry_index; /* name → entry */
  char **strings;     /* every name the maps below give back, owned */
  size_t n_strings, cap_strings;
  ng_map alias;  /* folded form → string */
  ng_map rollup; /* name → string */
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
names_add_rows(ng_eval_names *n, const tsv *t, const char *file, ng_error *err)
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

  for (size_t i = 0;
       rc == NG_OK && i < sizeof builtin_names / sizeof *builtin_names; i++)
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
    const char *c = fact(g, i, NG_GOLD_C);
    rc = names_alias(n, fact(g, i, NG_GOLD_A), fact(g, i, NG_GOLD_A), 1);
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
  if (rc == NG_OK && aliases_path &&
      (rc = tsv_read(&t, aliases_path, err)) == NG_OK)
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

ng_status
ng_eval_names_match(const ng_eval_names *n, const char *label,
                    const char **out)
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
ng_eval_names_actor(const ng_eval_names *n, const char *name)
{
  size_t k;

  return ng_map_get(&n->rollup, name, &k) ? n->strings[k] : name;
}
