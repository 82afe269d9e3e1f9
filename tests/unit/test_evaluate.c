/* The scorer behind `newsgraph eval`: the scorer's name folding, its
 * alias table and roll-ups, and its rules for stances and relations,
 * checked on a hand-built analysis. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tools.h"
#include "unit.h"

/* ---- name folding: the expected strings are score.py's norm() ---------- */

static void
norm_is(const char *in, const char *want)
{
  char *got = ng_eval_norm(in);

  ck_assert_ptr_nonnull(got);
  ck_assert_str_eq(got, want);
  free(got);
}

START_TEST(norm_latin)
{
  norm_is("The United States", "united states");
  norm_is("U.S.", "u s");
  norm_is("Türkiye", "turkiye");
  norm_is("  the   Gambia ", "gambia");
  norm_is("Côte d'Ivoire", "cote d ivoire");
  norm_is("São Tomé and Príncipe", "sao tome and principe");
  norm_is("İstanbul", "istanbul");
  norm_is("(NATO)", "nato");
  norm_is("Kassym-Jomart Tokayev", "kassym jomart tokayev");
}
END_TEST

/* "the" goes only as a word of its own before another word. */
START_TEST(norm_the)
{
  norm_is("the", "the");
  norm_is("THE-X", "x");
  norm_is("Theatre", "theatre");
  norm_is("", "");
}
END_TEST

START_TEST(norm_arabic)
{
  norm_is("الإمارات العربية المتحدة", "الامارات العربيه المتحده");
  norm_is("مُحَمَّد", "محمد");
  norm_is("ﻻ", "لا");
  norm_is("ـالقاهرةـ", "القاهره");
  norm_is("ى ة", "ي ه");
  norm_is("a\xc2\xa0"
          "b\xe2\x80\x83"
          "c",
          "a b c");
}
END_TEST

/* A hamza written apart joins its letter first, as NFKC does. */
START_TEST(norm_hamza_apart)
{
  char *joined = ng_eval_norm("مؤتمر");
  char *apart = ng_eval_norm("مو\xd9\x94تمر");

  ck_assert_str_eq(joined, apart);
  free(joined);
  free(apart);
}
END_TEST

/* ---- precision, recall, F1 ---------------------------------------------- */

START_TEST(prf_edges)
{
  ng_eval_counts none = {0, 0, 0}, fp = {0, 2, 0}, fn = {0, 0, 3},
                 some = {3, 1, 2};
  double p, r, f;

  ng_eval_prf(&none, &p, &r, &f);
  ck_assert(p == 1.0 && r == 1.0 && f == 1.0);
  ng_eval_prf(&fp, &p, &r, &f);
  ck_assert(p == 0.0 && r == 1.0 && f == 0.0);
  ng_eval_prf(&fn, &p, &r, &f);
  ck_assert(p == 0.0 && r == 0.0 && f == 0.0);
  ng_eval_prf(&some, &p, &r, &f);
  ck_assert(p == 0.75 && r == 0.6);
  ck_assert_double_eq_tol(f, 2 * 0.75 * 0.6 / 1.35, 1e-12);
}
END_TEST

/* ---- a hand-built analysis ---------------------------------------------- */

static char *
write_temp(const char *text)
{
  char *path = strdup("/tmp/ng-eval-unit.XXXXXX");
  int fd = mkstemp(path);

  ck_assert_int_ge(fd, 0);
  ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
  close(fd);
  return path;
}

static const char gold_text[] = "# a comment\n"
                                "entity\tMali\tCountry\t-\t+\tمالي\n"
                                "entity\tNiger\tCountry\t-\t+\n"
                                "entity\tBamako\tPlace\t-\t+\n"
                                "entity\tChad\tCountry\t-\t+\n"
                                "entity\tAlgeria\tCountry\t-\t?\n"
                                "\n"
                                "stance\tMali\tSupport\tNiger\t+\r\n"
                                "stance\tNiger\tThreaten\tMali\th\n"
                                "stance\tMali\tReject\tNiger\t+\n"
                                "stance\tNiger\tAccuse\tMali\t?\n"
                                "relation\tMali\tallyOf\tNiger\t+\n"
                                "relation\tBamako\tlocatedIn\tMali\t+\n"
                                "relation\tNiger\tmemberOf\tMali\t!\n"
                                "too\tfew\tfields\n";

static const char aliases_text[] = "Mali\tمالي\tRepublic of Mali\n"
                                   "Assimi Goita\tأسيمي غويتا\n"
                                   "rollup\tAssimi Goita\tMali\n";

static ng_entity mali = {"https://example.org/mali",
                         NG_COUNTRY,
                         "مالي",
                         "Mali",
                         NULL,
                         NULL,
                         NULL,
                         NULL,
                         NULL,
                         NULL};
static ng_entity niger = {"https://example.org/niger",
                          NG_COUNTRY,
                          NULL,
                          "Republic of the Niger",
                          NULL,
                          NULL,
                          NULL,
                          NULL,
                          NULL,
                          NULL};
static ng_entity bamako = {"https://example.org/bamako",
                           NG_PLACE,
                           "باماكو",
                           "Bamako",
                           NULL,
                           NULL,
                           NULL,
                           NULL,
                           NULL,
                           NULL};
static ng_entity goita = {"https://example.org/goita",
                          NG_PERSON,
                          NULL,
                          "Assimi Goïta",
                          NULL,
                          NULL,
                          NULL,
                          NULL,
                          NULL,
                          NULL};
static ng_entity nobody = {"https://example.org/x",
                           NG_PERSON,
                           NULL,
                           "X",
                           NULL,
                           NULL,
                           NULL,
                           NULL,
                           NULL,
                           NULL};

/* A stance as the pipeline would make it, in sentence 0. */
static ng_stance
stance(ng_entity *h, ng_stance_type t, ng_entity *g, int neg, int hedged,
       double conf)
{
  ng_stance s = {0};

  s.holder = h;
  s.target = g;
  s.type = t;
  s.negated = neg;
  s.hedged = hedged;
  s.confidence = conf;
  return s;
}

/* Niger's only name is matched through "Niger" being a gold name after
 * folding ("Republic of the Niger" is not); Goïta rolls up to Mali. */
START_TEST(score_rules)
{
  char *gold_path = write_temp(gold_text),
       *alias_path = write_temp(aliases_text);
  ng_eval_gold *gold;
  ng_eval_names *names;
  ng_eval_score s;
  ng_doc doc = {0};
  ng_analysis a = {0};
  ng_sentence sent = {{0, 4}};
  ng_entity *ents[] = {&mali, &niger, &bamako, &goita};
  ng_stance st[12];
  ng_relation rel[3] = {{0}};
  const char *name;

  niger.alt_en = (char *[]){"Niger", NULL};
  for (size_t i = 0; i < 12; i++) /* below --min-confidence: not written */
    st[i] = stance(&mali, NG_MEDIATE, &niger, 0, 0, 0.1);
  /* stance-2 hedged, stance-10 negated: the scorer meets stance-10 first */
  st[1] = stance(&mali, NG_SUPPORT, &niger, 0, 1, 0.9);
  st[9] = stance(&mali, NG_SUPPORT, &niger, 1, 0, 0.9);
  /* a plain reading wins over a hedged one: hedged in the gold → FP */
  st[2] = stance(&niger, NG_THREATEN, &mali, 0, 1, 0.9);
  st[3] = stance(&niger, NG_THREATEN, &mali, 0, 0, 0.9);
  st[4] = stance(&goita, NG_REJECT, &niger, 0, 0, 0.9);  /* rolled up: TP */
  st[5] = stance(&niger, NG_ACCUSE, &mali, 0, 0, 0.9);   /* optional */
  st[6] = stance(&mali, NG_SANCTION, &niger, 0, 0, 0.9); /* spurious */
  st[7] = stance(&niger, NG_DEPLOY, &mali, 1, 0, 0.9);   /* negated: free */
  rel[0] = (ng_relation){&niger, NG_ALLY_OF, &mali, 0.9, 0, {0, 1}, NULL};
  rel[1] = (ng_relation){&bamako, NG_LOCATED_IN, &mali, 0.9, 0, {0, 1}, NULL};
  rel[2] = (ng_relation){&nobody, NG_LEADER_OF, &mali, 0.9, 0, {0, 1}, NULL};
  doc.text = "نصّ.";
  doc.len = strlen(doc.text);
  a.doc = &doc;
  a.sentences = &sent;
  a.n_sentences = 1;
  a.entities = ents;
  a.n_entities = 4;
  a.stances = st;
  a.n_stances = 12;
  a.relations = rel;
  a.n_relations = 3;

  ck_assert_int_eq(ng_eval_gold_read(&gold, gold_path, NULL), NG_OK);
  ck_assert_uint_eq(ng_eval_gold_count(gold), 12);
  ck_assert_str_eq(ng_eval_gold_field(gold, 5, NG_GOLD_STATUS), "+");
  ck_assert_int_eq(ng_eval_names_new(&names, alias_path, gold, NULL), NG_OK);
  ck_assert_int_eq(ng_eval_names_match(names, "كازخستان", &name), NG_OK);
  ck_assert_str_eq(name, "Kazakhstan"); /* the scorer's own table */
  ck_assert_str_eq(ng_eval_names_actor(names, "Vladimir Putin"), "Russia");
  ck_assert_str_eq(ng_eval_names_actor(names, "Assimi Goita"), "Mali");

  ck_assert_int_eq(ng_eval_score_analysis(&s, gold, names, &a, 0.5, NULL),
                   NG_OK);
  ck_assert_uint_eq(s.stance.tp, 1);
  ck_assert_uint_eq(s.stance.fp, 2);
  ck_assert_uint_eq(s.stance.fn, 1);
  ck_assert_uint_eq(s.relation.tp, 2);
  ck_assert_uint_eq(s.relation.fp, 1);
  ck_assert_uint_eq(s.relation.fn, 0);
  ck_assert_uint_eq(s.entity_found, 3);
  ck_assert_uint_eq(s.entity_missed, 1);

  ng_eval_names_free(names);
  ng_eval_gold_free(gold);
  unlink(gold_path);
  unlink(alias_path);
  free(gold_path);
  free(alias_path);
}
END_TEST

/* A roll-up line without its actor is an error with the line. */
START_TEST(bad_rollup_line)
{
  char *path = write_temp("Mali\tمالي\n\nrollup\tAssimi Goita\n");
  ng_eval_names *names = NULL;
  ng_error err = {0};

  ck_assert_int_eq(ng_eval_names_new(&names, path, NULL, &err), NG_ERR_PARSE);
  ck_assert_ptr_null(names);
  ck_assert_uint_eq(err.line, 3);
  unlink(path);
  free(path);
}
END_TEST

static Suite *
make_suite(void)
{
  Suite *s = suite_create("evaluate");
  TCase *tc = tcase_create("core");

  tcase_add_test(tc, norm_latin);
  tcase_add_test(tc, norm_the);
  tcase_add_test(tc, norm_arabic);
  tcase_add_test(tc, norm_hamza_apart);
  tcase_add_test(tc, prf_edges);
  tcase_add_test(tc, score_rules);
  tcase_add_test(tc, bad_rollup_line);
  suite_add_tcase(s, tc);
  return s;
}

NG_UNIT_MAIN(make_suite)
