/* Small internal helpers shared by every stage: growable buffers and arrays,
 * string copies, error filling, IRI minting.  No third-party includes. */
#ifndef NG_UTIL_H
#define NG_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "newsgraph/newsgraph.h"

#if defined(__GNUC__)
#define NG_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define NG_PRINTF(f, a)
#endif

/* Fills err (when not NULL) and returns status, so a failure reads
 * `return ng_error_set(err, NG_ERR_IO, path, 0, 0, "cannot open: %s", ...)`. */
ng_status ng_error_set(ng_error *err, ng_status status, const char *file,
                       unsigned long line, unsigned long column,
                       const char *fmt, ...) NG_PRINTF(6, 7);

/* A copy of s (NULL for NULL) the caller frees; NULL on OOM too. */
char *ng_strdup(const char *s);
char *ng_strndup(const char *s, size_t n);

/* Is s one of the n strings of list (a word in a fixed word list)? */
int ng_str_in(const char *s, const char *const *list, size_t n);
#define NG_STR_IN(s, list) ng_str_in((s), (list), sizeof(list) / sizeof *(list))

/* A growable NUL-terminated byte string.  Zero-initialise to start;
 * ng_buf_free releases the memory and leaves an empty buffer. */
typedef struct ng_buf {
  char *data;
  size_t len;
  size_t cap;
} ng_buf;

ng_status ng_buf_append(ng_buf *b, const char *s, size_t n);
ng_status ng_buf_puts(ng_buf *b, const char *s);
ng_status ng_buf_printf(ng_buf *b, const char *fmt, ...) NG_PRINTF(2, 3);
ng_status ng_buf_put_cp(ng_buf *b, uint32_t cp); /* as UTF-8 */
/* Hands the string to the caller (who frees it) and empties b. */
char *ng_buf_take(ng_buf *b);
void ng_buf_free(ng_buf *b);

/* Grows *items (of *cap elements of size size) so that one more fits after
 * n elements.  On failure *items is unchanged. */
ng_status ng_grow(void **items, size_t *cap, size_t n, size_t size);
#define NG_PUSH(arr, n, cap, value)                                          \
  (ng_grow((void **)&(arr), &(cap), (n), sizeof(*(arr))) == NG_OK            \
       ? ((arr)[(n)++] = (value), NG_OK)                                     \
       : NG_ERR_NOMEM)

/* 64-bit FNV-1a of n bytes: stable document and entity identifiers. */
uint64_t ng_hash64(const void *data, size_t n);

/* Appends s to b with every byte but the unreserved ASCII ones
 * (A-Z a-z 0-9 - . _ ~) percent-encoded: the result is a valid IRI (and URI)
 * path segment whatever s holds. */
ng_status ng_buf_put_iri_segment(ng_buf *b, const char *s);



/* A string → size_t hash map.  Zero-initialise to start; keys are copied. */
typedef struct ng_map {
  char **keys;
  size_t *vals;
  size_t cap;
  size_t n;
} ng_map;

ng_status ng_map_put(ng_map *m, const char *key, size_t val);
/* 1 and *val set when key is present, else 0. */
int ng_map_get(const ng_map *m, const char *key, size_t *val);
void ng_map_free(ng_map *m);
/* The names of the entries of dir that end with suffix (hidden ones
 * skipped), without the suffix when strip is set, sorted with strcmp.
 * *out (the caller frees each name and the array) holds *n names. */
ng_status ng_dir_names(char ***out, size_t *n, const char *dir,
                       const char *suffix, int strip, ng_error *err);

#endif /* NG_UTIL_H */
