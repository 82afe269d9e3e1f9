/* UTF-8 decoding, validation and offsets: well-formed text of every
 * length, and each way a sequence can be malformed. */
#include "config.h"

#include <string.h>

#include "unit.h"
#include "utf8.h"

/* Decodes the first code point of s (of n bytes); *used is how many bytes
 * ng_utf8_next consumed. */
static uint32_t
next_of(const char *s, size_t n, size_t *used)
{
  const char *p = s;
  uint32_t cp = ng_utf8_next(&p, s + n);

  *used = (size_t)(p - s);
  return cp;
}

START_TEST(next_well_formed)
{
  static const struct {
    const char *s;
    uint32_t cp;
    size_t len;
  } cases[] = {
      {"A", 0x41, 1},
      {"\x7F", 0x7F, 1},
      {"\xC2\x80", 0x80, 2},             /* smallest two-byte */
      {"\xC3\xA9", 0xE9, 2},             /* é */
      {"\xD8\xB9", 0x0639, 2},           /* ع */
      {"\xDF\xBF", 0x7FF, 2},            /* largest two-byte */
      {"\xE0\xA0\x80", 0x800, 3},        /* smallest three-byte */
      {"\xE2\x82\xAC", 0x20AC, 3},       /* € */
      {"\xEF\xBB\xBF", 0xFEFF, 3},       /* byte order mark */
      {"\xEF\xBF\xBD", 0xFFFD, 3},       /* the replacement character itself */
      {"\xF0\x90\x80\x80", 0x10000, 4},  /* smallest four-byte */
      {"\xF0\x9F\x98\x80", 0x1F600, 4},  /* an emoji */
      {"\xF4\x8F\xBF\xBF", 0x10FFFF, 4}, /* the last code point */
  };

  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    size_t used;
    uint32_t cp = next_of(cases[i].s, strlen(cases[i].s), &used);
    ck_assert_msg(cp == cases[i].cp, "case %zu: U+%04X", i, (unsigned)cp);
    ck_assert_uint_eq(used, cases[i].len);
  }
}
END_TEST

/* Every malformed sequence decodes as U+FFFD and consumes one byte, so a
 * scan always moves on. */
START_TEST(next_malformed)
{
  static const char *const cases[] = {
      "\x80",             /* a lone continuation byte */
      "\xBF",             /* another */
      "\xC0\x80",         /* overlong NUL */
      "\xC1\xBF",         /* overlong two-byte */
      "\xE0\x80\x80",     /* overlong three-byte */
      "\xE0\x9F\xBF",     /* overlong U+07FF */
      "\xF0\x80\x80\x80", /* overlong four-byte */
      "\xF0\x8F\xBF\xBF", /* overlong U+FFFF */
      "\xED\xA0\x80",     /* surrogate U+D800 */
      "\xED\xBF\xBF",     /* surrogate U+DFFF */
      "\xF4\x90\x80\x80", /* above U+10FFFF */
      "\xF5\x80\x80\x80", /* a lead byte that never occurs */
      "\xFF",             /* another */
      "\xC3\x41",         /* a lead byte followed by ASCII */
      "\xE2\x82\x41",     /* three-byte cut short by ASCII */
  };

  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    size_t used;
    uint32_t cp = next_of(cases[i], strlen(cases[i]), &used);
    ck_assert_msg(cp == 0xFFFD, "case %zu: U+%04X", i, (unsigned)cp);
    ck_assert_uint_eq(used, 1);
  }
}
END_TEST

/* A sequence cut by the end of the buffer is malformed even when the bytes
 * after end would complete it. */
START_TEST(next_truncated_by_end)
{
  const char *s = "\xE2\x82\xAC";
  size_t used;

  ck_assert_uint_eq(next_of(s, 2, &used), 0xFFFD);
  ck_assert_uint_eq(used, 1);
  ck_assert_uint_eq(next_of("\xF0\x9F\x98\x80", 3, &used), 0xFFFD);
  ck_assert_uint_eq(next_of("\xD8\xB9", 1, &used), 0xFFFD);
  ck_assert_uint_eq(next_of(s, 3, &used), 0x20AC);
}
END_TEST

START_TEST(next_walks_a_string)
{
  const char *s = "a\xD8\xB9\xE2\x82\xAC\xF0\x9F\x98\x80z";
  const char *p = s, *end = s + strlen(s);
  uint32_t want[] = {'a', 0x0639, 0x20AC, 0x1F600, 'z'};
  size_t i = 0;

  while (p < end)
    ck_assert_uint_eq(ng_utf8_next(&p, end), want[i++]);
  ck_assert_uint_eq(i, 5);
  ck_assert_ptr_eq(p, end);
}
END_TEST

START_TEST(valid_accepts)
{
  const char *ok = "plain ASCII, عربي, €, \xF0\x9F\x98\x80, \xF4\x8F\xBF\xBF";
  size_t bad = 12345;

  ck_assert(ng_utf8_valid(ok, strlen(ok), &bad));
  ck_assert_uint_eq(bad, 12345); /* untouched on success */
  ck_assert(ng_utf8_valid("", 0, NULL));
  ck_assert(ng_utf8_valid("a\0b", 3, NULL)); /* NUL is a code point */
}
END_TEST

static void
check_invalid(const char *s, size_t n, size_t want_bad)
{
  size_t bad = 999;

  ck_assert_msg(!ng_utf8_valid(s, n, &bad), "accepted %zu bytes", n);
  ck_assert_uint_eq(bad, want_bad);
  ck_assert(!ng_utf8_valid(s, n, NULL));
}

START_TEST(valid_rejects_with_offset)
{
  check_invalid("ab\x80", 3, 2);
  check_invalid("\xC0\x80", 2, 0);                 /* overlong */
  check_invalid("ok\xE0\x80\x80", 5, 2);           /* overlong */
  check_invalid("\xD8\xB9\xED\xA0\x80", 5, 2);     /* surrogate after ع */
  check_invalid("xyz\xF4\x90\x80\x80", 7, 3);      /* above U+10FFFF */
  check_invalid("\xF5\x80\x80\x80", 4, 0);         /* impossible lead */
  check_invalid("abc\xE2\x82", 5, 3);              /* truncated at the end */
  check_invalid("\xF0\x9F\x98", 3, 0);             /* truncated four-byte */
  check_invalid("\xE2\x82\xAC\xE2\x82\xAC", 5, 3); /* n cuts the second */
  check_invalid("caf\xE9", 4, 3);                  /* Latin-1 é */
}
END_TEST

START_TEST(line_col_counts_code_points)
{
  const char *s = "ab\nعلي\n\xF0\x9F\x98\x80x";
  unsigned long line, col;

  ng_utf8_line_col(s, 0, &line, &col);
  ck_assert_uint_eq(line, 1);
  ck_assert_uint_eq(col, 1);
  ng_utf8_line_col(s, 2, &line, &col); /* the first \n */
  ck_assert_uint_eq(line, 1);
  ck_assert_uint_eq(col, 3);
  ng_utf8_line_col(s, 3, &line, &col); /* ع */
  ck_assert_uint_eq(line, 2);
  ck_assert_uint_eq(col, 1);
  ng_utf8_line_col(s, 7, &line, &col); /* ي: two Arabic letters before */
  ck_assert_uint_eq(line, 2);
  ck_assert_uint_eq(col, 3);
  ng_utf8_line_col(s, strlen(s) - 1, &line, &col); /* x after the emoji */
  ck_assert_uint_eq(line, 3);
  ck_assert_uint_eq(col, 2);
}
END_TEST

START_TEST(count_code_points)
{
  const char *s = "a\xD8\xB9\xE2\x82\xAC\xF0\x9F\x98\x80";

  ck_assert_uint_eq(ng_utf8_count("", 0), 0);
  ck_assert_uint_eq(ng_utf8_count("abc", 3), 3);
  ck_assert_uint_eq(ng_utf8_count(s, strlen(s)), 4);
  ck_assert_uint_eq(ng_utf8_count("مرحبا", strlen("مرحبا")), 5);
  ck_assert_uint_eq(ng_utf8_count(s, 3), 2); /* a, ع */
}
END_TEST

START_TEST(offset_of_code_point)
{
  const char *s = "a\xD8\xB9\xE2\x82\xAC\xF0\x9F\x98\x80z";
  size_t n = strlen(s);

  ck_assert_uint_eq(ng_utf8_offset(s, n, 0), 0);
  ck_assert_uint_eq(ng_utf8_offset(s, n, 1), 1);
  ck_assert_uint_eq(ng_utf8_offset(s, n, 2), 3);
  ck_assert_uint_eq(ng_utf8_offset(s, n, 3), 6);
  ck_assert_uint_eq(ng_utf8_offset(s, n, 4), 10);
  ck_assert_uint_eq(ng_utf8_offset(s, n, 5), n); /* one past the end */
  ck_assert_uint_eq(ng_utf8_offset(s, n, 99), n);
  ck_assert_uint_eq(ng_utf8_offset("", 0, 0), 0);
  /* count and offset are inverses on well-formed text */
  for (size_t cp = 0; cp <= 5; cp++)
    ck_assert_uint_eq(ng_utf8_count(s, ng_utf8_offset(s, n, cp)), cp);
}
END_TEST

static Suite *
make_suite(void)
{
  Suite *s = suite_create("utf8");
  TCase *tc = tcase_create("utf8");

  tcase_add_test(tc, next_well_formed);
  tcase_add_test(tc, next_malformed);
  tcase_add_test(tc, next_truncated_by_end);
  tcase_add_test(tc, next_walks_a_string);
  tcase_add_test(tc, valid_accepts);
  tcase_add_test(tc, valid_rejects_with_offset);
  tcase_add_test(tc, line_col_counts_code_points);
  tcase_add_test(tc, count_code_points);
  tcase_add_test(tc, offset_of_code_point);
  suite_add_tcase(s, tc);
  return s;
}

NG_UNIT_MAIN(make_suite)
