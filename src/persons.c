/* Persons the lexicon does not know, recognised from the way the text
 * introduces them: a title and its country followed by a name
 * ("وزير الخارجية الكيني ألفريد موتوا").  Only the core: no third-party
 * includes. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "persons.h"
#include "utf8.h"
#include "util.h"

/* Words that end a name: particles, verbs of saying, time words.  The
 * lexicon may add more with ng:NonNameCue. */
static const char *const stops[] = {
    "ان", "في", "من", "الي", "علي", "عن", "مع", "الذي", "التي", "خلال", "امس",
    "اليوم", "قال", "قالت", "اكد", "اكدت", "اعلن", "اعلنت", "اضاف", "اضافت",
    "الذين", "او", "ثم", "بعد", "قبل", "حيث", "كما", "لدي", "عند", "بين", "منذ",
    "هو", "هي", "لم", "لن", "لا", "قد", "وقال", "وقالت", "يوم", "صباح", "مساء",
    "امام", "بان", "لان", "انه", "انها", "بانه", "بانها", "كان", "كانت", "الا",
    "لكن", "ولكن", "الي", "حتي", "نحو", "ضد", "عبر", "وفي", "ومن", "والي",
    "فيما", "بينما", "اذ", "اذا", "لقد", "وقد", "ان", "وان", "اثناء", "لدي",
    "عده", "عدد", "اكثر", "اقل", "جميع", "كل", "بعض", "مزيد", "ايضا", "مجددا"};

/* Is token i a stop word for names (built in, or an ng:NonNameCue), or
 * the first word of a stance or relation trigger? */
static int
stop_word(const ng_lexicon *lex, const ng_token *tok)
{
  for (size_t k = 0; k < ng_lexicon_pattern_count(lex); k++) {
    const ng_pattern *p = ng_lexicon_pattern(lex, k);
    for (size_t g = 0; g < p->n_triggers; g++)
      for (size_t r = 0; r < tok->n_readings; r++)
        if (strcmp(tok->readings[r].key, p->triggers[g].keys[0]) == 0)
          return 1;
  }
  for (size_t k = 0; k < sizeof stops / sizeof *stops; k++)
    if (strcmp(tok->form, stops[k]) == 0)
      return 1;
  for (size_t k = 0; k < ng_lexicon_cue_count(lex); k++) {
    const ng_cue *cue = ng_lexicon_cue(lex, k);
    for (size_t r = 0; r < tok->n_readings; r++)
      if (strcmp(cue->words.keys[0], tok->readings[r].key) == 0)
        return 1; /* negation, hedging, pledge … words are no names */
  }
  return 0;
}

/* Does the word begin with the article, as written (ال, not the أل of
 * ألفريد, which folding would make look the same)? */
static int
has_article(const ng_text *t, const ng_token *tok)
{
  size_t o = t->map[tok->fbegin];
  return o + 1 < t->n_orig && t->orig[o] == 0x0627 && t->orig[o + 1] == 0x0644;
}

/* Does token i end a name: punctuation, the end of the sentence, a stop
 * word (إن، قال، في …) or a word another rule or the lexicon claims? */
static int
name_boundary(const ng_lexicon *lex, const ng_segments *seg,
              const size_t *taken, size_t i, size_t sentence)
{
  const ng_token *tok;

  if (i >= seg->n_tokens || seg->tokens[i].sentence != sentence)
    return 1;
  tok = &seg->tokens[i];
  return tok->kind == NG_TOKEN_PUNCT || taken[i] || stop_word(lex, tok);
}

/* Can token tok be part of a name?  Words of three letters or more that
 * are not stop words, not plurals in ات, and carry ال only as a family
 * name (checked by the caller). */
static int
name_word(const ng_lexicon *lex, const ng_token *tok)
{
  size_t len = strlen(tok->form);

  return tok->kind == NG_TOKEN_WORD && !stop_word(lex, tok) &&
         ng_utf8_count(tok->form, len) >= 3 &&
         !(len > 4 && strcmp(tok->form + len - 4, "\xD8\xA7\xD8\xAA") == 0);
}

size_t
ng_name_length(const ng_lexicon *lex, const ng_segments *seg,
               const ng_text *t, const size_t *taken, size_t i, size_t max)
{
  size_t n = 0, sentence = i < seg->n_tokens ? seg->tokens[i].sentence : 0;

  /* A name the lexicon does not know is two or three words without ال:
   * a definite word after a title and its country is far more often the
   * object of a verbal noun (ترسيم الحدود) than a family name. */
  while (n < max && i + n < seg->n_tokens && !taken[i + n] &&
         seg->tokens[i + n].sentence == sentence &&
         name_word(lex, &seg->tokens[i + n]) &&
         !has_article(t, &seg->tokens[i + n]))
    n++;
  if (n < 2 || !name_boundary(lex, seg, taken, i + n, sentence))
    return 0; /* a name is followed by a pause, a verb of saying or a particle */
  return n;
}

/* A new entity of type t labelled with the original text of tokens
 * [first, end) and with the IRI iri (taken); NULL on OOM (iri freed). */
static ng_entity *
entity_from_tokens(const ng_segments *seg, const ng_text *t, size_t first,
                   size_t end, ng_entity_type type, char *iri)
{
  ng_entity *e = calloc(1, sizeof *e);
  ng_buf label = {0};
  size_t b = t->map[seg->tokens[first].fbegin];
  size_t f = t->map[seg->tokens[end - 1].fend - 1] + 1;

  for (size_t i = b; e && i < f; i++)
    ng_buf_put_cp(&label, t->orig[i]);
  if (!e || !iri || !(e->label_ar = ng_buf_take(&label))) {
    free(iri);
    free(e);
    return NULL;
  }
  e->type = type;
  e->iri = iri;
  return e;
}

ng_entity *
ng_person_new(const ng_segments *seg, const ng_text *t, size_t first,
              size_t end)
{
  ng_buf iri = {0};

  ng_buf_puts(&iri, NG_ID_NS "person");
  for (size_t i = first; i < end; i++) {
    ng_buf_puts(&iri, "-");
    ng_buf_put_iri_segment(&iri, seg->tokens[i].form);
  }
  return entity_from_tokens(seg, t, first, end, NG_PERSON, ng_buf_take(&iri));
}

ng_entity *
ng_organ_new(const ng_segments *seg, const ng_text *t, size_t first,
             size_t body_end, size_t end, const ng_entity *state)
{
  const char *slash = strrchr(state->iri, '/');
  ng_buf iri = {0};
  ng_entity *e;

  ng_buf_puts(&iri, NG_ID_NS);
  ng_buf_put_iri_segment(&iri, slash ? slash + 1 : "state");
  for (size_t i = first; i < body_end; i++) {
    ng_buf_puts(&iri, "-");
    ng_buf_put_iri_segment(&iri, ng_word_key(seg->tokens[i].form, NULL));
  }
  e = entity_from_tokens(seg, t, first, end, NG_ORGANIZATION, ng_buf_take(&iri));
  if (e)
    e->rollup = state;
  return e;
}
