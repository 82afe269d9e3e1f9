/* UTF-8 decoding and validation: see utf8.h. */
#include "config.h"

#include "utf8.h"

/* Length of the sequence led by byte c, 0 for a byte that cannot lead. */
static int
lead_length(unsigned char c)
{
  if (c < 0x80)
    return 1;
  if (c >= 0xC2 && c <= 0xDF)
    return 2;
  if (c >= 0xE0 && c <= 0xEF)
    return 3;
  if (c >= 0xF0 && c <= 0xF4)
    return 4;
  return 0;
}

/* Decodes one well-formed sequence at s (before end) into *cp and returns
 * its length, or returns 0 when the bytes there are not well-formed. */
static int
decode(const unsigned char *s, const unsigned char *end, uint32_t *cp)
{
  int n = lead_length(s[0]);
  uint32_t v;

  if (n == 0 || end - s < n)
    return 0;
  if (n == 1) {
    *cp = s[0];
    return 1;
  }
  v = s[0] & (0x7F >> n);
  for (int i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    v = (v << 6) | (s[i] & 0x3F);
  }
  if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
      (v >= 0xD800 && v <= 0xDFFF))
    return 0;
  *cp = v;
  return n;
}

uint32_t
ng_utf8_next(const char **p, const char *end)
{
  uint32_t cp;
  int n = decode((const unsigned char *)*p, (const unsigned char *)end, &cp);

  if (n == 0) {
    (*p)++;
    return 0xFFFD;
  }
  *p += n;
  return cp;
}

bool
ng_utf8_valid(const char *s, size_t n, size_t *bad)
{
  const unsigned char *p = (const unsigned char *)s, *end = p + n;
  uint32_t cp;

  while (p < end) {
    int len = *p < 0x80 ? 1 : decode(p, end, &cp);
    if (len == 0) {
      if (bad)
        *bad = (size_t)(p - (const unsigned char *)s);
      return false;
    }
    p += len;
  }
  return true;
}

void
ng_utf8_line_col(const char *s, size_t off, unsigned long *line,
                 unsigned long *column)
{
  const char *p = s, *end = s + off;

  *line = 1;
  *column = 1;
  while (p < end) {
    if (ng_utf8_next(&p, end) == '\n') {
      (*line)++;
      *column = 1;
    } else {
      (*column)++;
    }
  }
}

size_t
ng_utf8_count(const char *s, size_t n)
{
  size_t count = 0;

  for (size_t i = 0; i < n; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80)
      count++;
  return count;
}

size_t
ng_utf8_offset(const char *s, size_t n, size_t cp)
{
  size_t seen = 0;

  for (size_t i = 0; i < n; i++) {
    if (((unsigned char)s[i] & 0xC0) != 0x80) {
      if (seen == cp)
        return i;
      seen++;
    }
  }
  return n;
}
