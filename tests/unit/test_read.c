/* The read stage: plain text, HTML, XML, encodings, failures, directory
 * listing.  Fixtures live in tests/data/read/ under $NG_SRCDIR. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/newsgraph.h"
#include "unit.h"
#include "utf8.h"

/* The path of fixture name, in a buffer reused by the next call. */
static const char *
fixture(const char *name)
{
  static char path[1024];
  const char *srcdir = getenv("NG_SRCDIR");

  snprintf(path, sizeof path, "%s/tests/data/read/%s",
           srcdir && *srcdir ? srcdir : ".", name);
  return path;
}

static ng_doc *
read_ok(const char *name, const char *encoding)
{
  ng_read_options opts = {encoding};
  ng_error err = {0};
  ng_doc *doc = NULL;
  ng_status st = ng_doc_read_file(&doc, fixture(name), &opts, &err);

  ck_assert_msg(st == NG_OK, "%s: %s", name, err.message);
  ck_assert_ptr_nonnull(doc);
  ck_assert_uint_eq(strlen(doc->text), doc->len);
  return doc;
}

static ng_status
read_fails(const char *name, const char *encoding, ng_error *err)
{
  ng_read_options opts = {encoding};
  ng_doc *doc = (ng_doc *)&doc; /* must be reset to NULL */
  ng_status st = ng_doc_read_file(&doc, fixture(name), &opts, err);

  ck_assert_ptr_null(doc);
  ck_assert_str_eq(err->file, fixture(name));
  return st;
}

/* ---- plain text -------------------------------------------------------- */

START_TEST(text_bom_crlf)
{
  ng_doc *doc = read_ok("bom-crlf.txt", NULL);

  ck_assert_str_eq(doc->text, "عنوان الخبر\n\nالسطر الأول\nالسطر الثاني\n"
                              "السطر الثالث\n");
  ck_assert_str_eq(doc->title, "عنوان الخبر");
  ck_assert_str_eq(doc->lang, "ar");
  ck_assert_str_eq(doc->path, fixture("bom-crlf.txt"));
  ck_assert_ptr_null(doc->date);
  ck_assert_ptr_null(doc->url);
  ng_doc_free(doc);
}
END_TEST

/* Only CR removal moves offsets: a word after a CR LF moves back by one
 * code point per CR before it, and U+00A0 keeps its place as a space. */
START_TEST(text_offsets_only_cr_moves)
{
  const char *in = "قال\xC2\xA0الوزير\r\nإن مصر\rتدعم\r\nالحوار";
  ng_doc *doc = NULL;
  ng_error err = {0};
  const char *in_word, *out_word;
  size_t in_cp, out_cp;

  ck_assert_int_eq(ng_doc_from_text(&doc, "mem", in, strlen(in), &err), NG_OK);
  ck_assert_str_eq(doc->text, "قال الوزير\nإن مصر\nتدعم\nالحوار");
  ck_assert_str_eq(doc->path, "mem");
  in_word = strstr(in, "مصر");
  out_word = strstr(doc->text, "مصر");
  in_cp = ng_utf8_count(in, (size_t)(in_word - in));
  out_cp = ng_utf8_count(doc->text, (size_t)(out_word - doc->text));
  ck_assert_uint_eq(out_cp, in_cp - 1); /* one CR LF before it */
  in_word = strstr(in, "الحوار");
  out_word = strstr(doc->text, "الحوار");
  ck_assert_uint_eq(ng_utf8_count(doc->text, (size_t)(out_word - doc->text)),
                    ng_utf8_count(in, (size_t)(in_word - in)) - 2);
  ck_assert_str_eq(doc->title, "قال الوزير");
  ng_doc_free(doc);
}
END_TEST

START_TEST(text_invalid_utf8)
{
  ng_error err = {0};

  ck_assert_int_eq(read_fails("bad-utf8.txt", NULL, &err), NG_ERR_ENCODING);
  ck_assert_uint_eq(err.line, 3);
  ck_assert_uint_eq(err.column, 4); /* three Arabic letters come first */
  ck_assert_str_eq(err.message, "invalid UTF-8 (byte 0xE9)");
}
END_TEST

START_TEST(text_invalid_utf8_in_memory)
{
  static const char *const bad[] = {"ab\xC0\x80", "x\xED\xA0\x80",
                                    "ok\xE2\x82", "\xF4\x90\x80\x80", NULL};
  ng_doc *doc = NULL;
  ng_error err = {0};

  for (size_t i = 0; bad[i]; i++) {
    ck_assert_int_eq(ng_doc_from_text(&doc, "m", bad[i], strlen(bad[i]), &err),
                     NG_ERR_ENCODING);
    ck_assert_ptr_null(doc);
    ck_assert_uint_eq(err.line, 1);
  }
  ck_assert_uint_eq(err.column, 1);
}
END_TEST

START_TEST(text_binary)
{
  ng_error err = {0};
  const char controls[] = "a\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F\x10";
  ng_doc *doc = NULL;

  ck_assert_int_eq(read_fails("binary.dat", NULL, &err), NG_ERR_BINARY);
  ck_assert_str_eq(err.message, "binary file, not text");
  ck_assert_int_eq(
      ng_doc_from_text(&doc, "m", controls, sizeof controls - 1, &err),
      NG_ERR_BINARY);
  ck_assert_int_eq(ng_doc_from_text(&doc, "m", "a\0b", 3, &err),
                   NG_ERR_BINARY);
  ck_assert_ptr_null(doc);
}
END_TEST

START_TEST(text_empty_is_a_document)
{
  ng_doc *doc = read_ok("empty.txt", NULL);

  ck_assert_str_eq(doc->text, "");
  ck_assert_uint_eq(doc->len, 0);
  ck_assert_ptr_null(doc->title);
  ck_assert_ptr_null(doc->lang);
  ck_assert_ptr_nonnull(doc->iri);
  ng_doc_free(doc);
  ck_assert_int_eq(ng_doc_from_text(&doc, "m", NULL, 0, NULL), NG_OK);
  ck_assert_str_eq(doc->text, "");
  ng_doc_free(doc);
}
END_TEST

START_TEST(text_missing_file)
{
  ng_error err = {0};
  char buf[1200];

  ck_assert_int_eq(read_fails("no-such-file.txt", NULL, &err), NG_ERR_IO);
  ck_assert_str_eq(err.message, "cannot open: No such file or directory");
  ck_assert_uint_eq(err.line, 0);
  ng_error_format(&err, buf, sizeof buf);
  ck_assert_ptr_nonnull(strstr(buf, "no-such-file.txt: cannot open: "));
}
END_TEST

START_TEST(text_directory_is_io_error)
{
  ng_error err = {0};

  ck_assert_int_eq(read_fails("tree", NULL, &err), NG_ERR_IO);
  ck_assert_ptr_nonnull(strstr(err.message, "cannot open: "));
}
END_TEST

START_TEST(text_windows_1256)
{
  ng_doc *doc = read_ok("cp1256.txt", "windows-1256");
  ng_error err = {0};

  ck_assert_str_eq(doc->text,
                   "الأردن يرسل قافلة إغاثة\nوصلت القافلة صباح الأحد.\n");
  ck_assert_str_eq(doc->title, "الأردن يرسل قافلة إغاثة");
  ck_assert_str_eq(doc->lang, "ar");
  ng_doc_free(doc);
  /* Without the option the same bytes are not UTF-8. */
  ck_assert_int_eq(read_fails("cp1256.txt", NULL, &err), NG_ERR_ENCODING);
  ck_assert_uint_eq(err.line, 1);
  ck_assert_uint_eq(err.column, 1);
}
END_TEST

START_TEST(text_unknown_encoding)
{
  ng_error err = {0};

  ck_assert_int_eq(read_fails("cp1256.txt", "no-such-charset", &err),
                   NG_ERR_USAGE);
  ck_assert_str_eq(err.message, "unknown encoding: no-such-charset");
}
END_TEST

START_TEST(text_utf8_option_is_plain)
{
  ng_doc *doc = read_ok("bom-crlf.txt", "utf-8");

  ck_assert_str_eq(doc->title, "عنوان الخبر");
  ng_doc_free(doc);
}
END_TEST

/* ---- identifiers and language ------------------------------------------ */

START_TEST(doc_iri_is_hash_of_text)
{
  ng_doc *a = NULL, *b = NULL, *c = NULL;
  const char *hex;

  ck_assert_int_eq(ng_doc_from_text(&a, "a", "نص", strlen("نص"), NULL), NG_OK);
  ck_assert_int_eq(ng_doc_from_text(&b, "b", "نص\r\n", 6, NULL), NG_OK);
  ck_assert_int_eq(ng_doc_from_text(&c, "c", "نص\n", 5, NULL), NG_OK);
  ck_assert_str_ne(a->iri, b->iri);
  ck_assert_str_eq(b->iri, c->iri); /* the same text after normalizing */
  ck_assert_int_eq(strncmp(a->iri, NG_DOC_NS, strlen(NG_DOC_NS)), 0);
  hex = a->iri + strlen(NG_DOC_NS);
  ck_assert_uint_eq(strlen(hex), 16);
  ck_assert_uint_eq(strspn(hex, "0123456789abcdef"), 16);
  ng_doc_free(a);
  ng_doc_free(b);
  ng_doc_free(c);
}
END_TEST

static void
check_lang(const char *text, const char *want)
{
  ng_doc *doc = NULL;

  ck_assert_int_eq(ng_doc_from_text(&doc, "m", text, strlen(text), NULL),
                   NG_OK);
  if (want)
    ck_assert_str_eq(doc->lang, want);
  else
    ck_assert_ptr_null(doc->lang);
  ng_doc_free(doc);
}

START_TEST(doc_lang_guess)
{
  check_lang("The minister spoke on Monday.", "en");
  check_lang("قال الوزير يوم الاثنين", "ar");
  /* A third of the letters Arabic is enough. */
  check_lang("Security Council مجلس الأمن", "ar");
  check_lang("Министр выступил в понедельник", NULL);
  check_lang("2024 - 12.5", NULL);
}
END_TEST

/* ---- HTML -------------------------------------------------------------- */

START_TEST(html_arabic_article)
{
  ng_doc *doc = read_ok("article-ar.html", NULL);

  ck_assert_str_eq(doc->title, "الإمارات ترسل مساعدات إلى كازاخستان");
  ck_assert_str_eq(doc->date, "2024-04-12T09:30:00+04:00");
  ck_assert_str_eq(doc->url, "https://news.example.org/world/123");
  ck_assert_str_eq(doc->lang, "ar");
  /* No h1 inside <article>: the title leads the text. */
  ck_assert_str_eq(
      doc->text,
      "الإمارات ترسل مساعدات إلى كازاخستان\n"
      "أعلنت دولة الإمارات العربية المتحدة اليوم إرسال طائرة محملة "
      "بالمواد الغذائية والطبية إلى كازاخستان.\n"
      "وقال مسؤول في وزارة الخارجية إن بلاده مستعدة لتقديم المزيد من "
      "الدعم للمتضررين من الفيضانات.\n"
      "نقف إلى جانب أشقائنا في هذه الظروف الصعبة.\n"
      "مواد غذائية\n"
      "أدوية\n"
      "طائرة المساعدات في المطار");
  ck_assert_ptr_null(strstr(doc->text, "السكربت"));
  ck_assert_ptr_null(strstr(doc->text, "إعلان"));
  ck_assert_ptr_null(strstr(doc->text, "الأنماط"));
  ck_assert_ptr_null(strstr(doc->text, "الرئيسية"));
  ck_assert_ptr_null(strstr(doc->text, "الترويسة"));
  ck_assert_ptr_null(strstr(doc->text, "محفوظة"));
  ck_assert_ptr_null(strstr(doc->text, "اقرأ"));
  ck_assert_ptr_null(strstr(doc->text, "\xC2\xA0"));
  ng_doc_free(doc);
}
END_TEST

START_TEST(html_fallbacks)
{
  ng_doc *doc = read_ok("fallbacks.html", NULL);

  ck_assert_str_eq(doc->title, "Aid flights resume"); /* <title>, collapsed */
  ck_assert_str_eq(doc->date, "2024-05-02T08:00Z");   /* <time datetime> */
  ck_assert_str_eq(doc->url, "https://example.com/aid"); /* canonical is
                                                            relative */
  ck_assert_str_eq(doc->lang, "en"); /* no lang attribute: guessed */
  ck_assert_str_eq(doc->text,
                   "Aid flights resume\n"
                   "Posted May 2\n"
                   "Relief flights resumed on Thursday, officials in "
                   "Almaty said.\n"
                   "Tonnes\n"
                   "40\n"
                   "Café owners welcomed the news.");
  ck_assert_ptr_null(strstr(doc->text, "Search"));
  ck_assert_ptr_null(strstr(doc->text, "Loose"));
  ck_assert_ptr_null(strstr(doc->text, "JavaScript"));
  ng_doc_free(doc);
}
END_TEST

START_TEST(html_page_wrapped_in_form)
{
  ng_doc *doc = read_ok("form-page.html", NULL);

  ck_assert_str_eq(doc->text, "Whole page in a form\n"
                              "The story sits inside the page form.");
  ng_doc_free(doc);
}
END_TEST

START_TEST(html_windows_1256_meta)
{
  ng_doc *doc = read_ok("cp1256.html", NULL);

  ck_assert_str_eq(doc->title, "مصر تدعو إلى الحوار");
  ck_assert_str_eq(doc->text, "مصر تدعو إلى الحوار\n"
                              "دعت مصر جميع الأطراف إلى ضبط النفس.");
  ck_assert_str_eq(doc->lang, "ar");
  ng_doc_free(doc);
}
END_TEST

START_TEST(html_sniffed_without_extension)
{
  ng_doc *doc = read_ok("sniffed", NULL);

  ck_assert_str_eq(doc->title, "Sniffed");
  ck_assert_str_eq(doc->text, "Sniffed\nFound by content.");
  ng_doc_free(doc);
}
END_TEST

/* ---- XML --------------------------------------------------------------- */

START_TEST(xml_article)
{
  ng_doc *doc = read_ok("article.xml", NULL);

  ck_assert_str_eq(doc->title, "قطر تتوسط بين الطرفين");
  ck_assert_str_eq(doc->date, "2024-06-01");
  ck_assert_str_eq(doc->url, "https://example.org/qatar-talks");
  ck_assert_str_eq(doc->lang, "ar");
  ck_assert_str_eq(doc->text, "قطر تتوسط بين الطرفين\n"
                              "أعلنت قطر أنها تتوسط بين الطرفين لوقف القتال.\n"
                              "وأكد المتحدث أن المحادثات ستستمر.");
  ng_doc_free(doc);
}
END_TEST

START_TEST(xml_text_element)
{
  ng_doc *doc = read_ok("text-only.xml", NULL);

  ck_assert_str_eq(doc->title, "Talks resume");
  ck_assert_str_eq(doc->url, "https://example.org/talks");
  ck_assert_ptr_null(doc->date);
  ck_assert_str_eq(doc->text, "Talks resume\n"
                              "Negotiators met again on Monday.\n"
                              "A second round is planned.");
  ng_doc_free(doc);
}
END_TEST

START_TEST(xml_broken)
{
  ng_error err = {0};

  ck_assert_int_eq(read_fails("broken.xml", NULL, &err), NG_ERR_PARSE);
  ck_assert_uint_eq(err.line, 5);
  ck_assert_uint_gt(err.column, 0);
  ck_assert_ptr_nonnull(strstr(err.message, "mismatch"));
  ck_assert_ptr_null(strchr(err.message, '\n'));
}
END_TEST

/* ---- directories ------------------------------------------------------- */

START_TEST(dir_list_sorted_recursive)
{
  static const char *const want[] = {
      "tree/Upper.TXT", "tree/a.html",     "tree/b.txt",
      "tree/sub/c.xml", "tree/sub/d.text", "tree/sub/deeper/e.htm",
      "tree/z.xhtml"};
  size_t nwant = sizeof want / sizeof *want, n = 99;
  char **list = NULL, dir[1024];
  ng_error err = {0};

  snprintf(dir, sizeof dir, "%s", fixture("tree"));
  ck_assert_int_eq(ng_dir_list(&list, &n, dir, &err), NG_OK);
  ck_assert_uint_eq(n, nwant);
  for (size_t i = 0; i < nwant; i++)
    ck_assert_str_eq(list[i], fixture(want[i]));
  ck_assert_ptr_null(list[n]);
  ng_strv_free(list);
}
END_TEST

START_TEST(dir_list_missing)
{
  char **list = (char **)&list;
  size_t n = 7;
  ng_error err = {0};

  ck_assert_int_eq(ng_dir_list(&list, &n, fixture("no-such-dir"), &err),
                   NG_ERR_IO);
  ck_assert_ptr_null(list);
  ck_assert_uint_eq(n, 0);
  ck_assert_ptr_nonnull(strstr(err.message, "cannot open: "));
  ck_assert_int_eq(ng_dir_list(&list, NULL, fixture("empty.txt"), NULL),
                   NG_ERR_IO);
}
END_TEST

START_TEST(free_accepts_null)
{
  ng_doc_free(NULL);
  ng_strv_free(NULL);
}
END_TEST

static Suite *
make_suite(void)
{
  Suite *s = suite_create("read");
  TCase *text = tcase_create("text"), *html = tcase_create("html");
  TCase *xml = tcase_create("xml"), *dir = tcase_create("dir");

  tcase_add_test(text, text_bom_crlf);
  tcase_add_test(text, text_offsets_only_cr_moves);
  tcase_add_test(text, text_invalid_utf8);
  tcase_add_test(text, text_invalid_utf8_in_memory);
  tcase_add_test(text, text_binary);
  tcase_add_test(text, text_empty_is_a_document);
  tcase_add_test(text, text_missing_file);
  tcase_add_test(text, text_directory_is_io_error);
  tcase_add_test(text, text_windows_1256);
  tcase_add_test(text, text_unknown_encoding);
  tcase_add_test(text, text_utf8_option_is_plain);
  tcase_add_test(text, doc_iri_is_hash_of_text);
  tcase_add_test(text, doc_lang_guess);
  tcase_add_test(text, free_accepts_null);
  tcase_add_test(html, html_arabic_article);
  tcase_add_test(html, html_fallbacks);
  tcase_add_test(html, html_page_wrapped_in_form);
  tcase_add_test(html, html_windows_1256_meta);
  tcase_add_test(html, html_sniffed_without_extension);
  tcase_add_test(xml, xml_article);
  tcase_add_test(xml, xml_text_element);
  tcase_add_test(xml, xml_broken);
  tcase_add_test(dir, dir_list_sorted_recursive);
  tcase_add_test(dir, dir_list_missing);
  suite_add_tcase(s, text);
  suite_add_tcase(s, html);
  suite_add_tcase(s, xml);
  suite_add_tcase(s, dir);
  return s;
}

NG_UNIT_MAIN(make_suite)
