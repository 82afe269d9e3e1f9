/* Extraction: patterns (from the lexicon) over tokens and mentions →
 * stances and relations.  The grammatical frames live here; the words
 * that fill them live in ontology/patterns.ttl. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "extract.h"
#include "normalize.h"
#include "persons.h"
#include "places.h"
#include "util.h"

#define NONE SIZE_MAX

/* An actor slot: a mention, or a title with its country and person. */
typedef struct unit {
  size_t first, end;  /* tokens */
  size_t entity;      /* what is named: person, country, org or place */
  size_t actor;       /* what it counts for; NONE for places */
  size_t person;      /* the person, or NONE */
  int mark;           /* NG_MARK_* introducing it; NG_MARK_OBJ for none */
  int conj;           /* joined to the unit before by و or a comma */
  size_t group;       /* index of the first unit of its coordination */
  unsigned flags;     /* clitics on its first token */
} unit;

/* A person this document gave a role ("الرئيس الروسي فلاديمير بوتين"). */
typedef struct local_role {
  size_t person, actor;
  int type;
} local_role;

/* The surname of a person found from context, for later references. */
typedef struct surname {
  const char *key;  /* borrowed from the token that introduced it */
  int article;      /* written with ال (العيبان): a reference must be too */
  size_t entity;
  size_t after;     /* only tokens after this one */
} surname;

/* A trigger found at a token. */
typedef struct hit {
  const ng_pattern *p;
  size_t a, b;     /* tokens */
  unsigned flags;  /* clitics on the first token's reading */
  unsigned last_flags;
} hit;

typedef struct ctx {
  const ng_lexicon *lex;
  const ng_text *text;
  const ng_segments *seg;
  const ng_tmention *ms;
  size_t n_ms;
  unit *units;
  size_t n_units, cap_units;
  size_t *unit_at; /* token → unit, NONE */
  local_role *roles;
  size_t n_roles, cap_roles;
  surname *surnames;
  size_t n_surnames, cap_surnames;
  size_t *in_mention; /* token → 1 when a lexicon mention covers it */
  size_t *mention_at; /* token → the mention starting there, or NONE */
  hit *memo;          /* 2 per token: trigger_at, computed on demand */
  size_t n_lex;       /* entities in the lexicon; locals come after */
  ng_extraction *out;
  size_t clause_holder; /* the holder of the last verb trigger, or NONE */
  size_t clause_sentence; /* the sentence of that verb */
  size_t clause_verb;     /* its first token */
  int clause_by_noun;     /* that holder is a stance noun's (صعّدت X
                             عقوباتها): shared by a joined verb only */
} ctx;

/* ---- small token helpers ------------------------------------------------ */

static const ng_token *
tok(const ctx *c, size_t i)
{
  return &c->seg->tokens[i];
}

static size_t
sentence_first(const ctx *c, size_t i)
{
  return c->seg->sentences[tok(c, i)->sentence].first;
}

static size_t
sentence_end(const ctx *c, size_t i)
{
  return c->seg->sentences[tok(c, i)->sentence].end;
}

static int
is_word(const ctx *c, size_t i, const char *folded)
{
  return ng_token_is_word(tok(c, i), folded);
}

/* Does token i carry key with only the clitics in allowed? Returns the
 * reading's flags + 1, or 0. */
static unsigned
has_key(const ctx *c, size_t i, const char *key, unsigned allowed)
{
  const ng_token *t = tok(c, i);

  if (t->kind != NG_TOKEN_WORD)
    return 0;
  for (size_t r = 0; r < t->n_readings; r++)
    if ((t->readings[r].flags & ~allowed) == 0 &&
        strcmp(t->readings[r].key, key) == 0)
      return t->readings[r].flags + 1;
  return 0;
}

static int
is_boundary(const ctx *c, size_t i)
{
  uint32_t p = tok(c, i)->punct;
  return tok(c, i)->kind == NG_TOKEN_PUNCT &&
         (p == 0x060C || p == ',' || p == ':' || p == ';' || p == 0x061B ||
          p == '(' || p == ')');
}

static int
is_punct(const ctx *c, size_t i)
{
  return tok(c, i)->kind == NG_TOKEN_PUNCT;
}

/* Is word i a definite noun (ال, no preposition)? */
static int
has_article(const ctx *c, size_t i)
{
  const ng_token *t = tok(c, i);

  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++)
    if ((t->readings[r].flags & ~NG_CL_CONJ) == NG_CL_ART)
      return 1;
  return 0;
}

static int
is_quote(const ctx *c, size_t i)
{
  uint32_t p = tok(c, i)->punct;
  return is_punct(c, i) && (p == '"' || p == 0x00AB || p == 0x00BB ||
                            p == 0x201C || p == 0x201D || p == '\'');
}

/* Matches words w at token i; returns the number of tokens (0: none). */
static size_t
words_at(const ctx *c, size_t i, const ng_words *w, unsigned first_allowed,
         unsigned *flags, unsigned *last_flags)
{
  unsigned f;

  if (i + w->n > c->seg->n_tokens || !(f = has_key(c, i, w->keys[0], first_allowed)))
    return 0;
  *flags = *last_flags = f - 1;
  for (size_t k = 1; k < w->n; k++) {
    unsigned g = has_key(c, i + k, w->keys[k],
                         NG_CL_ART | NG_CL_SUFFIX | NG_CL_ACC);
    if (!g || tok(c, i + k)->sentence != tok(c, i)->sentence)
      return 0;
    *last_flags = g - 1;
  }
  return w->n;
}

/* ---- actors ------------------------------------------------------------- */

static size_t
lex_index(const ctx *c, const ng_entity *e)
{
  return e ? ng_lexicon_entity_index(c->lex, e) : NONE;
}

const ng_entity *
ng_extraction_entity(const ng_extraction *x, const ng_lexicon *lex, size_t i)
{
  size_t n = ng_lexicon_entity_count(lex);
  return i < n ? ng_lexicon_entity(lex, i) : x->locals[i - n];
}

static const ng_entity *
ent(const ctx *c, size_t e)
{
  return ng_extraction_entity(c->out, c->lex, e);
}

static ng_entity_type
type_of(const ctx *c, size_t e)
{
  return ent(c, e)->type;
}

/* The actor entity e counts for in this document. */
static size_t
actor_of(const ctx *c, size_t e)
{
  const ng_entity *en = ent(c, e);

  if (en->type == NG_PLACE)
    return NONE;
  for (size_t i = 0; i < c->n_roles; i++)
    if (c->roles[i].person == e)
      return c->roles[i].actor;
  return en->rollup ? lex_index(c, en->rollup) : e;
}

/* Did the lexicon or this document ever tie person p to entity e? */
static int
tied_to(const ctx *c, size_t p, size_t e)
{
  const ng_entity_info *info;

  if (p == e || actor_of(c, p) == e)
    return 1;
  if (p >= c->n_lex)
    return 0;
  info = ng_lexicon_info(c->lex, p);
  for (size_t i = 0; i < info->n_roles; i++)
    if (info->roles[i].entity == e)
      return 1;
  return 0;
}

/* The mention starting at token i, or NULL. */
static const ng_tmention *
mention_at(const ctx *c, size_t i)
{
  return c->mention_at[i] != NONE ? &c->ms[c->mention_at[i]] : NULL;
}

/* How a pronoun finds what it stands for. */
typedef enum ref_mode {
  REF_SUBJECT, /* a possessive on a title or organ (وزير خارجيتها): the
                  nearest actor that is not inside a prepositional phrase
                  or an adjective, else the nearest actor */
  REF_SALIENT  /* a pronoun after a preposition (معها, لها) or an ally
                  (حليفها): the actor this sentence names most (the
                  latest on a tie), else the previous sentence's */
} ref_mode;

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
static size_t
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
static size_t
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
static size_t
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

/* Does the Arabic label of entity e begin with the word key (folded,
 * without ال): الاتحاد الأوروبي for الاتحاد? */
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
  same = strcmp(ng_word_key(f, &article), key) == 0;
  free(f);
  return same;
}

/* The organization a reference word (المنظمة، البعثة) at pos stands for:
 * the last one named before pos whose name begins with that word, else
 * (unless same_head) the last one named. */
static size_t
referred_organization(const ctx *c, size_t pos, const char *key, int same_head)
{
  for (size_t u = c->n_units; u-- > 0;)
    if (c->units[u].first < pos && c->units[u].actor != NONE &&
        type_of(c, c->units[u].actor) == NG_ORGANIZATION &&
        named_with_head(c, c->units[u].actor, key))
      return c->units[u].actor;
  return same_head ? NONE : recent_organization(c, pos);
}

/* ---- units -------------------------------------------------------------- */

/* The marker introducing something that starts at token i whose own
 * reading stripped flags. */
static int
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

static ng_status
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

static ng_status
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

static ng_status
add_relation(ctx *c, int type, size_t s, size_t o, size_t a, size_t b,
             double conf, const char *rule)
{
  ng_tfact f = {1, type, s, o, NONE, 0, 0, conf, tok(c, a)->sentence, a, b, rule};

  if (s == NONE || o == NONE || s == o || type < 0) /* نظيره: no relation */
    return NG_OK;
  return add_fact(c, &f);
}

static int
is_former_word(const ctx *c, size_t i)
{
  return i < c->seg->n_tokens &&
         (has_key(c, i, "سابق", NG_CL_ART) || has_key(c, i, "سابقه", NG_CL_ART) ||
          has_key(c, i, "اسبق", NG_CL_ART));
}

/* The person this document already knows in role type for actor. */
static size_t
known_holder(const ctx *c, size_t actor, int type)
{
  for (size_t i = 0; i < c->n_roles; i++)
    if (c->roles[i].actor == actor && c->roles[i].type == type)
      return c->roles[i].person;
  return NONE;
}

/* Adds the entity e found in this document (a person, or a state's organ)
 * unless one with its IRI is there, and its mention over tokens [first,
 * end); *out is its index, *fresh whether it is new.  Takes e. */
static ng_status
add_local(ctx *c, ng_entity *e, size_t first, size_t end, size_t *out,
          int *fresh)
{
  ng_tmention m = {0};

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
  m.entity = *out;
  m.kind = NG_MENTION_NAME;
  m.first = first;
  m.end = end;
  m.fbegin = tok(c, first)->fbegin;
  m.fend = tok(c, end - 1)->fend;
  return NG_PUSH(c->out->titles, c->out->n_titles, c->out->cap_titles, m);
}

/* Adds the person named by tokens [first, end) that no lexicon knows, its
 * mention, and its surname for later references; *out is its index. */
static ng_status
new_person(ctx *c, size_t first, size_t end, size_t *out)
{
  int fresh;
  surname sn;

  if (add_local(c, ng_person_new(c->seg, c->text, first, end), first, end,
                out, &fresh) != NG_OK)
    return NG_ERR_NOMEM;
  sn = (surname){tok(c, end - 1)->form, 0, *out, end - 1};
  for (size_t r = 0; r < tok(c, end - 1)->n_readings; r++)
    if (tok(c, end - 1)->readings[r].flags == NG_CL_ART) {
      sn.key = tok(c, end - 1)->readings[r].key; /* العيبان → عيبان */
      sn.article = 1;
    }
  if (fresh && NG_PUSH(c->surnames, c->n_surnames, c->cap_surnames, sn))
    return NG_ERR_NOMEM;
  return NG_OK;
}

/* The entity the lexicon says person p holds a role of type in: a current
 * role first, else a former one, since the text that gives the person
 * this title without "السابق" speaks of a time when it was held (an
 * article of 2022 on "الرئيس جو بايدن"); NONE when the lexicon says none
 * (or p was found in this document). */
static size_t
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

/* A later reference, by surname, to a person found from context. */
static size_t
surname_at(const ctx *c, size_t i, unsigned *flags)
{
  const ng_token *t = tok(c, i);

  for (size_t k = 0; k < c->n_surnames; k++) {
    if (i <= c->surnames[k].after)
      continue;
    for (size_t r = 0; r < t->n_readings; r++)
      if (!(t->readings[r].flags & (NG_CL_SUFFIX | NG_CL_ACC | NG_CL_FUT)) &&
          !(t->readings[r].flags & NG_CL_ART) == !c->surnames[k].article &&
          strcmp(t->readings[r].key, c->surnames[k].key) == 0) {
        *flags = t->readings[r].flags;
        return c->surnames[k].entity;
      }
  }
  return NONE;
}

static hit trigger_at(const ctx *c, size_t i, int title);
static int nonstate_head_before(const ctx *c, const ng_tmention *m);
static hit find_trigger(const ctx *c, size_t i, int title);
static size_t reference_at(const ctx *c, size_t i, unsigned *flags);
static size_t institution_at(const ctx *c, size_t i, const ng_cue **out);

/* The length of the rank or honorific (ng:RankCue) at token i (الفريق
 * أول، الشيخ), 0 when none; *flags gets its first word's clitics.  One
 * written with ال must carry it: الفريق, not فريق إنقاذ. */
static size_t
rank_at(const ctx *c, size_t i, unsigned *flags)
{
  size_t best = 0;

  for (size_t k = 0; k < ng_lexicon_cue_count(c->lex) && !c->in_mention[i]; k++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, k);
    unsigned f, lf;
    size_t n;
    if (cue->kind != NG_CUE_RANK)
      continue;
    n = words_at(c, i, &cue->words, NG_CL_CONJ | NG_CL_ART | NG_CL_PREP, &f, &lf);
    if (n > best && (!cue->words.article[0] || (f & NG_CL_ART)))
      best = n, *flags = f;
  }
  return best;
}

/* The tokens of a name no lexicon knows at token j (0 when none); with
 * given, only one that begins with a common given name (ng:GivenNameCue),
 * where nothing else says the words are a name. */
static size_t
unknown_name(const ctx *c, size_t j, int given)
{
  size_t n = ng_name_length(c->lex, c->seg, c->text, c->in_mention, j, 6);

  return n && (!given || ng_given_name(c->lex, tok(c, j))) ? n : 0;
}

/* The person named at token j, after a rank if there is one: the tokens
 * of the name (0 when none) and, through *known, the lexicon's person, or
 * NONE when the name is one no lexicon knows (then, after a rank, one
 * that begins with a given name: اللواء حامد فلان). */
static size_t
name_at(const ctx *c, size_t j, size_t *known)
{
  const ng_tmention *m;
  unsigned rf;
  size_t r = j < c->seg->n_tokens ? rank_at(c, j, &rf) : 0, n;

  *known = NONE;
  j += r;
  if (j >= c->seg->n_tokens || tok(c, j)->sentence != tok(c, j - r)->sentence)
    return 0;
  if ((m = mention_at(c, j))) {
    if (type_of(c, m->entity) != NG_PERSON || m->first != j)
      return 0;
    *known = m->entity;
    return r + m->end - j;
  }
  n = c->in_mention[j] ? 0 : unknown_name(c, j, r > 0);
  return n ? r + n : 0;
}

/* "في|لدى COUNTRY|ORG" at most four words after token i, before a name:
 * the state or body a title belongs to when the title's own words come
 * first (رئيس المجلس العسكري الانتقالي في تشاد محمد إدريس ديبي، المندوب
 * المغربي لدى الأمم المتحدة عمر هلال); the mention, or NULL. */
static const ng_tmention *
owner_in(const ctx *c, size_t i)
{
  size_t end = sentence_end(c, i), known;

  for (size_t k = i; k < i + 5 && k + 1 < end; k++) {
    const ng_tmention *m;
    if (is_punct(c, k) || c->in_mention[k])
      return NULL;
    if (!is_word(c, k, "في") && !is_word(c, k, "لدي"))
      continue;
    m = mention_at(c, k + 1);
    return m && (type_of(c, m->entity) == NG_COUNTRY ||
                 type_of(c, m->entity) == NG_ORGANIZATION) &&
                   !(m->flags & (NG_CL_PREP | NG_CL_CONJ)) && m->end < end &&
                   name_at(c, m->end, &known)
               ? m
               : NULL;
  }
  return NULL;
}

/* A minister's portfolio, one to three definite words after the title
 * (وزيرة [التغير المناخي] شيري رحمن), when a name no lexicon knows
 * follows: the token where the name begins, and its length in *n (0 and
 * i itself when there is none). */
static size_t
after_portfolio(const ctx *c, size_t i, size_t *n)
{
  size_t end = sentence_end(c, i);

  *n = 0;
  for (size_t k = i; k < i + 3 && k < end && has_article(c, k) &&
                     !c->in_mention[k] && !is_punct(c, k);
       k++) {
    *n = unknown_name(c, k + 1, 1);
    if (*n)
      return k + 1;
  }
  return i;
}

/* After a title at [a, b): its country or organization, "former", and
 * the person named; builds the unit and the role relation. */
static ng_status
title_unit(ctx *c, const hit *h, size_t *next)
{
  size_t i = h->b, owner = NONE, named = NONE, person = NONE, end = h->b;
  size_t body_end = h->b;
  const ng_tmention *m;
  int former = 0;

  if (i + 1 < sentence_end(c, h->a) && is_word(c, i, "ل") && is_quote(c, i + 1))
    i++; /* الأمين العام لـ«حزب الله»: ل written apart before a quote */
  while (i < sentence_end(c, h->a) && is_quote(c, i))
    i++; /* رئيس مفوضية «إيكواس» */
  if (h->p->frame == NG_FRAME_TITLE && i < sentence_end(c, h->a)) {
    hit of = trigger_at(c, i, 1); /* المستشار الدبلوماسي [لرئيس] دولة
                                     الإمارات فلان: the adviser is named */
    if (of.p && of.p->frame == NG_FRAME_TITLE && (of.flags & NG_CL_PREP_L) &&
        of.b < sentence_end(c, h->a))
      i = of.b;
  }
  m = i < c->seg->n_tokens ? mention_at(c, i) : NULL;
  if (!m && h->p->frame == NG_FRAME_TITLE && i < sentence_end(c, h->a)) {
    hit body = trigger_at(c, i, 1); /* المتحدث باسم [الخارجية] الأمريكية */
    if (body.p && body.p->frame == NG_FRAME_BODY && body.b < sentence_end(c, h->a))
      m = mention_at(c, body.b);
  }
  for (size_t k = i; !m && k < i + 2 && k + 1 < sentence_end(c, h->a) &&
                     has_article(c, k) && !c->in_mention[k] &&
                     !trigger_at(c, k, 1).p;
       k++) {
    const ng_tmention *adj = mention_at(c, k + 1); /* وزارة [الخزانة] الأمريكية */
    if (adj && adj->kind == NG_MENTION_DEMONYM)
      m = adj;
  }
  if (!m && h->p->frame == NG_FRAME_BODY && i + 1 < sentence_end(c, h->a) &&
      is_word(c, i, "في") && mention_at(c, i + 1)) {
    /* وزارة الخارجية في بيونغ يانغ: the organ of the capital's state */
    const ng_tmention *cap = mention_at(c, i + 1);
    const ng_entity *pe = ent(c, cap->entity);
    if (cap->kind == NG_MENTION_METONYM && type_of(c, cap->entity) == NG_COUNTRY)
      m = cap;
    else if (pe->type == NG_PLACE && pe->rollup &&
             pe->rollup->type == NG_COUNTRY && !(cap->flags & NG_CL_PREP)) {
      owner = named = lex_index(c, pe->rollup);
      i = end = cap->end;
    }
  }
  if (!m && i < sentence_end(c, h->a) && !c->in_mention[i]) {
    unsigned rf;
    size_t ref = reference_at(c, i, &rf); /* الأمين العام للمنظمة */
    if (ref != NONE && !(rf & (NG_CL_PREP_B | NG_CL_CONJ))) {
      named = ref;
      owner = actor_of(c, ref);
      i = end = i + 1;
    }
  }
  if (m && (type_of(c, m->entity) == NG_COUNTRY ||
            type_of(c, m->entity) == NG_ORGANIZATION) &&
      !(m->flags & (NG_CL_PREP_B | NG_CL_PREP_K | NG_CL_CONJ))) {
    named = m->entity; /* القائد العام للحرس الثوري: of the guard, for Iran */
    owner = actor_of(c, m->entity);
    if (m->kind == NG_MENTION_DEMONYM && m->first > body_end)
      body_end = m->first; /* وزارة الخزانة | الأمريكية: the organ's own words */
    i = end = m->end;
  } else if (owner == NONE && (h->last_flags & NG_CL_SUFFIX) && h->p->type >= 0) {
    /* not نظيره: his counterpart is of another country than his */
    owner = named = backref(c, h->a, NONE, NONE, REF_SUBJECT);
  }
  while (i > h->b && i < sentence_end(c, h->a) && is_quote(c, i))
    i++; /* رئيس مفوضية «إيكواس» عمر أليو توراي */
  if (h->p->frame == NG_FRAME_TITLE && i < sentence_end(c, h->a) &&
      (m = owner_in(c, i))) {
    if (owner == NONE || /* رئيس المجلس العسكري الانتقالي في تشاد فلان */
        (type_of(c, m->entity) == NG_COUNTRY && type_of(c, named) != NG_COUNTRY &&
         m->first > i + 1)) /* the body's longer name, then its state:
                               مجلس الأمن [القومي] في البيت الأبيض */
      named = m->entity, owner = actor_of(c, m->entity);
    i = end = m->end; /* المندوب المغربي لدى الأمم المتحدة فلان */
  }
  while (is_former_word(c, i))
    former = 1, i++;
  if (i < c->seg->n_tokens) {
    unsigned rf;
    i += rank_at(c, i, &rf); /* رئيس مجلس السيادة الفريق أول فلان */
  }
  m = i < c->seg->n_tokens ? mention_at(c, i) : NULL;
  for (size_t k = i; !m && h->p->frame == NG_FRAME_TITLE && k < i + 2 &&
                     k + 1 < sentence_end(c, h->a) && has_article(c, k) &&
                     !c->in_mention[k];
       k++) { /* الرئيس [المحتجز] محمد بازوم: an adjective, then the name */
    const ng_tmention *p = mention_at(c, k + 1);
    if (p && type_of(c, p->entity) == NG_PERSON)
      m = p, i = k + 1;
  }
  if (m && type_of(c, m->entity) == NG_PERSON && m->first == i) {
    person = m->entity;
    end = m->end;
  } else if (!m && h->p->frame == NG_FRAME_TITLE && i < sentence_end(c, h->a)) {
    /* with no state or body named, the name is still a person's
     * (الرئيس فؤاد السنيورة), though no relation is drawn */
    size_t n = unknown_name(c, i, owner == NONE);
    if (!n && owner == NONE)
      i = after_portfolio(c, i, &n); /* وزيرة التغير المناخي فلانة */
    if (n && new_person(c, i, i + n, &person) != NG_OK)
      return NG_ERR_NOMEM;
    if (n)
      end = i + n;
  }
  *next = end;
  if (h->p->frame == NG_FRAME_BODY) { /* the organ speaks for its state */
    if (owner == NONE && h->p->stands_alone &&
        (mark_before(c, h->a, h->flags) == NG_MARK_OBJ ||
         mark_before(c, h->a, h->flags) == NG_MARK_BAYN) && /* بين العسكريين و… */
        !(h->flags & NG_CL_PREP)) {
      owner = salient_country(c, h->a); /* "السلطات": of the country in focus */
      end = h->b;
    }
    if (owner == NONE)
      return NG_OK;
    if (end > h->b) { /* الجيش الإسرائيلي: an organization of that state */
      size_t organ;
      int fresh;
      if (add_local(c, ng_organ_new(c->seg, c->text, h->a, body_end, end, ent(c, owner)),
                    h->a, end, &organ, &fresh) != NG_OK)
        return NG_ERR_NOMEM;
      if (!institution_at(c, h->a, &(const ng_cue *){NULL}))
        c->out->titles[c->out->n_titles - 1].kind = NG_MENTION_REFERENCE;
      /* السلطات السودانية، حكومة السودان: an organ, but not its name */
      return add_unit(c, h->a, end, organ, NONE, owner, h->flags);
    }
    return add_unit(c, h->a, end, owner, NONE, owner, h->flags);
  }
  if (owner == NONE && person == NONE)
    return NG_OK;
  if (person != NONE && owner == NONE && !former &&
      (named = lexicon_role(c, person, h->p->type)) != NONE) {
    /* وزير الخارجية بلاول بوتو زرداري: the lexicon knows whose minister */
    return add_relation(c, h->p->type, person, named, h->a, end,
                        h->p->confidence - 0.2, h->p->iri) != NG_OK
               ? NG_ERR_NOMEM
               : add_unit(c, h->a, end, person, person, actor_of(c, person),
                          h->flags);
  }
  if (person != NONE && owner != NONE && !former) {
    local_role r = {person, owner, h->p->type};
    if (NG_PUSH(c->roles, c->n_roles, c->cap_roles, r) != NG_OK ||
        add_relation(c, h->p->type, person, named, h->a, end, h->p->confidence,
                     h->p->iri) != NG_OK)
      return NG_ERR_NOMEM;
  }
  if (person == NONE) { /* "الرئيس الكازاخي": the office for its holder */
    ng_tmention t = {0};
    size_t known = known_holder(c, owner, h->p->type);
    t.entity = known != NONE && !former ? known : owner;
    t.kind = NG_MENTION_TITLE;
    t.first = h->a;
    t.end = end;
    t.fbegin = tok(c, h->a)->fbegin;
    t.fend = tok(c, end - 1)->fend;
    if (NG_PUSH(c->out->titles, c->out->n_titles, c->out->cap_titles, t))
      return NG_ERR_NOMEM;
    person = former ? NONE : known;
    return add_unit(c, h->a, end, t.entity, person, former ? NONE : owner,
                    h->flags);
  }
  return add_unit(c, h->a, end, person, person,
                  former ? NONE : owner != NONE ? owner : actor_of(c, person),
                  h->flags);
}

/* The longest trigger at token i of a title or body pattern (title set)
 * or of any other pattern, looked up once per token and kept. */
static hit
trigger_at(const ctx *c, size_t i, int title)
{
  hit *memo = &c->memo[2 * i + (title != 0)];

  if (!memo->p && memo->a != 1)
    *memo = find_trigger(c, i, title);
  return *memo;
}

/* Does a lexicon name begin inside tokens (a, b) and run past b? */
static int
inside_name(const ctx *c, size_t a, size_t b)
{
  for (size_t k = a + 1; k < b; k++)
    if (c->mention_at[k] != NONE && c->ms[c->mention_at[k]].end > b)
      return 1;
  return 0;
}

/* For a word both a verb and a verbal noun trigger (طلب، رفض), is the verb
 * rule p the reading rather than the noun rule best?  The verb opens its
 * clause (وطلب الرئيس، …، رفض المجلس) and has no article or preposition;
 * after a word (إثر طلب، لطلب) it is the noun. */
static int
verb_rather(const ctx *c, size_t i, unsigned flags, const ng_pattern *best,
            const ng_pattern *p)
{
  if (p->frame != NG_FRAME_VERB || best->frame != NG_FRAME_NOUN ||
      (flags & (NG_CL_ART | NG_CL_PREP)))
    return 0;
  return (flags & NG_CL_CONJ) || i == sentence_first(c, i) ||
         is_boundary(c, i - 1);
}

/* The longest trigger at token i (see trigger_at); a = 1 marks a miss. */
static hit
find_trigger(const ctx *c, size_t i, int title)
{
  hit best = {NULL, 1, 0, 0, 0};

  for (size_t k = 0; k < ng_lexicon_pattern_count(c->lex); k++) {
    const ng_pattern *p = ng_lexicon_pattern(c->lex, k);
    if ((p->frame == NG_FRAME_TITLE || p->frame == NG_FRAME_BODY) != title)
      continue;
    for (size_t t = 0; t < p->n_triggers; t++) {
      unsigned f, lf;
      size_t n = words_at(c, i, &p->triggers[t], ~0u, &f, &lf);
      if (n && title && inside_name(c, i, i + n))
        continue; /* رئيس [حكومة الوفاق]: the title is رئيس */
      if (n && (!best.p || n > best.b - best.a ||
                (n == best.b - best.a && verb_rather(c, i, f, best.p, p))))
        best = (hit){p, i, i + n, f, lf};
    }
  }
  return best;
}

/* The country actor a stands for (itself, or the state of an organ); NONE
 * for an organization of no state. */
static size_t
own_country(const ctx *c, size_t a)
{
  if (a != NONE && type_of(c, a) != NG_COUNTRY)
    a = ent(c, a)->rollup ? lex_index(c, ent(c, a)->rollup) : NONE;
  return a != NONE && type_of(c, a) == NG_COUNTRY ? a : NONE;
}

/* A word that names the country the text is about (البلاد) or the
 * organization just named (المنظمة); NONE otherwise. */
static size_t
reference_at(const ctx *c, size_t i, unsigned *flags)
{
  for (size_t k = 0; k < ng_lexicon_cue_count(c->lex); k++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, k);
    unsigned f, lf;
    if ((cue->kind != NG_CUE_COUNTRY_REF && cue->kind != NG_CUE_ORG_REF &&
         cue->kind != NG_CUE_OWN_REF && cue->kind != NG_CUE_LATTER_REF) ||
        cue->words.n != 1 ||
        !words_at(c, i, &cue->words,
                  NG_CL_CONJ | NG_CL_PREP | NG_CL_ART | NG_CL_SUFFIX, &f, &lf))
      continue;
    if ((cue->kind == NG_CUE_OWN_REF) != ((lf & NG_CL_SUFFIX) != 0))
      continue; /* بلاده has its pronoun; البلاد has none */
    *flags = f;
    if (cue->kind == NG_CUE_LATTER_REF)
      return nearest_referent(c, 0, i, NONE, NONE, 0);
    if (cue->kind == NG_CUE_COUNTRY_REF)
      return salient_country(c, i);
    if (cue->kind == NG_CUE_ORG_REF)
      return referred_organization(c, i, cue->words.keys[0], cue->same_head);
    return own_country(c, backref(c, i, NONE, NONE, REF_SUBJECT));
  }
  return NONE;
}

/* A rank or honorific at token i and the person it names (اللواء فلان،
 * الشيخ فلان, a name known or not): one unit over both, ending at *next.
 * A rank draws no relation: it says what a person is, not whose. */
static ng_status
rank_unit(ctx *c, size_t i, size_t *next)
{
  unsigned flags = 0;
  size_t r = rank_at(c, i, &flags), known, n = name_at(c, i, &known);
  size_t person = known;

  if (known == NONE && new_person(c, i + r, i + n, &person) != NG_OK)
    return NG_ERR_NOMEM;
  *next = i + n;
  return add_unit(c, i, i + n, person, person, actor_of(c, person), flags);
}

/* Builds the units of the document, titles first, in token order. */
static ng_status
build_units(ctx *c)
{
  for (size_t i = 0; i < c->seg->n_tokens;) {
    hit h = tok(c, i)->kind == NG_TOKEN_WORD ? trigger_at(c, i, 1)
                                             : (hit){NULL, 0, 0, 0, 0};
    if (h.p && mention_at(c, i) && mention_at(c, i)->end > h.b)
      h.p = NULL; /* a known name that begins with a title word (جيش الإسلام) */
    const ng_tmention *m;
    size_t next = i + 1;
    unsigned sflags = 0;
    size_t ref;
    if (h.p) {
      if (title_unit(c, &h, &next) != NG_OK)
        return NG_ERR_NOMEM;
      if (next == h.b) /* a bare title: what follows is read normally */
        next = h.b;
    } else if (rank_at(c, i, &sflags) && name_at(c, i, &ref)) {
      if (rank_unit(c, i, &next) != NG_OK) /* اللواء فلان، الشيخ فلان */
        return NG_ERR_NOMEM;
    } else if (!c->in_mention[i] && (ref = reference_at(c, i, &sflags)) != NONE) {
      ng_tmention r = {ref, NG_MENTION_REFERENCE, i, i + 1, tok(c, i)->fbegin,
                       tok(c, i)->fend, sflags, 0};
      if (NG_PUSH(c->out->titles, c->out->n_titles, c->out->cap_titles, r) ||
          add_unit(c, i, i + 1, ref, NONE, ref, sflags) != NG_OK)
        return NG_ERR_NOMEM;
    } else if (!c->in_mention[i] && surname_at(c, i, &sflags) != NONE) {
      size_t p = surname_at(c, i, &sflags);
      ng_tmention r = {p, NG_MENTION_REFERENCE, i, i + 1, tok(c, i)->fbegin,
                       tok(c, i)->fend, sflags, 0};
      if (NG_PUSH(c->out->titles, c->out->n_titles, c->out->cap_titles, r) ||
          add_unit(c, i, i + 1, p, p, actor_of(c, p), sflags) != NG_OK)
        return NG_ERR_NOMEM;
    } else if ((m = mention_at(c, i))) {
      int nonstate = type_of(c, m->entity) == NG_COUNTRY && nonstate_head_before(c, m);
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
    for (size_t k = 0; k < ng_lexicon_cue_count(c->lex); k++) {
      const ng_cue *cue = ng_lexicon_cue(c->lex, k);
      unsigned f, lf;
      if (cue->kind == NG_CUE_NONSTATE_HEAD &&
          words_at(c, j, &cue->words, NG_CL_CONJ | NG_CL_ART | NG_CL_PREP, &f, &lf))
        return 1;
    }
  }
  return 0;
}

/* ---- institutions of a state ---------------------------------------------- */

/* Words of the longest institution cue at token i (its article as in the
 * cue; و and a preposition allowed before it); 0 if none. */
static size_t
institution_at(const ctx *c, size_t i, const ng_cue **out)
{
  size_t best = 0;

  for (size_t k = 0; k < ng_lexicon_cue_count(c->lex); k++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, k);
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

static int
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
  size_t end = i, n = 0, s = sentence_end(c, i);

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
static ng_status
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
  for (size_t k = 0; k < ng_lexicon_cue_count(c->lex); k++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, k);
    unsigned f, lf;
    if (cue->kind == NG_CUE_TOWN && cue->words.n == 1 &&
        words_at(c, i, &cue->words, NG_CL_CONJ | NG_CL_PREP, &f, &lf))
      return 1;
  }
  return 0;
}

/* A town the lexicon does not know, named right after a town noun (بلدة
 * بنت جبيل), becomes a place of kind city with a mention. */
static ng_status
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
static void
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
static size_t
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
  for (size_t k = 0; k < ng_lexicon_cue_count(c->lex); k++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, k);
    unsigned f, lf;
    size_t n;
    if (cue->kind != NG_CUE_GROUP_REF)
      continue;
    n = words_at(c, i, &cue->words, NG_CL_CONJ | NG_CL_PREP | NG_CL_ART, &f, &lf);
    if (n) {
      *flags = f;
      return n;
    }
  }
  return 0;
}

/* The last coordination of two actors or more that starts before token
 * pos, in its sentence or the two before; NONE when none. */
static size_t
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

static size_t subject_before(const ctx *c, size_t a, size_t max_dist);
static int in_group(const ctx *c, size_t g, size_t a);

#define MAX_REFERRED 8

/* Is actor a one of the n in list? */
static int
listed(const size_t *list, size_t n, size_t a)
{
  for (size_t k = 0; k < n; k++)
    if (list[k] == a)
      return 1;
  return 0;
}

/* Puts the distinct actors of the group starting at unit g, none of the
 * group skip (NONE: none skipped), in out; returns how many. */
static size_t
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
static ng_status
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
      ng_tmention r = {a, NG_MENTION_REFERENCE, i, i + n, tok(c, i)->fbegin,
                       tok(c, i + n - 1)->fend, flags, 0};
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

/* ---- stances ------------------------------------------------------------ */

static int
is_actor_unit(const ctx *c, size_t u)
{
  return c->units[u].actor != NONE;
}

/* May unit u be the target of the trigger h (an actor, or a place for the
 * rules that allow one)? */
static int
target_unit(const ctx *c, const hit *h, size_t u)
{
  return is_actor_unit(c, u) ||
         (h->p->place_target && type_of(c, c->units[u].entity) == NG_PLACE);
}

/* The entity a target unit stands for: its actor, or for a place the
 * country it lies in (aid to Damascus is aid to Syria), or the place. */
static size_t
target_entity(const ctx *c, size_t u)
{
  const ng_entity *e = ent(c, c->units[u].entity);

  if (c->units[u].actor != NONE)
    return c->units[u].actor;
  return e->rollup ? lex_index(c, e->rollup) : c->units[u].entity;
}

/* Is token i a head noun that may stand before an actor's name (دولة،
 * جمهورية، دول)? */
static int
classifier_at(const ctx *c, size_t i)
{
  for (size_t k = 0; k < ng_lexicon_cue_count(c->lex); k++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, k);
    unsigned f, lf;
    if (cue->kind == NG_CUE_CLASSIFIER &&
        words_at(c, i, &cue->words, NG_CL_CONJ | NG_CL_ART, &f, &lf))
      return 1;
  }
  return 0;
}

/* Is word i a preposition with a pronoun that refers back (به، عليه،
 * إليها), which may stand between a verb and its subject? */
static int
resumptive_at(const ctx *c, size_t i)
{
  static const char *const forms[] = {"به", "بها", "عليه", "عليها", "اليه",
                                      "اليها", "فيه", "فيها", "عنه", "عنها"};

  for (size_t k = 0; k < sizeof forms / sizeof *forms; k++)
    if (is_word(c, i, forms[k]))
      return 1;
  return 0;
}

/* The subject right after a verb ending at b: a unit with no preposition,
 * perhaps after "كل من". */
static size_t
subject_after(const ctx *c, size_t b, size_t end)
{
  if (b + 1 < end && is_word(c, b, "كل") && is_word(c, b + 1, "من"))
    b += 2;
  if (b + 1 < end && c->unit_at[b] == NONE && classifier_at(c, b))
    b++; /* أدانت [دول] مجموعة السبع، أعلنت [دولة] الإمارات */
  if (b + 1 < end && c->unit_at[b] == NONE && resumptive_at(c, b))
    b++; /* وهو ما ندّدت [به] طهران */
  if (b < end && c->unit_at[b] != NONE) {
    size_t u = c->unit_at[b];
    if (c->units[u].first == b && c->units[u].mark == NG_MARK_OBJ &&
        is_actor_unit(c, u))
      return c->units[u].group;
  }
  return NONE;
}

/* The nearest unit before a in its sentence that is not inside a
 * prepositional phrase: the subject of the clause or of its verb. */
static size_t
subject_before(const ctx *c, size_t a, size_t max_dist)
{
  size_t first = sentence_first(c, a);

  for (size_t u = c->n_units; u-- > 0;) {
    const unit *un = &c->units[u];
    if (un->end > a)
      continue;
    if (un->first < first || a - un->end > max_dist)
      break;
    if (c->units[un->group].mark == NG_MARK_OBJ && is_actor_unit(c, u))
      return un->group;
  }
  return NONE;
}

/* Does unit u open its sentence as a dateline (القاهرة، 15 يوليو …)? */
static int
is_dateline(const ctx *c, size_t u)
{
  size_t e = c->units[u].end;

  return c->units[u].first == sentence_first(c, c->units[u].first) &&
         e + 1 < sentence_end(c, e) && is_boundary(c, e) &&
         tok(c, e + 1)->kind == NG_TOKEN_NUMBER;
}

/* May unit u be the subject of its clause: an actor outside prepositional
 * phrases, neither an adjective of another noun (العاصمة اللبنانية), nor
 * the subject of a relative clause (التي تستضيفها مدينة جدة), nor a
 * dateline? */
static int
clause_subject_ok(const ctx *c, size_t u)
{
  const unit *un = &c->units[u];
  const ng_tmention *m = mention_at(c, un->first);
  size_t first = sentence_first(c, un->first);

  if (c->units[un->group].mark != NG_MARK_OBJ || !is_actor_unit(c, u) ||
      is_dateline(c, u))
    return 0;
  if (m && m->kind == NG_MENTION_DEMONYM && un->first > first &&
      c->unit_at[un->first - 1] == NONE && !is_punct(c, un->first - 1))
    return 0;
  for (size_t i = un->first; i > first && i + 3 > un->first; i--)
    if (is_relative(c, i - 1))
      return 0;
  return 1;
}

/* The subject of the clause a participle at a follows: the first actor
 * that may be a clause's subject in its sentence (after the last فيما،
 * بينما or في حين, which open a clause with a subject of its own): «قال
 * وزير الخارجية الروسي إن واشنطن …، متهما إياها» is the minister's. */
static size_t
participle_subject(const ctx *c, size_t a)
{
  size_t from = sentence_first(c, a);

  if (c->clause_holder != NONE && c->clause_sentence == tok(c, a)->sentence &&
      !c->clause_by_noun) {
    int embedded = 0; /* قال X إن Y تدعم Z: تدعم is not the main clause */
    for (size_t i = from; i < c->clause_verb; i++)
      embedded |= has_key(c, i, "ان", NG_CL_CONJ | NG_CL_SUFFIX) != 0;
    if (!embedded)
      return c->clause_holder; /* في خطوة انتقدتها X، متهمة Y: X's */
  }
  for (size_t i = from; i < a; i++)
    if (has_key(c, i, "فيما", NG_CL_CONJ) || has_key(c, i, "بينما", NG_CL_CONJ) ||
        (i + 1 < a && is_word(c, i, "في") && is_word(c, i + 1, "حين")))
      from = i + 1;
  for (size_t u = 0; u < c->n_units; u++) {
    if (c->units[u].first < from || c->units[u].group != u)
      continue;
    if (c->units[u].end > a)
      break;
    if (clause_subject_ok(c, u))
      return u;
  }
  return NONE;
}

/* Is word i تابع or خاص in any form (التابعة، تابعا، الخاصة): the word
 * before the owner of a thing? */
static int
owner_word(const ctx *c, size_t i)
{
  static const char *const forms[] = {"تابع", "تابعه", "تابعا", "تابعين",
                                      "تابعون", "تابعتين", "خاص", "خاصه", "خاصا"};

  for (size_t k = 0; k < sizeof forms / sizeof *forms; k++)
    if (has_key(c, i, forms[k], NG_CL_ART | NG_CL_CONJ))
      return 1;
  return 0;
}

/* Forces "التابعة لـ X" / "الخاصة بـ X": the owner of what the trigger names. */
static size_t
owner_after(const ctx *c, size_t b, size_t end, size_t window)
{
  for (size_t i = b; i + 1 < end && i < b + window; i++)
    if ((has_key(c, i, "تابعه", NG_CL_ART) || has_key(c, i, "خاصه", NG_CL_ART)) &&
        c->unit_at[i + 1] != NONE && is_actor_unit(c, c->unit_at[i + 1]))
      return c->units[c->unit_at[i + 1]].group;
  return NONE;
}

/* A demonym adjective right after a verbal noun: الدعم الروسي. */
static int member_noun_at(const ctx *c, size_t i, unsigned *flags);

static size_t
demonym_after(const ctx *c, size_t b, size_t end)
{
  unsigned f;

  for (size_t i = b; i < b + 2 && i < end; i++) {
    const ng_tmention *m = mention_at(c, i);
    if (i > b && member_noun_at(c, b, &f))
      break; /* تجميد أصول [شركات روسية]: the adjective is the companies' */
    if (m && m->kind == NG_MENTION_DEMONYM && !(m->flags & NG_CL_PREP))
      return c->units[c->unit_at[i]].group;
  }
  return NONE;
}

static const char *const pronoun_forms[][2] = {
    {"له", "ل"},     {"لها", "ل"},    {"لهم", "ل"},    {"لهما", "ل"},
    {"معه", "مع"},   {"معها", "مع"},  {"معهم", "مع"},  {"اليه", "الي"},
    {"اليها", "الي"}, {"عليه", "علي"}, {"عليها", "علي"}, {"ضدها", "ضد"},
    {"منها", "من"},  {"منه", "من"},   {"عنها", "عن"},  {"اياه", "obj"},
    {"اياها", "obj"}, {"اياهم", "obj"}, {"اياهما", "obj"}};

/* The preposition a pronoun token carries ("لها" → ل), or -1. */
static int
pronoun_mark(const ctx *c, size_t i)
{
  for (size_t k = 0; k < sizeof pronoun_forms / sizeof *pronoun_forms; k++)
    if (has_key(c, i, pronoun_forms[k][0], NG_CL_CONJ))
      return ng_mark_parse(pronoun_forms[k][1]);
  return -1;
}

typedef struct target {
  size_t group;   /* unit group, or NONE */
  size_t entity;  /* an entity found through a pronoun, or NONE */
  size_t dist;
  size_t at;      /* the token where the target or complement starts */
  const char *how;
} target;

/* Is word i a definite noun with a preposition clitic in marks (بالإرهاب)? */
static int
marked_noun(const ctx *c, size_t i, unsigned marks)
{
  const ng_token *t = tok(c, i);

  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++) {
    unsigned f = t->readings[r].flags;
    if (!(f & NG_CL_ART))
      continue;
    if (((f & NG_CL_PREP_L) && (marks & 1u << NG_MARK_L)) ||
        ((f & NG_CL_PREP_B) && (marks & 1u << NG_MARK_B)))
      return 1;
  }
  return 0;
}

/* Is word i a noun of an act done to the actor named after it (حصار،
 * عزل), so that this actor is not the one a stance toward the act is
 * about? */
static int
patient_noun_at(const ctx *c, size_t i)
{
  for (size_t k = 0; k < ng_lexicon_cue_count(c->lex); k++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, k);
    unsigned f, lf;
    if (cue->kind == NG_CUE_PATIENT_NOUN &&
        words_at(c, i, &cue->words, NG_CL_CONJ | NG_CL_ART | NG_CL_PREP, &f, &lf))
      return 1;
  }
  return 0;
}

/* The owner of a complement at i named one word further: «أي» before
 * the noun (أي هجوم أمريكي), or an indefinite noun or adjective between
 * the noun and a country's adjective (مشروع قرار أمريكي، تحرك عسكري
 * روسي); NONE otherwise. */
static size_t
owned_by_far(const ctx *c, size_t i, size_t end)
{
  size_t u;
  const ng_tmention *m;

  if (is_word(c, i, "اي") && c->unit_at[i + 1] == NONE) {
    u = c->unit_at[i + 2];
    if (u != NONE && c->units[u].first == i + 2 && is_actor_unit(c, u) &&
        c->units[u].mark == NG_MARK_OBJ)
      return c->units[u].group; /* أي هجوم أمريكي */
    i++;
  }
  if (i + 2 >= end || c->unit_at[i + 1] != NONE || is_punct(c, i + 1) ||
      has_article(c, i + 1) || c->unit_at[i + 2] == NONE)
    return NONE;
  u = c->unit_at[i + 2];
  m = mention_at(c, i + 2);
  if (c->units[u].first != i + 2 || !is_actor_unit(c, u) || !m ||
      m->kind != NG_MENTION_DEMONYM || (m->flags & NG_CL_PREP))
    return NONE;
  return c->units[u].group;
}

/* The actor owning a non-actor complement at i: an adjective or genitive
 * right after it (الغزو الروسي, غزو روسيا, الوساطة السعودية). */
static size_t
owned_by(const ctx *c, size_t i)
{
  size_t end = sentence_end(c, i), j = i + 1, u;
  hit body = trigger_at(c, i, 1);

  if (patient_noun_at(c, i))
    return NONE; /* ندّد بحصار قطر: not a stance toward Qatar */
  if (body.p && body.p->frame == NG_FRAME_BODY) { /* السلطات [الجديدة] في نيامي */
    j = body.b; /* past a body of several words (قادة الانقلاب في النيجر) */
    while (j < end && j < body.b + 2 && c->unit_at[j] == NONE && has_article(c, j))
      j++;
    if (j + 1 < end && is_word(c, j, "في"))
      j++;
    u = j < end ? c->unit_at[j] : NONE;
    if (u != NONE && c->units[u].first == j && is_actor_unit(c, u) &&
        (c->units[u].mark == NG_MARK_OBJ || c->units[u].mark == NG_MARK_FI))
      return c->units[u].group;
  }
  u = i + 1 < end ? c->unit_at[i + 1] : NONE;
  if (u == NONE && i + 2 < end)
    return owned_by_far(c, i, end);
  if (u == NONE || c->units[u].first != i + 1 || !is_actor_unit(c, u) ||
      c->units[u].mark != NG_MARK_OBJ)
    return NONE;
  return c->units[u].group;
}

/* Pronouns a relative clause uses to point back to its noun when the
 * noun is not its subject (الدور الذي تقوم به X). */
static const char *const resumptives[] = {
    "به", "بها", "بهم", "بهما", "له", "لها", "لهم", "فيه", "فيها", "عليه",
    "عليها", "منه", "منها", "عنه", "عنها", "اليه", "اليها"};

/* After the verb of a relative clause at v, where its subject can be: past
 * a pronoun pointing back to the noun, on the verb (التي طرحتها مصر) or
 * right after it (الذي تقوم به قطر); SIZE_MAX when there is none, for
 * then the noun is the subject and a name after the verb its object
 * (الإرهاب الذي استهدف كازاخستان). */
static size_t
resumed_after(const ctx *c, size_t v)
{
  const ng_token *t = tok(c, v);

  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++)
    if (t->readings[r].flags & NG_CL_SUFFIX)
      return v + 1;
  for (size_t k = 0; v + 1 < c->seg->n_tokens && k < sizeof resumptives / sizeof *resumptives; k++)
    if (is_word(c, v + 1, resumptives[k]))
      return v + 2;
  return SIZE_MAX;
}

/* The actor owning a complement noun at i further on than owned_by looks
 * (أشاد بـ«الدور البنّاء» لقطر، رحب بوصول القوات الكينية، أشاد بالدور
 * الذي تضطلع به السلطنة): after up to two definite words and quotes, an
 * adjective or genitive; with ل among the rule's markers, an actor with
 * ل; or the subject of a relative clause on the noun (الذي تضطلع به X).
 * Its group, or NONE. */
static size_t
complement_owner(const ctx *c, size_t i, unsigned marks, size_t holder)
{
  size_t end = sentence_end(c, i), j = i + 1, words = 0, u;

  while (j < end && c->unit_at[j] == NONE && !is_relative(c, j) &&
         (is_quote(c, j) || (has_article(c, j) && words++ < 2)))
    j++;
  u = j < end ? c->unit_at[j] : NONE;
  if (u != NONE && c->units[u].first == j && is_actor_unit(c, u) &&
      c->units[u].group != holder &&
      (c->units[u].mark == NG_MARK_OBJ ||
       (c->units[u].mark == NG_MARK_L && (marks & 1u << NG_MARK_L))))
    return c->units[u].group;
  if (j + 2 < end && is_relative(c, j)) {
    size_t k = resumed_after(c, j + 1); /* الذي تضطلع به X، التي طرحتها X */
    u = k < end ? c->unit_at[k] : NONE;
    if (u != NONE && c->units[u].first == k && is_actor_unit(c, u) &&
        c->units[u].mark == NG_MARK_OBJ && c->units[u].group != holder)
      return c->units[u].group;
  }
  return NONE;
}

/* Does word i carry, as a clitic, one of the prepositions in marks? */
static int
prefixed_by(const ctx *c, size_t i, unsigned marks)
{
  const ng_token *t = tok(c, i);

  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++) {
    unsigned f = t->readings[r].flags;
    if (((f & NG_CL_PREP_L) && (marks & 1u << NG_MARK_L)) ||
        ((f & NG_CL_PREP_B) && (marks & 1u << NG_MARK_B)))
      return 1;
  }
  return 0;
}

/* Is the definite word i an adjective of the subject with its own
 * complement (مجلس النواب [المنعقد] في طبرق)?  A comma or a preposition
 * right after it says so. */
static int
modifies_subject(const ctx *c, size_t i, size_t end)
{
  const ng_token *next;

  if (i + 1 >= end)
    return 0;
  next = tok(c, i + 1);
  if (is_boundary(c, i + 1))
    return 1;
  return next->kind == NG_TOKEN_WORD && ng_mark_parse(next->form) >= 0 &&
         ng_mark_parse(next->form) != NG_MARK_OBJ;
}

/* The first token at or after i (before end) that is not a quote mark. */
static size_t
after_quotes(const ctx *c, size_t i, size_t end)
{
  while (i < end && is_quote(c, i))
    i++;
  return i;
}

static int in_group(const ctx *c, size_t g, size_t a);

/* After a holder named after the trigger and a comma, the end of an
 * apposition that describes it (اتهمت كتائب القسام، الجناح العسكري لحماس،
 * إسرائيل …): the closing comma within a few words, or i. */
static size_t
skip_apposition(const ctx *c, const hit *h, size_t i, size_t from,
                size_t holder, size_t end)
{
  if (i != from || holder == NONE || c->units[holder].first < h->b)
    return i;
  for (size_t j = i + 1; j < end && j < i + 10; j++)
    if (is_boundary(c, j))
      return j + 1 < end && !is_boundary(c, j + 1) ? j : i;
  return i;
}

/* The place named right after the indefinite noun at i, as its genitive
 * (مطار بيروت، مدينة حلب، مخيمات غزة): where aid or troops go; NONE when
 * there is none (or it is the holder). */
static size_t
place_of_noun(const ctx *c, size_t i, size_t holder)
{
  size_t u = i + 1 < sentence_end(c, i) ? c->unit_at[i + 1] : NONE;
  const ng_tmention *m = u != NONE ? mention_at(c, i + 1) : NULL;

  if (u == NONE || has_article(c, i) || tok(c, i)->kind != NG_TOKEN_WORD ||
      c->units[u].first != i + 1 || c->units[u].mark != NG_MARK_OBJ ||
      c->units[u].group == holder)
    return NONE;
  if (type_of(c, c->units[u].entity) == NG_PLACE ||
      (m && m->kind == NG_MENTION_METONYM)) /* a capital: مطار دمشق */
    return c->units[u].group;
  return NONE;
}

static size_t relative_before(const ctx *c, size_t a);

/* «حزب الله»، الذي تفرض عقوبات على قادته: the actor a relative pronoun
 * opening the clause of token a stands for (named right before it); NONE
 * when there is none, or it is the holder. */
static size_t
relative_antecedent(const ctx *c, size_t a, size_t holder)
{
  size_t r = relative_before(c, a), u;

  if (r == NONE)
    return NONE;
  while (r > sentence_first(c, a) && is_punct(c, r - 1))
    r--; /* the comma and the quotes after the name */
  u = r > sentence_first(c, a) ? c->unit_at[r - 1] : NONE;
  if (u == NONE || c->units[u].group == holder || !is_actor_unit(c, u))
    return NONE;
  return c->units[u].actor;
}

/* Is token i one of the nouns naming an actor's members or property
 * (قادة، أصول)?  *flags gets its reading's clitics. */
static int
member_noun_at(const ctx *c, size_t i, unsigned *flags)
{
  for (size_t k = 0; k < ng_lexicon_cue_count(c->lex); k++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, k);
    unsigned f, lf;
    if (cue->kind == NG_CUE_MEMBERS &&
        words_at(c, i, &cue->words, NG_CL_CONJ | NG_CL_ART | NG_CL_SUFFIX,
                 &f, &lf)) {
      *flags = lf;
      return 1;
    }
  }
  return 0;
}

/* عقوبات على [عدد من] قادته، على قادة الحركة: the actor whose members or
 * property the complement at i names (a genitive, or what its pronoun
 * stands for); NONE when it names none. */
static size_t
members_owner(const ctx *c, size_t i, size_t a, size_t holder)
{
  size_t end = sentence_end(c, i), u;
  unsigned f;

  if (i + 2 < end && (has_key(c, i, "عدد", 0) || has_key(c, i, "بعض", 0)) &&
      is_word(c, i + 1, "من"))
    i += 2; /* على عدد من قادته */
  if (i + 1 < end && has_key(c, i, "كبار", NG_CL_PREP | NG_CL_ART))
    i++;
  if (i >= end || c->unit_at[i] != NONE || !member_noun_at(c, i, &f))
    return NONE;
  if (f & NG_CL_SUFFIX)
    return relative_antecedent(c, a, holder);
  u = owned_by(c, i);
  return u != NONE && u != holder ? c->units[u].actor : NONE;
}

/* A dual pronoun (إياهما، لهما) at token i stands for the last pair named
 * together before it, in its sentence or the one before, unless that is
 * the holder's group; the group, or NONE. */
static size_t
dual_referent(const ctx *c, size_t i, size_t holder)
{
  const char *f = tok(c, i)->form, *dual = "هما";
  size_t n = strlen(f), g;

  if (n < strlen(dual) || strcmp(f + n - strlen(dual), dual) != 0)
    return NONE;
  g = recent_group(c, i);
  if (g == NONE || g == holder ||
      tok(c, c->units[g].first)->sentence + 1 < tok(c, i)->sentence)
    return NONE;
  return g;
}

/* A phrase set off by commas that begins with a preposition (دعت X، في
 * بيان لوزارة خارجيتها، البلدين إلى): the clause goes on after it.  For
 * the comma at i, the closing comma within 8 tokens with no verb trigger
 * before it; NONE when there is none. */
static size_t
parenthesis_end(const ctx *c, size_t i, size_t end)
{
  uint32_t p = tok(c, i)->punct;
  int m;

  if (!is_punct(c, i) || (p != 0x060C && p != ',') || i + 2 >= end ||
      tok(c, i + 1)->kind != NG_TOKEN_WORD)
    return NONE;
  m = ng_mark_parse(tok(c, i + 1)->form);
  if ((m < 0 || m == NG_MARK_OBJ || m == NG_MARK_GEN) &&
      !is_word(c, i + 1, "خلال") && !is_word(c, i + 1, "عبر")) {
    size_t j = i + 1; /* استضاف X، الثلاثاء، لقاء: a word or two, no actor */
    while (j < end && j < i + 3 && !is_punct(c, j) && c->unit_at[j] == NONE &&
           !trigger_at(c, j, 0).p)
      j++;
    return j > i + 1 && j + 1 < end && is_punct(c, j) && tok(c, j)->punct == p
               ? j
               : NONE;
  }
  for (size_t j = i + 2; j < end && j < i + 9; j++) {
    hit h;
    if (is_boundary(c, j))
      return tok(c, j)->punct == p && j + 1 < end ? j : NONE;
    h = c->unit_at[j] == NONE && tok(c, j)->kind == NG_TOKEN_WORD
            ? trigger_at(c, j, 0)
            : (hit){NULL, 0, 0, 0, 0};
    if (h.p && h.p->frame == NG_FRAME_VERB)
      return NONE;
  }
  return NONE;
}

static int is_nisba(const ctx *c, size_t i);

/* Is word i read with a pronoun suffix (طرحتها، تفرضها)? */
static int
has_suffix_reading(const ctx *c, size_t i)
{
  const ng_token *t = tok(c, i);

  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++)
    if (t->readings[r].flags & NG_CL_SUFFIX)
      return 1;
  return 0;
}

/* The actor a relative clause after the noun at i says issued it (مبادرة
 * «…» التي طرحتها مصر، العقوبات التي تفرضها واشنطن): the subject after a
 * verb with a pronoun for the noun; NONE when there is none. */
static size_t
relative_owner(const ctx *c, size_t i, size_t holder)
{
  size_t end = sentence_end(c, i), j = i + 1, u;

  while (j < end && j < i + 5 && (is_quote(c, j) || is_nisba(c, j)))
    j++;
  if (j + 2 >= end || !is_relative(c, j) || !has_suffix_reading(c, j + 1))
    return NONE;
  u = c->unit_at[j + 2];
  if (u == NONE || c->units[u].first != j + 2 || !is_actor_unit(c, u) ||
      mark_before(c, j + 2, c->units[u].flags) != NG_MARK_OBJ ||
      c->units[u].group == holder)
    return NONE;
  return c->units[u].group;
}

/* A stance toward a thing someone issued (rejecting a plan, condemning a
 * decision) is toward who issued it: the owner a relative clause names. */
static int
judges_issuer(const hit *h)
{
  return !h->p->is_relation &&
         (h->p->type == NG_REJECT || h->p->type == NG_CRITICIZE ||
          h->p->type == NG_ACCUSE || h->p->type == NG_THREATEN);
}

/* Is word i a verb that names what it describes (وصفه، وصفتها، سماه،
 * اعتبره), as in ندّد بما وصفه بـ…? */
static int
describer_at(const ctx *c, size_t i)
{
  static const char *const stems[] = {"وصف", "وصفت", "سما", "اسما", "سمته",
                                      "اعتبر", "اعتبرت"};

  for (size_t k = 0; k < sizeof stems / sizeof *stems; k++)
    if (has_key(c, i, stems[k], NG_CL_SUFFIX))
      return 1;
  return 0;
}

/* The key of the definite noun i without its article, or NULL. */
static const char *
noun_key(const ctx *c, size_t i)
{
  const ng_token *t = tok(c, i);

  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++)
    if (t->readings[r].flags & NG_CL_ART)
      return t->readings[r].key;
  return NULL;
}

/* Does word j carry a reading whose key begins with key (عرضت for عرض)? */
static int
has_stem(const ctx *c, size_t j, const char *key, size_t n)
{
  const ng_token *t = tok(c, j);

  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++)
    if (strncmp(t->readings[r].key, key, n) == 0)
      return 1;
  return 0;
}

/* رفضت X العرض / المذكرة: who made the offer, memorandum or demand the
 * definite object at i names, told earlier in this sentence or the two
 * before: the actor right before the same noun (توقيع إثيوبيا مذكرة) or
 * its owner, or the subject after a verb of the noun's stem (عرضت إسرائيل
 * … العرض); NONE when none is told. */
static size_t
proposer_before(const ctx *c, const hit *h, size_t i, size_t holder)
{
  const char *key = noun_key(c, i);
  size_t s = tok(c, i)->sentence, n, u;
  size_t from = c->seg->sentences[s > 2 ? s - 2 : 0].first;

  if (!key || (n = strlen(key)) < 6)
    return NONE;
  for (size_t j = h->a; j-- > from;) {
    if (c->unit_at[j] != NONE || !has_stem(c, j, key, n))
      continue;
    if (has_key(c, j, key, NG_CL_CONJ | NG_CL_PREP)) { /* the same noun */
      u = j > 0 ? c->unit_at[j - 1] : NONE;
      if (u != NONE && c->units[u].end == j && is_actor_unit(c, u) &&
          c->units[u].group != holder)
        return c->units[u].actor; /* توقيع إثيوبيا مذكرة */
      if ((u = owned_by(c, j)) != NONE && u != holder)
        return c->units[u].actor;
    } else if (!has_article(c, j) &&
               (u = subject_after(c, j + 1, sentence_end(c, j))) != NONE &&
               u != holder) {
      return c->units[u].actor; /* عرضت إسرائيل */
    }
  }
  return NONE;
}

/* Looks for the target after token from, per the pattern's markers. */
static target
find_target(const ctx *c, const hit *h, size_t from, size_t holder)
{
  target t = {NONE, NONE, 0, NONE, NULL}, passed = t;
  size_t end = sentence_end(c, h->a), stop = from + h->p->window;
  unsigned marks = h->p->markers;
  size_t first_word = from;
  int past_apposition = 0;

  while (first_word < end && is_punct(c, first_word))
    first_word++;
  for (size_t i = from; i < end && i < stop; i++) {
    size_t u = c->unit_at[i];
    int pm;
    t.dist = i - h->b;
    if (u != NONE && c->units[u].first == i) {
      int mk = c->units[c->units[u].group].mark;
      if (mk == NG_MARK_OBJ && i > from && c->unit_at[i - 1] == NONE &&
          patient_noun_at(c, i - 1)) {
        t.at = i; /* وصف X حصار قطر بأنه …: about who blockades Qatar */
        t.how = "the actor suffers the act named before it";
        return t;
      }
      if (c->units[u].group == holder || !target_unit(c, h, u) ||
          (i > h->b && owner_word(c, i - 1)) ||
          (holder != NONE && is_actor_unit(c, u) &&
           in_group(c, holder, c->units[u].actor)))
        continue; /* فريق إنقاذ تابعا لجيشها: the owner, not the target;
                     also the holder named again (إيكواس after its name) */
      if (mk == NG_MARK_OBJ && h->p->frame == NG_FRAME_VERB &&
          (h->last_flags & NG_CL_SUFFIX))
        continue; /* التي تستضيفها جدة، الذي أيّده 13 عضوا: its object is
                     its pronoun; an actor after it is its subject */
      if ((mk == NG_MARK_OBJ && i == h->b &&
           ((marks & 1u << NG_MARK_GEN) ||
            (h->p->frame == NG_FRAME_NOUN && (h->flags & NG_CL_PREP)))) ||
          (mk != NG_MARK_OBJ && (marks & 1u << mk)) ||
          (mk == NG_MARK_OBJ && (marks & 1u << NG_MARK_OBJ) && !past_apposition)) {
        t.group = c->units[u].group;
        t.at = i;
        t.how = mk == NG_MARK_OBJ ? (i == h->b ? "the genitive after the trigger"
                                               : "the direct object")
                                  : "introduced by a preposition of the rule";
        return t;
      }
      continue;
    }
    if (u == NONE && (marks & 1u << NG_MARK_B) && i + 2 < end &&
        (has_key(c, i, "ما", NG_CL_PREP_B | NG_CL_CONJ) || is_word(c, i, "بما")) &&
        describer_at(c, i + 1)) {
      size_t noun = after_quotes(c, i + 2, end); /* ندّد بما وصفها [محاولات أمريكية] */
      if (noun + 1 < end && is_word(c, noun, "ب"))
        noun = after_quotes(c, noun + 1, end); /* بما وصفه بـ«القرار …» */
      t.group = noun < end ? owned_by(c, noun) : NONE;
      t.at = noun < end ? noun : i;
      t.how = t.group != NONE ? "the owner of what the holder described"
                              : "what the holder described is not an actor's";
      return t;
    }
    if (u == NONE && h->p->type == NG_ACCUSE && !h->p->is_relation &&
        !(marks & 1u << NG_MARK_B) && prefixed_by(c, i, 1u << NG_MARK_B))
      break; /* اتهمت X بتسليح Y: Y is in the charge, not the accused */
    if (u == NONE && prefixed_by(c, i, marks) && i + 1 < end &&
        c->unit_at[i + 1] != NONE && c->units[c->unit_at[i + 1]].first == i + 1 &&
        c->units[c->unit_at[i + 1]].mark == NG_MARK_OBJ &&
        target_unit(c, h, c->unit_at[i + 1]) &&
        c->units[c->unit_at[i + 1]].group != holder) {
      t.group = c->units[c->unit_at[i + 1]].group; /* أشاد بموقف أثينا */
      t.at = i;
      t.how = "the owner of the complement";
      return t;
    }
    if (u == NONE && prefixed_by(c, i, marks) && !has_article(c, i) &&
        (t.group = complement_owner(c, i, marks, holder)) != NONE) {
      t.at = i; /* رحب بوصول القوات الكينية */
      t.how = "the owner of the complement";
      return t;
    }
    if ((pm = pronoun_mark(c, i)) >= 0 && (marks & 1u << pm) &&
        (t.group = dual_referent(c, i, holder)) != NONE) {
      t.at = i;
      t.how = "a dual pronoun: the two actors named together before it";
      return t;
    }
    if ((pm = pronoun_mark(c, i)) >= 0 && (marks & 1u << pm)) {
      t.entity = backref(c, i, holder == NONE ? NONE : c->units[holder].actor,
                         NONE, REF_SALIENT);
      t.at = i;
      t.how = "a pronoun: the actor named last before it";
      return t;
    }
    if (ng_mark_parse(tok(c, i)->form) == NG_MARK_BAYN &&
        (marks & 1u << NG_MARK_BAYN)) { /* بين العسكريين و«إيكواس» */
      for (size_t j = i + 1; j < end && j < i + 6 && !is_boundary(c, j); j++)
        if (c->unit_at[j] != NONE && target_unit(c, h, c->unit_at[j]) &&
            c->units[c->unit_at[j]].group != holder) {
          t.group = c->units[c->unit_at[j]].group;
          t.at = j;
          t.how = "a party named after بين";
          return t;
        }
    }
    if (marked_noun(c, i, marks) ||
        (ng_mark_parse(tok(c, i)->form) >= 0 &&
         (marks & 1u << ng_mark_parse(tok(c, i)->form)) &&
         after_quotes(c, i + 1, end) < end &&
         c->unit_at[after_quotes(c, i + 1, end)] == NONE &&
         !is_punct(c, after_quotes(c, i + 1, end)))) {
      size_t noun = marked_noun(c, i, marks) ? i : after_quotes(c, i + 1, end);
      t.group = owned_by(c, noun); /* بالغزو الروسي; else not an actor */
      int place = 0;
      if (t.group == NONE && h->p->place_target)
        place = (t.group = place_of_noun(c, noun, holder)) != NONE; /* إلى مطار بيروت */
      if (t.group == NONE &&
          (t.entity = members_owner(c, noun, h->a, holder)) != NONE) {
        t.at = noun;
        t.how = "the actor whose members or property are named";
        return t;
      }
      if (t.group == NONE)
        t.group = complement_owner(c, noun, marks, holder);
      if (t.group == NONE && judges_issuer(h) &&
          (t.group = relative_owner(c, noun, holder)) != NONE) {
        t.at = noun;
        t.how = "who issued the complement (a relative clause says)";
        return t;
      }
      t.at = noun;
      t.how = place              ? "the place named after the complement"
              : t.group != NONE ? "the owner of the complement"
                                : "the complement is not an actor";
      if (t.group == NONE && h->p->place_target && !passed.how) {
        passed = t; /* مساعدات للاجئين في لبنان: the recipients' place may follow */
        marks |= 1u << NG_MARK_FI;
        continue;
      }
      return t.group == NONE && passed.how ? passed : t;
    }
    if (i == h->b && u == NONE && (marks & 1u << NG_MARK_GEN) &&
        h->p->frame == NG_FRAME_NOUN && tok(c, i)->kind == NG_TOKEN_WORD &&
        has_key(c, i, tok(c, i)->form, 0) && ng_mark_parse(tok(c, i)->form) < 0 &&
        !trigger_at(c, i, 0).p && (t.group = owned_by(c, i)) != NONE &&
        t.group != holder) {
      t.at = i; /* تجميد أصول [قادة] عسكريين: the genitive's own genitive */
      t.how = "the owner of the genitive after the trigger";
      return t;
    }
    t.group = NONE;
    if (i == first_word && (marks & 1u << NG_MARK_OBJ) && has_article(c, i) &&
        (!modifies_subject(c, i, end) ||
         (holder != NONE && c->units[holder].first < h->a))) {
      /* (with the subject before the verb, the word after it is no
       * adjective of the subject: رفضت الحكومة العرض، إذ …) */
      t.group = owned_by(c, i); /* رفضت X الاقتراح [الإسرائيلي] */
      if (t.group == NONE && judges_issuer(h))
        t.group = relative_owner(c, i, holder); /* المذكرة التي وقعتها X */
      if (t.group == NONE && h->p->type == NG_REJECT && !h->p->is_relation &&
          (t.entity = proposer_before(c, h, i, holder)) != NONE) {
        t.at = i; /* عرضت X …، غير أن Y رفضت العرض */
        t.how = "who made what is rejected, named before";
        return t;
      }
      t.at = i;
      t.how = t.group != NONE ? "the owner of the object"
                              : "the object is not an actor";
      return t;
    }
    if (is_boundary(c, i) && parenthesis_end(c, i, end) != NONE) {
      i = parenthesis_end(c, i, end); /* دعت X، في بيان لوزارتها، Y إلى */
      continue;
    }
    if (is_boundary(c, i) && !(i + 1 < end && c->unit_at[i + 1] != NONE)) {
      size_t j = skip_apposition(c, h, i, from, holder, end), v;
      if (j == i)
        break;
      v = c->unit_at[j + 1]; /* its own mark: the group joins it to the
                                apposition by the comma */
      if (v != NONE && c->units[v].first == j + 1 && target_unit(c, h, v) &&
          mark_before(c, j + 1, c->units[v].flags) == NG_MARK_OBJ &&
          (marks & 1u << NG_MARK_OBJ)) {
        t.group = v;
        t.at = j + 1;
        t.how = "the direct object, after an apposition to the subject";
        return t;
      }
      stop += j - i; /* the window counts from after the apposition, */
      past_apposition = 1; /* and only a preposition introduces a target */
      i = j;
      continue;
    }
    if (i > h->b && u == NONE && tok(c, i)->kind == NG_TOKEN_WORD) {
      hit next = trigger_at(c, i, 0);
      if (next.p && (next.p->frame == NG_FRAME_VERB ||
                     next.p->frame == NG_FRAME_PARTICIPLE))
        break; /* another clause begins: its verb has its own target */
    }
  }
  t.group = NONE;
  return passed.how ? passed : t;
}

/* Does cue k match at token i (and not before one of its "unless")? */
static int
cue_at(const ctx *c, const ng_cue *cue, size_t i)
{
  unsigned f, lf;
  size_t n = words_at(c, i, &cue->words,
                     NG_CL_CONJ | NG_CL_ART | NG_CL_SUFFIX | NG_CL_PREP, &f, &lf);

  if (!n)
    return 0;
  for (size_t u = 0; u < cue->n_unless; u++)
    if (i + n < c->seg->n_tokens &&
        words_at(c, i + n, &cue->unless[u], ~0u, &f, &lf))
      return 0;
  /* قد before a perfect verb asserts; before an imperfect it hedges */
  if (cue->kind == NG_CUE_HEDGE && cue->words.n == 1 &&
      strcmp(cue->words.keys[0], "قد") == 0) {
    const char *next = i + 1 < c->seg->n_tokens ? tok(c, i + 1)->form : "";
    return strncmp(next, "ي", 2) == 0 || strncmp(next, "ت", 2) == 0;
  }
  return 1;
}

/* Is there a cue of kind within its scope before token a (from from)? */
static int
cue_before(const ctx *c, ng_cue_kind kind, size_t from, size_t a)
{
  size_t first = sentence_first(c, a);

  for (size_t k = 0; k < ng_lexicon_cue_count(c->lex); k++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, k);
    size_t lo = from > cue->scope ? from - cue->scope : 0;
    if (cue->kind != kind)
      continue;
    for (size_t i = lo > first ? lo : first; i < a; i++)
      if (!c->in_mention[i] && cue_at(c, cue, i)) /* not وكالة الأنباء */
        return 1;
  }
  return 0;
}

/* Is there a negation cue within its scope before token a (from from)
 * in the clause of a?  A cue behind a comma or a quotation mark negates
 * another clause (أكد X أن الهدنة «ليست نهاية الحرب»، وتوعّد بـ…). */
static int
negation_before(const ctx *c, size_t from, size_t a)
{
  size_t first = sentence_first(c, a);

  for (size_t k = 0; k < ng_lexicon_cue_count(c->lex); k++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, k);
    size_t lo = from > cue->scope ? from - cue->scope : 0;
    size_t i = a;
    if (cue->kind != NG_CUE_NEGATION)
      continue;
    while (i-- > (lo > first ? lo : first) && !is_boundary(c, i) &&
           !is_quote(c, i))
      if (!c->in_mention[i] && cue_at(c, cue, i))
        return 1;
  }
  return 0;
}

/* The relative pronoun (الذي، التي) that opens the clause of token a, when
 * it stands within the few words before a; NONE otherwise. */
static size_t
relative_before(const ctx *c, size_t a)
{
  size_t first = sentence_first(c, a);

  for (size_t i = a; i-- > first && i + 4 >= a && !is_boundary(c, i);)
    if (is_relative(c, i))
      return i;
  return NONE;
}

/* Is a negation cue in tokens [lo, a) (each cue's own reach ignored)? */
static int
negation_between(const ctx *c, size_t lo, size_t a)
{
  for (size_t k = 0; k < ng_lexicon_cue_count(c->lex); k++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, k);
    if (cue->kind != NG_CUE_NEGATION)
      continue;
    for (size_t i = lo; i < a; i++)
      if (!c->in_mention[i] && cue_at(c, cue, i))
        return 1;
  }
  return 0;
}

/* A future verb (ستقدم، سترسل) among the two words before token a. */
static int
future_before(const ctx *c, size_t a)
{
  size_t first = sentence_first(c, a);

  for (size_t i = a; i > first && i + 2 > a; i--) {
    const ng_token *t = tok(c, i - 1);
    if (has_key(c, i - 1, "سير", NG_CL_CONJ) || has_key(c, i - 1, "سيرت", NG_CL_CONJ) ||
        has_key(c, i - 1, "سيرتا", NG_CL_CONJ) || has_key(c, i - 1, "سيروا", NG_CL_CONJ))
      continue; /* سيّرت جسرا جويا: the verb سيّر (sent), not a future */
    for (size_t r = 0; r < t->n_readings; r++)
      if ((t->readings[r].flags & NG_CL_FUT) && !(t->readings[r].flags & NG_CL_PREP))
        return 1;
  }
  return 0;
}

static double
clamp(double x)
{
  return x < 0.05 ? 0.05 : x > 0.99 ? 0.99 : x;
}

static int requirement_met(const ctx *c, const hit *h, size_t end);

/* Is token a inside what an accusation, a request or a rejection is about
 * (اتهم X Y بدعم Z, ناشد X Y فرض عقوبات على Z, عارضت X أي عقوبات على Z)?
 * Such a stance is only reported; the accusation, request or rejection is
 * the fact. */
static int
claimed(const ctx *c, size_t a)
{
  size_t first = sentence_first(c, a);

  for (size_t i = a; i-- > first && i + 16 >= a;) {
    hit h;
    if (is_boundary(c, i))
      return 0;
    h = tok(c, i)->kind == NG_TOKEN_WORD && c->unit_at[i] == NONE
            ? trigger_at(c, i, 0)
            : (hit){NULL, 0, 0, 0, 0};
    if (h.p && !h.p->is_relation &&
        (h.p->type == NG_ACCUSE || h.p->type == NG_REQUEST ||
         h.p->type == NG_REJECT) &&
        requirement_met(c, &h, h.b + h.p->window))
      return 1; /* not محمّلة بالمساعدات: محمّلة accuses only with المسؤولية */
    if (h.p && h.p->frame == NG_FRAME_VERB)
      return 0; /* another verb: a clause of its own */
  }
  return 0;
}

/* Is actor a one of the group that starts at unit g? */
static int
in_group(const ctx *c, size_t g, size_t a)
{
  for (size_t u = g; u < group_end(c, g); u++)
    if (c->units[u].actor == a)
      return 1;
  return 0;
}

/* تعهّدت X بتقديم أكثر من 300 مليون دولار: does a cue of kind (a pledge or
 * suspension verb) stand right before the holder, in the trigger's clause
 * (no pause from the holder to the trigger)? */
static int
cue_before_subject(const ctx *c, ng_cue_kind kind, const hit *h, size_t holder)
{
  size_t first = c->units[holder].first;
  size_t last = c->units[group_end(c, holder) - 1].end;

  if (last > h->a)
    return 0;
  for (size_t i = last; i < h->a; i++)
    if (is_boundary(c, i))
      return 0;
  return cue_before(c, kind, first, first);
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
static int
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

/* After a marker word at i that introduces no actor itself: the actors
 * named in apposition with هي (من أربع دول هي إسبانيا وقطر); NONE when
 * there are none. */
static size_t
apposed_after(const ctx *c, size_t i, size_t end)
{
  for (size_t j = i + 1; j + 1 < end && j < i + 6; j++) {
    size_t u = c->unit_at[j + 1];
    if (is_boundary(c, j) || c->unit_at[j] != NONE)
      return NONE;
    if ((has_key(c, j, "هي", NG_CL_CONJ) || has_key(c, j, "هما", NG_CL_CONJ) ||
         has_key(c, j, "هم", NG_CL_CONJ)) &&
        u != NONE && c->units[u].first == j + 1 && is_actor_unit(c, u))
      return c->units[u].group;
  }
  return NONE;
}

/* The first actor after the trigger, within its window, introduced by one
 * of marks (مساعدات من إيران والجزائر، من دول عدة هي X و Y). */
static size_t
marked_after(const ctx *c, const hit *h, size_t end, unsigned marks)
{
  for (size_t i = h->b; i < end && i < h->b + h->p->window; i++) {
    size_t u = c->unit_at[i], g;
    int mk = tok(c, i)->kind == NG_TOKEN_WORD ? ng_mark_parse(tok(c, i)->form) : -1;
    if (is_boundary(c, i))
      break;
    if (u == NONE && mk >= 0 && mk != NG_MARK_OBJ && (marks & 1u << mk) &&
        (g = apposed_after(c, i, end)) != NONE)
      return g;
    if (u != NONE && c->units[u].first == i && is_actor_unit(c, u) &&
        c->units[c->units[u].group].mark != NG_MARK_OBJ &&
        (marks & 1u << c->units[c->units[u].group].mark))
      return c->units[u].group;
  }
  return NONE;
}

/* Does the verb of h begin a clause that goes on the one before it
 * (…، واتهم؛ كما اتهم؛ ثم رفض), so that it may share that clause's
 * subject?  A verb with و inside a list (إغلاق … وخفض …) is a noun. */
static int
continues_clause(const ctx *c, const hit *h)
{
  size_t i = h->a;

  if (i <= sentence_first(c, h->a))
    return 0;
  if (h->flags & NG_CL_CONJ)
    return is_boundary(c, i - 1);
  return has_key(c, i - 1, "كما", NG_CL_CONJ) || has_key(c, i - 1, "ثم", NG_CL_CONJ) ||
         has_key(c, i - 1, "اذ", NG_CL_CONJ);
}

/* The subject of the verb trigger before h in its sentence, when h goes on
 * that verb's clause (رفض X المهلة، واتهم Y …، كما اتهم Z); else NONE. */
static size_t
shared_holder(const ctx *c, const hit *h)
{
  if (c->clause_holder == NONE || h->p->frame != NG_FRAME_VERB ||
      c->clause_sentence != tok(c, h->a)->sentence ||
      c->units[c->clause_holder].first >= h->a || !continues_clause(c, h))
    return NONE;
  return c->clause_holder;
}

/* لطلب وجّهته حكومة هايتي إلى، مساعدات [التي] قدمتها السعودية: a verb
 * with a pronoun for the noun before it, then its subject.  The subject's
 * group, or NONE. */
static size_t
noun_clause_subject(const ctx *c, size_t b, size_t end)
{
  const ng_token *t;
  int verb = 0;

  if (b < end && is_relative(c, b))
    b++;
  if (b + 1 >= end || c->unit_at[b] != NONE || tok(c, b)->kind != NG_TOKEN_WORD ||
      trigger_at(c, b, 0).p)
    return NONE;
  t = tok(c, b);
  if (c->text->orig[c->text->map[t->fend - 1]] == 0x0629)
    return NONE; /* جديدة: a ta marbuta, not the pronoun ه folding makes it */
  for (size_t r = 0; r < t->n_readings; r++)
    verb |= (t->readings[r].flags & NG_CL_SUFFIX) &&
            !(t->readings[r].flags & (NG_CL_PREP | NG_CL_ART));
  return verb ? subject_after(c, b + 1, end) : NONE;
}

/* The holder of a stance trigger and how it was found. */
static size_t
find_holder(const ctx *c, const hit *h, size_t end, const char **how,
            double *conf)
{
  size_t holder = NONE;

  if (h->p->frame == NG_FRAME_PARTICIPLE) {
    if ((holder = participle_subject(c, h->a)) != NONE ||
        (holder = subject_before(c, h->a, 40)) != NONE)
      *how = "the subject of the clause the participle follows";
    return holder;
  }
  if (h->p->frame == NG_FRAME_VERB) {
    if ((holder = subject_after(c, h->b, end)) != NONE)
      *how = "the subject after the verb";
    else if ((holder = shared_holder(c, h)) != NONE)
      *how = "the subject of the verb before, whose clause this verb goes on";
  } else if (!(h->last_flags & NG_CL_SUFFIX)) {
    if ((holder = demonym_after(c, h->b, end)) != NONE)
      *how = "the adjective after the noun";
    else if (!(h->p->markers & 1u << NG_MARK_GEN) && !(h->flags & NG_CL_PREP) &&
             (holder = subject_after(c, h->b, end)) != NONE)
      *how = "the genitive after the noun";
    else if ((holder = noun_clause_subject(c, h->b, end)) != NONE)
      *how = "the subject of the clause on the noun (طلب وجهته X)";
  }
  if (holder == NONE && h->p->holder_markers &&
      (holder = marked_after(c, h, end, h->p->holder_markers)) != NONE) {
    *how = "named after the trigger with a preposition of the giver (من)";
    *conf -= 0.05;
  }
  if (holder == NONE && (holder = owner_after(c, h->b, end, h->p->window)) != NONE) {
    *how = "the owner named with التابعة لـ / الخاصة بـ";
    *conf -= 0.05;
  }
  if (holder == NONE && !h->p->holder_near &&
      (holder = subject_before(c, h->a, h->p->holder_reach)) != NONE) {
    *how = "the subject before the trigger";
    *conf -= 0.02 * (double)(h->a - c->units[holder].end);
  }
  return holder;
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
static int
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

/* The token of an arrival verb (وصلت، حطّت) before token a in its clause,
 * within the cue's reach; NONE when there is none. */
static size_t
arrival_before(const ctx *c, size_t a)
{
  size_t first = sentence_first(c, a);

  for (size_t i = a; i-- > first && !is_boundary(c, i);) {
    if (c->in_mention[i] || tok(c, i)->kind != NG_TOKEN_WORD)
      continue;
    for (size_t k = 0; k < ng_lexicon_cue_count(c->lex); k++) {
      const ng_cue *cue = ng_lexicon_cue(c->lex, k);
      if (cue->kind == NG_CUE_ARRIVAL && a - i <= cue->scope &&
          cue_at(c, cue, i))
        return i;
    }
  }
  return NONE;
}

/* «…، وهو ما ندّدت به طهران»: when a verb's object is the event told
 * before it (وهو ما، وهي ما), the one who did it: the subject of the
 * sentence's main clause; NONE otherwise. */
static size_t
event_agent(const ctx *c, const hit *h)
{
  size_t first = sentence_first(c, h->a);

  if (h->p->frame != NG_FRAME_VERB || h->a < first + 2 || !is_word(c, h->a - 1, "ما") ||
      !(has_key(c, h->a - 2, "هو", NG_CL_CONJ) || has_key(c, h->a - 2, "هي", NG_CL_CONJ)))
    return NONE;
  return participle_subject(c, h->a - 2);
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
    for (size_t k = 0; k < ng_lexicon_cue_count(c->lex); k++) {
      const ng_cue *cue = ng_lexicon_cue(c->lex, k);
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

/* Finds holder and target of a stance trigger and emits the stances. */
static ng_status
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
  if (t.group == NONE && t.entity == NONE && !t.how && h->p->implicit_target &&
      (t.group = destination_before(c, h, holder)) != NONE) {
    t.at = c->units[t.group].first;
    t.how = "the destination named before the trigger";
    conf -= 0.15;
  }
  if (t.group == NONE && t.entity == NONE && !t.how && h->p->implicit_target &&
      (t.entity = salient_country(c, h->a)) != NONE) {
    t.how = "not named: the country the text is about";
    conf -= 0.25;
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
  if (!requirement_met(c, h, h->b + h->p->window)) {
    n.outcome = "none of the words the rule requires (ng:requires) follows";
    return note(c, &n);
  }
  conf -= t.entity != NONE ? 0.15 : 0.02 * (double)(t.dist > 2 ? t.dist - 2 : 0);
  if (emit_stances(c, h, holder, &t, conf, &n) != NG_OK ||
      (co != NONE && emit_stances(c, h, co, &t, conf, &n) != NG_OK))
    return NG_ERR_NOMEM;
  return note(c, &n);
}

/* ---- relations ---------------------------------------------------------- */

static int
type_ok(const ctx *c, int want, size_t e)
{
  return want < 0 || (e != NONE && (int)type_of(c, e) == want);
}

/* The unit that ends right before token a, past a relative pronoun and
 * a comma before it (قوات الدعم السريع، بقيادة …; البعثة التي تقودها
 * كينيا; الكومنولث، التي انضمت إليها); NONE when none does. */
static size_t
unit_ending_before(const ctx *c, size_t a)
{
  size_t first = sentence_first(c, a);

  if (a > first && (is_word(c, a - 1, "التي") || is_word(c, a - 1, "الذي")))
    a--;
  if (a > first && is_boundary(c, a - 1))
    a--;
  return a > first ? c->unit_at[a - 1] : NONE;
}

/* ORG بقيادة X → X leads ORG. */
static ng_status
led_by(ctx *c, const hit *h)
{
  size_t before = unit_ending_before(c, h->a);
  size_t after = h->b < sentence_end(c, h->a) ? c->unit_at[h->b] : NONE;

  if (before == NONE || after == NONE ||
      !type_ok(c, h->p->object_type, c->units[before].entity) ||
      !type_ok(c, h->p->subject_type, c->units[after].entity))
    return NG_OK;
  /* a person at the head of an organization leads it as its leader */
  return add_relation(c,
                      type_of(c, c->units[after].entity) == NG_PERSON &&
                              h->p->type == NG_LEADS
                          ? NG_LEADER_OF
                          : h->p->type,
                      c->units[after].entity, c->units[before].entity, h->a,
                      h->b, h->p->confidence, h->p->iri);
}

/* X (هي) الشريك … لـ Y, X حليفًا لها, X أكبر مدن Y. */
static ng_status possessor(ctx *c, const hit *h);

static ng_status
copula(ctx *c, const hit *h)
{
  size_t x = subject_before(c, h->a, 3), y;
  size_t next = h->b < sentence_end(c, h->a) ? c->unit_at[h->b] : NONE;
  target t;

  if ((h->last_flags & NG_CL_SUFFIX) && next != NONE &&
      c->units[next].person != NONE)
    return possessor(c, h);
  if ((h->flags & NG_CL_ART) && !(h->flags & NG_CL_PREP) && h->a > 0 &&
      c->unit_at[h->a - 1] != NONE && is_actor_unit(c, c->unit_at[h->a - 1]))
    x = c->unit_at[h->a - 1]; /* لأرمينيا العضو في: the noun it describes */
  if (x == NONE) {
    size_t first = sentence_first(c, h->a);
    for (size_t u = c->n_units; u-- > 0;)
      if (c->units[u].end <= h->a && c->units[u].first >= first &&
          h->a - c->units[u].end <= 3) {
        x = u;
        break;
      }
  }
  if (x == NONE || !type_ok(c, h->p->subject_type, c->units[x].entity))
    return NG_OK;
  t = find_target(c, h, h->b, x);
  y = t.group != NONE ? c->units[t.group].entity : t.entity;
  if ((t.entity != NONE && tied_to(c, c->units[x].entity, t.entity)) ||
      (y == NONE && (h->last_flags & NG_CL_SUFFIX) && /* تعدّ روسيا شريكها */
       c->units[x].end == h->a && next == NONE))
    y = backref(c, h->a, c->units[x].entity, c->units[x].actor, REF_SALIENT);
  if (y == NONE || !type_ok(c, h->p->object_type, y))
    return NG_OK;
  return add_relation(c, h->p->type, c->units[x].entity, y, h->a, h->b,
                      h->p->confidence, h->p->iri);
}

/* X و Y … شريكتان: the relation between every pair of the group. */
static ng_status
reciprocal(ctx *c, const hit *h)
{
  size_t last = subject_before(c, h->a, 6), end;

  if (last == NONE)
    return NG_OK;
  end = group_end(c, last);
  for (size_t u = last; u < end; u++)
    for (size_t v = u + 1; v < end; v++)
      if (add_relation(c, h->p->type, c->units[u].entity, c->units[v].entity,
                       h->a, h->b, h->p->confidence, h->p->iri) != NG_OK)
        return NG_ERR_NOMEM;
  return NG_OK;
}

/* حليفها الرئيس فلان → فلان rel (what ها refers to). */
static ng_status
possessor(ctx *c, const hit *h)
{
  size_t u = h->b < sentence_end(c, h->a) ? c->unit_at[h->b] : NONE;
  size_t p, owner;

  if (!(h->last_flags & NG_CL_SUFFIX) || u == NONE ||
      (p = c->units[u].person) == NONE)
    return NG_OK;
  owner = backref(c, h->a, p, NONE, REF_SALIENT);
  return add_relation(c, h->p->type, p, owner, h->a, c->units[u].end,
                      h->p->confidence - 0.1, h->p->iri);
}

/* Is unit u a place, or a country (by name or adjective)? */
static int
unit_type(const ctx *c, size_t u, ng_entity_type t)
{
  return u != NONE && type_of(c, c->units[u].entity) == t;
}

/* مدينة جدة السعودية، العاصمة النيجيرية أبوجا: the place and its country
 * right after a place noun. */
static ng_status
place_of(ctx *c, const hit *h)
{
  size_t end = sentence_end(c, h->a);
  size_t u1 = h->b < end ? c->unit_at[h->b] : NONE, u2;

  if (u1 == NONE || c->units[u1].first != h->b || c->units[u1].end >= end)
    return NG_OK;
  u2 = c->unit_at[c->units[u1].end];
  if (u2 == NONE || c->units[u2].mark != NG_MARK_OBJ)
    return NG_OK;
  if (unit_type(c, u1, NG_PLACE) && unit_type(c, u2, NG_COUNTRY))
    return add_relation(c, NG_LOCATED_IN, c->units[u1].entity,
                        c->units[u2].entity, h->a, c->units[u2].end,
                        h->p->confidence, h->p->iri);
  if (unit_type(c, u1, NG_COUNTRY) && unit_type(c, u2, NG_PLACE))
    return add_relation(c, NG_LOCATED_IN, c->units[u2].entity,
                        c->units[u1].entity, h->a, c->units[u2].end,
                        h->p->confidence, h->p->iri);
  return NG_OK;
}

static ng_status
fire(ctx *c, const hit *h)
{
  switch (h->p->frame) {
  case NG_FRAME_VERB:
  case NG_FRAME_PARTICIPLE:
  case NG_FRAME_NOUN:
    return stance_hit(c, h);
  case NG_FRAME_LED_BY:
    return led_by(c, h);
  case NG_FRAME_COPULA:
    return copula(c, h);
  case NG_FRAME_RECIPROCAL:
    return reciprocal(c, h);
  case NG_FRAME_POSSESSOR:
    return possessor(c, h);
  case NG_FRAME_PLACE:
    return place_of(c, h);
  default:
    return NG_OK;
  }
}

/* قاعدة العديد القطرية: a place named with its country's adjective right
 * after it; the relation takes the id of the place-noun rule. */
static ng_status
places_with_adjectives(ctx *c)
{
  const ng_pattern *rule = NULL;

  for (size_t k = 0; !rule && k < ng_lexicon_pattern_count(c->lex); k++)
    if (ng_lexicon_pattern(c->lex, k)->frame == NG_FRAME_PLACE)
      rule = ng_lexicon_pattern(c->lex, k);
  for (size_t u = 0; rule && u + 1 < c->n_units; u++) {
    const unit *p = &c->units[u], *d = &c->units[u + 1];
    const ng_tmention *m = mention_at(c, d->first);
    if (p->end == d->first && unit_type(c, u, NG_PLACE) &&
        unit_type(c, u + 1, NG_COUNTRY) && m && m->kind == NG_MENTION_DEMONYM &&
        add_relation(c, NG_LOCATED_IN, p->entity, d->entity, p->first, d->end,
                     rule->confidence, rule->iri) != NG_OK)
      return NG_ERR_NOMEM;
  }
  return NG_OK;
}

/* Runs the stance and relation patterns at every token outside a unit. */
static ng_status
run_patterns(ctx *c)
{
  for (size_t i = 0; i < c->seg->n_tokens; i++) {
    hit h;
    if (c->unit_at[i] != NONE || tok(c, i)->kind != NG_TOKEN_WORD)
      continue;
    h = trigger_at(c, i, 0);
    if (!h.p)
      continue;
    if (fire(c, &h) != NG_OK)
      return NG_ERR_NOMEM;
    i = h.b - 1;
  }
  return places_with_adjectives(c);
}

ng_status
ng_extract(ng_extraction *out, const ng_lexicon *lex, const ng_text *t,
           const ng_segments *seg, const ng_tmention *ms, size_t n_ms)
{
  ctx c;
  ng_status rc;

  memset(&c, 0, sizeof c);
  c.lex = lex;
  c.text = t;
  c.seg = seg;
  c.ms = ms;
  c.n_ms = n_ms;
  c.out = out;
  c.clause_holder = NONE;
  out->owns_locals = 1;
  c.n_lex = ng_lexicon_entity_count(lex);
  c.unit_at = malloc((seg->n_tokens + 1) * sizeof *c.unit_at);
  c.in_mention = calloc(seg->n_tokens + 1, sizeof *c.in_mention);
  c.mention_at = malloc((seg->n_tokens + 1) * sizeof *c.mention_at);
  c.memo = calloc(2 * seg->n_tokens + 2, sizeof *c.memo);
  if (!c.unit_at || !c.in_mention || !c.mention_at || !c.memo) {
    free(c.unit_at);
    free(c.in_mention);
    free(c.mention_at);
    free(c.memo);
    return NG_ERR_NOMEM;
  }
  for (size_t i = 0; i <= seg->n_tokens; i++)
    c.unit_at[i] = c.mention_at[i] = NONE;
  for (size_t k = n_ms; k-- > 0;) {
    c.mention_at[ms[k].first] = k;
    for (size_t i = ms[k].first; i < ms[k].end; i++)
      c.in_mention[i] = 1;
  }
  if ((rc = build_units(&c)) == NG_OK && (rc = institution_mentions(&c)) == NG_OK &&
      (rc = town_mentions(&c)) == NG_OK) {
    group_units(&c);
    if ((rc = resolve_group_references(&c)) == NG_OK)
      rc = run_patterns(&c);
  }
  free(c.unit_at);
  free(c.in_mention);
  free(c.mention_at);
  free(c.memo);
  free(c.units);
  free(c.roles);
  free(c.surnames);
  return rc;
}

void
ng_extraction_free(ng_extraction *x)
{
  if (!x)
    return;
  free(x->facts);
  free(x->titles);
  free(x->notes);
  for (size_t i = 0; x->owns_locals && i < x->n_locals; i++)
    ng_entity_free(x->locals[i]);
  free(x->locals);
  memset(x, 0, sizeof *x);
}
