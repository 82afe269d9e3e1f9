/* newsgraph: command-line options turned into library calls. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "newsgraph/newsgraph.h"
#include "tools.h"

typedef struct options {
  ng_format format;
  const char *output;
  const char **lexicons;
  size_t n_lexicons;
  ng_output_options out;
  ng_read_options read;
  ng_analyze_options analyze;
} options;

/* Where the results go: an RDF writer or a diagram, and the file. */
typedef struct sink {
  FILE *fp;
  char *tmp_path;
  ng_rdf_writer *rdf;
  ng_diagram *diagram;
} sink;

static void
usage(FILE *fp)
{
  fputs("usage: newsgraph [OPTIONS] [FILE|DIR|-]...\n"
        "       newsgraph eval [OPTIONS] GOLD.tsv ARTICLE | DIR...\n"
        "       newsgraph lexicon check [FILE...] | lookup WORD...\n"
        "Extracts the actors of news articles and their stances toward each\n"
        "other as RDF (Turtle by default, on standard output) or a diagram.\n"
        "\n"
        "  -f, --format FORMAT      turtle, ntriples, nquads, rdfxml, dot, svg,\n"
        "                           png or pdf\n"
        "  -o, --output FILE        write there (whole or not at all)\n"
        "  -L, --lexicon FILE       an extra Turtle lexicon or pattern file\n"
        "                           (repeatable)\n"
        "      --mentions           also write every entity mention (NIF)\n"
        "      --min-confidence X   leave out facts below X (0-1)\n"
        "      --encoding NAME      input encoding when not UTF-8\n"
        "      --explain            tell on standard error why each fact was\n"
        "                           found, and which rules came close\n"
        "                           (e.g. windows-1256)\n"
        "      --help               show this help\n"
        "      --version            show the version\n"
        "\n"
        "With no FILE, or when FILE is -, read standard input.  A DIR is read\n"
        "recursively (.txt .html .htm .xhtml .xml).  The first FILE is taken\n"
        "for the subcommand eval or lexicon when it is that word and no file\n"
        "of that name exists; see 'newsgraph eval --help' and\n"
        "'newsgraph lexicon --help'.\n",
        fp);
}

static void
report(const ng_error *err)
{
  char line[1200];
  fprintf(stderr, "newsgraph: %s\n", ng_error_format(err, line, sizeof line));
}

static int
fail_usage(const char *msg, const char *arg)
{
  fprintf(stderr, "newsgraph: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
  fputs("Try 'newsgraph --help'.\n", stderr);
  return 2;
}

enum {
  OPT_MENTIONS = 256,
  OPT_MIN_CONF,
  OPT_ENCODING,
  OPT_EXPLAIN,
  OPT_HELP,
  OPT_VERSION
};

/* Fills opts from argv; returns -1 to go on, else the exit status. */
static int
parse_options(options *opts, int argc, char **argv)
{
  static const struct option longs[] = {
      {"format", required_argument, NULL, 'f'},
      {"output", required_argument, NULL, 'o'},
      {"lexicon", required_argument, NULL, 'L'},
      {"mentions", no_argument, NULL, OPT_MENTIONS},
      {"min-confidence", required_argument, NULL, OPT_MIN_CONF},
      {"encoding", required_argument, NULL, OPT_ENCODING},
      {"explain", no_argument, NULL, OPT_EXPLAIN},
      {"help", no_argument, NULL, OPT_HELP},
      {"version", no_argument, NULL, OPT_VERSION},
      {NULL, 0, NULL, 0}};
  int c, f;
  char *end;

  while ((c = getopt_long(argc, argv, "f:o:L:", longs, NULL)) != -1) {
    switch (c) {
    case 'f':
      if ((f = ng_format_parse(optarg)) < 0)
        return fail_usage("unknown format", optarg);
      opts->format = (ng_format)f;
      break;
    case 'o':
      opts->output = optarg;
      break;
    case 'L':
      opts->lexicons[opts->n_lexicons++] = optarg;
      break;
    case OPT_MENTIONS:
      opts->out.mentions = true;
      break;
    case OPT_MIN_CONF:
      opts->out.min_confidence = strtod(optarg, &end);
      if (*end || opts->out.min_confidence < 0 || opts->out.min_confidence > 1)
        return fail_usage("--min-confidence takes a number from 0 to 1", optarg);
      break;
    case OPT_ENCODING:
      opts->read.encoding = optarg;
      break;
    case OPT_EXPLAIN:
      opts->analyze.explain = true;
      break;
    case OPT_HELP:
      usage(stdout);
      return 0;
    case OPT_VERSION:
      printf("newsgraph %s\n", ng_version());
      return 0;
    default:
      fputs("Try 'newsgraph --help'.\n", stderr);
      return 2;
    }
  }
  return -1;
}

/* Loads the shipped ontology and the user's lexicon files. */
static ng_status
load_lexicon(ng_lexicon **out, const options *opts)
{
  ng_error err = {0};
  ng_status rc = ng_lexicon_new(out);

  if (rc == NG_OK)
    rc = ng_lexicon_load_dir(*out, NULL, &err);
  for (size_t i = 0; rc == NG_OK && i < opts->n_lexicons; i++)
    rc = ng_lexicon_load_file(*out, opts->lexicons[i], &err);
  if (rc != NG_OK)
    report(&err);
  return rc;
}

/* Opens the output: a temporary file beside --output, or stdout. */
static ng_status
sink_open(sink *s, const options *opts)
{
  ng_error err = {0};
  int fd;

  if (!opts->output) {
    s->fp = stdout;
  } else {
    size_t n = strlen(opts->output) + 16;
    s->tmp_path = malloc(n);
    if (!s->tmp_path)
      return NG_ERR_NOMEM;
    snprintf(s->tmp_path, n, "%s.tmp-XXXXXX", opts->output);
    if ((fd = mkstemp(s->tmp_path)) < 0 || !(s->fp = fdopen(fd, "wb"))) {
      fprintf(stderr, "newsgraph: %s: cannot write: %s\n", opts->output,
              strerror(errno));
      free(s->tmp_path);
      s->tmp_path = NULL;
      return NG_ERR_IO;
    }
  }
  if (ng_format_is_rdf(opts->format)) {
    if (ng_rdf_writer_new(&s->rdf, opts->format, s->fp, &opts->out, &err)) {
      report(&err);
      return NG_ERR_RDF;
    }
    return NG_OK;
  }
  return ng_diagram_new(&s->diagram, &opts->out);
}

/* Finishes the output; the file is renamed into place only when complete. */
static int
sink_close(sink *s, const options *opts, int ok)
{
  ng_error err = {0};

  if (ok && s->rdf && ng_rdf_writer_finish(s->rdf, &err) != NG_OK)
    ok = 0, report(&err);
  if (ok && s->diagram &&
      ng_diagram_write(s->diagram, opts->format, s->fp, &err) != NG_OK)
    ok = 0, report(&err);
  ng_rdf_writer_free(s->rdf);
  ng_diagram_free(s->diagram);
  if (fflush(s->fp) != 0 || ferror(s->fp))
    ok = 0;
  if (s->tmp_path) {
    struct stat st;
    int mode_ok = stat(opts->output, &st) == 0;
    if (fclose(s->fp) != 0)
      ok = 0;
    if (ok && mode_ok)
      chmod(s->tmp_path, st.st_mode & 07777);
    else if (ok)
      chmod(s->tmp_path, 0644 & ~0);
    if (ok && rename(s->tmp_path, opts->output) != 0) {
      fprintf(stderr, "newsgraph: %s: %s\n", opts->output, strerror(errno));
      ok = 0;
    }
    if (!ok)
      unlink(s->tmp_path);
    free(s->tmp_path);
  }
  return ok;
}

/* Reads, analyzes and outputs one file; 0 when it failed (reported). */
static int
process_file(const char *path, const ng_lexicon *lex, const options *opts,
             sink *s)
{
  ng_doc *doc = NULL;
  ng_analysis *a = NULL;
  ng_error err = {0};
  ng_status rc = ng_doc_read_file(&doc, path, &opts->read, &err);

  if (rc == NG_OK)
    rc = ng_analyze_with(&a, lex, doc, &opts->analyze, &err);
  if (rc == NG_OK && opts->analyze.explain)
    fprintf(stderr, "== %s\n%s", path, ng_analysis_explanation(a));
  if (rc == NG_OK)
    rc = s->rdf ? ng_rdf_writer_add(s->rdf, a, &err)
                : ng_diagram_add(s->diagram, a);
  if (rc != NG_OK) {
    if (!err.message[0])
      snprintf(err.message, sizeof err.message, "%s", ng_strerror(rc));
    if (!err.file[0])
      snprintf(err.file, sizeof err.file, "%s", path);
    report(&err);
  }
  ng_analysis_free(a);
  ng_doc_free(doc);
  return rc == NG_OK;
}

/* A file, a directory (every article under it) or "-". */
static int
process_arg(const char *arg, const ng_lexicon *lex, const options *opts,
            sink *s)
{
  struct stat st;
  char **paths;
  size_t n;
  ng_error err = {0};
  int ok = 1;

  if (strcmp(arg, "-") == 0 || stat(arg, &st) != 0 || !S_ISDIR(st.st_mode))
    return process_file(arg, lex, opts, s);
  if (ng_dir_list(&paths, &n, arg, &err) != NG_OK) {
    report(&err);
    return 0;
  }
  for (size_t i = 0; i < n; i++)
    ok &= process_file(paths[i], lex, opts, s);
  ng_strv_free(paths);
  return ok;
}

/* The index of the first argument that is neither an option nor an
 * option's value (argc when there is none, or it comes after "--"). */
static int
first_operand(int argc, char **argv)
{
  static const char *const valued[] = {"--format", "--output", "--lexicon",
                                       "--min-confidence", "--encoding"};

  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    size_t n = strlen(a);
    if (strcmp(a, "--") == 0)
      return argc;
    if (a[0] != '-' || n == 1)
      return i;
    if (n == 2 && strchr("foL", a[1]))
      i++; /* -f VALUE */
    for (size_t k = 0; n > 3 && !strchr(a, '=') && k < 5; k++)
      if (strncmp(valued[k], a, n) == 0) {
        i++; /* --form VALUE: getopt takes unique prefixes */
        break;
      }
  }
  return argc;
}

/* Runs `newsgraph eval|lexicon ...` when argument sub names one and no
 * file of that name exists; returns its exit status, or -1 for none.  The
 * subcommand sees the options before its name too. */
static int
run_subcommand(int argc, char **argv, int sub)
{
  struct stat st;
  int (*run)(int, char **) = NULL, status;
  char **args;

  if (sub >= argc || stat(argv[sub], &st) == 0)
    return -1;
  if (strcmp(argv[sub], "eval") == 0)
    run = ng_eval_main;
  else if (strcmp(argv[sub], "lexicon") == 0)
    run = ng_lexicon_main;
  if (!run)
    return -1;
  if (!(args = calloc((size_t)argc + 1, sizeof *args)))
    return 1;
  args[0] = argv[sub];
  memcpy(args + 1, argv + 1, (size_t)(sub - 1) * sizeof *args);
  memcpy(args + sub, argv + sub + 1, (size_t)(argc - sub - 1) * sizeof *args);
  status = run(argc - 1, args);
  free(args);
  return status;
}

int
main(int argc, char **argv)
{
  options opts = {0};
  ng_lexicon *lex = NULL;
  sink s = {0};
  int status, ok = 1;

  if ((status = run_subcommand(argc, argv, first_operand(argc, argv))) >= 0)
    return status;
  opts.format = NG_FORMAT_TURTLE;
  opts.lexicons = calloc((size_t)argc + 1, sizeof *opts.lexicons);
  if (!opts.lexicons)
    return 1;
  if ((status = parse_options(&opts, argc, argv)) >= 0)
    goto cleanup;
  status = 1;
  if (load_lexicon(&lex, &opts) != NG_OK || sink_open(&s, &opts) != NG_OK)
    goto cleanup;
  if (optind >= argc)
    ok = process_file("-", lex, &opts, &s);
  for (int i = optind; i < argc; i++)
    ok &= process_arg(argv[i], lex, &opts, &s);
  status = sink_close(&s, &opts, 1) && ok ? 0 : 1;
cleanup:
  ng_lexicon_free(lex);
  free(opts.lexicons);
  return status;
}
