/* Extraction, units: the actor slots of a document (lexicon mentions,
 * persons found from context, institutions of a state, towns named after
 * a town noun), and the facts and relations found over them. */
#include "config.h"

#include <string.h>

#include "analysis.h"
#include "extract_internal.h"
#include "persons.h"
#include "places.h"

/* ---- units -------------------------------------------------------------- */

/* The marker introducing something that starts at token i whose own
 * reading stripped flags. */
int
mark_before(const ctx *c, size_t i, unsigned flags)
{
  if (flags & NG_CL_PREP_L)
    return NG_MARK_L;
  if (flags & NG_CL_PREP_B)
    return NG_MARK_B;
  if (flags & NG_CL_PREP_K)
    return NG_MARK_COUNT;
  while (i > 0 && tok(c, i - 1)->sentence == tok(c, i)->sentence &&
         is_punct(c, i - 1) && !is_boundary(c, i - 1))
    i--; /* quotes between a preposition and its noun */
  if (i == 0 || tok(c, i - 1)->sentence != tok(c, i)->sentence)
    return NG_MARK_OBJ;
  if (i >= 2 && is_word(c, i - 1, "من") && is_word(c, i - 2, "كل"))
    return NG_MARK_OBJ; /* "كل من X و Y": من introduces a list, not a source */
  if (i >= 2 && is_word(c, i - 1, "جانب") && is_word(c, i - 2, "الي"))
    return NG_MARK_ILA; /* إلى جانب X: X is in a prepositional phrase */
  for (size_t r = 0; r < tok(c, i - 1)->n_readings; r++) {
    const ng_reading *rd = &tok(c, i - 1)->readings[r];
    int m;
    if (rd->flags & ~NG_CL_CONJ)
      continue;
    if (strcmp(rd->key, "نحو") == 0)
      return NG_MARK_ILA;
    if ((m = ng_mark_parse(rd->key)) >= 0)
      return m;
  }
  return NG_MARK_OBJ;
}

ng_status
add_unit(ctx *c, size_t first, size_t end, size_t entity, size_t person,
         size_t actor, unsigned flags)
{
  unit u = {first, end, entity, actor, person, 0, 0, 0, flags};

  u.mark = mark_before(c, first, flags);
  u.group = c->n_units;
  if (NG_PUSH(c->units, c->n_units, c->cap_units, u) != NG_OK)
    return NG_ERR_NOMEM;
  for (size_t i = first; i < end; i++)
    c->unit_at[i] = c->n_units - 1;
  return NG_OK;
}

ng_status
add_fact(ctx *c, const ng_tfact *f)
{
  for (size_t i = 0; i < c->out->n_facts; i++) {
    ng_tfact *g = &c->out->facts[i];
    if (g->is_relation == f->is_relation && g->type == f->type &&
        g->holder == f->holder && g->target == f->target &&
        g->sentence == f->sentence && g->negated == f->negated &&
        g->hedged == f->hedged) {
      if (f->confidence > g->confidence)
        *g = *f;
      return NG_OK;
    }
  }
  return NG_PUSH(c->out->facts, c->out->n_facts, c->out->cap_facts, *f);
}

ng_status
add_relation(ctx *c, int type, size_t s, size_t o, size_t a, size_t b,
             double conf, const char *rule)
{
  ng_tfact f = {1, type, s, o, NONE, 0, 0, conf, tok(c, a)->sentence, a, b, rule};

  if (s == NONE || o == NONE || s == o || type < 0) /* نظيره: no relation */
    return NG_OK;
  return add_fact(c, &f);
}

int
is_former_word(const ctx *c, size_t i)
{
  return i < c->seg->n_tokens &&
         (has_key(c, i, "سابق", NG_CL_ART) || has_key(c, i, "سابقه", NG_CL_ART) ||
          has_key(c, i, "اسبق", NG_CL_ART));
}

/* The person this document already knows in role type for actor. */
size_t
known_holder(const ctx *c, size_t actor, int type)
{
  for (size_t i = 0; i < c->n_roles; i++)
    if (c->roles[i].actor == actor && c->roles[i].type == type)
      return c->roles[i].person;
  return NONE;
}

/* Adds the entity e found in this document (a person, or a state's organ)
 * unless one with its IRI is there; *out is its index, *fresh whether it
 * is new.  Takes e. */
static ng_status
add_entity(ctx *c, ng_entity *e, size_t *out, int *fresh)
{
  if (!e)
    return NG_ERR_NOMEM;
  *fresh = 1;
  for (size_t k = 0; k < c->out->n_locals && *fresh; k++)
    if (strcmp(e->iri, c->out->locals[k]->iri) == 0) { /* named again */
      *out = c->n_lex + k;
      *fresh = 0;
    }
  if (!*fresh) {
    ng_entity_free(e);
  } else if (NG_PUSH(c->out->locals, c->out->n_locals, c->out->cap_locals, e)) {
    ng_entity_free(e);
    return NG_ERR_NOMEM;
  } else {
    *out = c->n_lex + c->out->n_locals - 1;
  }
  return NG_OK;
}

/* add_entity, and e's mention over tokens [first, end). */
ng_status
add_local(ctx *c, ng_entity *e, size_t first, size_t end, size_t *out,
          int *fresh)
{
  ng_tmention m = {0};

  if (add_entity(c, e, out, fresh) != NG_OK)
    return NG_ERR_NOMEM;
  m.entity = *out;
  m.kind = NG_MENTION_NAME;
  m.first = first;
  m.end = end;
  m.fbegin = tok(c, first)->fbegin;
  m.fend = tok(c, end - 1)->fend;
  return NG_PUSH(c->out->titles, c->out->n_titles, c->out->cap_titles, m);
}

/* Is token i a word that joins two words into one name (عبد، أبو، بن،
 * آل)?  The word after it is no name alone. */
static int
joiner_at(const ctx *c, size_t i)
{
  static const char *const joiners[] = {"عبد", "ابو", "بن",
                                        "ابن", "بنت", "ال"};

  for (size_t k = 0; k < sizeof joiners / sizeof *joiners; k++)
    if (strcmp(tok(c, i)->form, joiners[k]) == 0)
      return 1;
  return 0;
}

static int match_report(const ctx *c, size_t sentence);

/* Adds the person named by tokens [first, end) that no lexicon knows (with
 * its mention when mention is set) and its surname for later references;
 * *out is its index. */
static ng_status
add_person(ctx *c, size_t first, size_t end, int mention, size_t *out)
{
  ng_entity *e = ng_person_new(c->lex, c->seg, c->text, first, end);
  int fresh;
  surname sn;

  if ((mention ? add_local(c, e, first, end, out, &fresh)
               : add_entity(c, e, out, &fresh)) != NG_OK)
    return NG_ERR_NOMEM;
  if (fresh && *out >= c->n_lex && match_report(c, tok(c, first)->sentence))
    c->out->locals[*out - c->n_lex]->civil_role = 1; /* a player or a coach in
                                                         a match report */
  sn = (surname){tok(c, end - 1)->form, 0, *out, end - 1,
                 end - first >= 2 ? tok(c, first)->form : NULL};
  for (size_t r = 0; r < tok(c, end - 1)->n_readings; r++)
    if (tok(c, end - 1)->readings[r].flags == NG_CL_ART) {
      sn.key = tok(c, end - 1)->readings[r].key; /* العيبان → عيبان */
      sn.article = 1;
    }
  if (fresh && !ng_weak_surname(c->lex, tok(c, end - 1)) &&
      !(end - first >= 2 && joiner_at(c, end - 2)) && /* آل ثاني، عبد الرحمن */
      NG_PUSH(c->surnames, c->n_surnames, c->cap_surnames, sn))
    return NG_ERR_NOMEM; /* a given name as surname (نبيل عمرو) names others too */
  return NG_OK;
}

ng_status
new_person(ctx *c, size_t first, size_t end, size_t *out)
{
  return add_person(c, first, end, 1, out);
}

ng_status
adopt_local_persons(ctx *c, ng_tmention *ms, size_t n)
{
  for (size_t k = 0; k < n; k++) {
    if (!ms[k].local)
      continue;
    if (add_person(c, ms[k].first, ms[k].end, 0, &ms[k].entity) != NG_OK)
      return NG_ERR_NOMEM;
    ms[k].local = 0;
  }
  return NG_OK;
}

/* The entity the lexicon says person p holds a role of type in: a current
 * role first, else a former one, since the text that gives the person
 * this title without "السابق" speaks of a time when it was held (an
 * article of 2022 on "الرئيس جو بايدن"); NONE when the lexicon says none
 * (or p was found in this document). */
size_t
lexicon_role(const ctx *c, size_t p, int type)
{
  const ng_entity_info *info;
  size_t former = NONE;

  if (p >= c->n_lex)
    return NONE;
  info = ng_lexicon_info(c->lex, p);
  for (size_t i = 0; i < info->n_roles; i++) {
    if ((int)info->roles[i].type != type)
      continue;
    if (!info->roles[i].former)
      return info->roles[i].entity;
    if (former == NONE)
      former = info->roles[i].entity;
  }
  return former;
}

/* A later reference, by surname, to a person found from context; *given
 * is set when the word before is the first word of that person's name
 * (فلان [الفلاني] again in full). */
static size_t
surname_at(const ctx *c, size_t i, unsigned *flags, int *given)
{
  const ng_token *t = tok(c, i);

  if (i > 0 && joiner_at(c, i - 1))
    return NONE; /* عبد [الرحمن]: part of another name */
  for (size_t k = 0; k < c->n_surnames; k++) {
    if (i <= c->surnames[k].after)
      continue;
    for (size_t r = 0; r < t->n_readings; r++)
      if (!(t->readings[r].flags & (NG_CL_SUFFIX | NG_CL_ACC | NG_CL_FUT)) &&
          !(t->readings[r].flags & NG_CL_ART) == !c->surnames[k].article &&
          strcmp(t->readings[r].key, c->surnames[k].key) == 0) {
        *flags = t->readings[r].flags;
        *given = c->surnames[k].given && i > 0 && !c->in_mention[i - 1] &&
                 c->unit_at[i - 1] == NONE &&
                 tok(c, i - 1)->sentence == t->sentence &&
                 strcmp(tok(c, i - 1)->form, c->surnames[k].given) == 0;
        return c->surnames[k].entity;
      }
  }
  return NONE;
}

static int nonstate_head_before(const ctx *c, const ng_tmention *m);

/* Builds the units of the document, titles first, in token order. */
ng_status
build_units(ctx *c)
{
  size_t report_sentence = NONE; /* the sentence report was decided for */
  int report = 0;

  for (size_t i = 0; i < c->seg->n_tokens;) {
    hit h = tok(c, i)->kind == NG_TOKEN_WORD ? trigger_at(c, i, 1)
                                             : (hit){NULL, 0, 0, 0, 0};
    if (h.p && mention_at(c, i) && mention_at(c, i)->end > h.b)
      h.p = NULL; /* a known name that begins with a title word (جيش الإسلام) */
    const ng_tmention *m;
    size_t next = i + 1;
    unsigned sflags = 0;
    int given = 0;
    size_t ref;
    if (h.p) {
      if (title_unit(c, &h, &next) != NG_OK)
        return NG_ERR_NOMEM;
      if (next == h.b) /* a bare title: what follows is read normally */
        next = h.b;
    } else if (!c->in_mention[i] &&
               (dual_title_unit(c, i, &next) != NG_OK || next > i)) {
      if (next <= i) /* النائبين فلان وفلان */
        return NG_ERR_NOMEM;
    } else if (rank_at(c, i, &sflags) && name_at(c, i, &ref)) {
      if (rank_unit(c, i, &next) != NG_OK) /* اللواء فلان، الشيخ فلان */
        return NG_ERR_NOMEM;
    } else if (!c->in_mention[i] &&
               (ref = reference_at(c, i, &sflags)) != NONE) {
      ng_tmention r = {ref,
                       NG_MENTION_REFERENCE,
                       i,
                       i + 1,
                       tok(c, i)->fbegin,
                       tok(c, i)->fend,
                       sflags,
                       0,
                       0};
      if (NG_PUSH(c->out->titles, c->out->n_titles, c->out->cap_titles, r) ||
          add_unit(c, i, i + 1, ref, NONE, ref, sflags) != NG_OK)
        return NG_ERR_NOMEM;
    } else if (!c->in_mention[i] &&
               surname_at(c, i, &sflags, &given) != NONE) {
      size_t p = surname_at(c, i, &sflags, &given), first = given ? i - 1 : i;
      ng_tmention r = {p,
                       given ? NG_MENTION_NAME : NG_MENTION_REFERENCE,
                       first,
                       i + 1,
                       tok(c, first)->fbegin,
                       tok(c, i)->fend,
                       sflags,
                       0,
                       0};
      if (given)
        r.flags = 0; /* named again in full */
      if (NG_PUSH(c->out->titles, c->out->n_titles, c->out->cap_titles, r) ||
          add_unit(c, first, i + 1, p, p, actor_of(c, p), r.flags) != NG_OK)
        return NG_ERR_NOMEM;
    } else if (!c->in_mention[i] &&
               ((ref = ng_untitled_name_length(c->lex, c->seg, c->text,
                                               c->in_mention, i)) ||
                (ref = apposed_name(c, i)))) {
      size_t p; /* وقال فلان الفلاني، فلان الفلاني وزير الخارجية، فلان
                   الفلاني مندوب إيران */
      next = i + ref;
      if (new_person(c, i, next, &p) != NG_OK)
        return NG_ERR_NOMEM;
      civil_person(c, p, 0, next); /* قال فلان، المدير التنفيذي لشركة … */
      if (add_unit(c, i, next, p, p, actor_of(c, p), 0) != NG_OK)
        return NG_ERR_NOMEM;
    } else if ((m = mention_at(c, i))) {
      int nonstate = type_of(c, m->entity) == NG_COUNTRY && nonstate_head_before(c, m);
      if (type_of(c, m->entity) == NG_COUNTRY && report_sentence != tok(c, i)->sentence) {
        report_sentence = tok(c, i)->sentence;
        report = match_report(c, report_sentence);
      }
      nonstate = nonstate || (type_of(c, m->entity) == NG_COUNTRY && report);
      if (add_unit(c, m->first, m->end, m->entity,
                   type_of(c, m->entity) == NG_PERSON ? m->entity : NONE,
                   nonstate ? NONE : actor_of(c, m->entity), m->flags) != NG_OK)
        return NG_ERR_NOMEM;
      next = m->end;
    }
    i = next > i ? next : i + 1;
  }
  return NG_OK;
}

/* Does a non-state head noun (ng:NonStateHeadCue: نادي، المنتخب، مدينة)
 * govern the country mention m: right before it (منتخب بلجيكا، المنتخب
 * المصري), or, for a demonym, before one or two words of a name (نادي
 * الأهلي السعودي، مدينة سوروتش التركية)? The country is then not an actor
 * there: a club, a team, a player or a town is not the state. */
static int
nonstate_head_before(const ctx *c, const ng_tmention *m)
{
  size_t first = sentence_first(c, m->first);
  size_t reach = m->kind == NG_MENTION_DEMONYM ? 3 : 1;

  if (m->flags & NG_CL_PREP)
    return 0; /* لمصر، بالسعودية: not a genitive or an adjective */
  for (size_t j = m->first; j-- > first && reach > 0; reach--) {
    while (j > first && c->unit_at[j] != NONE && reach > 1 &&
           type_of(c, c->units[c->unit_at[j]].entity) == NG_PLACE)
      j--; /* مدينة أنقرة التركية: the place's own name */
    if (tok(c, j)->kind != NG_TOKEN_WORD || c->in_mention[j])
      return 0;
    if (cue_of_kind_at(c, j, NG_CUE_NONSTATE_HEAD, NG_CL_CONJ | NG_CL_ART | NG_CL_PREP,
                       NULL, NULL))
      return 1;
  }
  return 0;
}

/* Is token j a side of a score: صفر or a number under 100? */
static int
score_side(const ctx *c, size_t j)
{
  const ng_token *t = tok(c, j);

  if (t->kind == NG_TOKEN_NUMBER)
    return strlen(t->form) <= 2;
  return t->kind == NG_TOKEN_WORD && strcmp(t->form, "صفر") == 0;
}

/* Is there a score at token j, a dash between two sides (2 - صفر), with
 * صفر on a side or a name right before it (نيجيريا 2 - 1)?  A bare
 * "3 - 5" may be a range. */
static int
score_at(const ctx *c, size_t j, size_t first, size_t end)
{
  const ng_token *t = tok(c, j);

  if (t->kind != NG_TOKEN_PUNCT || t->punct != '-' || j == first || j + 1 >= end ||
      !score_side(c, j - 1) || !score_side(c, j + 1))
    return 0;
  return tok(c, j - 1)->kind == NG_TOKEN_WORD || tok(c, j + 1)->kind == NG_TOKEN_WORD ||
         (j - 1 > first && c->in_mention[j - 2]);
}

/* Is the sentence a match report: a word of ng:SportsCue in it (مباراة،
 * تصفيات كأس) or a score?  A country named there is its team, not the
 * state (فازت نيجيريا على النيجر 2 - صفر), and no actor. */
static int
match_report(const ctx *c, size_t sentence)
{
  size_t first = c->seg->sentences[sentence].first, end = c->seg->sentences[sentence].end;

  for (size_t j = first; j < end; j++) {
    if (score_at(c, j, first, end))
      return 1;
    if (tok(c, j)->kind == NG_TOKEN_WORD &&
        cue_of_kind_at(c, j, NG_CUE_SPORTS, NG_CL_CONJ | NG_CL_ART | NG_CL_PREP, NULL,
                       NULL))
      return 1;
  }
  return 0;
}

/* ---- institutions of a state ---------------------------------------------- */

/* Words of the longest institution cue at token i (its article as in the
 * cue; و and a preposition allowed before it); 0 if none. */
size_t
institution_at(const ctx *c, size_t i, const ng_cue **out)
{
  size_t best = 0;

  const size_t *ks;
  for (size_t q = 0, nq = cues_at(c, i, &ks); q < nq; q++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, ks[q]);
    unsigned f, lf;
    size_t n;
    if (cue->kind != NG_CUE_INSTITUTION || cue->words.n <= best)
      continue;
    n = words_at(c, i, &cue->words, NG_CL_CONJ | NG_CL_PREP | NG_CL_ART, &f, &lf);
    if (n && ((f & NG_CL_ART) != 0) == (cue->words.article[0] != 0)) {
      best = n;
      *out = cue;
    }
  }
  return best;
}

/* Relative pronouns, which look like nouns with ال (الذي = ال + ذي). */
static const char *const relatives[] = {"الذي", "التي", "الذين", "اللذان", "اللتان",
                                        "اللذين", "اللتين", "اللواتي", "اللاتي"};

int
is_relative(const ctx *c, size_t i)
{
  for (size_t k = 0; k < sizeof relatives / sizeof *relatives; k++)
    if (has_key(c, i, relatives[k], NG_CL_CONJ))
      return 1;
  return 0;
}

/* Where the genitive nouns that complete an institution's name end, from
 * token i, at most max of them (وزارة [الاقتصاد والتجارة]). */
static size_t
institution_complement(const ctx *c, size_t i, size_t max)
{
  size_t end = i, n = 0, s;

  if (i >= c->seg->n_tokens)
    return i; /* the cue ends the text */
  s = sentence_end(c, i);

  while (n < max && end < s && !c->in_mention[end]) {
    size_t k = end;
    if (is_word(c, k, "و") && k + 1 < s && !c->in_mention[k + 1])
      k++; /* a conjunction written apart */
    if (c->in_mention[k] || !has_article(c, k) || is_relative(c, k))
      break;
    end = k + 1;
    n++;
  }
  return end;
}

/* Is an organization found in this document named from token i? */
static int
organ_named_at(const ctx *c, size_t i)
{
  for (size_t k = 0; k < c->out->n_titles; k++)
    if (c->out->titles[k].first <= i && i < c->out->titles[k].end &&
        c->out->titles[k].entity >= c->n_lex &&
        type_of(c, c->out->titles[k].entity) == NG_ORGANIZATION)
      return 1;
  return 0;
}

/* An institution at token i (its head words, the nouns that complete them
 * and its demonym: الشرطة البريطانية، وزارة الطاقة الأمريكية; or, when it
 * stands alone, مجلس النواب of the country in focus) becomes an
 * organization of its state with a mention; *next is the token after. */
static ng_status
institution_unit(ctx *c, size_t i, size_t *next)
{
  const ng_cue *cue = NULL;
  size_t n = institution_at(c, i, &cue), body_end, end, state = NONE, organ;
  const ng_tmention *m;
  int fresh;

  *next = i + 1;
  if (!n || c->in_mention[i] || organ_named_at(c, i))
    return NG_OK;
  body_end = end = institution_complement(c, i + n, cue->scope);
  if (cue->scope && body_end == i + n)
    return NG_OK; /* وزارة needs its field: وزارة [الطاقة] */
  m = end < sentence_end(c, i) ? mention_at(c, end) : NULL;
  if (m && m->kind == NG_MENTION_DEMONYM && type_of(c, m->entity) == NG_COUNTRY &&
      !(m->flags & (NG_CL_CONJ | NG_CL_PREP))) {
    state = m->entity;
    end = m->end;
  } else if (cue->stands_alone) {
    state = salient_country(c, i);
  }
  if (state == NONE)
    return NG_OK;
  *next = end;
  return add_local(c, ng_organ_new(c->seg, c->text, i, body_end, end, ent(c, state)),
                   i, end, &organ, &fresh);
}

/* Names the institutions of states the units did not take (a police, a
 * parliament, a ministry named alone); mentions only, no units. */
ng_status
institution_mentions(ctx *c)
{
  for (size_t i = 0; i < c->seg->n_tokens;) {
    hit h = tok(c, i)->kind == NG_TOKEN_WORD ? trigger_at(c, i, 1)
                                             : (hit){NULL, 0, 0, 0, 0};
    size_t next = i + 1;
    if (h.p && h.p->frame == NG_FRAME_TITLE)
      next = h.b; /* وزير [الخارجية] is a title, not the ministry */
    else if (tok(c, i)->kind == NG_TOKEN_WORD &&
             institution_unit(c, i, &next) != NG_OK)
      return NG_ERR_NOMEM;
    i = next > i ? next : i + 1;
  }
  return NG_OK;
}

/* ---- towns named after a town noun --------------------------------------- */

/* Is a town noun (مدينة، بلدة، قرية; without ال, a clitic allowed) at i? */
static int
town_noun_at(const ctx *c, size_t i)
{
  const size_t *ks;
  for (size_t q = 0, nq = cues_at(c, i, &ks); q < nq; q++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, ks[q]);
    unsigned f, lf;
    if (cue->kind == NG_CUE_TOWN && cue->words.n == 1 &&
        words_at(c, i, &cue->words, NG_CL_CONJ | NG_CL_PREP, &f, &lf))
      return 1;
  }
  return 0;
}

/* A town the lexicon does not know, named right after a town noun (بلدة
 * بنت جبيل), becomes a place of kind city with a mention. */
ng_status
town_mentions(ctx *c)
{
  for (size_t i = 0; i + 1 < c->seg->n_tokens; i++) {
    size_t n, place;
    int fresh;
    if (tok(c, i + 1)->sentence != tok(c, i)->sentence || !town_noun_at(c, i) ||
        organ_named_at(c, i + 1) || !(n = ng_town_length(c->lex, c->seg, c->in_mention, i + 1)))
      continue;
    if (add_local(c, ng_place_new(c->seg, c->text, i + 1, i + 1 + n), i + 1, i + 1 + n,
                  &place, &fresh) != NG_OK)
      return NG_ERR_NOMEM;
  }
  return NG_OK;
}
