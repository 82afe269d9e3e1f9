/* newsgraph eval: runs the extraction on articles that have gold files and
 * prints the scorer's figures for each and their micro-average. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "tools.h"
#include "util.h"

typedef struct eval_opts {
  char **lexicons;
  size_t n_lexicons;
  const char *aliases;
  ng_read_options read;
  double min_confidence;
  int verbose;
} eval_opts;

/* One article to score; article or aliases may be NULL. */
typedef struct job {
  char *name;
  char *gold;
  char *article;
  char *aliases;
} job;

typedef struct jobs {
  job *items;
  size_t n, cap;
} jobs;

static void
eval_usage(FILE *fp)
{
  fputs(
      "usage: newsgraph eval [OPTIONS] GOLD.tsv ARTICLE\n"
      "       newsgraph eval [OPTIONS] DIR...\n"
      "Runs the extraction on each article and scores it against its gold\n"
      "file with the rules of the project's scorer (score.py): stances and\n"
      "relations (precision, recall, F1) and entities (recall), per article\n"
      "and micro-averaged.  A DIR holds NAME.txt or NAME.html, NAME.gold.tsv\n"
      "and optionally NAME.aliases.tsv.\n"
      "\n"
      "  -a, --aliases FILE       names and roll-ups for GOLD.tsv (default:\n"
      "                           NAME.aliases.tsv beside NAME.gold.tsv)\n"
      "  -L, --lexicon FILE       an extra Turtle lexicon or pattern file\n"
      "                           (repeatable)\n"
      "      --min-confidence X   leave out facts below X (0-1)\n"
      "      --encoding NAME      input encoding when not UTF-8\n"
      "  -v, --verbose            list each miss and false positive with\n"
      "                           its sentence\n"
      "      --help               show this help\n",
      fp);
}

int
ng_tools_fail_usage(const char *command, const char *msg, const char *arg)
{
  fprintf(stderr, "newsgraph %s: %s%s%s\n", command, msg, arg ? ": " : "",
          arg ? arg : "");
  fprintf(stderr, "Try 'newsgraph %s --help'.\n", command);
  return 2;
}

void
ng_tools_report(const char *command, const ng_error *err)
{
  char line[1200];
  fprintf(stderr, "newsgraph %s: %s\n", command,
          ng_error_format(err, line, sizeof line));
}

static int
eval_fail_usage(const char *msg, const char *arg)
{
  return ng_tools_fail_usage("eval", msg, arg);
}

static void
eval_report(const ng_error *err)
{
  ng_tools_report("eval", err);
}

enum { OPT_MIN_CONF = 256, OPT_ENCODING, OPT_HELP };

/* Reads a number from 0 to 1 into *out; 0 when s is not one. */
static int
parse_confidence(const char *s, double *out)
{
  char *end;

  *out = strtod(s, &end);
  return *s && !*end && *out >= 0 && *out <= 1;
}

/* Fills o from argv; returns -1 to go on, else the exit status. */
static int
parse_eval_options(eval_opts *o, int argc, char **argv)
{
  static const struct option longs[] = {
      {"aliases", required_argument, NULL, 'a'},
      {"lexicon", required_argument, NULL, 'L'},
      {"min-confidence", required_argument, NULL, OPT_MIN_CONF},
      {"encoding", required_argument, NULL, OPT_ENCODING},
      {"verbose", no_argument, NULL, 'v'},
      {"help", no_argument, NULL, OPT_HELP},
      {NULL, 0, NULL, 0}};
  int c;

  while ((c = getopt_long(argc, argv, "a:L:v", longs, NULL)) != -1) {
    switch (c) {
    case 'a':
      o->aliases = optarg;
      break;
    case 'L':
      o->lexicons[o->n_lexicons++] = optarg;
      break;
    case 'v':
      o->verbose = 1;
      break;
    case OPT_MIN_CONF:
      if (!parse_confidence(optarg, &o->min_confidence))
        return eval_fail_usage("--min-confidence takes a number from 0 to 1",
                               optarg);
      break;
    case OPT_ENCODING:
      o->read.encoding = optarg;
      break;
    case OPT_HELP:
      eval_usage(stdout);
      return 0;
    default:
      fputs("Try 'newsgraph eval --help'.\n", stderr);
      return 2;
    }
  }
  return -1;
}

/* ---- what to score ------------------------------------------------------ */

static int
is_file(const char *path)
{
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int
is_dir(const char *path)
{
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A new string: a, b and c joined (NULL on OOM). */
static char *
join3(const char *a, const char *b, const char *c)
{
  ng_buf buf = {0};

  if (ng_buf_printf(&buf, "%s%s%s", a, b, c) != NG_OK) {
    ng_buf_free(&buf);
    return NULL;
  }
  return ng_buf_take(&buf);
}

/* The path with suffix in place of the ending cut (when path has it), if
 * that file exists; else NULL.  Caller frees. */
static char *
sibling(const char *path, const char *cut, const char *suffix)
{
  size_t n = strlen(path), k = strlen(cut);
  char *stem, *found;

  if (n < k || strcmp(path + n - k, cut) != 0 ||
      !(stem = ng_strndup(path, n - k)))
    return NULL;
  found = join3(stem, suffix, "");
  free(stem);
  if (found && !is_file(found)) {
    free(found);
    found = NULL;
  }
  return found;
}

/* Adds a job; the strings are copied (aliases and article may be NULL). */
static ng_status
jobs_add(jobs *js, const char *name, const char *gold, const char *article,
         const char *aliases)
{
  job j = {ng_strdup(name), ng_strdup(gold), ng_strdup(article),
           ng_strdup(aliases)};

  if (!j.name || !j.gold || (article && !j.article) ||
      (aliases && !j.aliases) ||
      NG_PUSH(js->items, js->n, js->cap, j) != NG_OK) {
    free(j.name), free(j.gold), free(j.article), free(j.aliases);
    return NG_ERR_NOMEM;
  }
  return NG_OK;
}

static void
jobs_free(jobs *js)
{
  for (size_t i = 0; i < js->n; i++) {
    free(js->items[i].name);
    free(js->items[i].gold);
    free(js->items[i].article);
    free(js->items[i].aliases);
  }
  free(js->items);
}

/* The article NAME.txt (or .html, ...) beside DIR/NAME.gold.tsv, or NULL. */
static char *
article_for(const char *gold)
{
  static const char *const exts[] = {".txt",   ".html", ".htm",
                                     ".xhtml", ".xml",  ".text"};
  char *found = NULL;

  for (size_t i = 0; !found && i < sizeof exts / sizeof *exts; i++)
    found = sibling(gold, ".gold.tsv", exts[i]);
  return found;
}

/* One job per NAME.gold.tsv in dir. */
static ng_status
jobs_from_dir(jobs *js, const char *dir, ng_error *err)
{
  char **names;
  size_t n;
  ng_status rc = ng_dir_names(&names, &n, dir, ".gold.tsv", 1, err);

  for (size_t i = 0; rc == NG_OK && i < n; i++) {
    char *stem = join3(dir, "/", names[i]);
    char *gold = stem ? join3(stem, ".gold.tsv", "") : NULL;
    char *article = gold ? article_for(gold) : NULL;
    char *aliases = gold ? sibling(gold, ".gold.tsv", ".aliases.tsv") : NULL;
    rc = gold ? jobs_add(js, names[i], gold, article, aliases) : NG_ERR_NOMEM;
    free(stem), free(gold), free(article), free(aliases);
  }
  for (size_t i = 0; i < n; i++)
    free(names[i]);
  free(names);
  return rc;
}

/* GOLD ARTICLE: one job named after the article's file name. */
static ng_status
jobs_from_pair(jobs *js, const char *gold, const char *article,
               const char *aliases)
{
  const char *base =
      strrchr(article, '/') ? strrchr(article, '/') + 1 : article;
  const char *dot = strrchr(base, '.');
  char *name = ng_strndup(base, dot && dot > base ? (size_t)(dot - base)
                                                  : strlen(base));
  char *found = aliases ? NULL : sibling(gold, ".gold.tsv", ".aliases.tsv");
  ng_status rc =
      name ? jobs_add(js, name, gold, article, aliases ? aliases : found)
           : NG_ERR_NOMEM;

  free(name);
  free(found);
  return rc;
}

/* ---- running and printing ------------------------------------------------
 */

/* The width of the article column: the longest name, at least 13. */
static int
name_width(const jobs *js)
{
  size_t w = strlen("micro-average");

  for (size_t i = 0; i < js->n; i++)
    if (strlen(js->items[i].name) > w)
      w = strlen(js->items[i].name);
  return w > 200 ? 200 : (int)w;
}

static void
print_header(int width)
{
  printf("%-*s  %-31s  %-31s  %s\n", width, "", "stances", "relations",
         "entities");
  printf(
      "%-*s  %4s %4s %4s %5s %5s %5s  %4s %4s %4s %5s %5s %5s  %4s %4s %5s\n",
      width, "article", "tp", "fp", "fn", "P", "R", "F1", "tp", "fp", "fn",
      "P", "R", "F1", "tp", "gold", "R");
}

static void
print_counts(const ng_eval_counts *c)
{
  double p, r, f;

  ng_eval_prf(c, &p, &r, &f);
  printf("  %4zu %4zu %4zu %5.2f %5.2f %5.2f", c->tp, c->fp, c->fn, p, r, f);
}

/* One row: the article's name, then the stance, relation and entity
 * figures (the last fifteen fields of the line). */
static void
print_row(int width, const char *name, const ng_eval_score *s)
{
  size_t gold = s->entity_found + s->entity_missed;

  printf("%-*s", width, name);
  print_counts(&s->stance);
  print_counts(&s->relation);
  printf("  %4zu %4zu %5.2f\n", s->entity_found, gold,
         gold ? (double)s->entity_found / (double)gold : 1.0);
}

static void
score_add(ng_eval_score *total, const ng_eval_score *s)
{
  total->stance.tp += s->stance.tp;
  total->stance.fp += s->stance.fp;
  total->stance.fn += s->stance.fn;
  total->relation.tp += s->relation.tp;
  total->relation.fp += s->relation.fp;
  total->relation.fn += s->relation.fn;
  total->entity_found += s->entity_found;
  total->entity_missed += s->entity_missed;
}

/* Copies what the scorer logged (in a temporary file) to standard output. */
static void
print_log(FILE *log)
{
  char chunk[4096];
  size_t n;

  rewind(log);
  while ((n = fread(chunk, 1, sizeof chunk, log)) > 0)
    fwrite(chunk, 1, n, stdout);
}

/* Reads, analyzes and scores one article into *s; log gets the details. */
static ng_status
score_job(ng_eval_score *s, const job *j, const ng_lexicon *lex,
          const eval_opts *o, FILE *log, ng_error *err)
{
  ng_eval_gold *gold = NULL;
  ng_eval_names *names = NULL;
  ng_doc *doc = NULL;
  ng_analysis *a = NULL;
  ng_status rc;

  if (!j->article)
    return ng_error_set(err, NG_ERR_IO, j->gold, 0, 0,
                        "no article (NAME.txt or NAME.html) beside it");
  if ((rc = ng_eval_gold_read(&gold, j->gold, err)) == NG_OK &&
      (rc = ng_eval_names_new(&names, j->aliases, gold, err)) == NG_OK &&
      (rc = ng_doc_read_file(&doc, j->article, &o->read, err)) == NG_OK &&
      (rc = ng_analyze(&a, lex, doc, err)) == NG_OK)
    rc = ng_eval_score_analysis(s, gold, names, a, o->min_confidence, log);
  ng_analysis_free(a);
  ng_doc_free(doc);
  ng_eval_names_free(names);
  ng_eval_gold_free(gold);
  return rc;
}

/* Scores one job and prints its row (and details); 0 when it failed. */
static int
run_job(const job *j, const ng_lexicon *lex, const eval_opts *o, int width,
        ng_eval_score *total)
{
  ng_eval_score s = {0};
  ng_error err = {0};
  FILE *log = o->verbose ? tmpfile() : NULL;
  ng_status rc =
      o->verbose && !log ? NG_ERR_IO : score_job(&s, j, lex, o, log, &err);

  if (rc != NG_OK) {
    if (!err.message[0])
      snprintf(err.message, sizeof err.message, "%s", ng_strerror(rc));
    if (!err.file[0])
      snprintf(err.file, sizeof err.file, "%s", j->gold);
    fflush(stdout);
    eval_report(&err);
  } else {
    print_row(width, j->name, &s);
    score_add(total, &s);
    if (log)
      print_log(log);
  }
  if (log)
    fclose(log);
  return rc == NG_OK;
}

/* The jobs the arguments name (GOLD ARTICLE, or directories); returns -1
 * to go on, else the exit status. */
static int
collect_jobs(jobs *js, int argc, char **argv, const eval_opts *o)
{
  ng_error err = {0};
  ng_status rc = NG_OK;
  int pair = argc == 2 && !is_dir(argv[0]);

  if (argc < 1)
    return eval_fail_usage("no gold file or directory", NULL);
  if (!pair && o->aliases)
    return eval_fail_usage("--aliases goes with GOLD.tsv ARTICLE", NULL);
  if (pair)
    rc = jobs_from_pair(js, argv[0], argv[1], o->aliases);
  for (int i = 0; !pair && rc == NG_OK && i < argc; i++) {
    if (!is_dir(argv[i]))
      return eval_fail_usage("not a directory (nor GOLD.tsv ARTICLE)",
                             argv[i]);
    rc = jobs_from_dir(js, argv[i], &err);
  }
  if (rc == NG_OK)
    return -1;
  if (!err.message[0])
    snprintf(err.message, sizeof err.message, "%s", ng_strerror(rc));
  eval_report(&err);
  return 1;
}

int
ng_eval_main(int argc, char **argv)
{
  eval_opts o = {0};
  jobs js = {0};
  ng_lexicon *lex = NULL;
  ng_eval_score total = {0};
  ng_error err = {0};
  int status, ok = 1;

  if (!(o.lexicons = calloc((size_t)argc + 1, sizeof *o.lexicons)))
    return 1;
  optind = 1;
  if ((status = parse_eval_options(&o, argc, argv)) >= 0)
    goto cleanup;
  if ((status = collect_jobs(&js, argc - optind, argv + optind, &o)) >= 0)
    goto cleanup;
  status = 1;
  if (ng_tools_lexicon_load(&lex, o.lexicons, o.n_lexicons, &err) != NG_OK) {
    eval_report(&err);
    goto cleanup;
  }
  print_header(name_width(&js));
  for (size_t i = 0; i < js.n; i++)
    ok &= run_job(&js.items[i], lex, &o, name_width(&js), &total);
  print_row(name_width(&js), "micro-average", &total);
  status = ok ? 0 : 1;
cleanup:
  ng_lexicon_free(lex);
  jobs_free(&js);
  free(o.lexicons);
  return status;
}
