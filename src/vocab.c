/* Names of statuses, vocabulary terms and formats: the one table of each. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "newsgraph/newsgraph.h"

static const char *const status_names[] = {
    [NG_OK] = "success",
    [NG_ERR_NOMEM] = "out of memory",
    [NG_ERR_IO] = "input/output error",
    [NG_ERR_ENCODING] = "invalid text encoding",
    [NG_ERR_BINARY] = "binary file",
    [NG_ERR_PARSE] = "parse error",
    [NG_ERR_LEXICON] = "malformed lexicon entry",
    [NG_ERR_USAGE] = "invalid usage",
    [NG_ERR_RDF] = "RDF library error",
    [NG_ERR_RENDER] = "diagram rendering error",
};

static const char *const entity_type_names[] = {
    "Country", "Organization", "Person", "Place"};

static const char *const stance_type_names[] = {
    "Request",   "OfferAid", "ProvideAid", "Deploy", "Support", "Criticize",
    "Accuse",    "Reject",   "Threaten",   "Mediate", "Sanction"};

/* The direct shortcut property written for a plain, asserted stance. */
static const char *const stance_shortcut_names[] = {
    "requests",  "offersAidTo", "providesAidTo", "deploysTo",
    "supports",  "criticizes",  "accuses",       "rejects",
    "threatens", "mediatesFor", "sanctions"};

static const char *const relation_type_names[] = {
    "leaderOf", "officialOf", "memberOf", "allyOf",
    "partnerOf", "locatedIn", "leads"};

static const char *const mention_kind_names[] = {
    "name", "alias", "demonym", "metonym", "title", "reference"};

static const char *const format_names[] = {
    [NG_FORMAT_TURTLE] = "turtle", [NG_FORMAT_NTRIPLES] = "ntriples",
    [NG_FORMAT_NQUADS] = "nquads", [NG_FORMAT_RDFXML] = "rdfxml",
    [NG_FORMAT_DOT] = "dot",       [NG_FORMAT_SVG] = "svg",
    [NG_FORMAT_PNG] = "png",       [NG_FORMAT_PDF] = "pdf"};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const char *
ng_strerror(ng_status status)
{
  if ((size_t)status < COUNT(status_names) && status_names[status])
    return status_names[status];
  return "unknown error";
}

char *
ng_error_format(const ng_error *err, char *buf, size_t n)
{
  const char *file = err->file[0] ? err->file : "newsgraph";

  if (err->line && err->column)
    snprintf(buf, n, "%s:%lu:%lu: %s", file, err->line, err->column,
             err->message);
  else if (err->line)
    snprintf(buf, n, "%s:%lu: %s", file, err->line, err->message);
  else
    snprintf(buf, n, "%s: %s", file, err->message);
  return buf;
}

/* Finds name in a table of n names; -1 when absent. */
static int
table_find(const char *const *table, size_t n, const char *name)
{
  for (size_t i = 0; i < n; i++)
    if (table[i] && strcmp(table[i], name) == 0)
      return (int)i;
  return -1;
}

const char *
ng_entity_type_name(ng_entity_type t)
{
  return (size_t)t < COUNT(entity_type_names) ? entity_type_names[t] : "?";
}

const char *
ng_stance_type_name(ng_stance_type t)
{
  return (size_t)t < COUNT(stance_type_names) ? stance_type_names[t] : "?";
}

const char *
ng_stance_shortcut_name(ng_stance_type t)
{
  return (size_t)t < COUNT(stance_shortcut_names) ? stance_shortcut_names[t]
                                                  : "?";
}

const char *
ng_relation_type_name(ng_relation_type t)
{
  return (size_t)t < COUNT(relation_type_names) ? relation_type_names[t]
                                                : "?";
}

const char *
ng_mention_kind_name(ng_mention_kind k)
{
  return (size_t)k < COUNT(mention_kind_names) ? mention_kind_names[k] : "?";
}

int
ng_stance_type_parse(const char *local_name)
{
  return table_find(stance_type_names, COUNT(stance_type_names), local_name);
}

int
ng_relation_type_parse(const char *local_name)
{
  return table_find(relation_type_names, COUNT(relation_type_names),
                    local_name);
}

int
ng_entity_type_parse(const char *local_name)
{
  return table_find(entity_type_names, COUNT(entity_type_names), local_name);
}

int
ng_format_parse(const char *name)
{
  return table_find(format_names, COUNT(format_names), name);
}

const char *
ng_format_name(ng_format f)
{
  return (size_t)f < COUNT(format_names) ? format_names[f] : "?";
}

bool
ng_format_is_rdf(ng_format f)
{
  return f == NG_FORMAT_TURTLE || f == NG_FORMAT_NTRIPLES ||
         f == NG_FORMAT_NQUADS || f == NG_FORMAT_RDFXML;
}

const char *
ng_version(void)
{
  return PACKAGE_VERSION;
}
