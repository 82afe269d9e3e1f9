/* The internal helpers every stage leans on: growable buffers and arrays,
 * the string map, the stable hash and IRI segment minting. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "util.h"

/* ---- ng_buf ------------------------------------------------------------- */

START_TEST(buf_append_and_take)
{
  ng_buf b = {0};
  char *s;

  ck_assert_int_eq(ng_buf_append(&b, "abc", 3), NG_OK);
  ck_assert_int_eq(ng_buf_append(&b, "defXYZ", 3), NG_OK); /* only n bytes */
  ck_assert_int_eq(ng_buf_puts(&b, ""), NG_OK);
  ck_assert_int_eq(ng_buf_puts(&b, "-g"), NG_OK);
  ck_assert_uint_eq(b.len, 8);
  ck_assert_str_eq(b.data, "abcdef-g");
  ck_assert(b.cap > b.len); /* room for the NUL */
  s = ng_buf_take(&b);
  ck_assert_str_eq(s, "abcdef-g");
  ck_assert_ptr_null(b.data);
  ck_assert_uint_eq(b.len, 0);
  ck_assert_uint_eq(b.cap, 0);
  free(s);
}
END_TEST

/* Taking from a buffer that never grew still yields a string to free. */
START_TEST(buf_take_empty)
{
  ng_buf b = {0};
  char *s = ng_buf_take(&b);

  ck_assert_ptr_nonnull(s);
  ck_assert_str_eq(s, "");
  free(s);
  ng_buf_free(&b); /* freeing an empty buffer is harmless */
  ng_buf_free(&b);
  ck_assert_ptr_null(b.data);
}
END_TEST

/* Many appends force several reallocations; the content survives them. */
START_TEST(buf_growth)
{
  ng_buf b = {0};

  for (int i = 0; i < 5000; i++)
    ck_assert_int_eq(ng_buf_append(&b, "0123456789", 10), NG_OK);
  ck_assert_uint_eq(b.len, 50000);
  ck_assert_uint_eq(strlen(b.data), 50000);
  for (size_t i = 0; i < b.len; i++)
    ck_assert_int_eq(b.data[i], '0' + (int)(i % 10));
  ng_buf_free(&b);
  ck_assert_uint_eq(b.len, 0);
}
END_TEST

START_TEST(buf_printf)
{
  ng_buf b = {0};
  char big[1000];

  ck_assert_int_eq(ng_buf_puts(&b, "x="), NG_OK);
  ck_assert_int_eq(ng_buf_printf(&b, "%d/%s/%zu", -42, "نص", (size_t)7),
                   NG_OK);
  ck_assert_str_eq(b.data, "x=-42/نص/7");
  ck_assert_uint_eq(b.len, strlen("x=-42/نص/7"));
  /* a formatted piece larger than the first allocation */
  memset(big, 'q', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  ck_assert_int_eq(ng_buf_printf(&b, "[%s]", big), NG_OK);
  ck_assert_uint_eq(b.len, strlen("x=-42/نص/7") + 1001);
  ck_assert_int_eq(b.data[b.len - 1], ']');
  ck_assert_int_eq(b.data[b.len], '\0');
  ng_buf_free(&b);
}
END_TEST

/* One code point of every UTF-8 length. */
START_TEST(buf_put_cp)
{
  static const struct {
    uint32_t cp;
    const char *utf8;
  } cases[] = {
      {0x41, "A"},
      {0x7F, "\x7F"},
      {0xE9, "\xC3\xA9"},               /* é */
      {0x0639, "\xD8\xB9"},             /* ع */
      {0x07FF, "\xDF\xBF"},
      {0x0800, "\xE0\xA0\x80"},
      {0x20AC, "\xE2\x82\xAC"},         /* € */
      {0xFDF2, "\xEF\xB7\xB2"},         /* the Allah ligature */
      {0x10000, "\xF0\x90\x80\x80"},
      {0x1F600, "\xF0\x9F\x98\x80"},
      {0x10FFFF, "\xF4\x8F\xBF\xBF"},
  };

  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    ng_buf b = {0};
    ck_assert_int_eq(ng_buf_put_cp(&b, cases[i].cp), NG_OK);
    ck_assert_msg(strcmp(b.data, cases[i].utf8) == 0, "U+%04X",
                  (unsigned)cases[i].cp);
    ck_assert_uint_eq(b.len, strlen(cases[i].utf8));
    ng_buf_free(&b);
  }
}
END_TEST

/* ---- NG_PUSH and ng_grow ------------------------------------------------ */

START_TEST(push_growth)
{
  size_t *items = NULL, n = 0, cap = 0;

  for (size_t i = 0; i < 1000; i++) {
    ck_assert_int_eq(NG_PUSH(items, n, cap, i * 3), NG_OK);
    ck_assert_uint_eq(n, i + 1);
    ck_assert(cap >= n);
  }
  for (size_t i = 0; i < n; i++)
    ck_assert_uint_eq(items[i], i * 3);
  free(items);
}
END_TEST

/* ng_grow leaves the array alone while there is room, and refuses a size
 * that would overflow without touching the array. */
START_TEST(grow_rules)
{
  void *items = NULL;
  size_t cap = 0;
  void *before;

  ck_assert_int_eq(ng_grow(&items, &cap, 0, sizeof(int)), NG_OK);
  ck_assert_ptr_nonnull(items);
  ck_assert_uint_eq(cap, 8);
  before = items;
  ck_assert_int_eq(ng_grow(&items, &cap, 7, sizeof(int)), NG_OK);
  ck_assert_ptr_eq(items, before);
  ck_assert_uint_eq(cap, 8);
  ck_assert_int_eq(ng_grow(&items, &cap, 8, SIZE_MAX / 4), NG_ERR_NOMEM);
  ck_assert_ptr_eq(items, before);
  ck_assert_uint_eq(cap, 8);
  free(items);
}
END_TEST

/* ---- ng_map ------------------------------------------------------------- */

START_TEST(map_put_get_overwrite)
{
  ng_map m = {0};
  size_t v = 99;

  ck_assert_int_eq(ng_map_get(&m, "absent", &v), 0); /* empty map */
  ck_assert_uint_eq(v, 99);
  ck_assert_int_eq(ng_map_put(&m, "روسيا", 1), NG_OK);
  ck_assert_int_eq(ng_map_put(&m, "", 2), NG_OK);
  ck_assert_int_eq(ng_map_get(&m, "روسيا", &v), 1);
  ck_assert_uint_eq(v, 1);
  ck_assert_int_eq(ng_map_get(&m, "", &v), 1);
  ck_assert_uint_eq(v, 2);
  ck_assert_int_eq(ng_map_put(&m, "روسيا", 7), NG_OK);
  ck_assert_int_eq(ng_map_get(&m, "روسيا", &v), 1);
  ck_assert_uint_eq(v, 7);
  ck_assert_uint_eq(m.n, 2); /* overwriting adds no key */
  ck_assert_int_eq(ng_map_get(&m, "روسي", &v), 0);
  ng_map_free(&m);
  ck_assert_uint_eq(m.n, 0);
  ck_assert_int_eq(ng_map_get(&m, "روسيا", &v), 0);
  ng_map_free(&m);
}
END_TEST

/* Keys are copied: changing the caller's buffer changes nothing. */
START_TEST(map_copies_keys)
{
  ng_map m = {0};
  char key[16] = "key";
  size_t v;

  ck_assert_int_eq(ng_map_put(&m, key, 5), NG_OK);
  strcpy(key, "other");
  ck_assert_int_eq(ng_map_get(&m, "key", &v), 1);
  ck_assert_uint_eq(v, 5);
  ck_assert_int_eq(ng_map_get(&m, "other", &v), 0);
  ng_map_free(&m);
}
END_TEST

START_TEST(map_growth_10k)
{
  ng_map m = {0};
  char key[32];
  size_t v;

  for (size_t i = 0; i < 10000; i++) {
    snprintf(key, sizeof key, "k%zu", i);
    ck_assert_int_eq(ng_map_put(&m, key, i), NG_OK);
  }
  ck_assert_uint_eq(m.n, 10000);
  ck_assert(m.cap >= 2 * m.n);                /* load factor kept at 1/2 */
  ck_assert_uint_eq(m.cap & (m.cap - 1), 0); /* a power of two */
  for (size_t i = 0; i < 10000; i++) {
    snprintf(key, sizeof key, "k%zu", i);
    ck_assert_msg(ng_map_get(&m, key, &v) == 1, "%s lost", key);
    ck_assert_uint_eq(v, i);
  }
  for (size_t i = 0; i < 10000; i += 2) { /* overwrite half after growth */
    snprintf(key, sizeof key, "k%zu", i);
    ck_assert_int_eq(ng_map_put(&m, key, i + 1000000), NG_OK);
  }
  ck_assert_uint_eq(m.n, 10000);
  for (size_t i = 0; i < 10000; i++) {
    snprintf(key, sizeof key, "k%zu", i);
    ck_assert_int_eq(ng_map_get(&m, key, &v), 1);
    ck_assert_uint_eq(v, i % 2 ? i : i + 1000000);
  }
  ck_assert_int_eq(ng_map_get(&m, "k10000", &v), 0);
  ng_map_free(&m);
}
END_TEST

/* ---- ng_hash64 ---------------------------------------------------------- */

/* Identifiers built from the hash must never change between versions:
 * these are the published FNV-1a 64 values. */
START_TEST(hash64_stable)
{
  ck_assert_uint_eq(ng_hash64("", 0), 0xcbf29ce484222325ULL);
  ck_assert_uint_eq(ng_hash64("a", 1), 0xaf63dc4c8601ec8cULL);
  ck_assert_uint_eq(ng_hash64("foobar", 6), 0x85944171f73967e8ULL);
  /* only n bytes count */
  ck_assert_uint_eq(ng_hash64("foobarbaz", 6), 0x85944171f73967e8ULL);
  ck_assert_uint_eq(ng_hash64("روسيا", strlen("روسيا")),
                    ng_hash64("روسيا", strlen("روسيا")));
  ck_assert(ng_hash64("روسيا", strlen("روسيا")) !=
            ng_hash64("روسي", strlen("روسي")));
}
END_TEST

/* ---- ng_buf_put_iri_segment -------------------------------------------- */

static int
only_unreserved_or_escapes(const char *s)
{
  for (const char *p = s; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
        (*p >= '0' && *p <= '9') || strchr("-._~", *p))
      continue;
    if (*p == '%' && strchr("0123456789ABCDEF", p[1]) && p[1] &&
        strchr("0123456789ABCDEF", p[2]) && p[2]) {
      p += 2;
      continue;
    }
    return 0;
  }
  return 1;
}

START_TEST(iri_segment)
{
  static const struct {
    const char *in, *out;
  } cases[] = {
      {"plain-Name_1.0~x", "plain-Name_1.0~x"},
      {"two words", "two%20words"},
      {"روسيا", "%D8%B1%D9%88%D8%B3%D9%8A%D8%A7"},
      {"a/b?c#d", "a%2Fb%3Fc%23d"},
      {"50%", "50%25"},
      {"<x>\"{}|\\^`", "%3Cx%3E%22%7B%7D%7C%5C%5E%60"},
      {":@!$&'()*+,;=", "%3A%40%21%24%26%27%28%29%2A%2B%2C%3B%3D"},
      {"tab\tnl\n", "tab%09nl%0A"},
      {"", ""},
  };

  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    ng_buf b = {0};
    char *s;
    ck_assert_int_eq(ng_buf_put_iri_segment(&b, cases[i].in), NG_OK);
    s = ng_buf_take(&b);
    ck_assert_str_eq(s, cases[i].out);
    ck_assert(only_unreserved_or_escapes(s));
    free(s);
  }
}
END_TEST

/* The segment is appended after what the buffer holds. */
START_TEST(iri_segment_appends)
{
  ng_buf b = {0};

  ck_assert_int_eq(ng_buf_puts(&b, NG_ID_NS), NG_OK);
  ck_assert_int_eq(ng_buf_put_iri_segment(&b, "أ ب"), NG_OK);
  ck_assert_str_eq(b.data, NG_ID_NS "%D8%A3%20%D8%A8");
  ng_buf_free(&b);
}
END_TEST

/* ---- strings and errors ------------------------------------------------- */

START_TEST(strv_free_null)
{
  char **list = calloc(3, sizeof *list);

  ng_strv_free(NULL);
  ck_assert_ptr_nonnull(list);
  list[0] = ng_strdup("a");
  list[1] = ng_strdup("ب");
  ng_strv_free(list); /* frees the strings too: checked under ASan */
}
END_TEST

START_TEST(strdup_variants)
{
  char *a = ng_strdup("نص");
  char *b = ng_strndup("abcdef", 3);

  ck_assert_ptr_null(ng_strdup(NULL));
  ck_assert_str_eq(a, "نص");
  ck_assert_str_eq(b, "abc");
  free(a);
  free(b);
}
END_TEST

START_TEST(error_set)
{
  ng_error err;

  memset(&err, 0, sizeof err);
  ck_assert_int_eq(ng_error_set(NULL, NG_ERR_IO, "f", 1, 2, "x"), NG_ERR_IO);
  ck_assert_int_eq(
      ng_error_set(&err, NG_ERR_PARSE, "lex.ttl", 12, 3, "bad %s", "token"),
      NG_ERR_PARSE);
  ck_assert_str_eq(err.file, "lex.ttl");
  ck_assert_uint_eq(err.line, 12);
  ck_assert_uint_eq(err.column, 3);
  ck_assert_str_eq(err.message, "bad token");
  ng_error_set(&err, NG_ERR_IO, NULL, 0, 0, "%s", "no file");
  ck_assert_str_eq(err.file, "");
}
END_TEST

static Suite *
make_suite(void)
{
  Suite *s = suite_create("util");
  TCase *tc = tcase_create("util");

  tcase_add_test(tc, buf_append_and_take);
  tcase_add_test(tc, buf_take_empty);
  tcase_add_test(tc, buf_growth);
  tcase_add_test(tc, buf_printf);
  tcase_add_test(tc, buf_put_cp);
  tcase_add_test(tc, push_growth);
  tcase_add_test(tc, grow_rules);
  tcase_add_test(tc, map_put_get_overwrite);
  tcase_add_test(tc, map_copies_keys);
  tcase_add_test(tc, map_growth_10k);
  tcase_add_test(tc, hash64_stable);
  tcase_add_test(tc, iri_segment);
  tcase_add_test(tc, iri_segment_appends);
  tcase_add_test(tc, strv_free_null);
  tcase_add_test(tc, strdup_variants);
  tcase_add_test(tc, error_set);
  suite_add_tcase(s, tc);
  return s;
}

NG_UNIT_MAIN(make_suite)
