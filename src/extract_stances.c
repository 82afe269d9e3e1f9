/* Extraction, stances: the confidence, and a stance frame from its
 * trigger to the facts it emits (stance_hit).  The cues before a trigger
 * (negation, hedges, the future) and reported claims are in
 * extract_cues.c. */
#include "config.h"

#include <string.h>

#include "extract_internal.h"

static double
clamp(double x)
{
  return x < 0.05 ? 0.05 : x > 0.99 ? 0.99 : x;
}

/* Is actor a one of the group that starts at unit g? */
int
in_group(const ctx *c, size_t g, size_t a)
{
  for (size_t u = g; u < group_end(c, g); u++)
    if (c->units[u].actor == a)
      return 1;
  return 0;
}

/* هددت X بقطع العلاقات مع Y، لوّحت X بفرض عقوبات على Y: is the trigger
 * the act a threat verb of its clause threatens (a ب before it, that verb
 * a few words back)?  A threatened sanction is a threat (CAMEO 131). */
static int
threatened_act(const ctx *c, const hit *h)
{
  size_t first = sentence_first(c, h->a);

  if (!(h->flags & NG_CL_PREP_B))
    return 0;
  for (size_t i = h->a; i-- > first && i + 8 > h->a && !is_boundary(c, i);) {
    hit v = c->unit_at[i] == NONE && tok(c, i)->kind == NG_TOKEN_WORD
                ? trigger_at(c, i, 0)
                : (hit){NULL, 0, 0, 0, 0};
    if (v.p && !v.p->is_relation)
      return v.p->type == NG_THREATEN && v.p->frame != NG_FRAME_NOUN;
  }
  return 0;
}

/* Emits one stance per holder × target of a trigger; n records the
 * stance type and flags for an explanation. */
static ng_status
emit_stances(ctx *c, const hit *h, size_t holder, const target *t,
             double conf, ng_note *n)
{
  size_t hend = group_end(c, holder);
  size_t from = h->a < c->units[holder].first ? h->a : c->units[holder].first;
  int negated = negation_before(c, from, h->a);
  int hedged = cue_before(c, NG_CUE_HEDGE, h->a, h->a);
  int type = h->p->type;
  size_t rel = relative_before(c, h->a);

  if (negated && rel != NONE && rel > c->units[holder].first)
    negated = negation_between(c, rel + 1, h->a); /* لم تعلّق X، التي تنشر … */

  if (h->p->pledge_type >= 0 &&
      ((h->flags & NG_CL_FUT) || future_before(c, h->a) ||
       cue_before(c, NG_CUE_PLEDGE, h->a, h->a) ||
       cue_before_subject(c, NG_CUE_PLEDGE, h, holder)))
    type = h->p->pledge_type;
  if (h->p->suspended_type >= 0 &&
      (cue_before(c, NG_CUE_SUSPEND, h->a, h->a) ||
       cue_before_subject(c, NG_CUE_SUSPEND, h, holder)))
    type = h->p->suspended_type; /* علّقت X مساعداتها لـ Y: a sanction */
  if (type == NG_SANCTION && threatened_act(c, h))
    type = NG_THREATEN; /* هددت X بقطع العلاقات مع Y */
  if (hedged)
    conf -= 0.2;
  n->type = type;
  n->negated = negated;
  n->hedged = hedged;
  for (size_t u = holder; u < hend; u++) {
    size_t tb = t->group != NONE ? t->group : 0;
    size_t te = t->group != NONE ? group_end(c, t->group) : 1;
    for (size_t v = tb; v < te; v++) {
      size_t to = t->group != NONE ? target_entity(c, v) : t->entity;
      ng_tfact f = {0, type, c->units[u].actor, to, c->units[u].person,
                    negated, hedged, clamp(conf), tok(c, h->a)->sentence,
                    h->a, h->b, h->p->iri};
      if (f.holder == NONE || f.target == NONE || f.holder == f.target ||
          in_group(c, holder, f.target))
        continue; /* استضاف العراق وعمان حوارا بين البلدين: not each other */
      if (add_fact(c, &f) != NG_OK)
        return NG_ERR_NOMEM;
    }
  }
  return NG_OK;
}

/* "اتفاق بين X و Y بوساطة Z": the parties named before a mediation. */
static size_t
between_before(const ctx *c, size_t a, size_t holder)
{
  size_t first = sentence_first(c, a);

  for (size_t u = c->n_units; u-- > 0;) {
    const unit *un = &c->units[u];
    if (un->end > a)
      continue;
    if (un->first < first)
      break;
    if (un->group != holder && c->units[un->group].mark == NG_MARK_BAYN)
      return un->group;
  }
  return NONE;
}

/* Does one of the pattern's required words (the object that makes أرسل a
 * deployment) stand between the trigger and token end? */
int
requirement_met(const ctx *c, const hit *h, size_t end)
{
  if (h->p->n_requires == 0)
    return 1;
  for (size_t i = h->b; i < end && i < sentence_end(c, h->a); i++)
    for (size_t k = 0; k < h->p->n_requires; k++) {
      unsigned f, lf;
      if (words_at(c, i, &h->p->requires[k], ~0u, &f, &lf))
        return 1;
    }
  return 0;
}

/* حطّت في مطار دمشق طائرات مساعدات: the place or actor named before the
 * trigger in its sentence with one of the rule's prepositions. */
static size_t
destination_before(const ctx *c, const hit *h, size_t holder)
{
  size_t first = sentence_first(c, h->a);

  for (size_t u = c->n_units; u-- > 0;) {
    const unit *un = &c->units[u];
    int mk = c->units[un->group].mark;
    if (un->end > h->a)
      continue;
    if (un->first < first || h->a - un->end > 12)
      break; /* not one named in an earlier clause, far before */
    if (un->group != holder && mk != NG_MARK_OBJ && (h->p->markers & 1u << mk) &&
        target_unit(c, h, u))
      return un->group;
  }
  return NONE;
}

/* Is word i a definite relative adjective (الانفصالية، العسكري), which
 * may stand between a name and the relative pronoun describing it? */
int
is_nisba(const ctx *c, size_t i)
{
  const char *f = tok(c, i)->form;
  size_t n = strlen(f);

  return has_article(c, i) && c->unit_at[i] == NONE && !is_relative(c, i) &&
         ((n > 2 && strcmp(f + n - 2, "ي") == 0) ||
          (n > 4 && strcmp(f + n - 4, "يه") == 0) ||
          (n > 4 && strcmp(f + n - 4, "ية") == 0));
}

/* When the verb of h opens a relative clause (…، الذي يتهم Y؛ …، التي
 * تحمّلها Y), the actor that clause describes: named right before the
 * relative pronoun, past commas, quotes, relative adjectives and a place
 * it is in; NONE otherwise. */
static size_t
relative_head(const ctx *c, const hit *h)
{
  size_t first = sentence_first(c, h->a), j;

  if (h->p->frame != NG_FRAME_VERB || h->a <= first || !is_relative(c, h->a - 1))
    return NONE;
  for (j = h->a - 1; j > first && j + 8 > h->a;) {
    size_t u = c->unit_at[j - 1];
    const ng_tmention *m = u != NONE ? mention_at(c, c->units[u].first) : NULL;
    if (m && m->kind == NG_MENTION_DEMONYM && c->units[u].first > first &&
        c->unit_at[c->units[u].first - 1] == NONE)
      return NONE; /* «النموذج الليبي» الذي: the noun, not its adjective */
    if (u != NONE && c->units[u].actor != NONE)
      return c->units[u].group;
    if (u != NONE) { /* a place: حركة X في منطقة القبائل، التي */
      j = c->units[u].first;
      if (j > first && is_word(c, j - 1, "في"))
        j--;
      else if (j > first + 1 && !has_article(c, j - 1) && is_word(c, j - 2, "في"))
        j -= 2;
      continue;
    }
    if (!is_punct(c, j - 1) && !is_nisba(c, j - 1))
      return NONE;
    j--;
  }
  return NONE;
}

/* Is word i a verb of arrival or deployment (ng:ArrivalCue: وصلت، حطّت،
 * انتشرت) whose reach covers distance words? */
static int
arrival_at(const ctx *c, size_t i, size_t distance)
{
  const size_t *ks;

  if (c->in_mention[i] || tok(c, i)->kind != NG_TOKEN_WORD)
    return 0;
  for (size_t q = 0, nq = cues_at(c, i, &ks); q < nq; q++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, ks[q]);
    if (cue->kind == NG_CUE_ARRIVAL && distance <= cue->scope && cue_at(c, cue, i))
      return 1;
  }
  return 0;
}

/* The token of an arrival verb (وصلت، حطّت) before token a in its clause,
 * within the cue's reach; NONE when there is none. */
static size_t
arrival_before(const ctx *c, size_t a)
{
  size_t first = sentence_first(c, a);

  for (size_t i = a; i-- > first && !is_boundary(c, i);)
    if (arrival_at(c, i, a - i))
      return i;
  return NONE;
}

/* Is word i a noun that names the act just told (في خطوة، وهو قرار)? */
int
act_noun_at(const ctx *c, size_t i)
{
  static const char *const nouns[] = {"خطوه", "خطوات", "قرار", "اجراء", "تحرك"};

  for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++)
    if (has_key(c, i, nouns[k], NG_CL_CONJ | NG_CL_PREP | NG_CL_ACC))
      return 1;
  return 0;
}

/* «…، وهو ما ندّدت به طهران», «…، في خطوة انتقدتها أديس أبابا»: when a
 * verb's object is the event told before it (وهو ما، وهي ما; an act noun
 * that the verb's pronoun or بها takes up), the one who did it: the
 * subject of the sentence's main clause; NONE otherwise. */
static size_t
event_agent(const ctx *c, const hit *h)
{
  size_t first = sentence_first(c, h->a), end = sentence_end(c, h->a);

  if (h->p->frame != NG_FRAME_VERB || h->a < first + 2)
    return NONE;
  if (is_word(c, h->a - 1, "ما") &&
      (has_key(c, h->a - 2, "هو", NG_CL_CONJ) || has_key(c, h->a - 2, "هي", NG_CL_CONJ)))
    return participle_subject(c, h->a - 2);
  if (act_noun_at(c, h->a - 1) &&
      ((h->last_flags & NG_CL_SUFFIX) || (h->b < end && resumptive_at(c, h->b))))
    return participle_subject(c, h->a - 1);
  return NONE;
}

/* رفضت X العقوبات، انتقدت X الاتهامات: a definite object that is itself
 * the noun of a stance rule (العقوبات of the sanction rule) names a stance
 * told before: who held a stance of that type last, in this sentence or
 * the six before (an article tells the sanctions, then the reactions to
 * them), other than the holder; NONE when none is told. */
size_t
stance_author(const ctx *c, size_t i, size_t holder)
{
  hit obj = trigger_at(c, i, 0);
  size_t s = tok(c, i)->sentence;

  if (!obj.p || obj.p->is_relation || obj.p->frame != NG_FRAME_NOUN)
    return NONE;
  for (size_t k = c->out->n_facts; k-- > 0;) {
    const ng_tfact *f = &c->out->facts[k];
    if (f->is_relation || f->type != obj.p->type || f->negated ||
        f->sentence > s || f->sentence + 6 < s || in_group(c, holder, f->holder))
      continue;
    return f->holder;
  }
  return NONE;
}

/* Is target t the direct object right after the verb h or after its
 * subject (حذّرت واشنطن موسكو، واشنطن حذّرت موسكو)? */
static int
addressed_object(const ctx *c, const hit *h, size_t holder, const target *t)
{
  size_t hend = c->units[group_end(c, holder) - 1].end;

  return t->group != NONE && c->units[t->group].mark == NG_MARK_OBJ &&
         (t->at == h->b || (c->units[holder].first == h->b && t->at == hend));
}

/* حطّت في مطار دمشق طائرات مساعدات، وصلت طائرة مساعدات قطرية في مطار
 * أنقرة: after an arrival verb of the trigger's clause, the place or actor
 * named with في or إلى (perhaps as the genitive of a noun: مطار، ميناء) is
 * where the aid arrives; NONE when there is none. */
static size_t
arrival_destination(const ctx *c, const hit *h, size_t holder)
{
  size_t v = arrival_before(c, h->a), end = sentence_end(c, h->a);

  for (size_t i = v + 1; v != NONE && i + 1 < end && i < h->b + h->p->window; i++) {
    size_t u = c->unit_at[i + 1], g;
    int mk = ng_mark_parse(tok(c, i)->form);
    if (i >= h->b && is_boundary(c, i))
      break;
    if (c->unit_at[i] != NONE || (mk != NG_MARK_FI && mk != NG_MARK_ILA))
      continue;
    if (u != NONE && c->units[u].first == i + 1 && target_unit(c, h, u) &&
        c->units[u].group != holder)
      return c->units[u].group;
    if (i + 2 < end && (g = place_of_noun(c, i + 1, holder)) != NONE)
      return g;
  }
  return NONE;
}

/* أجاز مجلس الأمن نشر البعثة: is the deployment h only authorized by its
 * holder, an organization (an authorization verb governs the trigger, with
 * no pause between them)? */
static int
authorized_only(const ctx *c, const hit *h, size_t holder)
{
  size_t first = sentence_first(c, h->a);

  if (h->p->type != NG_DEPLOY || c->units[holder].actor == NONE ||
      type_of(c, c->units[holder].actor) != NG_ORGANIZATION)
    return 0;
  for (size_t i = h->a; i-- > first && !is_boundary(c, i);) {
    const size_t *ks;
    for (size_t q = 0, nq = cues_at(c, i, &ks); q < nq; q++) {
      const ng_cue *cue = ng_lexicon_cue(c->lex, ks[q]);
      if (cue->kind == NG_CUE_AUTHORIZE && h->a - i <= cue->scope &&
          !c->in_mention[i] && cue_at(c, cue, i))
        return 1;
    }
  }
  return 0;
}

/* Does one of the pattern's ng:notAfter words (انسحاب، سحب) stand right
 * before the trigger, or one word before it (سحب جميع القوات)? */
static int
blocked_before(const ctx *c, const hit *h)
{
  size_t first = sentence_first(c, h->a);

  for (size_t i = h->a; i-- > first && i + 2 >= h->a;)
    for (size_t k = 0; k < h->p->n_not_after; k++) {
      unsigned f, lf;
      if (words_at(c, i, &h->p->not_after[k],
                   NG_CL_CONJ | NG_CL_ART | NG_CL_PREP | NG_CL_SUFFIX, &f, &lf))
        return 1;
    }
  return 0;
}

/* رفضت X مع حليفتها Y الخطة: an actor who does it together with the
 * holder, named with مع right after a verb whose rule takes no مع target
 * (perhaps as its ally or partner); NONE otherwise. */
static size_t
partner_after(const ctx *c, const hit *h, size_t holder)
{
  size_t end = sentence_end(c, h->a), i = h->b, u;

  if (c->units[holder].first >= h->b) /* رفضت X مع حليفتها Y */
    i = c->units[group_end(c, holder) - 1].end;
  if (h->p->frame != NG_FRAME_VERB || (h->p->markers & 1u << NG_MARK_MAA) ||
      i + 1 >= end || !is_word(c, i, "مع"))
    return NONE;
  i++;
  if (i + 1 < end && c->unit_at[i] == NONE &&
      (has_key(c, i, "حليف", NG_CL_SUFFIX) || has_key(c, i, "حليفه", NG_CL_SUFFIX) ||
       has_key(c, i, "شريك", NG_CL_SUFFIX) || has_key(c, i, "شريكه", NG_CL_SUFFIX)))
    i++; /* مع حليفتها أنقرة */
  u = c->unit_at[i];
  if (u == NONE || c->units[u].first != i || !is_actor_unit(c, u) ||
      c->units[u].group == holder)
    return NONE;
  return c->units[u].group;
}

/* Keeps n when explaining. */
static ng_status
note(ctx *c, const ng_note *n)
{
  if (!c->out->explain)
    return NG_OK;
  return NG_PUSH(c->out->notes, c->out->n_notes, c->out->cap_notes, *n);
}

/* How many distinct actors of the group g are none of the group holder. */
static size_t
parties_besides(const ctx *c, size_t g, size_t holder)
{
  size_t acts[MAX_REFERRED];
  return group_actors(c, g, holder, acts);
}

/* Is the group g the subject right after a stance verb (رحبت كل من X
 * و Y باستضافة Z للمحادثات)?  Those who welcome or condemn talks are no
 * parties to them. */
static int
stance_verb_subject(const ctx *c, size_t g)
{
  size_t first = sentence_first(c, c->units[g].first);

  for (size_t i = c->units[g].first; i > first && i + 4 > c->units[g].first; i--) {
    hit h;
    if (c->unit_at[i - 1] != NONE || tok(c, i - 1)->kind != NG_TOKEN_WORD)
      continue;
    h = trigger_at(c, i - 1, 0);
    if (h.p && h.p->frame == NG_FRAME_VERB && !h.p->is_relation &&
        h.b <= c->units[g].first && subject_after(c, h.b, sentence_end(c, i)) == g)
      return 1;
  }
  return 0;
}

/* Is the actor after the verb of h its subject for sure: the verb opens a
 * relative clause (النموذج الذي يطالب به X), or a demonstrative object
 * follows the actor (لحظة يطلب المغرب ذلك)? */
static int
object_follows(const ctx *c, const hit *h, size_t holder)
{
  size_t after = c->units[group_end(c, holder) - 1].end;

  if (h->a > sentence_first(c, h->a) && is_relative(c, h->a - 1))
    return 1;
  return after < sentence_end(c, h->a) &&
         (is_word(c, after, "ذلك") || is_word(c, after, "هذا") ||
          is_word(c, after, "هذه") || is_word(c, after, "ذاك"));
}

/* Words for the mediators already named (طالبت الحركة الوسطاء بـ). */
static const char *const mediator_words[] = {"وسطاء", "وسيطين", "وسيطان",
                                             "وسيطتين", "وسيطتان"};

/* Is word i one of mediator_words, with its article? */
static int
mediators_word(const ctx *c, size_t i)
{
  for (size_t k = 0; k < sizeof mediator_words / sizeof *mediator_words; k++)
    if (has_key(c, i, mediator_words[k], NG_CL_CONJ | NG_CL_ART | NG_CL_PREP))
      return 1;
  return 0;
}

/* Emits the stance of h toward each actor that held a Mediate stance in
 * an earlier sentence (the mediators); none when there is none. */
static ng_status
emit_to_mediators(ctx *c, const hit *h, size_t holder, const target *t,
                  double conf, ng_note *n)
{
  size_t seen[MAX_REFERRED], n_seen = 0, sentence = tok(c, h->a)->sentence;

  for (size_t k = 0; k < c->out->n_facts && n_seen < MAX_REFERRED; k++) {
    const ng_tfact *f = &c->out->facts[k];
    target m = *t;
    if (f->is_relation || f->type != NG_MEDIATE || f->negated ||
        f->sentence >= sentence || listed(seen, n_seen, f->holder))
      continue;
    seen[n_seen++] = f->holder;
    m.entity = f->holder;
    if (emit_stances(c, h, holder, &m, conf - 0.15, n) != NG_OK)
      return NG_ERR_NOMEM;
  }
  if (n_seen == 0)
    n->outcome = "no mediator named before";
  return NG_OK;
}

/* مستعدة للتدخل لحظة يطلب X ذلك، إذا طلبت X المساعدة: the subject of a
 * request verb later in the clause of an offer, who would ask for it;
 * NONE when there is none. */
static size_t
requester_after(const ctx *c, const hit *h, size_t holder)
{
  size_t end = sentence_end(c, h->a), u;

  for (size_t j = h->b; j < end && j < h->b + 8 && !is_boundary(c, j); j++) {
    hit v = c->unit_at[j] == NONE ? trigger_at(c, j, 0) : (hit){NULL, 0, 0, 0, 0};
    if (!v.p || v.p->frame != NG_FRAME_VERB)
      continue;
    if (v.p->is_relation || v.p->type != NG_REQUEST)
      return NONE;
    u = subject_after(c, v.b, end);
    return u != NONE && u != holder ? u : NONE;
  }
  return NONE;
}

/* Does a verb of receiving (حظيت، نالت، لقيت، تلقت) open the clause of the
 * stance noun at a, within the few words before it?  Then the one named
 * after the noun gives, and the subject receives: تحظى X بدعم Y. */

/* Is a verb of arrival or deployment (ng:ArrivalCue: وصلت، انتشرت،
 * المتمركزة) within its reach of the trigger, before or after it, in its
 * sentence? */
static int
arrival_near(const ctx *c, const hit *h)
{
  size_t first = sentence_first(c, h->a), end = sentence_end(c, h->a);

  for (size_t i = first; i < end; i++)
    if ((i < h->a || i >= h->b) && arrival_at(c, i, i < h->a ? h->a - i : i - h->b))
      return 1;
  return 0;
}

/* May a noun's target go unnamed (the country the text is about)?  Only
 * when its holder is near and in the same clause, as the subject of the
 * verb that governs it (أرسلت باريس طائرات تحمل فرق إنقاذ) or attached to
 * it (القوات الروسية): aid or forces merely talked about, an actor named
 * clauses before, are no stance toward the country in focus. */
static int
holder_governs(const ctx *c, const hit *h, size_t holder)
{
  size_t end = c->units[group_end(c, holder) - 1].end, close;

  if (h->p->frame != NG_FRAME_NOUN)
    return 1;
  if (end > h->a) /* القوات الروسية: only where they are sent or stationed */
    return h->p->type != NG_DEPLOY || arrival_near(c, h);
  if (end < h->a && (close = parenthesis_end(c, end, h->a)) != NONE)
    end = close + 1; /* أعلنت X، عبر وكالتها للتنمية، تخصيص مليون دولار */
  if (h->a - end > 8)
    return 0;
  for (size_t j = end; j < h->a; j++)
    if (tok(c, j)->kind == NG_TOKEN_PUNCT)
      return 0;
  return 1;
}

static int
received_before(const ctx *c, size_t a)
{
  static const char *const forms[] = {"حظي", "حظيت", "يحظي", "تحظي", "نال",
                                      "نالت", "ينال", "تنال", "لقي", "لقيت",
                                      "يلقي", "تلقي", "تلقت", "يتلقي", "تتلقي"};
  size_t first = sentence_first(c, a);

  for (size_t i = a; i-- > first && i + 6 >= a && !is_boundary(c, i);)
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++)
      if (has_key(c, i, forms[k], NG_CL_CONJ))
        return 1;
  return 0;
}

/* Finds holder and target of a stance trigger and emits the stances. */
ng_status
stance_hit(ctx *c, const hit *h)
{
  size_t end = sentence_end(c, h->a), holder, from = h->b, ante, ev, co;
  double conf = h->p->confidence;
  ng_note n = {h->p, tok(c, h->a)->sentence, h->a, h->b, 0, 0, NULL,
               0, 0, NULL, NULL, -1, 0, 0};
  target t;

  if (claimed(c, h->a)) {
    n.outcome = "what an accusation or a request says, not a fact";
    return note(c, &n);
  }
  if (blocked_before(c, h)) {
    n.outcome = "after a word that undoes it (ng:notAfter: a withdrawal)";
    return note(c, &n);
  }
  if (h->p->frame == NG_FRAME_NOUN && h->p->type == NG_PROVIDE_AID &&
      h->b == h->a + 1 && !has_article(c, h->a) && h->b < sentence_end(c, h->a) &&
      tok(c, h->b)->kind == NG_TOKEN_WORD && !(h->last_flags & NG_CL_SUFFIX) &&
      trigger_at(c, h->b, 1).p) {
    n.outcome = "the noun heads a title (مساعدة وزير الخارجية: an assistant secretary)";
    return note(c, &n);
  }
  ante = relative_head(c, h);
  if (ante != NONE && !(h->last_flags & NG_CL_SUFFIX)) {
    holder = ante; /* المجلس العسكري، الذي يتهم الرابطة بـ */
    n.holder_how = "the actor the relative clause describes";
  } else {
    holder = find_holder(c, h, end, &n.holder_how, &conf);
  }
  if (holder == NONE) {
    n.outcome = "no holder: no actor as its subject, genitive or owner";
    return note(c, &n);
  }
  n.hfirst = c->units[holder].first;
  n.hend = c->units[group_end(c, holder) - 1].end;
  if (authorized_only(c, h, holder)) {
    n.outcome = "an organization authorizing a deployment does not deploy";
    return note(c, &n);
  }
  if (n.hfirst >= h->b)
    from = n.hend;
  if ((co = partner_after(c, h, holder)) != NONE)
    from = c->units[group_end(c, co) - 1].end;
  t = find_target(c, h, from, holder);
  if (t.group == NONE && t.entity == NONE && t.at != NONE && mediators_word(c, t.at)) {
    n.target_how = "the mediators: the actors that mediated before";
    return emit_to_mediators(c, h, holder, &t, conf, &n) != NG_OK
               ? NG_ERR_NOMEM
               : note(c, &n);
  }
  if (t.group == NONE && t.entity == NONE && (ev = event_agent(c, h)) != NONE &&
      ev != holder && !in_group(c, holder, c->units[ev].actor)) {
    t.group = ev; /* فرضت واشنطن عقوبات، وهو ما ندّدت به طهران */
    t.at = c->units[ev].first;
    t.how = "the one who did what وهو ما refers to";
  }
  if (t.group == NONE && t.entity == NONE && ante == NONE && judges_issuer(h) &&
      h->p->frame == NG_FRAME_VERB && (h->last_flags & NG_CL_SUFFIX) &&
      h->a > sentence_first(c, h->a) && !is_relative(c, h->a - 1) &&
      !((h->flags & NG_CL_CONJ) && n.hfirst < h->a) && /* تضامنها … وإدانتها: a noun */
      !has_key(c, h->a - 1, "ما", NG_CL_CONJ | NG_CL_PREP) && /* بما وصفه: ما's */
      !is_word(c, h->a - 1, "بما") && !is_word(c, h->a - 1, "مما") &&
      (t.entity = backref(c, h->a, c->units[holder].actor, NONE, REF_SUBJECT)) !=
          NONE) {
    t.at = h->a; /* تصريحات أدلى بها وزير الخارجية الإسرائيلي، ووصفتها X بأنها … */
    t.how = "what the verb's pronoun takes up: the actor named last before it";
  }
  if (ante != NONE && (h->last_flags & NG_CL_SUFFIX) && ante != holder) {
    t.group = ante; /* حركة «ماك»، التي تحمّلها السلطات المسؤولية */
    t.entity = NONE;
    t.at = c->units[ante].first;
    t.how = "the actor the relative clause describes (its pronoun on the verb)";
  }
  if (t.group == NONE && t.entity == NONE && !t.how && n.hfirst >= h->b &&
      (h->p->markers & 1u << NG_MARK_OBJ) &&
      !(h->p->frame == NG_FRAME_VERB && (h->last_flags & NG_CL_SUFFIX)) &&
      !(c->units[holder].flags & NG_CL_CONJ) && /* X تتوسط وتركيا تعزز */
      !(h->flags & NG_CL_PREP_B) && /* رحبت X باستضافة Y: Y its agent */
      !object_follows(c, h, holder)) { /* يطالب به X، يطلب X ذلك */
    /* (ووصفتها الجزائر: with its object a pronoun, the actor after the
     * verb is its subject) */
    /* تركيا تدعم قطر: the actor after the verb was its object, and the
     * subject came just before it, in the same clause */
    int shared = continues_clause(c, h); /* رفض X …، واتهم Y */
    size_t prior = shared_holder(c, h);
    size_t before = prior != NONE ? prior : subject_before(c, h->a, shared ? 25 : 6);
    int clause = before != NONE, pauses = 0;
    for (size_t i = clause && prior == NONE ? c->units[group_end(c, before) - 1].end : h->a;
         clause && i < h->a; i++)
      clause = !is_boundary(c, i) || (shared && pauses++ == 0);
    if (clause && before != holder) {
      t.group = holder;
      t.at = n.hfirst;
      t.how = "the object after the verb (the subject came before it)";
      holder = before;
      n.hfirst = c->units[holder].first;
      n.hend = c->units[group_end(c, holder) - 1].end;
      n.holder_how = "the subject before the verb";
    }
  }
  if (h->p->frame == NG_FRAME_VERB &&
      !(h->a > sentence_first(c, h->a) && is_relative(c, h->a - 1))) {
    c->clause_holder = holder;
    c->clause_sentence = tok(c, h->a)->sentence;
    c->clause_verb = h->a;
    c->clause_by_noun = 0;
  } else if (h->p->frame == NG_FRAME_NOUN && !(h->flags & NG_CL_PREP) &&
             c->clause_sentence != tok(c, h->a)->sentence &&
             n.hend <= h->a) {
    /* صعّدت X عقوباتها على Y، فجمّدت …: with no verb trigger before it, a
     * stance noun's subject is the clause's, for a verb joined to it */
    c->clause_holder = holder;
    c->clause_sentence = tok(c, h->a)->sentence;
    c->clause_verb = h->a;
    c->clause_by_noun = 1;
  }
  if (t.group == NONE && t.entity == NONE &&
      (h->p->markers & 1u << NG_MARK_BAYN) &&
      (t.group = between_before(c, h->a, holder)) != NONE) {
    t.at = c->units[t.group].first;
    t.how = "the parties named with بين before the trigger";
  }
  if (t.group == NONE && t.entity == NONE && !t.how &&
      (h->p->markers & 1u << NG_MARK_BAYN)) {
    size_t g = recent_group(c, h->a); /* اتفاق بين X و Y بوساطة Z */
    if (g != NONE && g != holder && !stance_verb_subject(c, g) &&
        parties_besides(c, g, holder) >= 2 && /* one of two sides mediates not */
        tok(c, c->units[g].first)->sentence + 1 >= tok(c, h->a)->sentence) {
      t.group = g;
      t.at = c->units[g].first;
      t.how = "the parties named together before the mediation";
    }
  }
  if (t.at != NONE) {
    n.gfirst = t.at;
    n.gend = t.group != NONE ? c->units[group_end(c, t.group) - 1].end : t.at + 1;
  }
  n.target_how = t.how;
  if (t.group == NONE && t.entity == NONE && !t.how &&
      h->p->type == NG_REQUEST && h->p->frame == NG_FRAME_NOUN &&
      n.hfirst > h->a &&
      (t.group = subject_before(c, h->a, 40)) != NONE && t.group != holder) {
    t.at = c->units[t.group].first; /* استجابت تركيا لطلب من السراج */
    t.how = "the subject that answered the request";
  } else if (t.group == holder) {
    t.group = NONE;
  }
  if (t.group == NONE && t.entity == NONE && !t.how && h->p->place_target &&
      (t.group = arrival_destination(c, h, holder)) != NONE) {
    t.at = c->units[t.group].first;
    t.how = "the place where it arrives (وصلت، حطّت في/إلى)";
    conf -= 0.1;
  }
  if (t.group == NONE && t.entity == NONE && (!t.how || t.beneficiary) &&
      h->p->implicit_target && (t.group = destination_before(c, h, holder)) != NONE) {
    t.at = c->units[t.group].first;
    t.how = "the destination named before the trigger";
    conf -= 0.15;
  }
  if (t.group == NONE && t.entity == NONE && (!t.how || t.beneficiary) &&
      h->p->implicit_target && holder_governs(c, h, holder) &&
      (t.entity = salient_country(c, h->a)) != NONE) {
    t.how = "not named: the country the text is about";
    conf -= 0.25;
  }
  if (t.group == NONE && t.entity == NONE && h->p->type == NG_OFFER_AID &&
      !h->p->is_relation && (t.group = requester_after(c, h, holder)) != NONE) {
    t.at = c->units[t.group].first;
    t.how = "who would ask for it (متى طلبت X ذلك)";
  }
  if (h->p->frame == NG_FRAME_NOUN && t.group != NONE && t.at > h->a &&
      c->units[holder].first < h->a && received_before(c, h->a)) {
    size_t giver = t.group; /* تحظى X بدعم Y: Y supports X */
    t.group = holder;
    t.at = c->units[holder].first;
    t.how = "the subject of a verb of receiving (حظيت X بدعم Y)";
    holder = giver;
    n.hfirst = c->units[holder].first;
    n.hend = c->units[group_end(c, holder) - 1].end;
    n.holder_how = "named after the noun a verb of receiving governs";
  }
  if (t.group == NONE && t.entity == NONE) {
    n.outcome = t.how ? t.how : "no target: no actor after a marker of the rule";
    return note(c, &n);
  }
  n.target_how = t.how; /* and where a fallback found it */
  if (t.group != NONE) {
    n.gfirst = t.at;
    n.gend = c->units[group_end(c, t.group) - 1].end;
  }
  if (!requirement_met(c, h, h->b + h->p->window) &&
      !(h->p->addressed && addressed_object(c, h, holder, &t))) {
    n.outcome = "none of the words the rule requires (ng:requires) follows";
    return note(c, &n);
  }
  conf -= t.entity != NONE ? 0.15 : 0.02 * (double)(t.dist > 2 ? t.dist - 2 : 0);
  if (emit_stances(c, h, holder, &t, conf, &n) != NG_OK ||
      (co != NONE && emit_stances(c, h, co, &t, conf, &n) != NG_OK))
    return NG_ERR_NOMEM;
  return note(c, &n);
}
