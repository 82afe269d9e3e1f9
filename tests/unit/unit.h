/* Shared by the Check unit tests: the main() that runs one suite and
 * reports it as TAP on stdout for automake's tap-driver, and the helpers
 * several suites need (temporary files, lexicons loaded from Turtle
 * written in the test, the shipped ontology). */
#ifndef NG_UNIT_H
#define NG_UNIT_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "newsgraph/newsgraph.h"

#define NG_UNIT_MAIN(make_suite)                                             \
  int main(void)                                                             \
  {                                                                          \
    SRunner *sr = srunner_create(make_suite());                              \
    int failed;                                                              \
    srunner_set_tap(sr, "-");                                                \
    srunner_run_all(sr, CK_SILENT);                                          \
    failed = srunner_ntests_failed(sr);                                      \
    srunner_free(sr);                                                        \
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;                             \
  }

/* The ontology directory the tests load (set by make check). */
#define NG_TEST_ONTOLOGY                                                     \
  (getenv("NEWSGRAPH_ONTOLOGY") ? getenv("NEWSGRAPH_ONTOLOGY") : "ontology")

/* The prefixes every Turtle lexicon written in a test starts with. */
#define NG_UNIT_TTL_PREFIXES                                                 \
  "@prefix ng:   <https://w3id.org/newsgraph/ns#> .\n"                      \
  "@prefix ngid: <https://w3id.org/newsgraph/id/> .\n"                      \
  "@prefix ngr:  <https://w3id.org/newsgraph/rule/> .\n"                    \
  "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"

/* Writes head (when not NULL) and then body to a new temporary file
 * /tmp/ng-test-<what>-XXXXXX; returns its path, which the caller unlinks
 * and frees. */
static inline char *
ng_unit_write_temp(const char *what, const char *head, const char *body)
{
  size_t n = strlen("/tmp/ng-test--XXXXXX") + strlen(what) + 1;
  char *path = malloc(n);
  FILE *fp;
  int fd;

  ck_assert_ptr_nonnull(path);
  snprintf(path, n, "/tmp/ng-test-%s-XXXXXX", what);
  fd = mkstemp(path);
  ck_assert_int_ge(fd, 0);
  fp = fdopen(fd, "w");
  ck_assert_ptr_nonnull(fp);
  if (head)
    fputs(head, fp);
  fputs(body, fp);
  ck_assert_int_eq(fclose(fp), 0);
  return path;
}

/* Fails the test, with the place and message, unless loading a lexicon
 * went well. */
#define NG_UNIT_ASSERT_LOADED(status, err)                                   \
  ck_assert_msg((status) == NG_OK, "%s:%lu: %s", (err).file, (err).line,     \
                (err).message)

/* A new lexicon (the caller frees it) loaded from the Turtle head + body,
 * through a temporary file named after what; an error fails the test. */
static inline ng_lexicon *
ng_unit_lexicon_from(const char *what, const char *head, const char *body)
{
  char *path = ng_unit_write_temp(what, head, body);
  ng_lexicon *lex;
  ng_error err;

  ck_assert_int_eq(ng_lexicon_new(&lex), NG_OK);
  memset(&err, 0, sizeof err);
  NG_UNIT_ASSERT_LOADED(ng_lexicon_load_file(lex, path, &err), err);
  unlink(path);
  free(path);
  return lex;
}

/* A new lexicon (the caller frees it) of the shipped ontology; an error
 * fails the test. */
static inline ng_lexicon *
ng_unit_lexicon_shipped(void)
{
  ng_lexicon *lex;
  ng_error err;

  ck_assert_int_eq(ng_lexicon_new(&lex), NG_OK);
  memset(&err, 0, sizeof err);
  NG_UNIT_ASSERT_LOADED(ng_lexicon_load_dir(lex, NG_TEST_ONTOLOGY, &err), err);
  return lex;
}

/* Defines lex, a lexicon loaded from the Turtle head + body before each
 * test of a case and freed after it, and the fixture (setup, teardown) that
 * does it: tcase_add_checked_fixture(tc, setup, teardown). */
#define NG_UNIT_LEXICON_FIXTURE(what, head, body)                            \
  static ng_lexicon *lex;                                                    \
  static void setup(void)                                                    \
  {                                                                          \
    lex = ng_unit_lexicon_from(what, head, body);                            \
  }                                                                          \
  static void teardown(void)                                                 \
  {                                                                          \
    ng_lexicon_free(lex);                                                    \
    lex = NULL;                                                              \
  }

/* A new suite called name whose first case, "small", runs each of its
 * tests between setup and teardown; *small is that case, for the tests. */
static inline Suite *
ng_unit_suite(const char *name, TCase **small, SFun setup, SFun teardown)
{
  Suite *s = suite_create(name);

  *small = tcase_create("small");
  tcase_add_checked_fixture(*small, setup, teardown);
  suite_add_tcase(s, *small);
  return s;
}

/* Adds test to s as a case of its own, "integration": it loads the shipped
 * ontology, which takes a moment under valgrind. */
static inline void
ng_unit_add_integration(Suite *s, const TTest *test)
{
  TCase *tc = tcase_create("integration");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test);
  suite_add_tcase(s, tc);
}

/* Adds a loop test over n cases to s as an "integration" case of its own
 * (the shipped ontology, loaded once per case). */
static inline void
ng_unit_add_integration_loop(Suite *s, const TTest *test, int n)
{
  TCase *tc = tcase_create("integration");

  tcase_set_timeout(tc, 120);
  tcase_add_loop_test(tc, test, 0, n);
  suite_add_tcase(s, tc);
}

#endif
