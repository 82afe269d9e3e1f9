/* Shared main() for the Check unit tests: runs one suite and reports it as
 * TAP on stdout for automake's tap-driver. */
#ifndef NG_UNIT_H
#define NG_UNIT_H

#include <check.h>
#include <stdlib.h>

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

#endif
