/* The lexicon in memory: statements recorded per subject as the loader
 * reads them, then compiled into entities, phrases, patterns and cues. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "lexicon.h"
#include "match.h"
#include "normalize.h"
#include "persons.h"
#include "segment.h"
#include "util.h"

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define OWL_SAMEAS "http://www.w3.org/2002/07/owl#sameAs"
#define WIKIDATA "http://www.wikidata.org/entity/"

typedef struct prop {
  char *pred;  /* local name in ng:, or "type", "label", "sameAs" */
  char *value;
  char *lang;
  int is_iri;
  unsigned long line;
  size_t file;
} prop;

/* Item indexes (cues, patterns) listed under a word key, in lexicon order,
 * so that a token's readings find the few items that may start at it. */
typedef struct key_index {
  ng_map slots; /* key → slot in lists */
  struct key_items {
    size_t *items;
    size_t n, cap;
  } *lists;
  size_t n_lists, cap_lists;
} key_index;

typedef struct subject {
  char *iri;
  prop *props;
  size_t n, cap;
} subject;

struct ng_lexicon {
  subject *subjects;
  size_t n_subjects, cap_subjects;
  ng_map subject_index;
  char **files;
  size_t n_files, cap_files;
  /* compiled */
  ng_entity **entities;
  ng_entity_info *infos;
  size_t n_entities, cap_entities;
  ng_map entity_index;
  ng_phrase *phrases;
  size_t n_phrases, cap_phrases;
  ng_map key_index;       /* first word key → slot in key_lists */
  struct key_list {
    size_t *items;
    size_t n, cap;
  } *key_lists;
  size_t n_key_lists, cap_key_lists;
  ng_pattern *patterns;
  size_t n_patterns, cap_patterns;
  ng_cue *cues;
  size_t n_cues, cap_cues;
  size_t n_names;
  int compiling_ambiguous; /* the entity being compiled is ng:ambiguous */
  int compiling_short;     /* the names being added are ng:shortName */
  int compiling_variant;   /* the name being added is a compound variant */
  key_index cue_keys;      /* a cue's first word → cues */
  key_index trigger_keys;  /* a trigger's first word → patterns */
  key_index trigger_ends;  /* a trigger's last word → patterns */
  ng_map surnames;         /* a person's surname → the person (match_parts.c) */
  ng_map name_stops;       /* the words that end a name (persons.c) */
};

ng_status
ng_lexicon_new(ng_lexicon **out)
{
  *out = calloc(1, sizeof **out);
  return *out ? NG_OK : NG_ERR_NOMEM;
}

/* Appends one word of a lexicon phrase: its key and whether it began with
 * the article.  The article is judged on the word as written, so that
 * ألمانيا (hamza) keeps its first two letters while الصين loses them. */
static ng_status
words_push(ng_words *w, const char *word)
{
  int art = strncmp(word, "\xD8\xA7\xD9\x84", 4) == 0;
  char *folded = ng_fold_string(word);
  const char *key = folded ? ng_word_key(folded, &art) : NULL;
  char **keys = realloc(w->keys, (w->n + 1) * sizeof *keys);
  unsigned char *arts;

  if (keys)
    w->keys = keys;
  arts = keys ? realloc(w->article, w->n + 1) : NULL;
  if (arts)
    w->article = arts;
  if (!folded || !arts ||
      !(w->keys[w->n] = ng_strdup(strncmp(word, "\xD8\xA7\xD9\x84", 4) == 0
                                      ? key : folded))) {
    free(folded);
    return NG_ERR_NOMEM;
  }
  w->article[w->n++] =
      (unsigned char)(art && strncmp(word, "\xD8\xA7\xD9\x84", 4) == 0);
  free(folded);
  return NG_OK;
}

ng_status
ng_words_parse(ng_words *w, const char *text)
{
  char *copy = ng_strdup(text), *save = NULL;

  memset(w, 0, sizeof *w);
  if (!copy)
    return NG_ERR_NOMEM;
  for (char *tok = strtok_r(copy, " \t\n\r", &save); tok;
       tok = strtok_r(NULL, " \t\n\r", &save)) {
    if (words_push(w, tok) != NG_OK) {
      free(copy);
      ng_words_free(w);
      return NG_ERR_NOMEM;
    }
  }
  free(copy);
  return NG_OK;
}

void
ng_words_free(ng_words *w)
{
  if (!w)
    return;
  for (size_t i = 0; i < w->n; i++)
    free(w->keys[i]);
  free(w->keys);
  free(w->article);
  memset(w, 0, sizeof *w);
}

/* The short name of a predicate we read, or NULL for one we ignore. */
static const char *
predicate_name(const char *iri)
{
  if (strcmp(iri, RDF_TYPE) == 0)
    return "type";
  if (strcmp(iri, RDFS_LABEL) == 0)
    return "label";
  if (strcmp(iri, OWL_SAMEAS) == 0)
    return "sameAs";
  if (strncmp(iri, NG_NS, strlen(NG_NS)) == 0)
    return iri + strlen(NG_NS);
  return NULL;
}

/* The subject record for iri, created when new. */
static subject *
subject_for(ng_lexicon *lex, const char *iri)
{
  size_t i;
  subject s = {0};

  if (ng_map_get(&lex->subject_index, iri, &i))
    return &lex->subjects[i];
  s.iri = ng_strdup(iri);
  if (!s.iri ||
      NG_PUSH(lex->subjects, lex->n_subjects, lex->cap_subjects, s) != NG_OK ||
      ng_map_put(&lex->subject_index, iri, lex->n_subjects - 1) != NG_OK) {
    free(s.iri);
    return NULL;
  }
  return &lex->subjects[lex->n_subjects - 1];
}

/* The index of file in lex->files, added when new. */
static ng_status
file_index(ng_lexicon *lex, const char *file, size_t *out)
{
  char *copy;

  for (size_t i = 0; i < lex->n_files; i++)
    if (strcmp(lex->files[i], file) == 0) {
      *out = i;
      return NG_OK;
    }
  copy = ng_strdup(file);
  if (!copy || NG_PUSH(lex->files, lex->n_files, lex->cap_files, copy)) {
    free(copy);
    return NG_ERR_NOMEM;
  }
  *out = lex->n_files - 1;
  return NG_OK;
}

ng_status
ng_lexicon_add_triple(ng_lexicon *lex, const ng_triple *t, const char *file)
{
  const char *name = predicate_name(t->predicate);
  subject *s;
  prop p = {0};

  if (!name)
    return NG_OK;
  if (!(s = subject_for(lex, t->subject)) ||
      file_index(lex, file, &p.file) != NG_OK)
    return NG_ERR_NOMEM;
  p.pred = ng_strdup(name);
  p.value = ng_strdup(t->object);
  p.lang = t->lang ? ng_strdup(t->lang) : NULL;
  p.is_iri = t->object_is_iri;
  p.line = t->line;
  if (!p.pred || !p.value || (t->lang && !p.lang) ||
      NG_PUSH(s->props, s->n, s->cap, p) != NG_OK) {
    free(p.pred);
    free(p.value);
    free(p.lang);
    return NG_ERR_NOMEM;
  }
  return NG_OK;
}

/* ---- reading subject records ------------------------------------------ */

/* The local name of an IRI in the ng: namespace, or NULL. */
static const char *
ng_local(const char *iri)
{
  size_t n = strlen(NG_NS);
  return strncmp(iri, NG_NS, n) == 0 ? iri + n : NULL;
}

static int
has_type(const subject *s, const char *local)
{
  for (size_t i = 0; i < s->n; i++)
    if (strcmp(s->props[i].pred, "type") == 0 && s->props[i].is_iri) {
      const char *l = ng_local(s->props[i].value);
      if (l && strcmp(l, local) == 0)
        return 1;
    }
  return 0;
}

/* The first value of pred (in language lang when lang is not NULL). */
static const prop *
first_prop(const subject *s, const char *pred, const char *lang)
{
  for (size_t i = 0; i < s->n; i++)
    if (strcmp(s->props[i].pred, pred) == 0 &&
        (!lang || (s->props[i].lang && strcmp(s->props[i].lang, lang) == 0)))
      return &s->props[i];
  return NULL;
}

/* The first line of file that names the subject iri, as <iri> or by its
 * local name after a prefix (ngr:praise); 0 when not found.  The Turtle
 * parser does not report where a statement came from. */
unsigned long
ng_lexicon_subject_line(const char *file, const char *iri)
{
  const char *cut = strrchr(iri, '#'), *slash = strrchr(iri, '/');
  const char *local = cut && cut > slash ? cut + 1 : slash ? slash + 1 : iri;
  FILE *fp = fopen(file, "r");
  char line[4096];
  unsigned long n = 0;

  if (!fp)
    return 0;
  while (fgets(line, sizeof line, fp)) {
    const char *hit = strstr(line, local);
    n++;
    if (strstr(line, iri) ||
        (hit && hit > line && hit[-1] == ':' &&
         !strchr("_-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
                 hit[strlen(local)]))) {
      fclose(fp);
      return n;
    }
  }
  fclose(fp);
  return 0;
}

static ng_status
lex_error(const ng_lexicon *lex, const subject *s, ng_error *err,
          const char *what)
{
  const prop *p = s->n ? &s->props[0] : NULL;
  const char *file = p ? lex->files[p->file] : "";
  unsigned long line = p && p->line ? p->line : ng_lexicon_subject_line(file, s->iri);

  return ng_error_set(err, NG_ERR_LEXICON, file, line, 0, "<%s>: %s", s->iri,
                      what);
}

/* ---- compiling ---------------------------------------------------------- */

static void
pattern_free(ng_pattern *p)
{
  free(p->iri);
  for (size_t i = 0; i < p->n_triggers; i++)
    ng_words_free(&p->triggers[i]);
  free(p->triggers);
  for (size_t i = 0; i < p->n_requires; i++)
    ng_words_free(&p->requires[i]);
  free(p->requires);
  for (size_t i = 0; i < p->n_not_after; i++)
    ng_words_free(&p->not_after[i]);
  free(p->not_after);
}

static void
cue_free(ng_cue *c)
{
  ng_words_free(&c->words);
  for (size_t i = 0; i < c->n_unless; i++)
    ng_words_free(&c->unless[i]);
  free(c->unless);
}

/* Frees everything compile built, leaving the subject records. */
/* Lists item under key; an item listed last already is not listed twice
 * (a pattern with two triggers that begin alike). */
static ng_status
key_index_add(key_index *x, const char *key, size_t item)
{
  size_t slot;
  struct key_items *l;

  if (!ng_map_get(&x->slots, key, &slot)) {
    struct key_items empty = {0};
    if (NG_PUSH(x->lists, x->n_lists, x->cap_lists, empty) ||
        ng_map_put(&x->slots, key, x->n_lists - 1))
      return NG_ERR_NOMEM;
    slot = x->n_lists - 1;
  }
  l = &x->lists[slot];
  if (l->n && l->items[l->n - 1] == item)
    return NG_OK;
  return NG_PUSH(l->items, l->n, l->cap, item);
}

static size_t
key_index_get(const key_index *x, const char *key, const size_t **out)
{
  size_t slot;

  if (!ng_map_get(&x->slots, key, &slot))
    return 0;
  *out = x->lists[slot].items;
  return x->lists[slot].n;
}

static void
key_index_free(key_index *x)
{
  ng_map_free(&x->slots);
  for (size_t i = 0; i < x->n_lists; i++)
    free(x->lists[i].items);
  free(x->lists);
  memset(x, 0, sizeof *x);
}

/* Indexes the cues and the patterns' triggers under their first word, and
 * the triggers under their last word too. */
static ng_status
index_first_words(ng_lexicon *lex)
{
  for (size_t k = 0; k < lex->n_cues; k++)
    if (key_index_add(&lex->cue_keys, lex->cues[k].words.keys[0], k) != NG_OK)
      return NG_ERR_NOMEM;
  for (size_t k = 0; k < lex->n_patterns; k++)
    for (size_t t = 0; t < lex->patterns[k].n_triggers; t++)
      if (key_index_add(&lex->trigger_keys, lex->patterns[k].triggers[t].keys[0],
                        k) != NG_OK ||
          key_index_add(&lex->trigger_ends,
                        lex->patterns[k].triggers[t].keys[lex->patterns[k].triggers[t].n - 1],
                        k) != NG_OK)
        return NG_ERR_NOMEM;
  return NG_OK;
}

static void
compiled_free(ng_lexicon *lex)
{
  for (size_t i = 0; i < lex->n_entities; i++) {
    ng_entity_free(lex->entities[i]);
    free(lex->infos[i].roles);
  }
  free(lex->entities);
  free(lex->infos);
  ng_map_free(&lex->entity_index);
  for (size_t i = 0; i < lex->n_phrases; i++)
    ng_words_free(&lex->phrases[i].words);
  free(lex->phrases);
  ng_map_free(&lex->key_index);
  for (size_t i = 0; i < lex->n_key_lists; i++)
    free(lex->key_lists[i].items);
  free(lex->key_lists);
  for (size_t i = 0; i < lex->n_patterns; i++)
    pattern_free(&lex->patterns[i]);
  free(lex->patterns);
  for (size_t i = 0; i < lex->n_cues; i++)
    cue_free(&lex->cues[i]);
  free(lex->cues);
  key_index_free(&lex->cue_keys);
  key_index_free(&lex->trigger_keys);
  key_index_free(&lex->trigger_ends);
  ng_map_free(&lex->surnames);
  ng_map_free(&lex->name_stops);
  lex->entities = NULL;
  lex->infos = NULL;
  lex->phrases = NULL;
  lex->key_lists = NULL;
  lex->patterns = NULL;
  lex->cues = NULL;
  lex->n_entities = lex->cap_entities = lex->n_phrases = lex->cap_phrases = 0;
  lex->n_key_lists = lex->cap_key_lists = lex->n_patterns = 0;
  lex->cap_patterns = lex->n_cues = lex->cap_cues = lex->n_names = 0;
}

/* A NULL-terminated copy of every value of pred in lang except skip. */
static char **
alt_labels(const subject *s, const char *pred, const char *lang,
           const char *skip)
{
  char **list = calloc(s->n + 1, sizeof *list);
  size_t n = 0;

  if (!list)
    return NULL;
  for (size_t i = 0; i < s->n; i++) {
    const prop *p = &s->props[i];
    if (strcmp(p->pred, pred) != 0 || !p->lang || strcmp(p->lang, lang) != 0 ||
        (skip && strcmp(p->value, skip) == 0))
      continue;
    if (!(list[n++] = ng_strdup(p->value))) {
      ng_strv_free(list);
      return NULL;
    }
  }
  return list;
}

/* Appends the values of a second predicate to a NULL-terminated list. */
static char **
alt_labels_more(char **list, const subject *s, const char *pred,
                const char *lang)
{
  char **more = alt_labels(s, pred, lang, NULL);
  size_t a = 0, b = 0;
  char **all;

  if (!list || !more) {
    ng_strv_free(list);
    ng_strv_free(more);
    return NULL;
  }
  while (list[a])
    a++;
  while (more[b])
    b++;
  all = realloc(list, (a + b + 1) * sizeof *all);
  if (!all) {
    ng_strv_free(list);
    ng_strv_free(more);
    return NULL;
  }
  memcpy(all + a, more, (b + 1) * sizeof *all);
  free(more);
  return all;
}

/* The entity type a subject declares, or -1. */
static int
entity_type_of(const subject *s)
{
  for (int t = 0; t < NG_ENTITY_TYPE_COUNT; t++)
    if (has_type(s, ng_entity_type_name((ng_entity_type)t)))
      return t;
  return -1;
}

static char *
prop_copy(const subject *s, const char *pred, const char *lang)
{
  const prop *p = first_prop(s, pred, lang);
  return p ? ng_strdup(p->value) : NULL;
}

/* Builds the entity a subject describes. */
static ng_status
compile_entity(ng_lexicon *lex, const subject *s, int type)
{
  ng_entity *e = calloc(1, sizeof *e);
  ng_entity_info info = {0};
  const prop *same = first_prop(s, "sameAs", NULL);

  if (!e)
    return NG_ERR_NOMEM;
  e->iri = ng_strdup(s->iri);
  e->type = (ng_entity_type)type;
  e->label_ar = prop_copy(s, "label", "ar");
  e->label_en = prop_copy(s, "label", "en");
  e->iso2 = prop_copy(s, "iso3166Alpha2", NULL);
  e->iso3 = prop_copy(s, "iso3166Alpha3", NULL);
  e->place_kind = prop_copy(s, "placeKind", NULL);
  if (same && same->is_iri && strncmp(same->value, WIKIDATA, strlen(WIKIDATA)) == 0)
    e->wikidata = ng_strdup(same->value);
  e->alt_ar = alt_labels_more(
      alt_labels_more(alt_labels(s, "alias", "ar", NULL), s, "acronym", "ar"), s,
      "shortName", "ar");
  e->alt_en = alt_labels_more(alt_labels(s, "alias", "en", NULL), s, "acronym", "en");
  if (!e->iri || !e->alt_ar || !e->alt_en ||
      NG_PUSH(lex->entities, lex->n_entities, lex->cap_entities, e) != NG_OK) {
    ng_entity_free(e);
    return NG_ERR_NOMEM;
  }
  lex->infos = realloc(lex->infos, lex->cap_entities * sizeof *lex->infos);
  if (!lex->infos)
    return NG_ERR_NOMEM;
  lex->infos[lex->n_entities - 1] = info;
  return ng_map_put(&lex->entity_index, e->iri, lex->n_entities - 1);
}

/* Indexes phrase i under its first word key. */
static ng_status
index_phrase(ng_lexicon *lex, size_t i)
{
  const char *key = lex->phrases[i].words.keys[0];
  size_t slot;

  if (!ng_map_get(&lex->key_index, key, &slot)) {
    struct key_list empty = {0};
    if (NG_PUSH(lex->key_lists, lex->n_key_lists, lex->cap_key_lists, empty) ||
        ng_map_put(&lex->key_index, key, lex->n_key_lists - 1))
      return NG_ERR_NOMEM;
    slot = lex->n_key_lists - 1;
  }
  return NG_PUSH(lex->key_lists[slot].items, lex->key_lists[slot].n,
                 lex->key_lists[slot].cap, i);
}

/* Adds text (optionally with a suffix appended) as a name of entity, read
 * from file (borrowed from lex->files). */
static ng_status
add_one_phrase(ng_lexicon *lex, size_t entity, const char *text,
               const char *suffix, ng_mention_kind kind, const char *file)
{
  ng_phrase ph = {0};
  char *full = NULL;

  if (suffix) {
    ng_buf b = {0};
    ng_buf_puts(&b, text);
    ng_buf_puts(&b, suffix);
    full = ng_buf_take(&b);
  }
  if (ng_words_parse(&ph.words, full ? full : text) != NG_OK) {
    free(full);
    return NG_ERR_NOMEM;
  }
  free(full);
  if (ph.words.n == 0)
    return NG_OK;
  ph.entity = entity;
  ph.kind = kind;
  ph.file = file;
  ph.any_article = kind == NG_MENTION_DEMONYM;
  ph.ambiguous = lex->compiling_ambiguous;
  ph.short_name = lex->compiling_short;
  ph.variant = lex->compiling_variant;
  if (NG_PUSH(lex->phrases, lex->n_phrases, lex->cap_phrases, ph) != NG_OK) {
    ng_words_free(&ph.words);
    return NG_ERR_NOMEM;
  }
  lex->n_names++;
  return index_phrase(lex, lex->n_phrases - 1);
}

/* Is word w a compound name's first part written apart (عبد، أبو)? */
static int
compound_head(const char *w)
{
  return strcmp(w, "عبد") == 0 || strcmp(w, "أبو") == 0 || strcmp(w, "ابو") == 0;
}

/* The length of the head of a compound written as one word (عبدالله،
 * أبومازن): عبد before ال, أبو before three letters or more; 0 if none. */
static size_t
fused_head(const char *w)
{
  size_t n = strlen(w);

  if (strncmp(w, "عبدال", strlen("عبدال")) == 0 && n > strlen("عبدال") + 2)
    return strlen("عبد");
  if ((strncmp(w, "أبو", strlen("أبو")) == 0 || strncmp(w, "ابو", strlen("ابو")) == 0) &&
      n >= strlen("أبو") + 6)
    return strlen("أبو");
  return 0;
}

/* The other way of writing the compound given names of text: عبد الله as
 * عبدالله and back, أبو مازن as أبومازن and back (the press writes both);
 * NULL when text has none (or on OOM).  The caller frees. */
static char *
compound_variant(const char *text)
{
  char *copy = ng_strdup(text), *save = NULL, *prev = NULL;
  ng_buf b = {0};
  int changed = 0;

  if (!copy)
    return NULL;
  for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
    size_t h = fused_head(w);
    if (b.len && !(prev && compound_head(prev)))
      ng_buf_puts(&b, " ");
    if (prev && compound_head(prev))
      changed = 1; /* joined to the head before it */
    if (h) {
      ng_buf_printf(&b, "%.*s %s", (int)h, w, w + h);
      changed = 1;
    } else {
      ng_buf_puts(&b, w);
    }
    prev = h ? NULL : w;
  }
  if (prev && compound_head(prev))
    changed = 0; /* a head with nothing after it: no name to join */
  free(copy);   /* prev pointed into it */
  if (!changed) {
    ng_buf_free(&b);
    return NULL;
  }
  return ng_buf_take(&b);
}

/* Adds a name as add_one_phrase does, and its compound variant if any. */
static ng_status
add_phrase(ng_lexicon *lex, size_t entity, const char *text,
           const char *suffix, ng_mention_kind kind, const char *file)
{
  char *variant = suffix ? NULL : compound_variant(text);
  ng_status rc = add_one_phrase(lex, entity, text, suffix, kind, file);

  if (rc == NG_OK && variant) {
    lex->compiling_variant = 1;
    rc = add_one_phrase(lex, entity, variant, NULL, kind, file);
    lex->compiling_variant = 0;
  }
  free(variant);
  return rc;
}

static const struct {
  const char *pred;
  ng_mention_kind kind;
  const char *suffix; /* a second form with this appended */
} name_preds[] = {
    {"label", NG_MENTION_NAME, NULL},      {"alias", NG_MENTION_ALIAS, NULL},
    {"acronym", NG_MENTION_ALIAS, NULL},   {"demonym", NG_MENTION_DEMONYM, NULL},
    {"demonym", NG_MENTION_DEMONYM, "ة"},  {"people", NG_MENTION_DEMONYM, NULL},
    {"capital", NG_MENTION_METONYM, NULL}, {"seat", NG_MENTION_METONYM, NULL},
    {"shortName", NG_MENTION_ALIAS, NULL},
};

static int prop_true(const subject *s, const char *pred);

/* Adds every name a subject gives its entity. */
static ng_status
compile_names(ng_lexicon *lex, size_t entity, const subject *s)
{
  lex->compiling_ambiguous = prop_true(s, "ambiguous");
  for (size_t k = 0; k < sizeof name_preds / sizeof name_preds[0]; k++)
    for (size_t i = 0; i < s->n; i++) {
      const prop *p = &s->props[i];
      if (p->is_iri || strcmp(p->pred, name_preds[k].pred) != 0)
        continue;
      if (name_preds[k].suffix && p->lang && strcmp(p->lang, "ar") != 0)
        continue;
      lex->compiling_short = strcmp(p->pred, "shortName") == 0;
      if (add_phrase(lex, entity, p->value, name_preds[k].suffix,
                     name_preds[k].kind, lex->files[p->file]) != NG_OK)
        return NG_ERR_NOMEM;
    }
  lex->compiling_short = 0;
  return NG_OK;
}

static int
prop_true(const subject *s, const char *pred)
{
  const prop *p = first_prop(s, pred, NULL);
  return p && (strcmp(p->value, "true") == 0 || strcmp(p->value, "1") == 0);
}

/* Records roles (leaderOf, officialOf, partOf) and sets the roll-up. */
static ng_status
compile_roles(ng_lexicon *lex, size_t entity, const subject *s)
{
  static const char *const preds[] = {"leaderOf", "officialOf", "partOf",
                                      "locatedIn"};
  ng_entity_info *info = &lex->infos[entity];
  int former = prop_true(s, "former");
  size_t cap = 0;

  for (size_t i = 0; i < s->n; i++)
    if (strcmp(s->props[i].pred, "context") == 0 && s->props[i].is_iri &&
        ng_map_get(&lex->entity_index, s->props[i].value, &info->context))
      info->has_context = 1;
  for (size_t i = 0; i < s->n; i++)
    for (size_t k = 0; k < 4; k++) {
      size_t target;
      ng_role r;
      if (strcmp(s->props[i].pred, preds[k]) != 0 || !s->props[i].is_iri ||
          !ng_map_get(&lex->entity_index, s->props[i].value, &target))
        continue;
      r.type = k == 0 ? NG_LEADER_OF : k == 3 ? NG_LOCATED_IN : NG_OFFICIAL_OF;
      r.entity = target;
      r.former = former;
      if (NG_PUSH(info->roles, info->n_roles, cap, r) != NG_OK)
        return NG_ERR_NOMEM;
      if (!former && !lex->entities[entity]->rollup)
        lex->entities[entity]->rollup = lex->entities[target];
    }
  return NG_OK;
}

static const char *const frame_names[NG_FRAME_COUNT] = {
    "VerbFrame", "ParticipleFrame", "NounFrame", "LedByFrame", "CopulaFrame",
    "ReciprocalFrame", "PossessorFrame", "TitleFrame", "PlaceFrame",
    "BodyFrame"};

static const char *const mark_names[NG_MARK_COUNT] = {
    "ل", "الي", "مع", "علي", "ضد", "من", "ب", "في", "عن", "تجاه", "بين", "لدي",
    "امام", "obj", "genitive"};

int
ng_mark_parse(const char *folded)
{
  for (int i = 0; i < NG_MARK_COUNT; i++)
    if (strcmp(mark_names[i], folded) == 0)
      return i;
  return -1;
}

/* Reads the phrases of pred (ng:trigger, ng:requires) into a list. */
static ng_status
compile_phrases(ng_words **list, size_t *n, const subject *s, const char *pred)
{
  for (size_t i = 0; i < s->n; i++) {
    ng_words w;
    ng_words *bigger;
    if (strcmp(s->props[i].pred, pred) != 0 || s->props[i].is_iri)
      continue;
    if (ng_words_parse(&w, s->props[i].value) != NG_OK)
      return NG_ERR_NOMEM;
    bigger = realloc(*list, (*n + 1) * sizeof *bigger);
    if (!bigger) {
      ng_words_free(&w);
      return NG_ERR_NOMEM;
    }
    *list = bigger;
    (*list)[(*n)++] = w;
  }
  return NG_OK;
}

/* Reads the markers of pred (ng:targetMarker, ng:holderMarker) into *out;
 * an error on an unknown one. */
static ng_status
compile_markers(ng_lexicon *lex, unsigned *out, const subject *s,
                const char *pred, ng_error *err)
{
  for (size_t i = 0; i < s->n; i++) {
    char *f;
    int m;
    if (strcmp(s->props[i].pred, pred) != 0)
      continue;
    f = ng_fold_string(s->props[i].value);
    m = f ? ng_mark_parse(f) : -1;
    free(f);
    if (m < 0)
      return lex_error(lex, s, err, pred[0] == 't' ? "unknown ng:targetMarker"
                                                   : "unknown ng:holderMarker");
    *out |= 1u << m;
  }
  return NG_OK;
}

/* The ng: local name of an IRI-valued property, or NULL. */
static const char *
iri_local(const subject *s, const char *pred)
{
  const prop *p = first_prop(s, pred, NULL);
  return p && p->is_iri ? ng_local(p->value) : NULL;
}

static double
prop_number(const subject *s, const char *pred, double dflt)
{
  const prop *p = first_prop(s, pred, NULL);
  return p ? strtod(p->value, NULL) : dflt;
}

/* Reads the kind-specific fields: stance or relation type, frame. */
static ng_status
compile_pattern_kind(ng_lexicon *lex, ng_pattern *p, const subject *s,
                     ng_error *err)
{
  const char *frame = iri_local(s, "frame");
  const char *type = iri_local(s, p->is_relation ? "relation" : "stanceType");
  const char *pledge = iri_local(s, "pledgeType");
  const char *suspended = iri_local(s, "suspendedType");

  p->frame = NG_FRAME_COUNT;
  for (int f = 0; frame && f < NG_FRAME_COUNT; f++)
    if (strcmp(frame, frame_names[f]) == 0)
      p->frame = (ng_frame)f;
  if (p->frame == NG_FRAME_COUNT)
    return lex_error(lex, s, err, "missing or unknown ng:frame");
  p->type = !type ? -1
            : p->is_relation ? ng_relation_type_parse(type)
                             : ng_stance_type_parse(type);
  /* a body, or a title of no fixed rank (نظيره), names no relation */
  if (p->type < 0 && p->frame != NG_FRAME_BODY && p->frame != NG_FRAME_TITLE)
    return lex_error(lex, s, err, p->is_relation
                                      ? "missing or unknown ng:relation"
                                      : "missing or unknown ng:stanceType");
  p->pledge_type = pledge ? ng_stance_type_parse(pledge) : -1;
  p->suspended_type = suspended ? ng_stance_type_parse(suspended) : -1;
  return NG_OK;
}

/* ---- verb triggers: forms a pattern need not list ----------------------- */

#define YEH_U8 "\xD9\x8A"
#define TEH_U8 "\xD8\xAA"
#define ALEF_U8 "\xD8\xA7"
#define WAW_U8 "\xD9\x88"
#define NOON_U8 "\xD9\x86"

/* Is a trigger listed that reads like trigger t with its first word
 * replaced by first? */
static int
trigger_listed(const ng_pattern *p, size_t t, const char *first)
{
  const ng_words *w = &p->triggers[t];

  for (size_t i = 0; i < p->n_triggers; i++) {
    const ng_words *o = &p->triggers[i];
    size_t k = 1;
    if (o->n != w->n || strcmp(o->keys[0], first) != 0)
      continue;
    while (k < w->n && strcmp(o->keys[k], w->keys[k]) == 0)
      k++;
    if (k == w->n)
      return 1;
  }
  return 0;
}

/* Adds trigger t with its first word replaced by first, unless listed. */
static ng_status
add_trigger_form(ng_pattern *p, size_t t, const char *first)
{
  ng_words w = {0};
  ng_words *bigger;

  if (trigger_listed(p, t, first))
    return NG_OK;
  w.n = p->triggers[t].n;
  w.keys = calloc(w.n, sizeof *w.keys);
  w.article = calloc(w.n, 1);
  if (!w.keys || !w.article)
    goto fail;
  for (size_t k = 0; k < w.n; k++) {
    w.article[k] = p->triggers[t].article[k];
    if (!(w.keys[k] = ng_strdup(k ? p->triggers[t].keys[k] : first)))
      goto fail;
  }
  bigger = realloc(p->triggers, (p->n_triggers + 1) * sizeof *bigger);
  if (!bigger)
    goto fail;
  p->triggers = bigger;
  p->triggers[p->n_triggers++] = w;
  return NG_OK;
fail:
  ng_words_free(&w);
  return NG_ERR_NOMEM;
}

static int
ends_with(const char *s, const char *suffix)
{
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* A verb pattern lists the third person singular, masculine and feminine,
 * of the past and the present (أدان أدانت يدين تدين); the dual and plural a
 * subject named first takes (الدولتان أدانتا، المحتجون أدانوا، البلدان
 * يدينان، يدينون) follow from them.  Verbs ending in a weak letter (رعى)
 * change their stem and are left as listed. */
static ng_status
add_verb_forms(ng_pattern *p)
{
  static const char *const past[] = {TEH_U8 ALEF_U8, WAW_U8 ALEF_U8};
  static const struct {
    const char *prefix, *suffix; /* on the stem without its ي */
  } present[] = {{TEH_U8, ALEF_U8 NOON_U8},
                 {YEH_U8, ALEF_U8 NOON_U8},
                 {YEH_U8, WAW_U8 NOON_U8}};
  size_t listed = p->n_triggers;
  char form[256];

  for (size_t t = 0; t < listed; t++) {
    char key[200];
    size_t len = strlen(p->triggers[t].keys[0]);
    if (len < 4 || len >= sizeof key || ends_with(p->triggers[t].keys[0], YEH_U8) ||
        ends_with(p->triggers[t].keys[0], ALEF_U8))
      continue;
    memcpy(key, p->triggers[t].keys[0], len + 1);
    snprintf(form, sizeof form, "%s" TEH_U8, key);
    for (size_t k = 0; trigger_listed(p, t, form) && k < 2; k++) {
      char f[256]; /* past: أدان with أدانت listed */
      snprintf(f, sizeof f, "%s%s", key, past[k]);
      if (add_trigger_form(p, t, f) != NG_OK)
        return NG_ERR_NOMEM;
    }
    if (strncmp(key, YEH_U8, 2) != 0)
      continue;
    snprintf(form, sizeof form, TEH_U8 "%s", key + 2);
    for (size_t k = 0; trigger_listed(p, t, form) && k < 3; k++) {
      char f[256]; /* present: يدين with تدين listed */
      snprintf(f, sizeof f, "%s%s%s", present[k].prefix, key + 2, present[k].suffix);
      if (add_trigger_form(p, t, f) != NG_OK)
        return NG_ERR_NOMEM;
    }
  }
  return NG_OK;
}

/* Builds a stance, relation or title pattern from its subject. */
static ng_status
compile_pattern(ng_lexicon *lex, const subject *s, int is_relation,
                ng_error *err)
{
  ng_pattern p = {0};
  const char *st = iri_local(s, "subjectType"), *ot = iri_local(s, "objectType");
  ng_status rc;

  p.is_relation = is_relation;
  p.iri = ng_strdup(s->iri);
  p.subject_type = st ? ng_entity_type_parse(st) : -1;
  p.object_type = ot ? ng_entity_type_parse(ot) : -1;
  p.window = (size_t)prop_number(s, "window", 8);
  p.confidence = prop_number(s, "confidence", 0.8);
  p.holder_near = prop_true(s, "holderNear");
  p.holder_reach = (size_t)prop_number(s, "holderReach", 40);
  p.place_target = prop_true(s, "placeTarget");
  p.stands_alone = prop_true(s, "standsAlone");
  p.military =
      first_prop(s, "roleKind", NULL) &&
      strstr(first_prop(s, "roleKind", NULL)->value, "MilitaryRole") != NULL;
  p.implicit_target = prop_true(s, "implicitTarget");
  p.addressed = prop_true(s, "addressed");
  if (!p.iri)
    return NG_ERR_NOMEM;
  if ((rc = compile_pattern_kind(lex, &p, s, err)) != NG_OK ||
      (rc = compile_phrases(&p.triggers, &p.n_triggers, s, "trigger")) ||
      (rc = compile_phrases(&p.requires, &p.n_requires, s, "requires")) ||
      (rc = compile_phrases(&p.not_after, &p.n_not_after, s, "notAfter")) ||
      (rc = compile_markers(lex, &p.markers, s, "targetMarker", err)) ||
      (rc = compile_markers(lex, &p.holder_markers, s, "holderMarker", err)))
    goto cleanup;
  if (p.n_triggers == 0) {
    rc = lex_error(lex, s, err, "a pattern needs at least one ng:trigger");
    goto cleanup;
  }
  if (p.frame == NG_FRAME_VERB && (rc = add_verb_forms(&p)) != NG_OK)
    goto cleanup;
  if ((rc = NG_PUSH(lex->patterns, lex->n_patterns, lex->cap_patterns, p)))
    goto cleanup;
  return NG_OK;
cleanup:
  pattern_free(&p);
  return rc;
}

static const char *const cue_classes[NG_CUE_COUNT] = {
    "NegationCue", "HedgeCue", "PledgeCue", "ArrivalCue", "AuthorizationCue", "MemberNounCue", "SuspensionCue",
    "ReportCue", "NonActorCue",
    "NonNameCue", "RankCue", "GivenNameCue", "ClassifierCue", "CountryReference", "OrganizationReference",
    "OwnCountryReference", "GroupReference", "LatterReference",
    "InstitutionCue", "PatientNounCue", "NonStateHeadCue", "TownCue",
    "SportsCue", "DealingNounCue", "CivilRoleCue", "CivilBodyCue", "NameHeadCue"};

/* Builds one cue per ng:cue literal of a cue subject. */
static ng_status
compile_cues(ng_lexicon *lex, const subject *s, ng_cue_kind kind)
{
  size_t scope = (size_t)prop_number(s, "window", kind == NG_CUE_HEDGE ? 12 : 3);
  const prop *role = first_prop(s, "roleKind", NULL);
  ng_cue flags = {0}; /* what every cue of the subject shares, read once */

  flags.kind = kind;
  flags.scope =
      kind == NG_CUE_INSTITUTION ? (size_t)prop_number(s, "window", 0) : scope;
  flags.stands_alone = prop_true(s, "standsAlone");
  flags.same_head = prop_true(s, "sameHead");
  flags.quoted_only = prop_true(s, "quotedOnly");
  flags.military = role && strstr(role->value, "MilitaryRole") != NULL;
  flags.after_name_only = prop_true(s, "afterNameOnly");
  for (size_t i = 0; i < s->n; i++) {
    ng_cue c = flags;
    size_t cap_unless = 0;
    if (strcmp(s->props[i].pred, "cue") != 0)
      continue;
    if (ng_words_parse(&c.words, s->props[i].value) != NG_OK)
      return NG_ERR_NOMEM;
    for (size_t k = 0; k < s->n; k++) {
      ng_words w;
      if (strcmp(s->props[k].pred, "unless") != 0)
        continue;
      if (ng_words_parse(&w, s->props[k].value) != NG_OK ||
          NG_PUSH(c.unless, c.n_unless, cap_unless, w) != NG_OK) {
        cue_free(&c);
        return NG_ERR_NOMEM;
      }
    }
    if (c.words.n == 0) {
      cue_free(&c);
      continue;
    }
    if (NG_PUSH(lex->cues, lex->n_cues, lex->cap_cues, c) != NG_OK) {
      cue_free(&c);
      return NG_ERR_NOMEM;
    }
  }
  return NG_OK;
}

/* Compiles one subject that is not an entity. */
static ng_status
compile_other(ng_lexicon *lex, const subject *s, ng_error *err)
{
  if (has_type(s, "StancePattern"))
    return compile_pattern(lex, s, 0, err);
  if (has_type(s, "RelationPattern") || has_type(s, "TitlePattern") ||
      has_type(s, "BodyPattern"))
    return compile_pattern(lex, s, 1, err);
  for (int k = 0; k < NG_CUE_COUNT; k++)
    if (has_type(s, cue_classes[k]))
      return compile_cues(lex, s, (ng_cue_kind)k);
  return NG_OK;
}

/* After compiling one subject gave rc: true to go on with the next.  With
 * a report callback a malformed entry is handed to it (and *first keeps
 * the status), so that the whole lexicon is checked; without one, or on
 * any other failure, compiling stops. */
static int
go_on(ng_status rc, const ng_error *e, ng_lexicon_report_fn report,
      void *data, ng_status *first)
{
  if (rc == NG_OK)
    return 1;
  if (rc != NG_ERR_LEXICON || !report) {
    *first = rc;
    return 0;
  }
  report(data, e);
  if (*first == NG_OK)
    *first = rc;
  return 1;
}

/* Builds the entities, then their names and roles and the patterns and
 * cues; see go_on for what a malformed entry does. */
static ng_status
compile_subjects(ng_lexicon *lex, ng_error *err, ng_lexicon_report_fn report,
                 void *data)
{
  ng_status first = NG_OK;
  ng_error local = {0};
  ng_error *e = report ? &local : err;

  compiled_free(lex);
  for (size_t i = 0; i < lex->n_subjects; i++) {
    const subject *s = &lex->subjects[i];
    int type = entity_type_of(s);
    ng_status rc = type < 0 ? NG_OK
                   : !first_prop(s, "label", NULL)
                       ? lex_error(lex, s, e, "an entity needs an rdfs:label")
                       : compile_entity(lex, s, type);
    if (!go_on(rc, e, report, data, &first))
      return first;
  }
  for (size_t i = 0; i < lex->n_subjects; i++) {
    size_t k;
    const subject *s = &lex->subjects[i];
    ng_status rc;
    if (ng_map_get(&lex->entity_index, s->iri, &k))
      rc = compile_names(lex, k, s) ? NG_ERR_NOMEM : compile_roles(lex, k, s);
    else
      rc = compile_other(lex, s, e);
    if (!go_on(rc, e, report, data, &first))
      return first;
  }
  if (index_first_words(lex) != NG_OK ||
      ng_match_lexicon_surnames(&lex->surnames, lex) != NG_OK ||
      ng_name_stop_words(&lex->name_stops) != NG_OK)
    return NG_ERR_NOMEM;
  return first;
}

ng_status
ng_lexicon_compile(ng_lexicon *lex, ng_error *err)
{
  return compile_subjects(lex, err, NULL, NULL);
}

ng_status
ng_lexicon_compile_each(ng_lexicon *lex, ng_lexicon_report_fn report,
                        void *data)
{
  return compile_subjects(lex, NULL, report, data);
}

/* ---- public views ------------------------------------------------------ */

const ng_map *
ng_lexicon_surnames(const ng_lexicon *lex)
{
  return &lex->surnames;
}

const ng_map *
ng_lexicon_name_stops(const ng_lexicon *lex)
{
  return &lex->name_stops;
}

size_t
ng_lexicon_entity_count(const ng_lexicon *lex)
{
  return lex->n_entities;
}

const ng_entity *
ng_lexicon_entity(const ng_lexicon *lex, size_t i)
{
  return i < lex->n_entities ? lex->entities[i] : NULL;
}

size_t
ng_lexicon_name_count(const ng_lexicon *lex)
{
  return lex->n_names;
}

size_t
ng_lexicon_pattern_count(const ng_lexicon *lex)
{
  return lex->n_patterns;
}

const ng_pattern *
ng_lexicon_pattern(const ng_lexicon *lex, size_t i)
{
  return &lex->patterns[i];
}

size_t
ng_lexicon_cue_count(const ng_lexicon *lex)
{
  return lex->n_cues;
}

const ng_cue *
ng_lexicon_cue(const ng_lexicon *lex, size_t i)
{
  return &lex->cues[i];
}

size_t
ng_lexicon_cues_from(const ng_lexicon *lex, const char *key, const size_t **out)
{
  return key_index_get(&lex->cue_keys, key, out);
}

size_t
ng_lexicon_patterns_from(const ng_lexicon *lex, const char *key,
                         const size_t **out)
{
  return key_index_get(&lex->trigger_keys, key, out);
}

size_t
ng_lexicon_patterns_ending(const ng_lexicon *lex, const char *key,
                           const size_t **out)
{
  return key_index_get(&lex->trigger_ends, key, out);
}

const ng_phrase *
ng_lexicon_phrase(const ng_lexicon *lex, size_t i)
{
  return &lex->phrases[i];
}

size_t
ng_lexicon_phrases_from(const ng_lexicon *lex, const char *key,
                        const size_t **out)
{
  size_t slot;

  if (!ng_map_get(&lex->key_index, key, &slot))
    return 0;
  *out = lex->key_lists[slot].items;
  return lex->key_lists[slot].n;
}

const ng_entity_info *
ng_lexicon_info(const ng_lexicon *lex, size_t entity)
{
  return &lex->infos[entity];
}

size_t
ng_lexicon_entity_index(const ng_lexicon *lex, const ng_entity *e)
{
  size_t i;

  return ng_map_get(&lex->entity_index, e->iri, &i) ? i : (size_t)-1;
}

const char *
ng_frame_name(ng_frame f)
{
  return (unsigned)f < NG_FRAME_COUNT ? frame_names[f] : "?";
}

const char *
ng_cue_kind_name(ng_cue_kind k)
{
  return (unsigned)k < NG_CUE_COUNT ? cue_classes[k] : "?";
}

size_t
ng_lexicon_subject_count(const ng_lexicon *lex)
{
  return lex->n_subjects;
}

const char *
ng_lexicon_subject_iri(const ng_lexicon *lex, size_t i)
{
  return i < lex->n_subjects ? lex->subjects[i].iri : NULL;
}

int
ng_lexicon_subject_type(const ng_lexicon *lex, size_t i)
{
  return i < lex->n_subjects ? entity_type_of(&lex->subjects[i]) : -1;
}

int
ng_lexicon_subject_prop(const ng_lexicon *lex, size_t i, size_t k,
                        ng_lexicon_prop *out)
{
  const prop *p;

  if (i >= lex->n_subjects || k >= lex->subjects[i].n)
    return 0;
  p = &lex->subjects[i].props[k];
  out->pred = p->pred;
  out->value = p->value;
  out->lang = p->lang;
  out->is_iri = p->is_iri;
  out->file = lex->files[p->file];
  return 1;
}

void
ng_lexicon_free(ng_lexicon *lex)
{
  if (!lex)
    return;
  compiled_free(lex);
  for (size_t i = 0; i < lex->n_subjects; i++) {
    subject *s = &lex->subjects[i];
    for (size_t k = 0; k < s->n; k++) {
      free(s->props[k].pred);
      free(s->props[k].value);
      free(s->props[k].lang);
    }
    free(s->props);
    free(s->iri);
  }
  free(lex->subjects);
  ng_map_free(&lex->subject_index);
  for (size_t i = 0; i < lex->n_files; i++)
    free(lex->files[i]);
  free(lex->files);
  free(lex);
}
