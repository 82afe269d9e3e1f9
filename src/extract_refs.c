/* Extraction, references back: the actor a pronoun or a noun stands for
 * (the salient country, an organization named before), coordinated units
 * as groups, and group references (البلدين) resolved to their actors. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_internal.h"

/* May unit u be what a pronoun stands for (a country or organization,
 * neither exclude nor tied to them)? */
static int
referent_ok(const ctx *c, const unit *un, size_t exclude1, size_t exclude2)
{
  size_t a = un->actor;

  if (a == NONE ||
      (type_of(c, a) != NG_COUNTRY && type_of(c, a) != NG_ORGANIZATION))
    return 0;
  return !(exclude1 != NONE && (a == exclude1 || tied_to(c, exclude1, a))) &&
         !(exclude2 != NONE && (a == exclude2 || tied_to(c, exclude2, a)));
}

/* The nearest acceptable unit in tokens [from, pos); with subject_only,
 * only one outside prepositional phrases and adjectives. */
size_t
nearest_referent(const ctx *c, size_t from, size_t pos, size_t ex1, size_t ex2,
                 int subject_only)
{
  for (size_t u = c->n_units; u-- > 0;) {
    const unit *un = &c->units[u];
    const ng_tmention *m;
    if (un->first >= pos)
      continue;
    if (un->first < from)
      break;
    m = subject_only ? mention_at(c, un->first) : NULL;
    if (subject_only && (c->units[un->group].mark != NG_MARK_OBJ ||
                         (m && m->kind == NG_MENTION_DEMONYM)))
      continue;
    if (referent_ok(c, un, ex1, ex2))
      return un->actor;
  }
  return NONE;
}

/* The acceptable actor named most often in tokens [from, pos); on a tie,
 * the one named last. */
static size_t
most_named(const ctx *c, size_t from, size_t pos, size_t ex1, size_t ex2)
{
  size_t best = NONE, best_n = 0;

  for (size_t u = c->n_units; u-- > 0;) {
    size_t n = 0, a = c->units[u].actor;
    if (c->units[u].first >= pos)
      continue;
    if (c->units[u].first < from)
      break;
    if (a == best || !referent_ok(c, &c->units[u], ex1, ex2))
      continue;
    for (size_t v = 0; v <= u; v++)
      n += c->units[v].first >= from && c->units[v].actor == a;
    if (n > best_n) { /* scanning backwards: a tie keeps the later one */
      best = a;
      best_n = n;
    }
  }
  return best;
}

/* The country or organization a pronoun at token pos stands for, in its
 * sentence or the one before; never exclude1/2 or what they are tied to. */
size_t
backref(const ctx *c, size_t pos, size_t exclude1, size_t exclude2,
        ref_mode mode)
{
  size_t s = tok(c, pos)->sentence, found;
  size_t here = c->seg->sentences[s].first;
  size_t before = c->seg->sentences[s ? s - 1 : 0].first;

  if (mode == REF_SALIENT) {
    found = most_named(c, here, pos, exclude1, exclude2);
    return found != NONE ? found : most_named(c, before, here, exclude1, exclude2);
  }
  found = nearest_referent(c, before, pos, exclude1, exclude2, 1);
  return found != NONE ? found
                       : nearest_referent(c, before, pos, exclude1, exclude2, 0);
}

/* The country the text is about so far: the one its units before token
 * pos name most often (the latest on a tie); NONE when none. */
size_t
salient_country(const ctx *c, size_t pos)
{
  size_t best = NONE, best_n = 0;

  for (size_t u = 0; u < c->n_units && c->units[u].first < pos; u++) {
    size_t a = c->units[u].actor, n = 0;
    if (a == NONE || type_of(c, a) != NG_COUNTRY)
      continue;
    for (size_t v = 0; v < c->n_units && c->units[v].first < pos; v++)
      n += c->units[v].actor == a;
    if (n >= best_n) {
      best = a;
      best_n = n;
    }
  }
  return best;
}

/* The organization named last before token pos; NONE when none. */
static size_t
recent_organization(const ctx *c, size_t pos)
{
  for (size_t u = c->n_units; u-- > 0;)
    if (c->units[u].first < pos && c->units[u].actor != NONE &&
        type_of(c, c->units[u].actor) == NG_ORGANIZATION)
      return c->units[u].actor;
  return NONE;
}

/* Folded keys of the words news uses in turn for one deployed mission:
 * بعثة الدعم الأمني … is then «القوة» and «المهمة». */
static const char *const mission_heads[] = {"بعثه", "قوه", "مهمه"};

/* Is head, the first word of a name, the reference word key or, for a
 * mission, one of the words for it? */
static int
same_head_word(const char *head, const char *key)
{
  int head_mission = 0, key_mission = 0;

  if (strcmp(head, key) == 0)
    return 1;
  for (size_t k = 0; k < sizeof mission_heads / sizeof *mission_heads; k++) {
    head_mission |= strcmp(head, mission_heads[k]) == 0;
    key_mission |= strcmp(key, mission_heads[k]) == 0;
  }
  return head_mission && key_mission;
}

/* Does the Arabic label of entity e begin with the word key (folded,
 * without ال): الاتحاد الأوروبي for الاتحاد; بعثة … for القوة? */
static int
named_with_head(const ctx *c, size_t e, const char *key)
{
  const char *label = ent(c, e)->label_ar;
  char *f, *space;
  int article, same;

  if (!label || !(f = ng_fold_string(label)))
    return 0;
  if ((space = strchr(f, ' ')))
    *space = '\0';
  same = same_head_word(ng_word_key(f, &article), key);
  free(f);
  return same;
}

/* Does an Arabic name of entity e (its label or an alias) begin with the
 * word key: المملكة المغربية for المملكة, سلطنة عمان for السلطنة? */
static int
any_name_with_head(const ctx *c, size_t e, const char *key)
{
  const ng_entity *en = ent(c, e);
  char *f, *space;
  int article, same = named_with_head(c, e, key);

  for (size_t k = 0; !same && en->alt_ar && en->alt_ar[k]; k++) {
    if (!(f = ng_fold_string(en->alt_ar[k])))
      return 0;
    if ((space = strchr(f, ' ')))
      *space = '\0';
    same = strcmp(ng_word_key(f, &article), key) == 0;
    free(f);
  }
  return same;
}

/* The country a word for a form of state (المملكة، السلطنة) at pos stands
 * for: the last one named before pos that has a name beginning with that
 * word (المملكة: the Saudi, Moroccan, Jordanian kingdom named last); NONE
 * when none is. */
size_t
referred_country(const ctx *c, size_t pos, const char *key)
{
  for (size_t u = c->n_units; u-- > 0;)
    if (c->units[u].first < pos && c->units[u].actor != NONE &&
        type_of(c, c->units[u].actor) == NG_COUNTRY &&
        any_name_with_head(c, c->units[u].actor, key))
      return c->units[u].actor;
  return NONE;
}

/* The organization a reference word (المنظمة، البعثة) at pos stands for:
 * the last one named before pos whose name begins with that word, else
 * (unless same_head) the last one named. */
size_t
referred_organization(const ctx *c, size_t pos, const char *key, int same_head)
{
  for (size_t u = c->n_units; u-- > 0;)
    if (c->units[u].first < pos && c->units[u].actor != NONE &&
        type_of(c, c->units[u].actor) == NG_ORGANIZATION &&
        named_with_head(c, c->units[u].actor, key))
      return c->units[u].actor;
  return same_head ? NONE : recent_organization(c, pos);
}

static size_t group_reference_at(const ctx *c, size_t i, unsigned *flags);

/* Does a group reference (البلدين) start at token i?  After a comma it
 * ends a parenthesis (دعت X، في بيان لوزارة خارجيتها، البلدين): it is
 * never one more item of a list. */
static int
is_group_reference(const ctx *c, size_t i)
{
  unsigned flags;
  return group_reference_at(c, i, &flags) != 0;
}

/* Joins units into coordinations: X و Y, X، Y و Z, كل من X و Y. */
void
group_units(ctx *c)
{
  for (size_t u = 1; u < c->n_units; u++) {
    unit *prev = &c->units[u - 1], *cur = &c->units[u];
    size_t start = cur->first, stop = prev->end, gap;
    int joined = 0;
    while (start > stop && is_quote(c, start - 1))
      start--; /* العسكريين و«إيكواس» */
    while (stop < start && is_quote(c, stop))
      stop++; /* «إيكواس» و X */
    gap = start >= stop ? start - stop : 0;
    if (tok(c, cur->first)->sentence != tok(c, prev->first)->sentence)
      continue;
    if (cur->first == prev->first) {
      joined = 1; /* the members of one reference (الدول الأربع) */
    } else if (gap == 0) {
      joined = (cur->flags & NG_CL_CONJ) && cur->mark == NG_MARK_OBJ;
    } else if (gap == 1) {
      size_t g = stop;
      joined = (is_punct(c, g) && (tok(c, g)->punct == 0x060C ||
                                   tok(c, g)->punct == ',') &&
                !is_group_reference(c, cur->first)) ||
               is_word(c, g, "و") || is_word(c, g, "او");
    }
    if (joined) {
      cur->conj = 1;
      cur->group = prev->group;
      cur->mark = c->units[prev->group].mark;
    }
  }
}

/* The units of the group that starts at unit g. */
size_t
group_end(const ctx *c, size_t g)
{
  size_t u = g + 1;
  while (u < c->n_units && c->units[u].group == c->units[g].group)
    u++;
  return u;
}

/* Words that stand for several actors just named together (الدول الأربع،
 * البلدين، الطرفين): tokens matched, or 0. */
static size_t
group_reference_at(const ctx *c, size_t i, unsigned *flags)
{
  return cue_of_kind_at(c, i, NG_CUE_GROUP_REF, NG_CL_CONJ | NG_CL_PREP | NG_CL_ART,
                        flags, NULL);
}

/* The last coordination of two actors or more that starts before token
 * pos, in its sentence or the two before; NONE when none. */
size_t
recent_group(const ctx *c, size_t pos)
{
  size_t s = tok(c, pos)->sentence;
  size_t from = c->seg->sentences[s > 2 ? s - 2 : 0].first;

  for (size_t u = c->n_units; u-- > 0;) {
    size_t g = c->units[u].group;
    if (c->units[u].first >= pos)
      continue;
    if (c->units[u].first < from)
      break;
    if (g != u || group_end(c, g) - g < 2)
      continue;
    for (size_t v = g; v < group_end(c, g); v++)
      if (c->units[v].actor == NONE)
        goto next;
    return g;
  next:;
  }
  return NONE;
}

static int
compare_units(const void *a, const void *b)
{
  const unit *x = a, *y = b;
  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

/* Puts the units back in token order and rebuilds the coordinations. */
static void
regroup(ctx *c)
{
  qsort(c->units, c->n_units, sizeof *c->units, compare_units);
  for (size_t i = 0; i < c->seg->n_tokens; i++)
    c->unit_at[i] = NONE;
  for (size_t u = c->n_units; u-- > 0;) {
    c->units[u].group = u;
    c->units[u].conj = 0;
    c->units[u].mark = mark_before(c, c->units[u].first, c->units[u].flags);
    for (size_t i = c->units[u].first; i < c->units[u].end; i++)
      c->unit_at[i] = u;
  }
  group_units(c);
}

/* Is actor a one of the n in list? */
int
listed(const size_t *list, size_t n, size_t a)
{
  for (size_t k = 0; k < n; k++)
    if (list[k] == a)
      return 1;
  return 0;
}

/* Puts the distinct actors of the group starting at unit g, none of the
 * group skip (NONE: none skipped), in out; returns how many. */
size_t
group_actors(const ctx *c, size_t g, size_t skip, size_t *out)
{
  size_t n = 0;

  for (size_t v = g; v < group_end(c, g) && n < MAX_REFERRED; v++) {
    size_t a = c->units[v].actor;
    if (!listed(out, n, a) && !(skip != NONE && in_group(c, skip, a)))
      out[n++] = a;
  }
  return n;
}

/* The two countries or organizations named most before token pos (the
 * later on a tie), none of the group skip; returns how many (0 to 2). */
static size_t
most_named_pair(const ctx *c, size_t pos, size_t skip, size_t *out)
{
  size_t n_out = 0;

  for (size_t round = 0; round < 2; round++) {
    size_t best = NONE, best_n = 0;
    for (size_t u = 0; u < c->n_units && c->units[u].first < pos; u++) {
      size_t a = c->units[u].actor, k = 0;
      if (a == NONE || listed(out, n_out, a) ||
          (type_of(c, a) != NG_COUNTRY && type_of(c, a) != NG_ORGANIZATION) ||
          (skip != NONE && in_group(c, skip, a)))
        continue;
      for (size_t v = 0; v < c->n_units && c->units[v].first < pos; v++)
        k += c->units[v].actor == a;
      if (k >= best_n) {
        best = a;
        best_n = k;
      }
    }
    if (best != NONE)
      out[n_out++] = best;
  }
  return n_out;
}

/* The actors a group reference of n words at token i stands for, in out;
 * returns how many.  The actors last named together, unless they are the
 * subject of the reference's own clause: a mediator is no party to the
 * talks it hosts (استضاف العراق وعمان حوارا بين البلدين), one who calls on
 * two countries is not one of them.  Then the coordination before that
 * subject; for a one-word reference, a dual (البلدين، الطرفين), the two
 * actors the text has named most. */
static size_t
referred_actors(const ctx *c, size_t i, size_t n, size_t *out)
{
  size_t g = recent_group(c, i), subj = subject_before(c, i, 40), k;
  const ng_tmention *adj = i + n < c->seg->n_tokens ? mention_at(c, i + n) : NULL;

  if (adj && adj->kind == NG_MENTION_DEMONYM)
    return 0; /* الطرفين الروسي والأوكراني: the adjectives name them */
  if (g != NONE && (c->units[group_end(c, g) - 1].end == i ||
                   (c->units[group_end(c, g) - 1].end + 1 == i && is_boundary(c, i - 1))))
    return group_actors(c, g, NONE, out); /* X و Y، الجارتان; X و Y جارتان */
  if (g != NONE && g != subj)
    return group_actors(c, g, NONE, out);
  if (subj != NONE) {
    size_t before = recent_group(c, c->units[subj].first);
    if (before != NONE && group_actors(c, before, subj, out) >= 2)
      return group_actors(c, before, subj, out);
  }
  if (n == 1 && (k = most_named_pair(c, i, subj, out)) == 2)
    return k;
  return g != NONE ? group_actors(c, g, NONE, out) : 0;
}

/* Turns each group reference into one unit per actor it stands for. */
ng_status
resolve_group_references(ctx *c)
{
  size_t added = 0;

  for (size_t i = 0; i < c->seg->n_tokens; i++) {
    unsigned flags;
    size_t n, n_acts, acts[MAX_REFERRED];
    if (c->unit_at[i] != NONE || c->in_mention[i] ||
        !(n = group_reference_at(c, i, &flags)) ||
        (n_acts = referred_actors(c, i, n, acts)) == 0)
      continue;
    for (size_t v = 0; v < n_acts; v++) {
      size_t a = acts[v];
      ng_tmention r = {a,
                       NG_MENTION_REFERENCE,
                       i,
                       i + n,
                       tok(c, i)->fbegin,
                       tok(c, i + n - 1)->fend,
                       flags,
                       0,
                       0};
      unit un = {i, i + n, a, a, NONE, 0, 0, 0, flags};
      if (NG_PUSH(c->out->titles, c->out->n_titles, c->out->cap_titles, r) ||
          NG_PUSH(c->units, c->n_units, c->cap_units, un))
        return NG_ERR_NOMEM;
      added++;
    }
    if (added)
      regroup(c); /* in token order again before the next reference looks back */
    added = 0;
    i += n - 1;
  }
  return NG_OK;
}

/* Is a country reference (البلاد) at i the subject of what is said, right
 * after أن، إن or بأن (… بأن البلاد سترد)? */
static int
reported_country_ref(const ctx *c, size_t i)
{
  size_t first = sentence_first(c, i), j = i;

  for (size_t k = 0; k < ng_lexicon_cue_count(c->lex); k++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, k);
    unsigned f, lf;
    if (cue->kind != NG_CUE_COUNTRY_REF || cue->same_head || cue->words.n != 1 ||
        !words_at(c, i, &cue->words, NG_CL_CONJ | NG_CL_PREP | NG_CL_ART, &f, &lf))
      continue;
    while (j > first && is_quote(c, j - 1))
      j--;
    return j > first && (has_key(c, j - 1, "ان", NG_CL_CONJ | NG_CL_PREP_B) ||
                         has_key(c, j - 1, "بان", NG_CL_CONJ));
  }
  return 0;
}

/* البلاد in what a state's organ or official says is that state
 * (توعّدت وزارة الخارجية الكورية بأن البلاد سترد), not the country the text
 * is about: the unit and its mention take the country of the clause's
 * subject. */
void
resolve_reported_countries(ctx *c)
{
  for (size_t u = 0; u < c->n_units; u++) {
    size_t i = c->units[u].first, s, own;
    if (c->units[u].end != i + 1 || c->units[u].person != NONE ||
        !reported_country_ref(c, i) || (s = subject_before(c, i, 40)) == NONE ||
        (own = own_country(c, c->units[s].actor)) == NONE)
      continue;
    c->units[u].entity = c->units[u].actor = own;
    for (size_t t = 0; t < c->out->n_titles; t++)
      if (c->out->titles[t].first == i &&
          c->out->titles[t].kind == NG_MENTION_REFERENCE)
        c->out->titles[t].entity = own;
  }
}
