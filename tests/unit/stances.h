/* Helpers for the unit tests that look at the stances and relations of an
 * analysis: entity local names, a one-line listing for failure messages,
 * and lookups by local names. */
#ifndef NG_UNIT_STANCES_H
#define NG_UNIT_STANCES_H

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "newsgraph/newsgraph.h"
#include "unit.h"

/* The local name of an entity IRI in ngid:, for messages. */
static inline const char *
ng_unit_local(const ng_entity *e)
{
  return e ? e->iri + strlen(NG_ID_NS) : "(none)";
}

/* Lists the stances (negated ones with "!", hedged ones with "?") and the
 * relations found, for failure messages. */
static inline const char *
ng_unit_describe(const ng_analysis *a)
{
  static char buf[4096];
  size_t n = 0;

  buf[0] = '\0';
  for (size_t i = 0; i < a->n_stances && n < sizeof buf - 200; i++)
    n += (size_t)snprintf(buf + n, sizeof buf - n, "[%s %s %s%s%s] ",
                          ng_unit_local(a->stances[i].holder),
                          ng_stance_type_name(a->stances[i].type),
                          ng_unit_local(a->stances[i].target),
                          a->stances[i].negated ? "!" : "",
                          a->stances[i].hedged ? "?" : "");
  for (size_t i = 0; i < a->n_relations && n < sizeof buf - 200; i++)
    n += (size_t)snprintf(buf + n, sizeof buf - n, "(%s %s %s) ",
                          ng_unit_local(a->relations[i].subject),
                          ng_relation_type_name(a->relations[i].type),
                          ng_unit_local(a->relations[i].object));
  return n ? buf : "nothing";
}

/* The stance holder -type-> target (local names), or NULL. */
static inline const ng_stance *
ng_unit_find_stance(const ng_analysis *a, const char *holder,
                    ng_stance_type type, const char *target)
{
  for (size_t i = 0; i < a->n_stances; i++) {
    const ng_stance *s = &a->stances[i];
    if (s->type == type && strcmp(ng_unit_local(s->holder), holder) == 0 &&
        strcmp(ng_unit_local(s->target), target) == 0)
      return s;
  }
  return NULL;
}

/* Does a hold the stance written "holder Type target" (local names, the
 * type as ng_stance_type_name gives it), with "!" after the target for a
 * negated one?  The form test cases written as data use. */
static inline int
ng_unit_has_spec(const ng_analysis *a, const char *spec)
{
  char holder[64], type[32], target[64];
  size_t len;
  int negated;

  if (sscanf(spec, "%63s %31s %63s", holder, type, target) != 3)
    return 0;
  len = strlen(target);
  negated = target[len - 1] == '!';
  if (negated)
    target[len - 1] = '\0';
  for (size_t i = 0; i < a->n_stances; i++) {
    const ng_stance *s = &a->stances[i];
    if (strcmp(ng_stance_type_name(s->type), type) == 0 &&
        strcmp(ng_unit_local(s->holder), holder) == 0 &&
        strcmp(ng_unit_local(s->target), target) == 0 && s->negated == negated)
      return 1;
  }
  return 0;
}

/* A text and the stances that must be found in it ("holder Type target",
 * see ng_unit_has_spec) or, written with a leading "-", must not be. */
typedef struct spec_case {
  const char *what;
  const char *text;
  const char *stances[6];
} spec_case;

/* Analyzes the text of sc and checks each of its stances. */
static inline void
ng_unit_check_specs(const ng_lexicon *lex, const spec_case *sc)
{
  ng_doc *doc;
  ng_analysis *a;
  ng_error err;

  memset(&err, 0, sizeof err);
  ck_assert_int_eq(ng_doc_from_text(&doc, "test", sc->text, strlen(sc->text), &err),
                   NG_OK);
  ck_assert_msg(ng_analyze(&a, lex, doc, &err) == NG_OK, "%s", err.message);
  for (size_t k = 0; k < sizeof sc->stances / sizeof *sc->stances; k++) {
    const char *spec = sc->stances[k];
    if (!spec)
      break;
    if (spec[0] == '-')
      ck_assert_msg(!ng_unit_has_spec(a, spec + 1), "%s: found %s; all: %s",
                    sc->what, spec + 1, ng_unit_describe(a));
    else
      ck_assert_msg(ng_unit_has_spec(a, spec), "%s: no %s; found %s", sc->what,
                    spec, ng_unit_describe(a));
  }
  ng_analysis_free(a);
  ng_doc_free(doc);
}

/* One stance a text must hold (found: 1, and not negated) or not hold
 * (found: 0), by the local names of holder and target. */
typedef struct stance_case {
  const char *text;
  const char *holder, *target; /* local names in ngid: */
  ng_stance_type type;
  int found;
} stance_case;

/* Analyzes the text of case number i, k, and checks its stance. */
static inline void
ng_unit_check_stance_case(const ng_lexicon *lex, const stance_case *k, int i)
{
  ng_error err;
  ng_doc *doc;
  ng_analysis *a;
  const ng_stance *s;

  memset(&err, 0, sizeof err);
  ck_assert_int_eq(ng_doc_from_text(&doc, "test", k->text, strlen(k->text), &err),
                   NG_OK);
  ck_assert_msg(ng_analyze(&a, lex, doc, &err) == NG_OK, "%s", err.message);
  s = ng_unit_find_stance(a, k->holder, k->type, k->target);
  if (k->found)
    ck_assert_msg(s && !s->negated, "case %d \"%s\": no %s %s %s; found %s", i,
                  k->text, k->holder, ng_stance_type_name(k->type), k->target,
                  ng_unit_describe(a));
  else
    ck_assert_msg(!s, "case %d \"%s\": %s %s %s should not be found", i, k->text,
                  k->holder, ng_stance_type_name(k->type), k->target);
  ng_analysis_free(a);
  ng_doc_free(doc);
}

/* Checks each of the n cases against the shipped lexicon. */
static inline void
ng_unit_check_all_specs(const spec_case *cases, size_t n)
{
  ng_lexicon *lex = ng_unit_lexicon_shipped();

  for (size_t i = 0; i < n; i++)
    ng_unit_check_specs(lex, &cases[i]);
  ng_lexicon_free(lex);
}

#endif
