/* Sentences, tokens and clitic readings over folded text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "segment.h"
#include "unit.h"
#include "util.h"

/* A text and its segments, built from a UTF-8 string. */
typedef struct seg_fixture {
  ng_text t;
  ng_segments s;
} seg_fixture;

static void
seg_build(seg_fixture *f, const char *text)
{
  memset(f, 0, sizeof *f);
  ck_assert_int_eq(ng_text_normalize(&f->t, text, strlen(text)), NG_OK);
  ck_assert_int_eq(ng_segment(&f->s, &f->t), NG_OK);
}

static void
seg_free(seg_fixture *f)
{
  ng_segments_free(&f->s);
  ng_text_free(&f->t);
}

/* The folded text of sentence i (caller frees). */
static char *
sentence_text(const seg_fixture *f, size_t i)
{
  ng_buf b = {0};

  for (size_t k = f->s.sentences[i].fbegin; k < f->s.sentences[i].fend; k++)
    ck_assert_int_eq(ng_buf_put_cp(&b, f->t.fold[k]), NG_OK);
  return ng_buf_take(&b);
}

/* Checks that text splits into exactly the n folded sentences want. */
static void
check_sentences(const char *text, const char *const *want, size_t n)
{
  seg_fixture f;

  seg_build(&f, text);
  ck_assert_msg(f.s.n_sentences == n, "\"%s\": %zu sentences, not %zu", text,
                f.s.n_sentences, n);
  for (size_t i = 0; i < n; i++) {
    char *got = sentence_text(&f, i);
    ck_assert_msg(strcmp(got, want[i]) == 0, "sentence %zu: \"%s\", not \"%s\"",
                  i, got, want[i]);
    free(got);
    for (size_t k = f.s.sentences[i].first; k < f.s.sentences[i].end; k++)
      ck_assert_uint_eq(f.s.tokens[k].sentence, i);
  }
  seg_free(&f);
}

/* ---- sentences ---------------------------------------------------------- */

START_TEST(sentence_marks)
{
  static const char *const want[] = {
      "المغرب يرحب بالقرار.", "هل تقبل تونس؟", "نعم!", "ولماذا?",
      "اولا؛",                 "ثانيا",          "سطر اخر",
  };

  check_sentences("المغرب يرحب بالقرار. هل تقبل تونس؟ نعم! ولماذا? أولاً؛ "
                  "ثانياً\nسطر آخر",
                  want, sizeof want / sizeof *want);
}
END_TEST

START_TEST(sentence_not_inside_numbers)
{
  static const char *const want[] = {"ارتفع المءشر 3.5 نقطه و 1,250 سهما.",
                                     "ثم هبط."};
  seg_fixture f;

  check_sentences("ارتفع المؤشر 3.5 نقطة و 1,250 سهماً. ثم هبط.", want, 2);
  /* the decimal number is one token */
  seg_build(&f, "بلغ 3.5 و٢٫٧.");
  ck_assert_uint_eq(f.s.n_tokens, 5);
  ck_assert_int_eq(f.s.tokens[1].kind, NG_TOKEN_NUMBER);
  ck_assert_str_eq(f.s.tokens[1].form, "3.5");
  ck_assert_int_eq(f.s.tokens[3].kind, NG_TOKEN_NUMBER);
  ck_assert_str_eq(f.s.tokens[3].form, "2\xD9\xAB" "7"); /* U+066B kept */
  ck_assert_int_eq(f.s.tokens[4].kind, NG_TOKEN_PUNCT);
  seg_free(&f);
}
END_TEST

START_TEST(sentence_not_inside_quotes)
{
  static const char *const curly[] = {
      "قال الوزير: “لن نتراجع. سنواصل!” ثم غادر.", "وانتهي اللقاء."};
  static const char *const guillemets[] = {
      "وكتبت الصحيفه «الازمه تتعمق. والحل بعيد؟» في افتتاحيتها.",
      "ولم ترد الحكومه."};
  static const char *const straight[] = {"وردد \"كفي. كفي.\" بصوت عال.",
                                         "ثم صمت."};

  check_sentences("قال الوزير: “لن نتراجع. سنواصل!” ثم غادر. وانتهى اللقاء.",
                  curly, 2);
  check_sentences("وكتبت الصحيفة «الأزمة تتعمق. والحل بعيد؟» في افتتاحيتها. "
                  "ولم ترد الحكومة.",
                  guillemets, 2);
  check_sentences("وردد \"كفى. كفى.\" بصوت عالٍ. ثم صمت.", straight, 2);
}
END_TEST

/* A line break ends a sentence even inside an unclosed quote, so one stray
 * quote mark cannot swallow the rest of an article. */
START_TEST(sentence_newline_resets_quotes)
{
  static const char *const want[] = {"قال: «بدايه", "فقره ثانيه.", "ثالثه."};

  check_sentences("قال: «بداية\nفقرة ثانية. ثالثة.", want, 3);
}
END_TEST

/* An unclosed quote holds sentences together for a few hundred characters
 * at most. */
START_TEST(sentence_long_quote_ends)
{
  ng_buf text = {0};
  seg_fixture f;

  ck_assert_int_eq(ng_buf_puts(&text, "قال \""), NG_OK);
  for (int k = 0; k < 40; k++)
    ck_assert_int_eq(ng_buf_puts(&text, "جملة قصيرة. "), NG_OK);
  seg_build(&f, text.data);
  ck_assert_uint_gt(f.s.n_sentences, 10);
  ck_assert_uint_lt(f.s.n_sentences, 40);
  seg_free(&f);
  ng_buf_free(&text);
}
END_TEST

START_TEST(sentence_empty_and_blank)
{
  seg_fixture f;

  seg_build(&f, "");
  ck_assert_uint_eq(f.s.n_sentences, 0);
  ck_assert_uint_eq(f.s.n_tokens, 0);
  seg_free(&f);
  seg_build(&f, "\n\n  \n");
  ck_assert_uint_eq(f.s.n_sentences, 0);
  seg_free(&f);
}
END_TEST

/* ---- tokens ------------------------------------------------------------- */

START_TEST(tokens_and_punctuation)
{
  seg_fixture f;

  seg_build(&f, "وروسيا، والصين (معاً) في 2024.");
  ck_assert_uint_eq(f.s.n_tokens, 9);
  {
    static const struct {
      ng_token_kind kind;
      const char *form;
      uint32_t punct;
    } want[] = {
        {NG_TOKEN_WORD, "وروسيا", 0}, {NG_TOKEN_PUNCT, "،", 0x060C},
        {NG_TOKEN_WORD, "والصين", 0}, {NG_TOKEN_PUNCT, "(", '('},
        {NG_TOKEN_WORD, "معا", 0},    {NG_TOKEN_PUNCT, ")", ')'},
        {NG_TOKEN_WORD, "في", 0},     {NG_TOKEN_NUMBER, "2024", 0},
        {NG_TOKEN_PUNCT, ".", '.'},
    };
    for (size_t i = 0; i < 9; i++) {
      const ng_token *t = &f.s.tokens[i];
      ck_assert_msg(t->kind == want[i].kind, "token %zu kind", i);
      ck_assert_str_eq(t->form, want[i].form);
      ck_assert_uint_eq(t->punct, want[i].punct);
      ck_assert_uint_eq(t->sentence, 0);
      if (t->kind != NG_TOKEN_WORD)
        ck_assert_uint_eq(t->n_readings, 0);
    }
  }
  /* folded offsets: "وروسيا" is 6 code points, then "،" */
  ck_assert_uint_eq(f.s.tokens[0].fbegin, 0);
  ck_assert_uint_eq(f.s.tokens[0].fend, 6);
  ck_assert_uint_eq(f.s.tokens[1].fbegin, 6);
  ck_assert_uint_eq(f.s.tokens[2].fbegin, 8);
  seg_free(&f);
}
END_TEST

/* Diacritics inside a word do not split it: tokens live on folded text. */
START_TEST(tokens_over_folded_text)
{
  seg_fixture f;

  seg_build(&f, "الإِمَارَاتُ تُرَحِّبُ");
  ck_assert_uint_eq(f.s.n_tokens, 2);
  ck_assert_str_eq(f.s.tokens[0].form, "الامارات");
  ck_assert_str_eq(f.s.tokens[1].form, "ترحب");
  seg_free(&f);
}
END_TEST

START_TEST(word_cp)
{
  ck_assert(ng_is_word_cp(0x0628));  /* ب */
  ck_assert(ng_is_word_cp(0x0621));  /* ء */
  ck_assert(ng_is_word_cp('k'));
  ck_assert(ng_is_word_cp('7'));
  ck_assert(ng_is_word_cp(0x00E9));  /* é */
  ck_assert(!ng_is_word_cp(0x060C)); /* ، */
  ck_assert(!ng_is_word_cp(0x061F)); /* ؟ */
  ck_assert(!ng_is_word_cp(0x00AB)); /* « */
  ck_assert(!ng_is_word_cp(' '));
  ck_assert(!ng_is_word_cp(0x00D7)); /* × */
}
END_TEST

/* ---- clitic readings ---------------------------------------------------- */

/* The readings of one folded word, through ng_token_readings. */
static void
readings_of(ng_token *tok, const char *word)
{
  char *folded = ng_fold_string(word);

  memset(tok, 0, sizeof *tok);
  tok->kind = NG_TOKEN_WORD;
  tok->form = folded;
  ck_assert_int_eq(ng_token_readings(tok), NG_OK);
}

static void
readings_free(ng_token *tok)
{
  for (size_t r = 0; r < tok->n_readings; r++)
    free(tok->readings[r].key);
  free(tok->readings);
  free(tok->form);
}

/* The reading of tok with key and exactly flags, or NULL. */
static const ng_reading *
find_reading(const ng_token *tok, const char *key, unsigned flags)
{
  for (size_t r = 0; r < tok->n_readings; r++)
    if (tok->readings[r].flags == flags &&
        strcmp(tok->readings[r].key, key) == 0)
      return &tok->readings[r];
  return NULL;
}

/* Checks that word has the reading key with flags and prefix. */
static void
check_reading(const char *word, const char *key, unsigned flags,
              unsigned prefix)
{
  ng_token tok;
  const ng_reading *rd;

  readings_of(&tok, word);
  rd = find_reading(&tok, key, flags);
  ck_assert_msg(rd != NULL, "%s has no reading %s with flags 0x%x", word, key,
                flags);
  ck_assert_msg(rd->prefix == prefix, "%s → %s: prefix %u, not %u", word, key,
                rd->prefix, prefix);
  /* the word as written is always a reading too */
  ck_assert_msg(find_reading(&tok, tok.form, 0) != NULL, "%s unread", word);
  readings_free(&tok);
}

/* Checks that word has no reading with key (under any flags). */
static void
check_no_reading(const char *word, const char *key)
{
  ng_token tok;

  readings_of(&tok, word);
  for (size_t r = 0; r < tok.n_readings; r++)
    ck_assert_msg(strcmp(tok.readings[r].key, key) != 0,
                  "%s has a reading %s (flags 0x%x)", word, key,
                  tok.readings[r].flags);
  readings_free(&tok);
}

START_TEST(clitic_prepositions)
{
  check_reading("لكازاخستان", "كازاخستان", NG_CL_PREP_L, 1);
  check_reading("بموسكو", "موسكو", NG_CL_PREP_B, 1);
  check_reading("كدولة", "دوله", NG_CL_PREP_K, 1);
  check_reading("للنيجر", "نيجر", NG_CL_PREP_L | NG_CL_ART, 1);
  check_reading("بالعراق", "عراق", NG_CL_PREP_B | NG_CL_ART, 1);
}
END_TEST

START_TEST(clitic_conjunctions)
{
  check_reading("وروسيا", "روسيا", NG_CL_CONJ, 1);
  check_reading("فروسيا", "روسيا", NG_CL_CONJ, 1);
  check_reading("والصين", "صين", NG_CL_CONJ | NG_CL_ART, 1);
  check_reading("ولتركيا", "تركيا", NG_CL_CONJ | NG_CL_PREP_L, 2);
  check_reading("وللسودان", "سودان", NG_CL_CONJ | NG_CL_PREP_L | NG_CL_ART, 2);
}
END_TEST

START_TEST(clitic_article)
{
  check_reading("الصين", "صين", NG_CL_ART, 0);
  check_reading("الإمارات", "امارات", NG_CL_ART, 0);
}
END_TEST

START_TEST(clitic_future)
{
  check_reading("ستقدم", "تقدم", NG_CL_FUT, 1);
  check_reading("سيرسل", "يرسل", NG_CL_FUT, 1);
  check_reading("وسنعمل", "نعمل", NG_CL_CONJ | NG_CL_FUT, 2);
}
END_TEST

START_TEST(clitic_suffixes)
{
  check_reading("دعمها", "دعم", NG_CL_SUFFIX, 0);
  check_reading("خارجيتها", "خارجيه", NG_CL_SUFFIX, 0);
  check_reading("رئيسهم", "رءيس", NG_CL_SUFFIX, 0);
  check_reading("وزرائها", "وزراء", NG_CL_SUFFIX, 0);
  check_reading("ودعمه", "دعم", NG_CL_CONJ | NG_CL_SUFFIX, 1);
  check_reading("لحكومتنا", "حكومه", NG_CL_PREP_L | NG_CL_SUFFIX, 1);
}
END_TEST

START_TEST(clitic_accusative)
{
  check_reading("حليفًا", "حليف", NG_CL_ACC, 0);
  check_reading("شريكاً", "شريك", NG_CL_ACC, 0);
  /* an alef after ه or ن is a pronoun or part of the word, not tanween */
  check_no_reading("دعمها", "دعمه");
}
END_TEST

/* Short words keep their letters: بأن is not ب + a name, and a two-letter
 * remainder is never taken for a stem. */
START_TEST(clitic_limits)
{
  check_no_reading("بأن", "ان");
  check_no_reading("لها", "ها");
  check_no_reading("الى", "ي");
}
END_TEST

/* Short particles after و keep a reading of their own (ولم → لم), so
 * negation after a conjunction is seen. */
START_TEST(clitic_short_particles)
{
  check_reading("ولم", "لم", NG_CL_CONJ, 1);
  check_reading("ولن", "لن", NG_CL_CONJ, 1);
  check_no_reading("لن", "ن");
}
END_TEST

/* Readings are not repeated: one per (key, flags, prefix). */
START_TEST(readings_unique)
{
  ng_token tok;

  readings_of(&tok, "وللمصريين");
  for (size_t a = 0; a < tok.n_readings; a++)
    for (size_t b = a + 1; b < tok.n_readings; b++)
      ck_assert(!(tok.readings[a].flags == tok.readings[b].flags &&
                  tok.readings[a].prefix == tok.readings[b].prefix &&
                  strcmp(tok.readings[a].key, tok.readings[b].key) == 0));
  readings_free(&tok);
}
END_TEST

/* ng_segment gives every word token its readings. */
START_TEST(segment_gives_readings)
{
  seg_fixture f;

  seg_build(&f, "وأعلنت للنيجر.");
  ck_assert_uint_eq(f.s.n_tokens, 3);
  ck_assert_ptr_nonnull(find_reading(&f.s.tokens[0], "اعلنت", NG_CL_CONJ));
  ck_assert_ptr_nonnull(
      find_reading(&f.s.tokens[1], "نيجر", NG_CL_PREP_L | NG_CL_ART));
  seg_free(&f);
}
END_TEST

START_TEST(word_key)
{
  int art = -1;

  ck_assert_str_eq(ng_word_key("الصين", &art), "صين");
  ck_assert_int_eq(art, 1);
  ck_assert_str_eq(ng_word_key("روسيا", &art), "روسيا");
  ck_assert_int_eq(art, 0);
  /* at least two letters must remain after ال */
  ck_assert_str_eq(ng_word_key("الم", &art), "الم");
  ck_assert_int_eq(art, 0);
  ck_assert_str_eq(ng_word_key("الي", &art), "الي");
  ck_assert_int_eq(art, 0);
  ck_assert_str_eq(ng_word_key("الهند", NULL), "هند");
  ck_assert_str_eq(ng_word_key("", &art), "");
  ck_assert_int_eq(art, 0);
  {
    const char *w = "العراق";
    ck_assert_ptr_eq(ng_word_key(w, NULL), w + 4); /* points into word */
  }
}
END_TEST

static Suite *
make_suite(void)
{
  Suite *s = suite_create("segment");
  TCase *tc = tcase_create("segment");

  tcase_add_test(tc, sentence_marks);
  tcase_add_test(tc, sentence_not_inside_numbers);
  tcase_add_test(tc, sentence_not_inside_quotes);
  tcase_add_test(tc, sentence_newline_resets_quotes);
  tcase_add_test(tc, sentence_long_quote_ends);
  tcase_add_test(tc, sentence_empty_and_blank);
  tcase_add_test(tc, tokens_and_punctuation);
  tcase_add_test(tc, tokens_over_folded_text);
  tcase_add_test(tc, word_cp);
  tcase_add_test(tc, clitic_prepositions);
  tcase_add_test(tc, clitic_conjunctions);
  tcase_add_test(tc, clitic_article);
  tcase_add_test(tc, clitic_future);
  tcase_add_test(tc, clitic_suffixes);
  tcase_add_test(tc, clitic_accusative);
  tcase_add_test(tc, clitic_limits);
  tcase_add_test(tc, clitic_short_particles);
  tcase_add_test(tc, readings_unique);
  tcase_add_test(tc, segment_gives_readings);
  tcase_add_test(tc, word_key);
  suite_add_tcase(s, tc);
  return s;
}

NG_UNIT_MAIN(make_suite)
