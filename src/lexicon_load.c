/* Reads lexicon Turtle through librdf and hands each statement to the
 * in-memory lexicon (lexicon.c), which knows nothing of librdf. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <librdf.h>

#include "lexicon.h"
#include "util.h"

/* What the librdf logger saw while one file was parsed. */
typedef struct load_ctx {
  ng_error *err;
  const char *path;
  int failed;
} load_ctx;

/* Keeps the first error librdf reports, with its line and column. */
static int
on_log(void *data, librdf_log_message *msg)
{
  load_ctx *ctx = data;
  raptor_locator *loc = librdf_log_message_locator(msg);

  if (librdf_log_message_level(msg) < LIBRDF_LOG_ERROR || ctx->failed)
    return 1;
  ctx->failed = 1;
  ng_error_set(ctx->err, NG_ERR_PARSE, ctx->path,
               loc && loc->line > 0 ? (unsigned long)loc->line : 0,
               loc && loc->column > 0 ? (unsigned long)loc->column : 0, "%s",
               librdf_log_message_message(msg));
  return 1;
}

/* Copies a librdf statement into an ng_triple and records it. */
static ng_status
record(ng_lexicon *lex, librdf_statement *st, const char *path)
{
  librdf_node *s = librdf_statement_get_subject(st);
  librdf_node *p = librdf_statement_get_predicate(st);
  librdf_node *o = librdf_statement_get_object(st);
  ng_triple t = {0};

  if (!librdf_node_is_resource(s) || !librdf_node_is_resource(p))
    return NG_OK;
  t.subject = (const char *)librdf_uri_as_string(librdf_node_get_uri(s));
  t.predicate = (const char *)librdf_uri_as_string(librdf_node_get_uri(p));
  if (librdf_node_is_resource(o)) {
    t.object = (const char *)librdf_uri_as_string(librdf_node_get_uri(o));
    t.object_is_iri = 1;
  } else if (librdf_node_is_literal(o)) {
    t.object = (const char *)librdf_node_get_literal_value(o);
    t.lang = librdf_node_get_literal_value_language(o);
  } else {
    return NG_OK;
  }
  return ng_lexicon_add_triple(lex, &t, path);
}

/* Parses path with the Turtle parser and records every statement. */
static ng_status
parse_file(ng_lexicon *lex, librdf_world *world, const char *path,
           load_ctx *ctx)
{
  librdf_parser *parser = librdf_new_parser(world, "turtle", NULL, NULL);
  librdf_uri *uri = librdf_new_uri_from_filename(world, path);
  librdf_stream *stream = NULL;
  ng_status rc = NG_OK;

  if (!parser || !uri) {
    rc = ng_error_set(ctx->err, NG_ERR_RDF, path, 0, 0,
                      "cannot set up the Turtle parser");
    goto cleanup;
  }
  stream = librdf_parser_parse_as_stream(parser, uri, uri);
  for (; stream && !librdf_stream_end(stream) && rc == NG_OK;
       librdf_stream_next(stream))
    rc = record(lex, librdf_stream_get_object(stream), path);
  if (rc == NG_OK && (ctx->failed || !stream))
    rc = ctx->failed ? NG_ERR_PARSE
                     : ng_error_set(ctx->err, NG_ERR_PARSE, path, 0, 0,
                                    "cannot parse as Turtle");
cleanup:
  if (stream)
    librdf_free_stream(stream);
  if (uri)
    librdf_free_uri(uri);
  if (parser)
    librdf_free_parser(parser);
  return rc;
}

/* Records the statements of one file without compiling them. */
static ng_status
load_file(ng_lexicon *lex, const char *path, ng_error *err)
{
  load_ctx ctx = {err, path, 0};
  librdf_world *world;
  FILE *probe = fopen(path, "r");
  ng_status rc;

  if (!probe)
    return ng_error_set(err, NG_ERR_IO, path, 0, 0, "cannot open lexicon");
  fclose(probe);
  world = librdf_new_world();
  if (!world)
    return NG_ERR_NOMEM;
  librdf_world_open(world);
  librdf_world_set_logger(world, &ctx, on_log);
  rc = parse_file(lex, world, path, &ctx);
  librdf_free_world(world);
  return rc;
}

ng_status
ng_lexicon_read_file(ng_lexicon *lex, const char *path, ng_error *err)
{
  return load_file(lex, path, err);
}

ng_status
ng_lexicon_load_file(ng_lexicon *lex, const char *path, ng_error *err)
{
  ng_status rc = load_file(lex, path, err);
  return rc == NG_OK ? ng_lexicon_compile(lex, err) : rc;
}

const char *
ng_lexicon_default_dir(void)
{
  const char *env = getenv("NEWSGRAPH_ONTOLOGY");
  struct stat st;

  if (env && *env)
    return env;
  if (stat(NG_ONTOLOGY_DIR, &st) == 0 && S_ISDIR(st.st_mode))
    return NG_ONTOLOGY_DIR;
  return NG_SOURCE_ONTOLOGY_DIR;
}

ng_status
ng_lexicon_load_dir(ng_lexicon *lex, const char *dir, ng_error *err)
{
  char **names;
  size_t n;
  ng_status rc;

  if (!dir)
    dir = ng_lexicon_default_dir();
  if ((rc = ng_dir_names(&names, &n, dir, ".ttl", 0, err)) != NG_OK)
    return rc;
  for (size_t i = 0; i < n && rc == NG_OK; i++) {
    ng_buf path = {0};
    if (ng_buf_printf(&path, "%s/%s", dir, names[i]) != NG_OK)
      rc = NG_ERR_NOMEM;
    else
      rc = load_file(lex, path.data, err);
    ng_buf_free(&path);
  }
  for (size_t i = 0; i < n; i++)
    free(names[i]);
  free(names);
  return rc == NG_OK ? ng_lexicon_compile(lex, err) : rc;
}
