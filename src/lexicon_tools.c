/* newsgraph lexicon: `check` lints lexicon files (what the compiler
 * rejects, and what it accepts but the matcher cannot tell apart);
 * `lookup` shows what a word matches after folding and clitic stripping. */
#include "config.h"

#include <dirent.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "match.h"
#include "normalize.h"
#include "segment.h"
#include "tools.h"
#include "utf8.h"
#include "util.h"

#define NG_RULE_NS "https://w3id.org/newsgraph/rule/"

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
  fputs("usage: newsgraph lexicon check [-L FILE]... [FILE...]\n"
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
  fprintf(stderr, "newsgraph lexicon: %s%s%s\n", msg, arg ? ": " : "",
          arg ? arg : "");
  fputs("Try 'newsgraph lexicon --help'.\n", stderr);
  return 2;
}

static void
lexicon_report(const ng_error *err)
{
  char line[1200];
  fprintf(stderr, "newsgraph lexicon: %s\n",
          ng_error_format(err, line, sizeof line));
}

/* An IRI as ngid:x or ngr:x where it can be, else <iri>, into b. */
static void
put_iri(FILE *fp, const char *iri)
{
  if (strncmp(iri, NG_ID_NS, strlen(NG_ID_NS)) == 0)
    fprintf(fp, "ngid:%s", iri + strlen(NG_ID_NS));
  else if (strncmp(iri, NG_RULE_NS, strlen(NG_RULE_NS)) == 0)
    fprintf(fp, "ngr:%s", iri + strlen(NG_RULE_NS));
  else
    fprintf(fp, "<%s>", iri);
}

/* ---- check ---------------------------------------------------------------- */

typedef struct lint {
  char **files;           /* every file read, shipped ones first; owned */
  unsigned char *checked; /* per file: its findings are reported */
  size_t n_files, cap_files, cap_checked;
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

/* One finding on standard error as FILE:LINE: error|warning: message. */
static void NG_PRINTF(5, 6)
lint_say(lint *l, int error, const char *file, unsigned long line,
         const char *fmt, ...)
{
  va_list ap;

  if (line)
    fprintf(stderr, "%s:%lu: %s: ", file, line, error ? "error" : "warning");
  else
    fprintf(stderr, "%s: %s: ", file, error ? "error" : "warning");
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  if (error)
    l->errors++;
  else
    l->warnings++;
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

static int
compare_strings(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds the *.ttl files of the ontology directory, sorted. */
static ng_status
lint_add_shipped(lint *l, int checked, ng_error *err)
{
  const char *dir = ng_lexicon_default_dir();
  DIR *d = opendir(dir);
  struct dirent *de;
  char **names = NULL;
  size_t n = 0, cap = 0;
  ng_status rc = NG_OK;

  if (!d)
    return ng_error_set(err, NG_ERR_IO, dir, 0, 0,
                        "cannot open the ontology directory");
  while (rc == NG_OK && (de = readdir(d))) {
    size_t len = strlen(de->d_name);
    char *path;
    if (de->d_name[0] == '.' || len < 5 || strcmp(de->d_name + len - 4, ".ttl"))
      continue;
    path = malloc(strlen(dir) + len + 2);
    if (path)
      sprintf(path, "%s/%s", dir, de->d_name);
    if (!path || NG_PUSH(names, n, cap, path) != NG_OK)
      free(path), rc = NG_ERR_NOMEM;
  }
  closedir(d);
  if (n)
    qsort(names, n, sizeof *names, compare_strings);
  for (size_t i = 0; i < n; i++) {
    if (rc == NG_OK)
      rc = lint_add_file(l, names[i], checked);
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
      ar |= p.lang && strncmp(p.lang, "ar", 2) == 0 && (!p.lang[2] || p.lang[2] == '-');
      en |= p.lang && strncmp(p.lang, "en", 2) == 0 && (!p.lang[2] || p.lang[2] == '-');
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

/* Role statements whose object is not a declared entity. */
static ng_status
lint_roles(lint *l, const ng_lexicon *lex)
{
  ng_map subjects = {0};
  size_t n = ng_lexicon_subject_count(lex);

  for (size_t i = 0; i < n; i++)
    if (ng_map_put(&subjects, ng_lexicon_subject_iri(lex, i), i) != NG_OK) {
      ng_map_free(&subjects);
      return NG_ERR_NOMEM;
    }
  for (size_t i = 0; i < n; i++) {
    const char *iri = ng_lexicon_subject_iri(lex, i);
    ng_lexicon_prop p;
    for (size_t k = 0; ng_lexicon_subject_prop(lex, i, k, &p); k++) {
      size_t j;
      if (!is_role(p.pred) || !lint_checked(l, p.file))
        continue;
      if (!p.is_iri)
        lint_say(l, 1, p.file, ng_lexicon_subject_line(p.file, iri),
                 "<%s>: ng:%s takes an entity IRI, not \"%s\"", iri, p.pred,
                 p.value);
      else if (!ng_map_get(&subjects, p.value, &j) ||
               ng_lexicon_subject_type(lex, j) < 0)
        lint_say(l, 1, p.file, ng_lexicon_subject_line(p.file, iri),
                 "<%s>: ng:%s <%s> names no declared entity", iri, p.pred,
                 p.value);
    }
  }
  ng_map_free(&subjects);
  return NG_OK;
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

/* Reports phrases a and b, which read the same: one entity given a name
 * twice (warning), two entities of one type (error: the matcher picks
 * one blindly), or of two types (warning: the context decides). */
static void
lint_pair(lint *l, const ng_lexicon *lex, const ng_phrase *a,
          const ng_phrase *b)
{
  const ng_entity *ea = ng_lexicon_entity(lex, a->entity);
  const ng_entity *eb = ng_lexicon_entity(lex, b->entity);
  char *text = phrase_text(a);
  unsigned long la = ng_lexicon_subject_line(a->file, ea->iri);
  unsigned long lb = ng_lexicon_subject_line(b->file, eb->iri);

  if (a->entity == b->entity)
    lint_say(l, 0, a->file, la,
             "<%s>: the name \"%s\" is given twice (%s, and %s at %s:%lu)",
             ea->iri, text ? text : "", ng_mention_kind_name(a->kind),
             ng_mention_kind_name(b->kind), b->file, lb);
  else
    lint_say(l, ea->type == eb->type, a->file, la,
             "the name \"%s\" is given to <%s> (%s, %s) and to <%s> (%s, %s, "
             "at %s:%lu)",
             text ? text : "", ea->iri, ng_entity_type_name(ea->type),
             ng_mention_kind_name(a->kind), eb->iri,
             ng_entity_type_name(eb->type), ng_mention_kind_name(b->kind),
             b->file, lb);
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
  if (rc == NG_OK && ng_lexicon_compile_each(lex, on_malformed, &l) == NG_ERR_NOMEM)
    rc = NG_ERR_NOMEM;
  if (rc == NG_OK) {
    lint_labels(&l, lex);
    if ((rc = lint_roles(&l, lex)) == NG_OK)
      rc = lint_names(&l, lex);
  }
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

/* ---- lookup --------------------------------------------------------------- */

/* Does token i carry key with no clitics but those in allowed? */
static int
token_has(const ng_segments *seg, size_t i, const char *key, unsigned allowed)
{
  const ng_token *t = &seg->tokens[i];

  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++)
    if ((t->readings[r].flags & ~allowed) == 0 &&
        strcmp(t->readings[r].key, key) == 0)
      return 1;
  return 0;
}

/* Do words w follow token i read as rd, rd allowing only first_allowed
 * clitics?  The rule the extractor applies to triggers and cues: the
 * next words may carry ال, a pronoun suffix or tanween's alef. */
static int
words_follow(const ng_segments *seg, size_t i, const ng_reading *rd,
             const ng_words *w, unsigned first_allowed)
{
  if ((rd->flags & ~first_allowed) || strcmp(rd->key, w->keys[0]) != 0 ||
      i + w->n > seg->n_tokens)
    return 0;
  for (size_t k = 1; k < w->n; k++)
    if (seg->tokens[i + k].sentence != seg->tokens[i].sentence ||
        !token_has(seg, i + k, w->keys[k], NG_CL_ART | NG_CL_SUFFIX | NG_CL_ACC))
      return 0;
  return 1;
}

/* Writes reading rd of token tok as its clitics and stem: ل + كازاخستان. */
static void
print_reading(const ng_token *tok, const ng_reading *rd)
{
  const char *p = tok->form, *end = p + strlen(p);
  size_t stem = strlen(rd->key), skip;

  for (unsigned k = 0; k < rd->prefix && p < end; k++) {
    const char *at = p;
    ng_utf8_next(&p, end);
    printf("%.*s + ", (int)(p - at), at);
  }
  if (rd->flags & NG_CL_ART) {
    skip = strncmp(p, "ال", strlen("ال")) == 0 ? strlen("ال") : strlen("ل");
    printf("ال + ");
    p += skip < (size_t)(end - p) ? skip : 0;
  }
  printf("%s", rd->key);
  if ((size_t)(end - p) > stem)
    printf(" + %s", p + stem);
}

/* Lists the entities whose names begin with reading r of token i. */
static int
lookup_names(const ng_lexicon *lex, const ng_segments *seg, size_t i,
             const ng_reading *rd)
{
  const size_t *ids;
  size_t n;
  int found = 0;

  if (rd->flags & (NG_CL_SUFFIX | NG_CL_FUT | NG_CL_ACC))
    return 0; /* the matcher reads names without these */
  n = ng_lexicon_phrases_from(lex, rd->key, &ids);
  for (size_t k = 0; k < n; k++) {
    const ng_phrase *ph = ng_lexicon_phrase(lex, ids[k]);
    const ng_entity *e = ng_lexicon_entity(lex, ph->entity);
    size_t len = ng_match_phrase_length(seg, i, rd, ph);
    if (!len)
      continue;
    printf("%s", found++ ? "\n    " : " → ");
    put_iri(stdout, e->iri);
    printf(" (%s, %s", ng_entity_type_name(e->type), ng_mention_kind_name(ph->kind));
    if (len > 1)
      printf(", %zu words", len);
    printf(")");
  }
  return found;
}

/* Lists the patterns whose triggers begin with reading rd of token i. */
static int
lookup_triggers(const ng_lexicon *lex, const ng_segments *seg, size_t i,
                const ng_reading *rd, int found)
{
  for (size_t k = 0; k < ng_lexicon_pattern_count(lex); k++) {
    const ng_pattern *p = ng_lexicon_pattern(lex, k);
    for (size_t t = 0; t < p->n_triggers; t++) {
      if (!words_follow(seg, i, rd, &p->triggers[t], ~0u))
        continue;
      printf("%s", found++ ? "\n    " : " → ");
      printf("trigger of ");
      put_iri(stdout, p->iri);
      printf(" (%s, %s)",
             p->type < 0        ? "-"
             : p->is_relation ? ng_relation_type_name((ng_relation_type)p->type)
                              : ng_stance_type_name((ng_stance_type)p->type),
             ng_frame_name(p->frame));
      break;
    }
  }
  return found;
}

/* Lists the cues that begin with reading rd of token i. */
static int
lookup_cues(const ng_lexicon *lex, const ng_segments *seg, size_t i,
            const ng_reading *rd, int found)
{
  unsigned allowed = NG_CL_CONJ | NG_CL_ART | NG_CL_SUFFIX | NG_CL_PREP;

  for (size_t k = 0; k < ng_lexicon_cue_count(lex); k++) {
    const ng_cue *c = ng_lexicon_cue(lex, k);
    if (!words_follow(seg, i, rd, &c->words, allowed))
      continue;
    printf("%s", found++ ? "\n    " : " → ");
    printf("ng:%s", ng_cue_kind_name(c->kind));
    if (c->words.n > 1)
      printf(" (%zu words)", c->words.n);
  }
  return found;
}

/* Prints every reading of token i and what each one matches. */
static void
lookup_token(const ng_lexicon *lex, const ng_segments *seg, size_t i)
{
  const ng_token *tok = &seg->tokens[i];

  for (size_t r = 0; r < tok->n_readings; r++) {
    const ng_reading *rd = &tok->readings[r];
    int found;
    printf("  ");
    print_reading(tok, rd);
    found = lookup_names(lex, seg, i, rd);
    found = lookup_triggers(lex, seg, i, rd, found);
    found = lookup_cues(lex, seg, i, rd, found);
    printf("%s\n", found ? "" : ": nothing");
  }
}

/* Prints what the matcher makes of the whole of seg: the mention it picks
 * where several names start at one token. */
static ng_status
lookup_matches(const ng_lexicon *lex, const ng_segments *seg)
{
  ng_tmention *ms;
  size_t n;
  ng_status rc = ng_match(&ms, &n, lex, seg);

  for (size_t i = 0; rc == NG_OK && i < n; i++) {
    const ng_entity *e = ng_lexicon_entity(lex, ms[i].entity);
    printf("  matched: ");
    for (size_t t = ms[i].first; t < ms[i].end; t++)
      printf("%s%s", t > ms[i].first ? " " : "", seg->tokens[t].form);
    printf(" → ");
    put_iri(stdout, e->iri);
    printf(" (%s, %s)\n", ng_entity_type_name(e->type),
           ng_mention_kind_name(ms[i].kind));
  }
  free(ms);
  return rc;
}

/* Folds and segments word, then shows each token's readings and matches. */
static ng_status
lookup_word(const ng_lexicon *lex, const char *word)
{
  ng_text t = {0};
  ng_segments seg = {0};
  ng_status rc = ng_text_normalize(&t, word, strlen(word));

  if (rc == NG_OK)
    rc = ng_segment(&seg, &t);
  if (rc == NG_OK) {
    printf("%s\n", word);
    for (size_t i = 0; i < seg.n_tokens; i++)
      if (seg.tokens[i].kind == NG_TOKEN_WORD) {
        if (seg.n_tokens > 1)
          printf(" %s\n", seg.tokens[i].form);
        lookup_token(lex, &seg, i);
      }
    rc = lookup_matches(lex, &seg);
  }
  ng_segments_free(&seg);
  ng_text_free(&t);
  return rc;
}

static int
lexicon_lookup(char *const *words, size_t n, char *const *lexicons,
               size_t n_lexicons)
{
  ng_lexicon *lex = NULL;
  ng_error err = {0};
  ng_status rc = ng_tools_lexicon_load(&lex, lexicons, n_lexicons, &err);

  for (size_t i = 0; rc == NG_OK && i < n; i++)
    rc = lookup_word(lex, words[i]);
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
