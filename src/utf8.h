/* UTF-8 decoding and validation: the only place that knows the encoding. */
#ifndef NG_UTF8_H
#define NG_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes the code point at *p (before end) and advances *p past it.
 * Malformed input yields U+FFFD and advances one byte. */
uint32_t ng_utf8_next(const char **p, const char *end);

/* True when s[0..n) is well-formed UTF-8 (no overlongs, surrogates or
 * code points above U+10FFFF).  Otherwise *bad (when not NULL) is the byte
 * offset of the first bad sequence. */
bool ng_utf8_valid(const char *s, size_t n, size_t *bad);

/* The 1-based line and column (in code points) of byte offset off in s. */
void ng_utf8_line_col(const char *s, size_t off, unsigned long *line,
                      unsigned long *column);

/* Number of code points in s[0..n). */
size_t ng_utf8_count(const char *s, size_t n);

/* Byte offset of code point index cp in s[0..n) (n when cp is past the end). */
size_t ng_utf8_offset(const char *s, size_t n, size_t cp);

#endif
