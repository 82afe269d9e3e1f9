/* newsgraph lexicon lookup: what a word or phrase matches after folding
 * and clitic stripping, reading by reading: the entities whose names start
 * there, the patterns it triggers and the cues it is; then the mention the
 * matcher picks. */
#include "config.h"

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

/* Writes an IRI as ngid:x or ngr:x where it can, else as <iri>. */
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
        !token_has(seg, i + k, w->keys[k],
                   NG_CL_ART | NG_CL_SUFFIX | NG_CL_ACC))
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
    printf(" (%s, %s", ng_entity_type_name(e->type),
           ng_mention_kind_name(ph->kind));
    if (ph->words.n > 1)
      printf(", %zu words", ph->words.n);
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
             p->type < 0 ? "-"
             : p->is_relation
                 ? ng_relation_type_name((ng_relation_type)p->type)
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
    if (ms[i].local)
      printf("a person no lexicon knows, named with ");
    put_iri(stdout, e->iri);
    printf(" (%s, %s)\n", ng_entity_type_name(e->type),
           ng_mention_kind_name(ms[i].kind));
  }
  free(ms);
  return rc;
}

ng_status
ng_lexicon_lookup_word(const ng_lexicon *lex, const char *word)
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
