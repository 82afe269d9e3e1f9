/* Checking before writing RDF: every IRI of an analysis, and every part of
 * it the writer will describe, is checked before anything of it is
 * written, so that a document that would make an unreadable file is
 * refused whole and the writer stays usable. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "rdf_check.h"
#include "utf8.h"
#include "util.h"

/* ---- strings ---- */

static bool
is_alpha(int c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_hex(int c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
         (c >= 'A' && c <= 'F');
}

/* NULL when iri is an absolute IRI every RDF parser reads back; otherwise
 * what is wrong with it.  librdf checks none of this. */
const char *
ng_rdf_iri_problem(const char *iri)
{
  const unsigned char *p = (const unsigned char *)iri;
  bool fragment = false;

  if (!is_alpha(*p))
    return "no scheme";
  while (is_alpha(*p) || (*p >= '0' && *p <= '9') || (*p && strchr("+-.", *p)))
    p++;
  if (*p != ':')
    return "no scheme";
  for (; *p; p++) {
    if (*p <= 0x20 || *p == 0x7F)
      return *p == ' ' ? "a space" : "a control character";
    if (strchr("<>\"{}|\\^`", *p))
      return "a character not allowed in IRIs";
    if (*p == '%' && !(is_hex(p[1]) && is_hex(p[2])))
      return "a '%' not followed by two hex digits";
    if (*p == '#' && fragment)
      return "a second '#'";
    fragment = fragment || *p == '#';
  }
  if (!ng_utf8_valid(iri, strlen(iri), NULL))
    return "bytes that are not UTF-8";
  return NULL;
}

/* dcterms:source only for a URL that is itself a usable http(s) IRI: a
 * page's canonical link may be relative or broken, and then it is left out
 * rather than failing the document. */
bool
ng_rdf_source_usable(const char *url)
{
  return url &&
         (strncmp(url, "http://", 7) == 0 ||
          strncmp(url, "https://", 8) == 0) &&
         !ng_rdf_iri_problem(url);
}

/* A BCP 47-shaped tag (letters, then dash-separated alphanumerics), which
 * every serializer writes and every parser reads. */
bool
ng_rdf_lang_usable(const char *tag)
{
  size_t run = 0;

  if (!tag || !is_alpha(*tag))
    return false;
  for (const char *p = tag; *p; p++) {
    if (*p == '-' && run > 0)
      run = 0;
    else if ((is_alpha(*p) || (*p >= '0' && *p <= '9')) && run < 8)
      run++;
    else
      return false;
  }
  return run > 0;
}

bool
ng_rdf_kept(const ng_output_options *opts, double confidence)
{
  return !(confidence < opts->min_confidence);
}

/* ---- an analysis ---- */

/* One check of one analysis; the first failure goes into err. */
typedef struct checker {
  const ng_analysis *a;
  const ng_output_options *opts;
  size_t n_cp;   /* the length of the document's text in code points */
  ng_error *err; /* borrowed */
  ng_status status;
} checker;

static bool check_fail(checker *c, ng_status status, const char *fmt, ...)
    NG_PRINTF(3, 4);

/* Records the first failure in c->err; returns false, what a failed check
 * returns. */
static bool
check_fail(checker *c, ng_status status, const char *fmt, ...)
{
  char msg[512];
  va_list ap;
  const char *file = c->a->doc->path ? c->a->doc->path : "";

  if (c->status != NG_OK)
    return false;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  c->status = ng_error_set(c->err, status, file, 0, 0, "%s", msg);
  return false;
}

/* Refuses iri (what says whose it is) unless it can be written. */
static bool
check_iri(checker *c, const char *what, const char *iri)
{
  const char *problem = iri ? ng_rdf_iri_problem(iri) : "none given";

  if (problem)
    return check_fail(c, NG_ERR_RDF, "invalid IRI for %s <%s>: %s", what,
                      iri ? iri : "", problem);
  return true;
}

/* An entity and the chain of actors it rolls up to: as many as
 * describe_entity writes, and the IRI of the one after, which the last
 * links to.  (The bound also stops a cyclic chain.) */
static bool
check_entity(checker *c, const ng_entity *e)
{
  for (int hops = 0; e && hops <= NG_RDF_ROLLUP_MAX; e = e->rollup, hops++) {
    if (!check_iri(c, "an entity", e->iri) ||
        (e->wikidata && !check_iri(c, "a Wikidata link", e->wikidata)) ||
        (e->place_kind && !check_iri(c, "a place kind", e->place_kind)))
      return false;
    if ((size_t)e->type >= NG_ENTITY_TYPE_COUNT)
      return check_fail(c, NG_ERR_USAGE, "entity <%s> has no valid type",
                        e->iri);
  }
  return true;
}

static bool
check_span(checker *c, ng_span span, const char *what)
{
  if (span.begin <= span.end && span.end <= c->n_cp)
    return true;
  return check_fail(c, NG_ERR_USAGE, "%s span %zu-%zu is outside the text",
                    what, span.begin, span.end);
}

/* The two actors a stance or relation joins and its type (typed: in
 * range); lacks says what is missing when one is not there. */
static bool
check_ends(checker *c, const ng_entity *from, const ng_entity *to, bool typed,
           const char *lacks)
{
  if (!from || !to || !typed)
    return check_fail(c, NG_ERR_USAGE, "%s", lacks);
  return check_entity(c, from) && check_entity(c, to);
}

/* The rule that found a stance or relation, and its evidence sentence. */
static bool
check_evidence(checker *c, const char *rule, size_t sentence)
{
  if (rule && !check_iri(c, "a rule", rule))
    return false;
  if (sentence < c->a->n_sentences)
    return true;
  return check_fail(c, NG_ERR_USAGE, "evidence sentence %zu does not exist",
                    sentence);
}

static bool
check_stance(checker *c, const ng_stance *s)
{
  if (!ng_rdf_kept(c->opts, s->confidence))
    return true;
  return check_ends(c, s->holder, s->target,
                    (size_t)s->type < NG_STANCE_TYPE_COUNT,
                    "a stance lacks a holder, target or type") &&
         check_entity(c, s->speaker) &&
         check_evidence(c, s->rule, s->sentence) &&
         check_span(c, s->trigger, "trigger");
}

static bool
check_relation(checker *c, const ng_relation *r)
{
  if (!ng_rdf_kept(c->opts, r->confidence))
    return true;
  return check_ends(c, r->subject, r->object,
                    (size_t)r->type < NG_RELATION_TYPE_COUNT,
                    "a relation lacks a subject, object or type") &&
         check_evidence(c, r->rule, r->sentence);
}

static bool
check_mention(checker *c, const ng_mention *m)
{
  if (!m->entity || (size_t)m->kind >= NG_MENTION_KIND_COUNT)
    return check_fail(c, NG_ERR_USAGE, "a mention lacks an entity or kind");
  return check_entity(c, m->entity) && check_span(c, m->span, "mention");
}

/* Everything of a that will be written, checked before any of it is. */
ng_status
ng_rdf_check_analysis(const ng_analysis *a, size_t n_cp,
                      const ng_output_options *opts, ng_error *err)
{
  checker c = {a, opts, n_cp, err, NG_OK};
  bool ok = check_iri(&c, "the document", a->doc->iri);

  for (size_t i = 0; ok && i < a->n_entities; i++)
    ok = check_entity(&c, a->entities[i]);
  for (size_t i = 0; ok && i < a->n_sentences; i++)
    ok = check_span(&c, a->sentences[i].span, "sentence");
  for (size_t i = 0; ok && i < a->n_stances; i++)
    ok = check_stance(&c, &a->stances[i]);
  for (size_t i = 0; ok && i < a->n_relations; i++)
    ok = check_relation(&c, &a->relations[i]);
  for (size_t i = 0; ok && opts->mentions && i < a->n_mentions; i++)
    ok = check_mention(&c, &a->mentions[i]);
  return c.status;
}
