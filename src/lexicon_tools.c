/* newsgraph lexicon: `check` lints lexicon files (what the compiler
 * rejects, and what it accepts but the matcher cannot tell apart);
 * `lookup` (lexicon_lookup.c) shows what a word matches after folding and
 * clitic stripping. */
#include "config.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "tools.h"
#include "util.h"

ng_status
ng_tools_lexicon_load(ng_lexicon **out, char *const *files, size_t n,
                      ng_error *err)
{
  ng_status rc = ng_lexicon_new(out);

  if (rc == NG_OK)
    rc = ng_lexicon_load_dir(*out, NULL, err);
  for (size_t i = 0; rc == NG_OK && i < n; i++)
    rc = ng_lexicon_load_file(*out, files[i], err);
  if (rc != NG_OK) {
    ng_lexicon_free(*out);
    *out = NULL;
  }
  return rc;
}

static void
lexicon_usage(FILE *fp)
{
  fputs(
      "usage: newsgraph lexicon check [-L FILE]... [FILE...]\n"
      "       newsgraph lexicon lookup [-L FILE]... WORD...\n"
      "check: lints lexicon files (by default every shipped ontology\n"
      "  file; a FILE or --lexicon FILE is checked with the shipped ones as\n"
      "  context): malformed entries, role objects that name no entity,\n"
      "  entities without an Arabic or English rdfs:label, a name given\n"
      "  twice to one entity, one folded name given to two entities.\n"
      "  Exits 1 when there are errors; warnings do not fail.\n"
      "lookup: shows each reading of each WORD (or phrase) after folding and\n"
      "  clitic stripping, the entities it names, and the patterns and cues\n"
      "  it triggers.\n"
      "\n"
      "  -L, --lexicon FILE       a user lexicon file (repeatable)\n"
      "      --help               show this help\n",
      fp);
}

static int
lexicon_fail_usage(const char *msg, const char *arg)
{
  return ng_tools_fail_usage("lexicon", msg, arg);
}

static void
lexicon_report(const ng_error *err)
{
  ng_tools_report("lexicon", err);
}

/* ---- check ----------------------------------------------------------------
 */

typedef struct lint {
  char **files;           /* every file read, shipped ones first; owned */
  unsigned char *checked; /* per file: its findings are reported */
  size_t n_files, cap_files, cap_checked;
  ng_map subjects; /* IRI → subject index in the lexicon */
  struct finding {
    size_t file; /* index in files (n_files: another file) */
    unsigned long line;
    size_t seq; /* the order it was found in */
    char *text; /* the whole line */
  } * found;
  size_t n_found, cap_found;
  size_t errors, warnings;
} lint;

static int
lint_checked(const lint *l, const char *file)
{
  for (size_t i = 0; file && i < l->n_files; i++)
    if (strcmp(l->files[i], file) == 0)
      return l->checked[i];
  return 0;
}

/* The index of file among the files read (n_files when it is none). */
static size_t
lint_file_index(const lint *l, const char *file)
{
  for (size_t i = 0; file && i < l->n_files; i++)
    if (strcmp(l->files[i], file) == 0)
      return i;
  return l->n_files;
}

/* A new string (caller frees): fmt formatted; NULL on OOM. */
static char *
vformat(const char *fmt, va_list ap)
{
  va_list again;
  int n;
  char *out;

  va_copy(again, ap);
  n = vsnprintf(NULL, 0, fmt, again);
  va_end(again);
  if (n < 0 || !(out = malloc((size_t)n + 1)))
    return NULL;
  vsnprintf(out, (size_t)n + 1, fmt, ap);
  return out;
}

/* Records one finding, FILE:LINE: error|warning: message, for
 * lint_print; on OOM it is printed at once. */
static void NG_PRINTF(5, 6) lint_say(lint *l, int error, const char *file,
                                     unsigned long line, const char *fmt, ...)
{
  struct finding f = {lint_file_index(l, file), line, l->n_found, NULL};
  ng_buf b = {0};
  va_list ap;
  char *msg;

  va_start(ap, fmt);
  msg = vformat(fmt, ap);
  va_end(ap);
  if (line)
    ng_buf_printf(&b, "%s:%lu: ", file, line);
  else
    ng_buf_printf(&b, "%s: ", file);
  ng_buf_printf(&b, "%s: %s", error ? "error" : "warning", msg ? msg : "?");
  free(msg);
  if (error)
    l->errors++;
  else
    l->warnings++;
  f.text = ng_buf_take(&b);
  if (f.text && NG_PUSH(l->found, l->n_found, l->cap_found, f) == NG_OK)
    return;
  fprintf(stderr, "%s\n",
          f.text ? f.text : "newsgraph lexicon: out of memory");
  free(f.text);
}

static int
compare_findings(const void *x, const void *y)
{
  const struct finding *a = x, *b = y;

  if (a->file != b->file)
    return a->file < b->file ? -1 : 1;
  if (a->line != b->line)
    return a->line < b->line ? -1 : 1;
  return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* Prints the findings on standard error by file and line. */
static void
lint_print(lint *l)
{
  if (l->n_found)
    qsort(l->found, l->n_found, sizeof *l->found, compare_findings);
  for (size_t i = 0; i < l->n_found; i++)
    fprintf(stderr, "%s\n", l->found[i].text);
}

/* Adds path to the files read (once: the same file by another path is
 * the same file), marking it checked when asked. */
static ng_status
lint_add_file(lint *l, const char *path, int checked)
{
  char *real = realpath(path, NULL);
  const char *key = real ? real : path;
  char *copy;

  for (size_t i = 0; i < l->n_files; i++) {
    char *other = realpath(l->files[i], NULL);
    int same = strcmp(other ? other : l->files[i], key) == 0;
    free(other);
    if (same) {
      l->checked[i] |= (unsigned char)checked;
      free(real);
      return NG_OK;
    }
  }
  free(real);
  if (!(copy = ng_strdup(path)) ||
      NG_PUSH(l->files, l->n_files, l->cap_files, copy) != NG_OK) {
    free(copy);
    return NG_ERR_NOMEM;
  }
  if (ng_grow((void **)&l->checked, &l->cap_checked, l->n_files - 1, 1))
    return NG_ERR_NOMEM;
  l->checked[l->n_files - 1] = (unsigned char)checked;
  return NG_OK;
}

/* Adds the *.ttl files of the ontology directory, sorted. */
static ng_status
lint_add_shipped(lint *l, int checked, ng_error *err)
{
  const char *dir = ng_lexicon_default_dir();
  char **names;
  size_t n;
  ng_status rc = ng_dir_names(&names, &n, dir, ".ttl", 0, err);

  for (size_t i = 0; i < n; i++) {
    ng_buf path = {0};
    if (rc == NG_OK && ng_buf_printf(&path, "%s/%s", dir, names[i]) != NG_OK)
      rc = NG_ERR_NOMEM;
    if (rc == NG_OK)
      rc = lint_add_file(l, path.data, checked);
    ng_buf_free(&path);
    free(names[i]);
  }
  free(names);
  return rc;
}

/* Reads every file into lex (a file that does not parse is an error). */
static ng_status
lint_read(lint *l, ng_lexicon *lex)
{
  for (size_t i = 0; i < l->n_files; i++) {
    ng_error err = {0};
    ng_status rc = ng_lexicon_read_file(lex, l->files[i], &err);
    if (rc == NG_ERR_NOMEM)
      return rc;
    if (rc != NG_OK)
      lint_say(l, 1, err.file[0] ? err.file : l->files[i], err.line, "%s",
               err.message[0] ? err.message : ng_strerror(rc));
  }
  return NG_OK;
}

/* A malformed entry, as ng_lexicon_compile_each hands it over. */
static void
on_malformed(void *data, const ng_error *err)
{
  lint *l = data;

  if (lint_checked(l, err->file))
    lint_say(l, 1, err->file, err->line, "%s", err->message);
}

/* Entities without an Arabic or an English rdfs:label.  (One with no
 * label at all the compiler has reported already.) */
static void
lint_labels(lint *l, const ng_lexicon *lex)
{
  for (size_t i = 0; i < ng_lexicon_subject_count(lex); i++) {
    const char *iri = ng_lexicon_subject_iri(lex, i), *decl = NULL;
    int ar = 0, en = 0, any = 0;
    ng_lexicon_prop p;
    if (ng_lexicon_subject_type(lex, i) < 0)
      continue;
    for (size_t k = 0; ng_lexicon_subject_prop(lex, i, k, &p); k++) {
      if (strcmp(p.pred, "type") == 0 && !decl)
        decl = p.file;
      if (strcmp(p.pred, "label") != 0 || p.is_iri)
        continue;
      any = 1;
      ar |= p.lang && strncmp(p.lang, "ar", 2) == 0 &&
            (!p.lang[2] || p.lang[2] == '-');
      en |= p.lang && strncmp(p.lang, "en", 2) == 0 &&
            (!p.lang[2] || p.lang[2] == '-');
    }
    if (!any || !lint_checked(l, decl) || (ar && en))
      continue;
    lint_say(l, 1, decl, ng_lexicon_subject_line(decl, iri),
             "<%s>: no rdfs:label in %s", iri,
             !ar && !en ? "Arabic (@ar) or English (@en)"
             : !ar      ? "Arabic (@ar)"
                        : "English (@en)");
  }
}

static int
is_role(const char *pred)
{
  static const char *const roles[] = {"leaderOf", "officialOf", "partOf",
                                      "memberOf", "locatedIn"};

  for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
    if (strcmp(pred, roles[i]) == 0)
      return 1;
  return 0;
}

/* Indexes the subjects by IRI. */
static ng_status
lint_index(lint *l, const ng_lexicon *lex)
{
  for (size_t i = 0; i < ng_lexicon_subject_count(lex); i++)
    if (ng_map_put(&l->subjects, ng_lexicon_subject_iri(lex, i), i) != NG_OK)
      return NG_ERR_NOMEM;
  return NG_OK;
}

/* Does the subject iri declare an entity? */
static int
declared(const lint *l, const ng_lexicon *lex, const char *iri)
{
  size_t i;

  return ng_map_get(&l->subjects, iri, &i) &&
         ng_lexicon_subject_type(lex, i) >= 0;
}

/* Does the subject iri say it is located in (or part of) whole? */
static int
located_in(const lint *l, const ng_lexicon *lex, const char *iri,
           const char *whole)
{
  size_t i;
  ng_lexicon_prop p;

  if (!ng_map_get(&l->subjects, iri, &i))
    return 0;
  for (size_t k = 0; ng_lexicon_subject_prop(lex, i, k, &p); k++)
    if (p.is_iri &&
        (strcmp(p.pred, "locatedIn") == 0 || strcmp(p.pred, "partOf") == 0) &&
        strcmp(p.value, whole) == 0)
      return 1;
  return 0;
}

/* Role statements whose object is not a declared entity. */
static void
lint_roles(lint *l, const ng_lexicon *lex)
{
  for (size_t i = 0; i < ng_lexicon_subject_count(lex); i++) {
    const char *iri = ng_lexicon_subject_iri(lex, i);
    ng_lexicon_prop p;
    for (size_t k = 0; ng_lexicon_subject_prop(lex, i, k, &p); k++) {
      if (!is_role(p.pred) || !lint_checked(l, p.file))
        continue;
      if (!p.is_iri)
        lint_say(l, 1, p.file, ng_lexicon_subject_line(p.file, iri),
                 "<%s>: ng:%s takes an entity IRI, not \"%s\"", iri, p.pred,
                 p.value);
      else if (!declared(l, lex, p.value))
        lint_say(l, 1, p.file, ng_lexicon_subject_line(p.file, iri),
                 "<%s>: ng:%s <%s> names no declared entity", iri, p.pred,
                 p.value);
    }
  }
}

/* ---- names: duplicates and clashes ---- */

/* A compiled name and the folded words it is matched by. */
typedef struct name_ref {
  char *key; /* the word keys, space-separated */
  size_t phrase;
} name_ref;

static int
compare_refs(const void *x, const void *y)
{
  const name_ref *a = x, *b = y;
  int c = strcmp(a->key, b->key);

  return c ? c : a->phrase < b->phrase ? -1 : a->phrase > b->phrase;
}

/* The name as the matcher sees it: folded words, ال where it is required. */
static char *
phrase_text(const ng_phrase *ph)
{
  ng_buf b = {0};

  for (size_t k = 0; k < ph->words.n; k++)
    if (ng_buf_printf(&b, "%s%s%s", k ? " " : "",
                      ph->words.article[k] && !ph->any_article ? "ال" : "",
                      ph->words.keys[k]) != NG_OK) {
      ng_buf_free(&b);
      return NULL;
    }
  return ng_buf_take(&b);
}

/* Do a and b (same keys) match the same text?  Articles must agree,
 * except for a demonym, which is matched with or without. */
static int
same_reading(const ng_phrase *a, const ng_phrase *b)
{
  return a->any_article || b->any_article ||
         memcmp(a->words.article, b->words.article, a->words.n) == 0;
}

/* Names of one entity that may coincide: a demonym that is also the
 * country's name (مالي), a capital that is also a metonym.  Two names or
 * aliases, or two of one kind, are a duplicate. */
static int
duplicate(const ng_phrase *a, const ng_phrase *b)
{
  int name_a = a->kind == NG_MENTION_NAME || a->kind == NG_MENTION_ALIAS;
  int name_b = b->kind == NG_MENTION_NAME || b->kind == NG_MENTION_ALIAS;

  return a->kind == b->kind || (name_a && name_b);
}

/* A country's capital or seat named like a place in that country, or a
 * short name of entities of different states: the design (the matcher
 * takes the place after في or من, else the state; the short name goes to
 * the entity whose state the article names). */
static int
by_design(const lint *l, const ng_lexicon *lex, const ng_phrase *a,
          const ng_phrase *b)
{
  const ng_entity *ea = ng_lexicon_entity(lex, a->entity);
  const ng_entity *eb = ng_lexicon_entity(lex, b->entity);

  const ng_entity_info *ia = ng_lexicon_info(lex, a->entity);
  const ng_entity_info *ib = ng_lexicon_info(lex, b->entity);

  if (a->short_name && b->short_name)
    return ia->has_context && ib->has_context && ia->context != ib->context;
  if (a->kind == NG_MENTION_METONYM && eb->type == NG_PLACE)
    return located_in(l, lex, eb->iri, ea->iri);
  if (b->kind == NG_MENTION_METONYM && ea->type == NG_PLACE)
    return located_in(l, lex, ea->iri, eb->iri);
  return 0;
}

/* Reports phrases a and b, which read the same: one entity given a name
 * twice (warning), two entities of one type (error: the matcher picks
 * one blindly), or of two types (warning: the context decides). */
static void
lint_pair(lint *l, const ng_lexicon *lex, const ng_phrase *a,
          const ng_phrase *b)
{
  const ng_entity *ea = ng_lexicon_entity(lex, a->entity);
  const ng_entity *eb = ng_lexicon_entity(lex, b->entity);
  char *text;

  if (a->entity == b->entity ? !duplicate(a, b) || a->variant || b->variant
                              : by_design(l, lex, a, b))
    return; /* a variant the loader wrote may repeat a name given */
  text = phrase_text(a);
  if (a->entity == b->entity)
    lint_say(
        l, 0, a->file, ng_lexicon_subject_line(a->file, ea->iri),
        "<%s>: the folded name \"%s\" is given twice (%s, and %s at %s:%lu)",
        ea->iri, text ? text : "", ng_mention_kind_name(a->kind),
        ng_mention_kind_name(b->kind), b->file,
        ng_lexicon_subject_line(b->file, eb->iri));
  else
    lint_say(l, ea->type == eb->type, a->file,
             ng_lexicon_subject_line(a->file, ea->iri),
             "the folded name \"%s\" is given to <%s> (%s, %s) and to <%s> "
             "(%s, %s, "
             "at %s:%lu)",
             text ? text : "", ea->iri, ng_entity_type_name(ea->type),
             ng_mention_kind_name(a->kind), eb->iri,
             ng_entity_type_name(eb->type), ng_mention_kind_name(b->kind),
             b->file, ng_lexicon_subject_line(b->file, eb->iri));
  free(text);
}

/* Compares the phrases of one key, refs[0..n), pairwise. */
static void
lint_group(lint *l, const ng_lexicon *lex, const name_ref *refs, size_t n)
{
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++) {
      const ng_phrase *a = ng_lexicon_phrase(lex, refs[i].phrase);
      const ng_phrase *b = ng_lexicon_phrase(lex, refs[j].phrase);
      if (!same_reading(a, b))
        continue;
      if (lint_checked(l, a->file))
        lint_pair(l, lex, a, b);
      else if (lint_checked(l, b->file))
        lint_pair(l, lex, b, a);
    }
}

static ng_status
lint_names(lint *l, const ng_lexicon *lex)
{
  size_t n = ng_lexicon_name_count(lex), start = 0;
  name_ref *refs = calloc(n + 1, sizeof *refs);
  ng_status rc = refs ? NG_OK : NG_ERR_NOMEM;

  for (size_t i = 0; rc == NG_OK && i < n; i++) {
    const ng_phrase *ph = ng_lexicon_phrase(lex, i);
    ng_buf b = {0};
    for (size_t k = 0; rc == NG_OK && k < ph->words.n; k++)
      rc = ng_buf_printf(&b, "%s%s", k ? " " : "", ph->words.keys[k]);
    refs[i].key = ng_buf_take(&b);
    refs[i].phrase = i;
    if (!refs[i].key)
      rc = NG_ERR_NOMEM;
  }
  if (rc == NG_OK)
    qsort(refs, n, sizeof *refs, compare_refs);
  for (size_t i = 1; rc == NG_OK && i <= n; i++)
    if (i == n || strcmp(refs[i].key, refs[start].key) != 0) {
      lint_group(l, lex, refs + start, i - start);
      start = i;
    }
  for (size_t i = 0; refs && i < n; i++)
    free(refs[i].key);
  free(refs);
  return rc;
}

static void
lint_free(lint *l)
{
  for (size_t i = 0; i < l->n_found; i++)
    free(l->found[i].text);
  free(l->found);
  ng_map_free(&l->subjects);
  for (size_t i = 0; i < l->n_files; i++)
    free(l->files[i]);
  free(l->files);
  free(l->checked);
}

/* Checks files (the shipped ones when n is 0) with the shipped ontology
 * as their context; returns the exit status. */
static int
lexicon_check(char *const *files, size_t n)
{
  lint l = {0};
  ng_lexicon *lex = NULL;
  ng_error err = {0};
  size_t checked = 0;
  ng_status rc = lint_add_shipped(&l, n == 0, &err);

  for (size_t i = 0; rc == NG_OK && i < n; i++)
    rc = lint_add_file(&l, files[i], 1);
  if (rc == NG_OK)
    rc = ng_lexicon_new(&lex);
  if (rc == NG_OK)
    rc = lint_read(&l, lex);
  if (rc == NG_OK &&
      ng_lexicon_compile_each(lex, on_malformed, &l) == NG_ERR_NOMEM)
    rc = NG_ERR_NOMEM;
  if (rc == NG_OK && (rc = lint_index(&l, lex)) == NG_OK) {
    lint_labels(&l, lex);
    lint_roles(&l, lex);
    rc = lint_names(&l, lex);
  }
  lint_print(&l);
  for (size_t i = 0; i < l.n_files; i++)
    checked += l.checked[i];
  if (rc == NG_OK) {
    printf("lexicon check: %zu file%s, %zu error%s, %zu warning%s\n", checked,
           checked == 1 ? "" : "s", l.errors, l.errors == 1 ? "" : "s",
           l.warnings, l.warnings == 1 ? "" : "s");
  } else {
    if (!err.message[0])
      ng_error_set(&err, rc, "", 0, 0, "%s", ng_strerror(rc));
    lexicon_report(&err);
  }
  ng_lexicon_free(lex);
  lint_free(&l);
  return rc != NG_OK || l.errors ? 1 : 0;
}

/* ---- lookup ----------------------------------------------------------------
 */

static int
lexicon_lookup(char *const *words, size_t n, char *const *lexicons,
               size_t n_lexicons)
{
  ng_lexicon *lex = NULL;
  ng_error err = {0};
  ng_status rc = ng_tools_lexicon_load(&lex, lexicons, n_lexicons, &err);

  for (size_t i = 0; rc == NG_OK && i < n; i++)
    rc = ng_lexicon_lookup_word(lex, words[i]);
  if (rc != NG_OK) {
    if (!err.message[0])
      ng_error_set(&err, rc, "", 0, 0, "%s", ng_strerror(rc));
    lexicon_report(&err);
  }
  ng_lexicon_free(lex);
  return rc == NG_OK ? 0 : 1;
}

/* ---- the subcommand ---- */

/* Runs the action argv[0] with the user's lexicon files. */
static int
lexicon_action(int argc, char **argv, char **files, size_t n_files)
{
  if (argc < 1)
    return lexicon_fail_usage("check or lookup?", NULL);
  if (strcmp(argv[0], "check") == 0) {
    for (int i = 1; i < argc; i++)
      files[n_files++] = argv[i];
    return lexicon_check(files, n_files);
  }
  if (strcmp(argv[0], "lookup") != 0)
    return lexicon_fail_usage("unknown action", argv[0]);
  if (argc < 2)
    return lexicon_fail_usage("lookup needs a word", NULL);
  return lexicon_lookup(argv + 1, (size_t)argc - 1, files, n_files);
}

enum { OPT_HELP = 256 };

int
ng_lexicon_main(int argc, char **argv)
{
  static const struct option longs[] = {
      {"lexicon", required_argument, NULL, 'L'},
      {"help", no_argument, NULL, OPT_HELP},
      {NULL, 0, NULL, 0}};
  char **files = calloc((size_t)argc + 1, sizeof *files);
  size_t n_files = 0;
  int c, status = -1;

  if (!files)
    return 1;
  optind = 1;
  while (status < 0 && (c = getopt_long(argc, argv, "L:", longs, NULL)) != -1)
    if (c == 'L')
      files[n_files++] = optarg;
    else if (c == OPT_HELP)
      status = (lexicon_usage(stdout), 0);
    else
      status = (fputs("Try 'newsgraph lexicon --help'.\n", stderr), 2);
  if (status < 0)
    status = lexicon_action(argc - optind, argv + optind, files, n_files);
  free(files);
  return status;
}
