/* Small internal helpers: see util.h. */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

ng_status
ng_error_set(ng_error *err, ng_status status, const char *file,
             unsigned long line, unsigned long column, const char *fmt, ...)
{
  va_list ap;

  if (!err)
    return status;
  snprintf(err->file, sizeof err->file, "%s", file ? file : "");
  err->line = line;
  err->column = column;
  va_start(ap, fmt);
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  va_end(ap);
  return status;
}

char *
ng_strdup(const char *s)
{
  return s ? ng_strndup(s, strlen(s)) : NULL;
}

int
ng_str_in(const char *s, const char *const *list, size_t n)
{
  for (size_t k = 0; k < n; k++)
    if (strcmp(s, list[k]) == 0)
      return 1;
  return 0;
}

char *
ng_strndup(const char *s, size_t n)
{
  char *copy = malloc(n + 1);

  if (!copy)
    return NULL;
  memcpy(copy, s, n);
  copy[n] = '\0';
  return copy;
}

ng_status
ng_grow(void **items, size_t *cap, size_t n, size_t size)
{
  size_t want;
  void *bigger;

  if (n < *cap)
    return NG_OK;
  want = *cap ? *cap * 2 : 8;
  if (want > SIZE_MAX / size)
    return NG_ERR_NOMEM;
  bigger = realloc(*items, want * size);
  if (!bigger)
    return NG_ERR_NOMEM;
  *items = bigger;
  *cap = want;
  return NG_OK;
}

/* Makes room for n more bytes plus the terminating NUL. */
static ng_status
buf_reserve(ng_buf *b, size_t n)
{
  size_t want = b->cap ? b->cap : 64;
  char *bigger;

  if (b->len + n + 1 <= b->cap)
    return NG_OK;
  while (want < b->len + n + 1)
    want *= 2;
  bigger = realloc(b->data, want);
  if (!bigger)
    return NG_ERR_NOMEM;
  b->data = bigger;
  b->cap = want;
  return NG_OK;
}

ng_status
ng_buf_append(ng_buf *b, const char *s, size_t n)
{
  if (buf_reserve(b, n) != NG_OK)
    return NG_ERR_NOMEM;
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
  return NG_OK;
}

ng_status
ng_buf_puts(ng_buf *b, const char *s)
{
  return ng_buf_append(b, s, strlen(s));
}

ng_status
ng_buf_printf(ng_buf *b, const char *fmt, ...)
{
  va_list ap;
  int n;

  va_start(ap, fmt);
  n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0 || buf_reserve(b, (size_t)n) != NG_OK)
    return NG_ERR_NOMEM;
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
  return NG_OK;
}

ng_status
ng_buf_put_cp(ng_buf *b, uint32_t cp)
{
  char out[4];
  size_t n;

  if (cp < 0x80) {
    out[0] = (char)cp;
    n = 1;
  } else if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  return ng_buf_append(b, out, n);
}

char *
ng_buf_take(ng_buf *b)
{
  char *s = b->data;

  if (!s)
    s = ng_strdup("");
  b->data = NULL;
  b->len = b->cap = 0;
  return s;
}

void
ng_buf_free(ng_buf *b)
{
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

uint64_t
ng_hash64(const void *data, size_t n)
{
  const unsigned char *p = data;
  uint64_t h = 14695981039346656037ULL;

  for (size_t i = 0; i < n; i++) {
    h ^= p[i];
    h *= 1099511628211ULL;
  }
  return h;
}

ng_status
ng_buf_put_iri_segment(ng_buf *b, const char *s)
{
  static const char hex[] = "0123456789ABCDEF";

  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
        (*p >= '0' && *p <= '9') || strchr("-._~", *p)) {
      if (ng_buf_append(b, (const char *)p, 1) != NG_OK)
        return NG_ERR_NOMEM;
    } else {
      char esc[3] = {'%', hex[*p >> 4], hex[*p & 15]};
      if (ng_buf_append(b, esc, 3) != NG_OK)
        return NG_ERR_NOMEM;
    }
  }
  return NG_OK;
}

void
ng_strv_free(char **list)
{
  if (!list)
    return;
  for (char **p = list; *p; p++)
    free(*p);
  free(list);
}

/* Slot of key in m (an empty slot when absent); m->cap must be > 0. */
static size_t
map_slot(const ng_map *m, const char *key)
{
  size_t i = (size_t)ng_hash64(key, strlen(key)) & (m->cap - 1);

  while (m->keys[i] && strcmp(m->keys[i], key) != 0)
    i = (i + 1) & (m->cap - 1);
  return i;
}

/* Doubles the table (capacity stays a power of two). */
static ng_status
map_grow(ng_map *m)
{
  ng_map bigger = {0};

  bigger.cap = m->cap ? m->cap * 2 : 64;
  bigger.keys = calloc(bigger.cap, sizeof *bigger.keys);
  bigger.vals = calloc(bigger.cap, sizeof *bigger.vals);
  if (!bigger.keys || !bigger.vals) {
    free(bigger.keys);
    free(bigger.vals);
    return NG_ERR_NOMEM;
  }
  for (size_t i = 0; i < m->cap; i++)
    if (m->keys[i]) {
      size_t s = map_slot(&bigger, m->keys[i]);
      bigger.keys[s] = m->keys[i];
      bigger.vals[s] = m->vals[i];
    }
  bigger.n = m->n;
  free(m->keys);
  free(m->vals);
  *m = bigger;
  return NG_OK;
}

ng_status
ng_map_put(ng_map *m, const char *key, size_t val)
{
  size_t s;

  if ((m->n + 1) * 2 > m->cap && map_grow(m) != NG_OK)
    return NG_ERR_NOMEM;
  s = map_slot(m, key);
  if (!m->keys[s]) {
    m->keys[s] = ng_strdup(key);
    if (!m->keys[s])
      return NG_ERR_NOMEM;
    m->n++;
  }
  m->vals[s] = val;
  return NG_OK;
}

int
ng_map_get(const ng_map *m, const char *key, size_t *val)
{
  size_t s;

  if (!m->cap)
    return 0;
  s = map_slot(m, key);
  if (!m->keys[s])
    return 0;
  *val = m->vals[s];
  return 1;
}

void
ng_map_free(ng_map *m)
{
  for (size_t i = 0; i < m->cap; i++)
    free(m->keys[i]);
  free(m->keys);
  free(m->vals);
  memset(m, 0, sizeof *m);
}

static int
compare_names(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

ng_status
ng_dir_names(char ***out, size_t *n, const char *dir, const char *suffix,
             int strip, ng_error *err)
{
  DIR *d = opendir(dir);
  struct dirent *de;
  size_t cap = 0, slen = strlen(suffix);

  *out = NULL;
  *n = 0;
  if (!d)
    return ng_error_set(err, NG_ERR_IO, dir, 0, 0, "cannot open directory");
  while ((de = readdir(d))) {
    size_t len = strlen(de->d_name);
    char *name;
    if (de->d_name[0] == '.' || len <= slen ||
        strcmp(de->d_name + len - slen, suffix) != 0)
      continue;
    name = ng_strndup(de->d_name, strip ? len - slen : len);
    if (!name || NG_PUSH(*out, *n, cap, name) != NG_OK) {
      free(name);
      closedir(d);
      for (size_t i = 0; i < *n; i++)
        free((*out)[i]);
      free(*out);
      *out = NULL;
      *n = 0;
      return NG_ERR_NOMEM;
    }
  }
  closedir(d);
  if (*n)
    qsort(*out, *n, sizeof **out, compare_names);
  return NG_OK;
}
