/* Towns the lexicon does not know, named after a town noun (see places.h).
 * Only the core: no third-party includes. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "places.h"
#include "util.h"

/* Words that are never a town's name after مدينة: particles, verbs that
 * describe a town, and adjectives that do not end in ية (those are
 * recognised by their ending). */
static const char *const not_names[] = {
    "في", "من", "الي", "علي", "عن", "مع", "الذي", "التي", "او", "ثم", "لا", "لم",
    "غير", "كل", "اخري", "اخر", "واحده", "كبيره", "صغيره", "جديده", "قديمه",
    "مهمه", "مقدسه", "متطوره", "كامله", "ضخمه", "مجاوره", "قريبه", "بعيده",
    "يسمي", "تسمي", "يدعي", "تدعي", "تقع", "يقع", "تبعد", "يبلغ", "تضم", "يقطن",
    "يقطنها", "باكملها", "باسرها", "بكاملها", "ذات", "تابعه", "هادئه", "فاضله",
    "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "مما",
    "بما", "كما", "عائمه", "محتله", "مدمره", "منكوبه", "محاصره"};

/* Words that begin a two-word town name (كفر كلا، بيت لاهيا، عين الحلوة). */
static const char *const name_heads[] = {
    "كفر", "بيت", "عين", "بئر", "دير", "تل", "راس", "ابو", "ام", "بني", "خان",
    "سيدي", "جبل", "مرج", "قلعه", "حمام", "شرم", "سان", "سانت", "نيو", "لوس",
    "لاس", "بورت", "بنت", "جسر", "وادي", "برج", "سوق"};

/* Does a folded word end in ية (ه after ي once folded)? */
static int
adjective_ending(const char *form)
{
  size_t n = strlen(form);
  return n >= 4 && strcmp(form + n - 4, "\xD9\x8A\xD9\x87") == 0;
}

/* Can token tok be (the first word of) a town's name? */
static int
town_word(const ng_token *tok, const size_t *taken, size_t i)
{
  int art = 0;

  if (tok->kind != NG_TOKEN_WORD || taken[i] || strlen(tok->form) < 6)
    return 0; /* under three letters: a clitic or pronoun written apart */
  if (NG_STR_IN(tok->form, not_names))
    return 0;
  ng_word_key(tok->form, &art);
  return art || !adjective_ending(tok->form); /* مدينة ساحلية is no name */
}

size_t
ng_town_length(const ng_lexicon *lex, const ng_segments *seg,
               const size_t *taken, size_t i)
{
  (void)lex;
  if (i >= seg->n_tokens || !town_word(&seg->tokens[i], taken, i))
    return 0;
  if (NG_STR_IN(seg->tokens[i].form, name_heads) &&
      i + 1 < seg->n_tokens && seg->tokens[i + 1].sentence == seg->tokens[i].sentence &&
      town_word(&seg->tokens[i + 1], taken, i + 1))
    return 2;
  return 1;
}

ng_entity *
ng_place_new(const ng_segments *seg, const ng_text *t, size_t first, size_t end)
{
  ng_entity *e = calloc(1, sizeof *e);
  ng_buf iri = {0}, label = {0};
  size_t b = t->map[seg->tokens[first].fbegin];
  size_t f = t->map[seg->tokens[end - 1].fend - 1] + 1;

  ng_buf_puts(&iri, NG_ID_NS "place");
  for (size_t i = first; i < end; i++) {
    ng_buf_puts(&iri, "-");
    ng_buf_put_iri_segment(&iri, seg->tokens[i].form);
  }
  for (size_t i = b; i < f; i++)
    ng_buf_put_cp(&label, t->orig[i]);
  if (!e || !(e->iri = ng_buf_take(&iri)) || !(e->label_ar = ng_buf_take(&label)) ||
      !(e->place_kind = ng_strdup(NG_NS "City"))) {
    ng_buf_free(&iri);
    ng_buf_free(&label);
    if (e) {
      free(e->iri);
      free(e->label_ar);
    }
    free(e);
    return NULL;
  }
  e->type = NG_PLACE;
  return e;
}
