/* Arabic folding for matching: every rule of the folding, the offset map
 * back to the original code points, and whole-string folding. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "unit.h"
#include "util.h"

/* Folds one code point and checks the result against want[0..n). */
static void
check_fold(uint32_t cp, const uint32_t *want, size_t n)
{
  uint32_t out[NG_FOLD_MAX];
  size_t got = ng_fold_cp(cp, out);

  ck_assert_msg(got == n, "U+%04X folds to %zu code points, not %zu",
                (unsigned)cp, got, n);
  for (size_t i = 0; i < n; i++)
    ck_assert_msg(out[i] == want[i], "U+%04X [%zu]: U+%04X, not U+%04X",
                  (unsigned)cp, i, (unsigned)out[i], (unsigned)want[i]);
}

static void
check_one(uint32_t cp, uint32_t want)
{
  check_fold(cp, &want, 1);
}

/* Folds s whole and checks the result. */
static void
check_string(const char *s, const char *want)
{
  char *got = ng_fold_string(s);

  ck_assert_ptr_nonnull(got);
  ck_assert_msg(strcmp(got, want) == 0, "fold(\"%s\") = \"%s\", not \"%s\"",
                s, got, want);
  free(got);
}

/* ---- single code points ------------------------------------------------- */

START_TEST(hamza_alef_forms)
{
  check_one(0x0623, 0x0627); /* أ */
  check_one(0x0625, 0x0627); /* إ */
  check_one(0x0622, 0x0627); /* آ */
  check_one(0x0671, 0x0627); /* ٱ wasla */
  check_one(0x0627, 0x0627); /* ا stays */
  /* hamza on waw and yeh fold to the lone hamza, which stays: the seat
   * moves with the word's endings (وزراء، وزرائها) and spellings differ
   * (مسؤول، مسئول) */
  check_one(0x0624, 0x0621);
  check_one(0x0626, 0x0621);
  check_one(0x0621, 0x0621);
}
END_TEST

START_TEST(yeh_and_teh_marbuta)
{
  check_one(0x0649, 0x064A); /* ى → ي */
  check_one(0x06CC, 0x064A); /* Farsi yeh → ي */
  check_one(0x0629, 0x0647); /* ة → ه */
  check_one(0x06A9, 0x0643); /* keheh → ك */
  check_one(0x064A, 0x064A);
  check_one(0x0647, 0x0647);
}
END_TEST

START_TEST(diacritics_and_tatweel_dropped)
{
  static const uint32_t dropped[] = {
      0x064B, 0x064C, 0x064D, /* tanween */
      0x064E, 0x064F, 0x0650, /* fatha damma kasra */
      0x0651, 0x0652,         /* shadda sukun */
      0x0670,                 /* superscript alef */
      0x0640,                 /* tatweel */
      0x200C, 0x200F, 0xFEFF, /* ZWNJ, RLM, BOM */
      0x00AD,                 /* soft hyphen */
  };
  uint32_t out[NG_FOLD_MAX];

  for (size_t i = 0; i < sizeof dropped / sizeof *dropped; i++)
    ck_assert_msg(ng_fold_cp(dropped[i], out) == 0, "U+%04X kept",
                  (unsigned)dropped[i]);
}
END_TEST

START_TEST(digits)
{
  for (uint32_t d = 0; d < 10; d++) {
    check_one(0x0660 + d, '0' + d); /* Arabic-Indic */
    check_one(0x06F0 + d, '0' + d); /* Extended (Persian) */
    check_one('0' + d, '0' + d);
  }
}
END_TEST

START_TEST(presentation_forms)
{
  static const uint32_t lam_alef[] = {0x0644, 0x0627};
  static const uint32_t allah[] = {0x0627, 0x0644, 0x0644, 0x0647};

  check_fold(0xFEFB, lam_alef, 2); /* ﻻ */
  check_fold(0xFEFC, lam_alef, 2); /* its final form */
  check_fold(0xFEF5, lam_alef, 2); /* ﻵ: lam + alef madda, then folded */
  check_fold(0xFEF7, lam_alef, 2); /* ﻷ: lam + hamza alef */
  check_fold(0xFDF2, allah, 4);    /* ﷲ */
  check_one(0xFE8D, 0x0627);       /* isolated alef */
  check_one(0xFE94, 0x0647);       /* final teh marbuta → ه */
  check_one(0xFEF0, 0x064A);       /* final alef maqsura → ي */
  check_one(0xFB8E, 0x0643);       /* isolated keheh → ك */
}
END_TEST

START_TEST(latin_lowercase)
{
  check_one('A', 'a');
  check_one('Z', 'z');
  check_one('a', 'a');
  check_one('@', '@');
  check_string("Kazakhstan UAE", "kazakhstan uae");
}
END_TEST

START_TEST(spaces)
{
  check_one(0x00A0, ' '); /* &nbsp; from HTML */
  check_one(0x202F, ' ');
  check_one(' ', ' ');
}
END_TEST

/* ---- whole strings ------------------------------------------------------ */

START_TEST(fold_string_rules)
{
  check_string("أحمد", "احمد");
  check_string("إيران", "ايران");
  check_string("آسيا", "اسيا");
  check_string("مُوسَى", "موسي");
  check_string("القاهرة", "القاهره");
  check_string("مـــصـر", "مصر");
  check_string("عامَ ٢٠٢٤ و۱۹۹۰", "عام 2024 و1990");
  check_string("\xEF\xBB\xBB بأس", "لا باس"); /* U+FEFB */
  check_string("بسم \xEF\xB7\xB2", "بسم الله");  /* U+FDF2 */
  check_string("", "");
}
END_TEST

START_TEST(fold_string_whitespace)
{
  check_string("  روسيا  \t\n  الصين  ", "روسيا الصين");
  check_string("a\r\n\r\nb", "a b");
  check_string("كازاخستان\xC2\xA0\xC2\xA0 الإمارات", "كازاخستان الامارات");
  check_string(" \t\n ", "");
  /* a dropped mark between spaces does not leave two spaces */
  check_string("x \xD9\x8E y", "x y");
}
END_TEST

/* ---- the offset map ----------------------------------------------------- */

/* Normalizes s into t; the caller frees t. */
static void
normalize(ng_text *t, const char *s)
{
  memset(t, 0, sizeof *t);
  ck_assert_int_eq(ng_text_normalize(t, s, strlen(s)), NG_OK);
}

START_TEST(map_plain)
{
  ng_text t;

  normalize(&t, "abc");
  ck_assert_uint_eq(t.n_orig, 3);
  ck_assert_uint_eq(t.n_fold, 3);
  for (size_t i = 0; i <= 3; i++)
    ck_assert_uint_eq(t.map[i], i);
  ng_text_free(&t);
  normalize(&t, "");
  ck_assert_uint_eq(t.n_orig, 0);
  ck_assert_uint_eq(t.n_fold, 0);
  ck_assert_uint_eq(t.map[0], 0);
  ng_text_free(&t);
}
END_TEST

/* "كَتَبَ" → ك ت ب: each folded letter points at its own original letter
 * past the dropped marks, and the end points past the last mark. */
START_TEST(map_after_dropped_diacritics)
{
  ng_text t;

  normalize(&t, "\xD9\x83\xD9\x8E\xD8\xAA\xD9\x8E\xD8\xA8\xD9\x8E x");
  ck_assert_uint_eq(t.n_orig, 8);
  ck_assert_uint_eq(t.n_fold, 5);
  ck_assert_uint_eq(t.fold[0], 0x0643);
  ck_assert_uint_eq(t.fold[1], 0x062A);
  ck_assert_uint_eq(t.fold[2], 0x0628);
  ck_assert_uint_eq(t.map[0], 0);
  ck_assert_uint_eq(t.map[1], 2);
  ck_assert_uint_eq(t.map[2], 4);
  ck_assert_uint_eq(t.map[3], 6); /* the space */
  ck_assert_uint_eq(t.map[4], 7); /* x */
  ck_assert_uint_eq(t.map[5], 8); /* map[n_fold] == n_orig */
  ng_text_free(&t);
}
END_TEST

/* A ligature that expands: every folded code point of it points at the
 * ligature, and what follows is still mapped to its own original. */
START_TEST(map_after_expanded_ligature)
{
  ng_text t;

  /* "ـ" U+0640, U+FDF2, "و", U+FEFB, "ب" */
  normalize(&t, "\xD9\x80\xEF\xB7\xB2\xD9\x88\xEF\xBB\xBB\xD8\xA8");
  ck_assert_uint_eq(t.n_orig, 5);
  ck_assert_uint_eq(t.n_fold, 8);
  {
    static const uint32_t fold[] = {0x0627, 0x0644, 0x0644, 0x0647,
                                    0x0648, 0x0644, 0x0627, 0x0628};
    static const size_t map[] = {1, 1, 1, 1, 2, 3, 3, 4, 5};
    for (size_t i = 0; i < 8; i++)
      ck_assert_uint_eq(t.fold[i], fold[i]);
    for (size_t i = 0; i <= 8; i++)
      ck_assert_msg(t.map[i] == map[i], "map[%zu] = %zu, not %zu", i,
                    t.map[i], map[i]);
  }
  ng_text_free(&t);
}
END_TEST

/* Many ligatures force the folded buffer to grow past the original's size;
 * the map stays monotonic and complete. */
START_TEST(map_many_ligatures)
{
  ng_buf b = {0};
  ng_text t;

  for (int i = 0; i < 500; i++)
    ck_assert_int_eq(ng_buf_put_cp(&b, 0xFDF2), NG_OK);
  normalize(&t, b.data);
  ck_assert_uint_eq(t.n_orig, 500);
  ck_assert_uint_eq(t.n_fold, 2000);
  for (size_t i = 0; i < t.n_fold; i++)
    ck_assert_uint_eq(t.map[i], i / 4);
  ck_assert_uint_eq(t.map[t.n_fold], t.n_orig);
  ng_text_free(&t);
  ng_buf_free(&b);
}
END_TEST

/* Malformed UTF-8 still yields one code point per bad byte, so offsets
 * keep counting. */
START_TEST(map_malformed_input)
{
  ng_text t;

  normalize(&t, "a\xFF\xD8\xA8");
  ck_assert_uint_eq(t.n_orig, 3);
  ck_assert_uint_eq(t.orig[1], 0xFFFD);
  ck_assert_uint_eq(t.n_fold, 3);
  ck_assert_uint_eq(t.map[2], 2);
  ck_assert_uint_eq(t.map[3], 3);
  ng_text_free(&t);
  ng_text_free(NULL);
}
END_TEST

static Suite *
make_suite(void)
{
  Suite *s = suite_create("normalize");
  TCase *tc = tcase_create("normalize");

  tcase_add_test(tc, hamza_alef_forms);
  tcase_add_test(tc, yeh_and_teh_marbuta);
  tcase_add_test(tc, diacritics_and_tatweel_dropped);
  tcase_add_test(tc, digits);
  tcase_add_test(tc, presentation_forms);
  tcase_add_test(tc, latin_lowercase);
  tcase_add_test(tc, spaces);
  tcase_add_test(tc, fold_string_rules);
  tcase_add_test(tc, fold_string_whitespace);
  tcase_add_test(tc, map_plain);
  tcase_add_test(tc, map_after_dropped_diacritics);
  tcase_add_test(tc, map_after_expanded_ligature);
  tcase_add_test(tc, map_many_ligatures);
  tcase_add_test(tc, map_malformed_input);
  suite_add_tcase(s, tc);
  return s;
}

NG_UNIT_MAIN(make_suite)
