/* Diagram export: aggregation over analyses, how actors, stances and
 * relations are drawn in DOT, and that SVG, PNG and PDF come out. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "newsgraph/newsgraph.h"
#include "unit.h"

#define ID(x) NG_ID_NS "test-" x

/* The actors of a made-up article; none of this comes from a real one. */
static ng_entity uae = {.iri = ID("uae"),
                        .type = NG_COUNTRY,
                        .label_ar = "الإمارات",
                        .label_en = "United Arab Emirates"};
static ng_entity kaz = {.iri = ID("kaz"),
                        .type = NG_COUNTRY,
                        .label_ar = "كازاخستان",
                        .label_en = "Kazakhstan"};
static ng_entity un = {.iri = ID("un"),
                       .type = NG_ORGANIZATION,
                       .label_ar = "الأمم المتحدة",
                       .label_en = "United Nations"};
static ng_entity leader = {.iri = ID("leader"),
                           .type = NG_PERSON,
                           .label_ar = "رئيس كازاخستان",
                           .label_en = "President of Kazakhstan"};
static ng_entity city = {.iri = ID("city"),
                         .type = NG_PLACE,
                         .label_ar = "ألماتي",
                         .label_en = "Almaty"};
/* Only an English name. */
static ng_entity crescent = {.iri = ID("crescent"),
                             .type = NG_ORGANIZATION,
                             .label_en = "Red Crescent"};
/* No name at all: the label falls back to the IRI's (Arabic) last segment. */
static ng_entity unnamed = {.iri = NG_ID_NS "%D8%B3%D8%A7%D9%85%D9%8A",
                            .type = NG_PERSON};
/* Mentioned only: must not become a node. */
static ng_entity bystander = {.iri = ID("bystander"),
                              .type = NG_COUNTRY,
                              .label_ar = "روسيا",
                              .label_en = "Russia"};
/* Only in a stance below the confidence threshold. */
static ng_entity doubtful = {
    .iri = ID("doubtful"), .type = NG_PLACE, .label_en = "Doubtful Place"};

#define STANCE(h, ty, t, neg, hed, conf)                                      \
  {                                                                           \
    .holder = (h), .target = (t), .type = (ty), .negated = (neg),             \
    .hedged = (hed), .confidence = (conf)                                     \
  }

static ng_stance stances_a[] = {
    STANCE(&uae, NG_SUPPORT, &kaz, false, false, 0.9),
    STANCE(&uae, NG_OFFER_AID, &kaz, false, false, 0.8),
    STANCE(&kaz, NG_REQUEST, &un, false, true, 0.7),
    STANCE(&un, NG_CRITICIZE, &uae, true, false, 0.75),
    STANCE(&un, NG_MEDIATE, &kaz, false, false, 0.6),
    STANCE(&crescent, NG_PROVIDE_AID, &kaz, false, false, 0.8),
    STANCE(&unnamed, NG_THREATEN, &uae, false, false, 0.6),
    STANCE(&kaz, NG_SANCTION, &doubtful, false, false, 0.1),
    STANCE(&kaz, NG_REJECT, NULL, false, false, 0.9),
};

static ng_relation relations_a[] = {
    {.subject = &leader,
     .type = NG_LEADER_OF,
     .object = &kaz,
     .confidence = 0.9},
    {.subject = &city,
     .type = NG_LOCATED_IN,
     .object = &kaz,
     .confidence = 0.9},
};

static ng_entity *entities_a[] = {&uae,     &kaz,       &un,
                                  &leader,  &city,      &crescent,
                                  &unnamed, &bystander, &doubtful};

static ng_stance stances_b[] = {
    STANCE(&uae, NG_SUPPORT, &kaz, false, false, 0.95),
};

static ng_entity *entities_b[] = {&uae, &kaz};

static ng_doc doc_a = {
    .iri = NG_DOC_NS "test-a", .path = "a.txt", .text = "", .len = 0};
static ng_doc doc_b = {
    .iri = NG_DOC_NS "test-b", .path = "b.txt", .text = "", .len = 0};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static ng_analysis analysis_a = {
    .doc = &doc_a,
    .stances = stances_a,
    .n_stances = COUNT(stances_a),
    .relations = relations_a,
    .n_relations = COUNT(relations_a),
    .entities = entities_a,
    .n_entities = COUNT(entities_a),
};

static ng_analysis analysis_b = {
    .doc = &doc_b,
    .stances = stances_b,
    .n_stances = COUNT(stances_b),
    .entities = entities_b,
    .n_entities = COUNT(entities_b),
};

/* ---- helpers ------------------------------------------------------------ */

/* Everything written to fp since it was opened, NUL-terminated; *n is the
 * byte count.  The caller frees it. */
static char *
slurp(FILE *fp, size_t *n)
{
  long size;
  char *data;

  ck_assert_int_eq(fflush(fp), 0);
  size = ftell(fp);
  ck_assert_int_ge(size, 0);
  rewind(fp);
  data = malloc((size_t)size + 1);
  ck_assert_ptr_nonnull(data);
  ck_assert_uint_eq(fread(data, 1, (size_t)size, fp), (size_t)size);
  data[size] = '\0';
  *n = (size_t)size;
  return data;
}

/* d written in format, as a new buffer the caller frees. */
static char *
render(ng_diagram *d, ng_format format, size_t *n)
{
  FILE *fp = tmpfile();
  ng_error err = {0};
  ng_status status;
  char *out;

  ck_assert_ptr_nonnull(fp);
  status = ng_diagram_write(d, format, fp, &err);
  ck_assert_msg(status == NG_OK, "%s: %s", ng_strerror(status), err.message);
  out = slurp(fp, n);
  fclose(fp);
  return out;
}

/* The diagram of analysis a added twice and b once, facts under 0.5 out. */
static ng_diagram *
sample_diagram(void)
{
  ng_output_options opts = {.min_confidence = 0.5};
  ng_diagram *d = NULL;

  ck_assert_int_eq(ng_diagram_new(&d, &opts), NG_OK);
  ck_assert_int_eq(ng_diagram_add(d, &analysis_a), NG_OK);
  ck_assert_int_eq(ng_diagram_add(d, &analysis_a), NG_OK);
  ck_assert_int_eq(ng_diagram_add(d, &analysis_b), NG_OK);
  return d;
}

static char *
sample_dot(void)
{
  ng_diagram *d = sample_diagram();
  size_t n;
  char *dot = render(d, NG_FORMAT_DOT, &n);

  ng_diagram_free(d);
  return dot;
}

/* The DOT statement (up to ";\n", possibly over several lines) that
 * contains every one of the NULL-terminated needles; a new string the
 * caller frees, or NULL. */
static char *
statement_with(const char *dot, ...)
{
  const char *start = dot;

  while (*start) {
    const char *end = strstr(start, ";\n");
    size_t len = end ? (size_t)(end - start) : strlen(start);
    char *stmt = strndup(start, len);
    const char *needle;
    bool all = true;
    va_list ap;

    ck_assert_ptr_nonnull(stmt);
    va_start(ap, dot);
    while ((needle = va_arg(ap, const char *)))
      all = all && strstr(stmt, needle);
    va_end(ap);
    if (all)
      return stmt;
    free(stmt);
    start += len + (end ? 2 : 0);
  }
  return NULL;
}

/* The statement declaring the node for iri (not an edge touching it). */
static char *
node_statement(const char *dot, const char *iri)
{
  char quoted[256];
  const char *start = dot;

  snprintf(quoted, sizeof quoted, "\"%s\"", iri);
  while (*start) {
    const char *end = strstr(start, ";\n");
    size_t len = end ? (size_t)(end - start) : strlen(start);
    char *stmt = strndup(start, len);

    ck_assert_ptr_nonnull(stmt);
    if (strstr(stmt, quoted) && !strstr(stmt, "->"))
      return stmt;
    free(stmt);
    start += len + (end ? 2 : 0);
  }
  return NULL;
}

/* The statement of the edge from → to named key (as DOT writes it). */
static char *
edge_statement(const char *dot, const ng_entity *from, const ng_entity *to,
               const char *key)
{
  char ends[512];

  snprintf(ends, sizeof ends, "\"%s\" -> \"%s\"", from->iri, to->iri);
  return statement_with(dot, ends, key, (const char *)NULL);
}

static void
assert_contains(const char *haystack, const char *needle)
{
  ck_assert_msg(haystack != NULL, "statement missing (wanted %s)", needle);
  ck_assert_msg(strstr(haystack, needle) != NULL, "%.300s\nlacks %s", haystack,
                needle);
}

/* ---- tests -------------------------------------------------------------- */

START_TEST(labels_put_arabic_then_english_on_separate_lines)
{
  char *dot = sample_dot();
  char *uae_node = node_statement(dot, uae.iri);
  char *un_node = node_statement(dot, un.iri);
  char *cres_node = node_statement(dot, crescent.iri);
  char *unnamed_node = node_statement(dot, unnamed.iri);

  assert_contains(uae_node, "label=\"الإمارات\\nUnited Arab Emirates\"");
  assert_contains(un_node, "label=\"الأمم المتحدة\\nUnited Nations\"");
  assert_contains(cres_node, "label=\"Red Crescent\"");
  assert_contains(unnamed_node, "label=سامي");
  free(uae_node);
  free(un_node);
  free(cres_node);
  free(unnamed_node);
  free(dot);
}
END_TEST

START_TEST(shapes_differ_by_entity_type)
{
  char *dot = sample_dot();
  const ng_entity *one_of_each[] = {&uae, &un, &leader, &city};
  char shapes[4][32];

  for (size_t i = 0; i < 4; i++) {
    char *stmt = node_statement(dot, one_of_each[i]->iri);
    const char *shape;

    ck_assert_ptr_nonnull(stmt);
    shape = strstr(stmt, "shape=");
    ck_assert_ptr_nonnull(shape);
    sscanf(shape, "shape=%31[a-z]", shapes[i]);
    for (size_t j = 0; j < i; j++)
      ck_assert_str_ne(shapes[i], shapes[j]);
    free(stmt);
  }
  free(dot);
}
END_TEST

START_TEST(only_actors_in_facts_become_nodes)
{
  char *dot = sample_dot();

  ck_assert_ptr_null(strstr(dot, bystander.iri));
  ck_assert_ptr_null(strstr(dot, doubtful.iri));
  ck_assert_ptr_null(strstr(dot, "key=Sanction"));
  ck_assert_ptr_null(strstr(dot, "key=Reject"));
  free(dot);
}
END_TEST

START_TEST(stances_are_counted_across_analyses)
{
  char *dot = sample_dot();
  char *support = edge_statement(dot, &uae, &kaz, "key=Support");
  char *offer = edge_statement(dot, &uae, &kaz, "key=OfferAid");
  char *mediate = edge_statement(dot, &un, &kaz, "key=Mediate");

  /* Two stance types between one pair stay two edges. */
  assert_contains(support, "label=\"Support ×3\"");
  assert_contains(support, "highest confidence 0.95");
  assert_contains(support, "color=\"#2e7d32\"");
  assert_contains(offer, "label=\"OfferAid ×2\"");
  assert_contains(mediate, "color=\"#1565c0\"");
  ck_assert_ptr_null(strstr(support, "style="));
  free(support);
  free(offer);
  free(mediate);
  free(dot);
}
END_TEST

START_TEST(hedged_is_dashed_and_negated_is_dotted_not)
{
  char *dot = sample_dot();
  char *hedged = edge_statement(dot, &kaz, &un, "key=\"Request/hedged\"");
  char *negated = edge_statement(dot, &un, &uae, "key=\"Criticize/negated\"");

  assert_contains(hedged, "style=dashed");
  assert_contains(hedged, "label=\"Request ×2\"");
  assert_contains(negated, "style=dotted");
  assert_contains(negated, "label=\"not Criticize ×2\"");
  assert_contains(negated, "color=\"#8c8c8c\"");
  /* A denial is never drawn in the colour of an asserted criticism. */
  ck_assert_ptr_null(strstr(negated, "#c62828"));
  free(hedged);
  free(negated);
  free(dot);
}
END_TEST

START_TEST(relations_are_thin_grey_edges)
{
  char *dot = sample_dot();
  char *leads = edge_statement(dot, &leader, &kaz, "key=leaderOf");
  char *located = edge_statement(dot, &city, &kaz, "key=locatedIn");

  assert_contains(leads, "color=\"#9a9a9a\"");
  assert_contains(leads, "penwidth=0.6");
  assert_contains(leads, "label=leaderOf");
  assert_contains(located, "label=locatedIn");
  free(leads);
  free(located);
  free(dot);
}
END_TEST

START_TEST(legend_and_fonts_are_present)
{
  char *dot = sample_dot();

  assert_contains(dot, "subgraph cluster_legend");
  assert_contains(dot, "label=Legend");
  assert_contains(dot, "hedged");
  assert_contains(dot, "legend_Country");
  /* The graph's own font as well, or cluster labels come out in Times. */
  for (size_t i = 0; i < 3; i++) {
    static const char *const kinds[] = {"\tgraph [", "\tnode [", "\tedge ["};
    char *defaults = statement_with(dot, kinds[i], (const char *)NULL);

    assert_contains(defaults, "fontname=\"DejaVu Sans\"");
    free(defaults);
  }
  free(dot);
}
END_TEST

START_TEST(dot_output_is_deterministic)
{
  ng_diagram *d = sample_diagram();
  size_t n1, n2, n3, n_svg;
  char *first = render(d, NG_FORMAT_DOT, &n1);
  char *second = render(d, NG_FORMAT_DOT, &n2);
  /* A render in between must not change the DOT that follows. */
  char *svg = render(d, NG_FORMAT_SVG, &n_svg);
  char *third = render(d, NG_FORMAT_DOT, &n3);

  ck_assert_msg(strcmp(first, second) == 0, "two DOT writes differ");
  ck_assert_msg(strcmp(first, third) == 0, "DOT differs after an SVG render");
  free(first);
  free(second);
  free(svg);
  free(third);
  ng_diagram_free(d);
}
END_TEST

START_TEST(svg_png_and_pdf_render)
{
  static const unsigned char png_sig[8] = {0x89, 'P',  'N',  'G',
                                           '\r', '\n', 0x1A, '\n'};
  ng_diagram *d = sample_diagram();
  size_t n;
  char *svg = render(d, NG_FORMAT_SVG, &n);
  char *png = render(d, NG_FORMAT_PNG, &n);
  char *pdf;

  ck_assert_ptr_nonnull(strstr(svg, "<svg"));
  ck_assert_ptr_nonnull(strstr(svg, "Kazakhstan"));
  ck_assert_uint_gt(n, sizeof png_sig);
  ck_assert_int_eq(memcmp(png, png_sig, sizeof png_sig), 0);
  pdf = render(d, NG_FORMAT_PDF, &n);
  ck_assert_int_eq(strncmp(pdf, "%PDF", 4), 0);
  free(svg);
  free(png);
  free(pdf);
  ng_diagram_free(d);
}
END_TEST

START_TEST(empty_diagram_has_only_the_legend)
{
  ng_diagram *d = NULL;
  size_t n;
  char *dot, *png;

  ck_assert_int_eq(ng_diagram_new(&d, NULL), NG_OK);
  ck_assert_int_eq(ng_diagram_add(d, &(ng_analysis){.doc = &doc_a}), NG_OK);
  dot = render(d, NG_FORMAT_DOT, &n);
  assert_contains(dot, "digraph newsgraph {");
  assert_contains(dot, "cluster_legend");
  ck_assert_ptr_null(strstr(dot, NG_ID_NS));
  png = render(d, NG_FORMAT_PNG, &n);
  ck_assert_int_eq(memcmp(png, "\x89PNG", 4), 0);
  free(dot);
  free(png);
  ng_diagram_free(d);
}
END_TEST

START_TEST(non_diagram_format_is_a_usage_error)
{
  ng_diagram *d = sample_diagram();
  ng_error err = {0};
  FILE *fp = tmpfile();

  ck_assert_ptr_nonnull(fp);
  ck_assert_int_eq(ng_diagram_write(d, NG_FORMAT_TURTLE, fp, &err),
                   NG_ERR_USAGE);
  ck_assert_ptr_nonnull(strstr(err.message, "turtle"));
  fclose(fp);
  ng_diagram_free(d);
}
END_TEST

START_TEST(unwritable_stream_is_an_io_error)
{
  ng_diagram *d = sample_diagram();
  ng_error err = {0};
  FILE *fp = fopen("/dev/null", "r");

  ck_assert_ptr_nonnull(fp);
  ck_assert_int_eq(ng_diagram_write(d, NG_FORMAT_DOT, fp, &err), NG_ERR_IO);
  ck_assert_str_ne(err.message, "");
  fclose(fp);
  ng_diagram_free(d);
}
END_TEST

START_TEST(free_accepts_null) { ng_diagram_free(NULL); }
END_TEST

/* The DOT we write is read back by the dot program without a complaint. */
START_TEST(dot_program_renders_the_dot)
{
  const char *dot_prog = getenv("DOT");
  char path[] = "/tmp/ng-dot-XXXXXX", errpath[] = "/tmp/ng-dot-err-XXXXXX";
  char cmd[1024];
  int fd, errfd;
  FILE *fp;
  ng_diagram *d;
  ng_error err = {0};

  if (!dot_prog || !*dot_prog || strcmp(dot_prog, "no") == 0)
    return; /* nothing to check against: configure found no dot */
  fd = mkstemp(path);
  errfd = mkstemp(errpath);
  ck_assert_int_ge(fd, 0);
  ck_assert_int_ge(errfd, 0);
  close(errfd);
  fp = fdopen(fd, "w");
  ck_assert_ptr_nonnull(fp);
  d = sample_diagram();
  ck_assert_int_eq(ng_diagram_write(d, NG_FORMAT_DOT, fp, &err), NG_OK);
  fclose(fp);
  ng_diagram_free(d);
  snprintf(cmd, sizeof cmd, "'%s' -Tsvg '%s' -o /dev/null 2>'%s'", dot_prog,
           path, errpath);
  ck_assert_int_eq(system(cmd), 0);
  fp = fopen(errpath, "r");
  ck_assert_ptr_nonnull(fp);
  fseek(fp, 0, SEEK_END);
  ck_assert_msg(ftell(fp) == 0, "dot printed warnings (see %s)", errpath);
  fclose(fp);
  unlink(path);
  unlink(errpath);
}
END_TEST

static Suite *
make_suite(void)
{
  Suite *s = suite_create("dot_export");
  TCase *tc = tcase_create("dot_export");

  /* Layout and cairo rendering take a moment under valgrind. */
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, labels_put_arabic_then_english_on_separate_lines);
  tcase_add_test(tc, shapes_differ_by_entity_type);
  tcase_add_test(tc, only_actors_in_facts_become_nodes);
  tcase_add_test(tc, stances_are_counted_across_analyses);
  tcase_add_test(tc, hedged_is_dashed_and_negated_is_dotted_not);
  tcase_add_test(tc, relations_are_thin_grey_edges);
  tcase_add_test(tc, legend_and_fonts_are_present);
  tcase_add_test(tc, dot_output_is_deterministic);
  tcase_add_test(tc, svg_png_and_pdf_render);
  tcase_add_test(tc, empty_diagram_has_only_the_legend);
  tcase_add_test(tc, non_diagram_format_is_a_usage_error);
  tcase_add_test(tc, unwritable_stream_is_an_io_error);
  tcase_add_test(tc, free_accepts_null);
  tcase_add_test(tc, dot_program_renders_the_dot);
  suite_add_tcase(s, tc);
  return s;
}

NG_UNIT_MAIN(make_suite)
