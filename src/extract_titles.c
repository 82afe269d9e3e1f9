/* Extraction, titles: a title with its country and person (الرئيس الروسي
 * فلاديمير بوتين) as one unit, ranks and honorifics, the name after a
 * title, and the references back to a titled person. */
#include "config.h"

#include <string.h>

#include "extract_internal.h"
#include "persons.h"

static int civil_body_within(const ctx *c, size_t k, size_t n);
static int military_rank_within(const ctx *c, size_t i, size_t r);
static void military_person(ctx *c, size_t p);
static int royal_title(const ctx *c, size_t k);
static size_t royal_name(const ctx *c, size_t j, size_t n, int royal);

/* The length of the rank or honorific (ng:RankCue) at token i (الفريق
 * أول، الشيخ), 0 when none; *flags gets its first word's clitics.  One
 * written with ال must carry it: الفريق, not فريق إنقاذ. */
static size_t
one_rank_at(const ctx *c, size_t i, unsigned *flags)
{
  size_t best = 0;

  const size_t *ks;
  for (size_t q = 0, nq = cues_at(c, i, &ks); q < nq && !c->in_mention[i]; q++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, ks[q]);
    unsigned f, lf;
    size_t n;
    if (cue->kind != NG_CUE_RANK && cue->kind != NG_CUE_CIVIL_ROLE)
      continue; /* a civil role (الفنان) stands before a name as a rank does */
    n = words_at(c, i, &cue->words, NG_CL_CONJ | NG_CL_ART | NG_CL_PREP, &f, &lf);
    if (n > best && (!cue->words.article[0] || (f & NG_CL_ART)))
      best = n, *flags = f;
  }
  return best;
}

/* The ranks and honorifics at token i, one after another (سعادة الشيخ،
 * معالي الدكتور، الشيخ الدكتور): their length, 0 when none; *flags gets
 * the first word's clitics. */
size_t
rank_at(const ctx *c, size_t i, unsigned *flags)
{
  size_t n = 0, r;
  unsigned f;

  for (int k = 0; k < 3 && i + n < c->seg->n_tokens &&
                  tok(c, i + n)->sentence == tok(c, i)->sentence &&
                  (r = one_rank_at(c, i + n, k ? &f : flags)) > 0;
       k++)
    n += r;
  return n;
}

/* The tokens of a name no lexicon knows at token j (0 when none); with
 * given, only one that begins with a common given name (ng:GivenNameCue),
 * where nothing else says the words are a name. */
static size_t
unknown_name(const ctx *c, size_t j, int given, int state)
{
  size_t n =
      state
          ? ng_state_name_length(c->lex, c->seg, c->text, c->in_mention, j, 8)
          : ng_name_length(c->lex, c->seg, c->text, c->in_mention, j, 8);

  return n && (!given || ng_given_name(c->lex, tok(c, j))) ? n : 0;
}

/* The person named at token j, after a rank if there is one: the tokens
 * of the name (0 when none) and, through *known, the lexicon's person, or
 * NONE when the name is one no lexicon knows (then, after a rank, one
 * that begins with a given name: اللواء حامد فلان). */
/* The adjectives after a rank that ends before token j when the name
 * after them stands in commas (السناتور [الجمهوري ،] فلان ،): up to two
 * definite words no mention takes, no title and no given name, and the
 * comma; how many tokens they take, 0 when none.  Without the commas the
 * definite word is as often the name itself (الشيخ الخراساني); with them
 * the name needs no given name first. */
static size_t
rank_adjectives(const ctx *c, size_t j)
{
  size_t end = j < c->seg->n_tokens ? sentence_end(c, j) : j, a = 0;

  while (a < 2 && j + a + 1 < end && tok(c, j + a)->kind == NG_TOKEN_WORD &&
         has_article(c, j + a) && !c->in_mention[j + a] &&
         !trigger_at(c, j + a, 1).p && !rank_at(c, j + a, &(unsigned){0}) &&
         !ng_given_name_with(c->lex, tok(c, j + a), NG_CL_ART))
    a++;
  return a > 0 && j + a + 1 < end && is_punct(c, j + a) &&
                 (tok(c, j + a)->punct == 0x060C ||
                  tok(c, j + a)->punct == ',')
             ? a + 1
             : 0;
}

size_t
name_at(const ctx *c, size_t j, size_t *known)
{
  const ng_tmention *m;
  unsigned rf;
  size_t r = j < c->seg->n_tokens ? rank_at(c, j, &rf) : 0, n, a,
         rank_end = j + r;

  *known = NONE;
  a = r > 0 ? rank_adjectives(c, j + r) : 0;
  j += r + a;
  if (j >= c->seg->n_tokens ||
      tok(c, j)->sentence != tok(c, rank_end - (r > 0))->sentence)
    return 0;
  if ((m = mention_at(c, j))) {
    if (type_of(c, m->entity) != NG_PERSON || m->first != j)
      return 0;
    *known = m->entity;
    return r + a + m->end - j;
  }
  n = c->in_mention[j] ? 0 : unknown_name(c, j, r > 0 && !a, 0);
  if (n && a > 0 && is_punct(c, j - 1) &&
      !(j + n < c->seg->n_tokens && is_boundary(c, j + n)))
    n = 0; /* السناتور الجمهوري ، فلان ،: the name in commas */
  if (r > 0 && !a && royal_title(c, rank_end - 1) && !c->in_mention[j])
    n = royal_name(c, j, n, royal_title(c, rank_end - 1)); /* الشيخ جاسم */
  return n ? r + a + n : 0;
}

/* Is token k a royal title or honorific with its article (الملك،
 * الأمير، السلطان، الشيخ, perhaps after و or ل)?  One given name alone
 * names its holder (الملك فهد، الأمير طلال، الشيخ جاسم).  1 for a royal
 * title, 2 for the honorific الشيخ, which commoners bear too (الشيخ فلان
 * الفلاني, with a family name in ال); 0 for none. */
static int
royal_title(const ctx *c, size_t k)
{
  static const char *const royals[] = {"ملك",   "ملكه", "امير", "اميره",
                                       "سلطان", "شيخ",  "شيخه"};
  const ng_token *t = tok(c, k);

  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++)
    for (size_t q = 0; q < sizeof royals / sizeof *royals; q++)
      if ((t->readings[r].flags & NG_CL_ART) &&
          !(t->readings[r].flags & (NG_CL_SUFFIX | NG_CL_ACC)) &&
          strcmp(t->readings[r].key, royals[q]) == 0)
        return q < 5 ? 1 : 2;
  return 0;
}

/* Does word k carry the preposition ب or ل, and is it no given name as
 * written (مركز الأمير فلان [لأمراض] الكلى; not بندر)? */
static int
prep_word(const ctx *c, size_t k)
{
  const ng_token *t = tok(c, k);

  if (ng_given_name_with(c->lex, t, 0))
    return 0;
  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++)
    if (t->readings[r].flags & (NG_CL_PREP_B | NG_CL_PREP_L))
      return 1;
  return 0;
}

/* Is the word before token a a facility named after the king or prince
 * who follows (مطار الملك فلان، بمركز الأمير فلان، جامعتي الملك فلان)?
 * The person is then part of the facility's name, no actor. */
static int
facility_before(const ctx *c, size_t a)
{
  static const char *const facilities[] = {
      "مطار",  "مركز",  "مستشفي", "جامعه", "جامعتي", "حديقه", "متنزه", "منتزه",
      "طريق",  "شارع",  "مدينه",  "جسر",   "مجمع",   "جامع",  "مسجد",  "قاعده",
      "قاعه",  "مدرسه", "كليه",   "معهد",  "مكتبه",  "جاءزه", "كاس",   "ملعب",
      "استاد", "ميناء", "مءسسه",  "صندوق", "برنامج"};
  const ng_token *t;

  if (a == 0 || tok(c, a - 1)->sentence != tok(c, a)->sentence)
    return 0;
  t = tok(c, a - 1);
  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++)
    for (size_t q = 0; q < sizeof facilities / sizeof *facilities; q++)
      if (!(t->readings[r].flags & (NG_CL_ART | NG_CL_SUFFIX)) &&
          strcmp(t->readings[r].key, facilities[q]) == 0)
        return 1;
  return 0;
}

/* The length of the name at token j right after a royal title, given the
 * n tokens a name would have there otherwise: one given name alone (الملك
 * فهد، الأمير الوليد) when no longer name is read, or when the word after
 * the given name is definite but no name's (مطار الملك فهد [الدولي]), which
 * a king's or prince's name rarely has after the given name unless it is
 * his father's (الأمير خالد الفيصل) or an ordinal (محمد السادس), or carries
 * a preposition (مركز الأمير فلان [لأمراض] الكلى). */
static size_t
royal_name(const ctx *c, size_t j, size_t n, int royal)
{
  const ng_token *second = n >= 2 ? tok(c, j + 1) : NULL;

  if (n == 0)
    return ng_lone_name_length(c->lex, c->seg, c->text, c->in_mention, j,
                               royal == 1);
  if (royal == 1 && second && strcmp(tok(c, j)->form, "عبد") != 0 &&
      strcmp(tok(c, j)->form, "ابو") != 0 &&
      ((has_article(c, j + 1) &&
        !ng_given_name_with(c->lex, second, NG_CL_ART) &&
        !ng_weak_surname(c->lex, second)) ||
       prep_word(c, j + 1)) &&
      ng_lone_name_length(c->lex, c->seg, c->text, c->in_mention, j, 1))
    return 1;
  return n;
}

/* "في|لدى COUNTRY|ORG" at most four words after token i, or "بـCOUNTRY|ORG"
 * right after it (القيادي بحماس فلان), before a name (with places set, also
 * a place: سفير فنزويلا في دمشق فلان, where an official of a named state
 * serves):
 * the state or body a title belongs to when the title's own words come
 * first (رئيس المجلس العسكري الانتقالي في تشاد محمد إدريس ديبي، المندوب
 * المغربي لدى الأمم المتحدة عمر هلال); the mention, or NULL. */
static const ng_tmention *
owner_in(const ctx *c, size_t i, int places)
{
  size_t end = sentence_end(c, i), known;

  for (size_t k = i; k < i + 5 && k + 1 < end; k++) {
    const ng_tmention *m = c->in_mention[k] ? mention_at(c, k) : NULL;
    size_t at = k + 1;
    if (is_punct(c, k))
      return NULL;
    if (k == i && m && m->first == k && (m->flags & NG_CL_PREP_B))
      at = k; /* القيادي [بحماس] فلان: ب written on the body */
    else if (c->in_mention[k])
      return NULL;
    else if (!is_word(c, k, "في") && !is_word(c, k, "لدي") &&
             !(k == i && is_word(c, k, "ب")))
      continue;
    m = mention_at(c, at);
    return m &&
                   (type_of(c, m->entity) == NG_COUNTRY ||
                    type_of(c, m->entity) == NG_ORGANIZATION ||
                    (places && type_of(c, m->entity) == NG_PLACE)) &&
                   !(m->flags & (NG_CL_CONJ | NG_CL_PREP_L | NG_CL_PREP_K)) &&
                   ((m->flags & NG_CL_PREP_B) != 0) == (at == k) &&
                   m->end < end && name_at(c, m->end, &known)
               ? m
               : NULL;
  }
  return NULL;
}

/* Does the title at [h->a, h->b) name its state or body right after it:
 * a country or organization (مندوب إيران، وزير خارجية روسيا), a demonym
 * after up to two words of its portfolio (وزير الزراعة الياباني), or
 * "في|لدى" one (مندوب فرنسا لدى الأمم المتحدة)? */
static int
title_owned(const ctx *c, const hit *h)
{
  size_t end = sentence_end(c, h->a);
  const ng_tmention *m = h->b < end ? mention_at(c, h->b) : NULL;

  if (m && m->first == h->b &&
      (type_of(c, m->entity) == NG_COUNTRY ||
       type_of(c, m->entity) == NG_ORGANIZATION) &&
      !(m->flags & (NG_CL_PREP_B | NG_CL_PREP_K | NG_CL_CONJ)))
    return 1;
  for (size_t k = h->b;
       k < h->b + 2 && k + 1 < end && has_article(c, k) && !c->in_mention[k];
       k++)
    if ((m = mention_at(c, k + 1)) && m->kind == NG_MENTION_DEMONYM)
      return 1;
  return h->b < end && owner_in(c, h->b, 0) != NULL;
}

/* The tokens of a name no lexicon knows at token i that a title of a
 * named state or body follows in apposition (فلان الفلاني مندوب إيران
 * لدى الوكالة، فلان نائب وزير خارجية روسيا): 0 when none.  Named so, the
 * words need no given name first. */
size_t
apposed_name(const ctx *c, size_t i)
{
  size_t t, n, end = sentence_end(c, i), k;
  hit h;

  for (k = i + 2; k < i + 7 && k < end;
       k++) /* a name of two words at least, */
    if (tok(c, k)->kind == NG_TOKEN_WORD && !is_definite(c, k) &&
        (h = trigger_at(c, k, 1)).p && h.p->frame == NG_FRAME_TITLE)
      break; /* then a comma or a deputy's word: the title begins by i + 6 */
  if (k >= i + 7 || k >= end ||
      !(n = ng_apposed_name_length(c->lex, c->seg, c->text, c->in_mention, i,
                                   &t)))
    return 0;
  h = trigger_at(c, t, 1);
  return h.p && h.p->frame == NG_FRAME_TITLE && !is_definite(c, h.a) &&
                 !(h.flags & NG_CL_PREP) && title_owned(c, &h)
             ? n
             : 0; /* a title with ال after words is their subject ([زار
                     البلاد] الرئيس الفرنسي), one with ل their complement */
}

/* A minister's portfolio, one to three definite words after the title
 * (وزيرة [التغير المناخي] شيري رحمن), or an adjective after its state
 * (رئيس الوزراء الياباني [الجديد] فلان), when a name no lexicon knows
 * that begins with a given name follows: the token where the name begins, and its length in *n (0 and
 * i itself when there is none). */
static size_t
after_portfolio(const ctx *c, size_t i, int given, size_t *n)
{
  size_t end = sentence_end(c, i);

  *n = 0;
  for (size_t k = i, span = 3; k < i + span && k < end && has_article(c, k) &&
                               !c->in_mention[k] && !is_punct(c, k);
       k++) {
    if (k + 1 < end && has_article(c, k + 1))
      continue; /* the portfolio goes on: وزير الزراعة [والري] فلان */
    if (k + 2 < end && is_word(c, k + 1, "و") && has_article(c, k + 2)) {
      k++, span++; /* the same with و written apart: وزير الطاقة و النفط */
      continue;
    }
    *n = unknown_name(c, k + 1, given, 0);
    if (*n)
      return k + 1;
  }
  return i;
}

/* After a title at [a, b): its country or organization, "former", and
 * the person named; builds the unit and the role relation. */
ng_status
title_unit(ctx *c, const hit *h, size_t *next)
{
  size_t i = h->b, owner = NONE, named = NONE, person = NONE, end = h->b;
  size_t body_end = h->b;
  const ng_tmention *m;
  int former = 0, suffix = (h->last_flags & NG_CL_SUFFIX) != 0;

  if (!suffix && h->p->type >= 0 && i + 1 < sentence_end(c, h->a) &&
      (is_word(c, i, "ه") || is_word(c, i, "ها") || is_word(c, i, "هم") ||
       is_word(c, i, "هما")))
    suffix = 1, i++; /* المتحدث باسم ها فلان: the pronoun written apart */
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
  } else if (owner == NONE && suffix && h->p->type >= 0) {
    /* not نظيره: his counterpart is of another country than his */
    owner = named = backref(c, h->a, NONE, NONE, REF_SUBJECT);
  }
  while (i > h->b && i < sentence_end(c, h->a) && is_quote(c, i))
    i++; /* رئيس مفوضية «إيكواس» عمر أليو توراي */
  m = h->p->frame == NG_FRAME_TITLE && i < sentence_end(c, h->a)
          ? owner_in(c, i, owner != NONE)
          : NULL;
  if (m && type_of(c, m->entity) == NG_PLACE) {
    i = end =
        m->end; /* سفير فنزويلا في دمشق فلان: the place where he serves */
  } else if (m) {
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
     * (الرئيس فؤاد السنيورة), though no relation is drawn; a title with
     * ال or its portfolio is specific enough that no given name need
     * begin it (الوزير فلان، وزير الداخلية فلان) */
    size_t n = unknown_name(
        c, i, owner == NONE && h->b - h->a < 2 && !is_definite(c, h->a),
        owner != NONE);
    if (i == h->b && h->b - h->a == 1 && royal_title(c, h->a))
      n = royal_name(c, i, n,
                     royal_title(c, h->a)); /* الملك فهد، الأمير طلال */
    if (!n) /* وزيرة التغير المناخي فلانة، الياباني الجديد فلان */
      i = after_portfolio(c, i, h->p->type != NG_OFFICIAL_OF, &n);
    if (n && is_quote(c, i - 1) && i + n < c->seg->n_tokens &&
        is_quote(c, i + n))
      n = 0; /* the words in quotes name its body: مدير عام «فلان للمعارض» */
    if (n && owner == NONE && !ng_given_name(c->lex, tok(c, i)) &&
        ng_words_carry_pronoun(c->seg, c->text, i, n))
      n = 0; /* تابع الرئيس [حديثه قائلا]: an object with its pronoun */
    if (n && new_person(c, i, i + n, &person) != NG_OK)
      return NG_ERR_NOMEM;
    if (n) { /* رئيس نادي الجزيرة فلان: the title of a civil body */
      int civil = civil_body_within(c, h->b, 2) ||
                  (royal_title(c, h->a) == 1 && facility_before(c, h->a));
      size_t rank = i - h->b < 2 ? i - h->b : 2; /* the words a rank may take */
      end = i + n;
      if (!civil_person(c, person, civil, end) && h->p->type == NG_OFFICIAL_OF &&
          (h->p->military || military_rank_within(c, i - rank, rank)))
        military_person(c, person); /* رئيس الأركان فلان، المتحدث باسم الجيش العقيد فلان */
    }
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
                  former || ent(c, person)->civil_role ? NONE
                  : owner != NONE                      ? owner
                                                       : actor_of(c, person),
                  h->flags);
}

/* The country actor a stands for (itself, or the state of an organ); NONE
 * for an organization of no state. */
size_t
own_country(const ctx *c, size_t a)
{
  if (a != NONE && type_of(c, a) != NG_COUNTRY)
    a = ent(c, a)->rollup ? lex_index(c, ent(c, a)->rollup) : NONE;
  return a != NONE && type_of(c, a) == NG_COUNTRY ? a : NONE;
}

/* Does word i end in the masculine pronoun ه (بلاده), not ها?  A state
 * is feminine in Arabic: the pronoun stands for a person. */
static int
masculine_suffix(const ctx *c, size_t i)
{
  const char *f = tok(c, i)->form;
  size_t n = strlen(f);

  return n > 4 && strcmp(f + n - 2, "ه") == 0 && strcmp(f + n - 4, "ها") != 0 &&
         c->text->orig[c->text->map[tok(c, i)->fend - 1]] != 0x0629;
}

int
title_at(const ctx *c, size_t i)
{
  for (size_t t = 0; t < c->out->n_titles; t++)
    if (c->out->titles[t].first == i && c->out->titles[t].kind == NG_MENTION_TITLE)
      return 1;
  return 0;
}

/* The country of the person named (or titled: الرئيس الأمريكي) last
 * before token i with no preposition before it (طلب X من نظيره Y تزويد
 * بلاده: X's), in its sentence or the one before; NONE when none is. */
static size_t
person_country_before(const ctx *c, size_t i)
{
  size_t s = tok(c, i)->sentence;
  size_t from = c->seg->sentences[s ? s - 1 : 0].first;

  for (size_t u = c->n_units; u-- > 0;) {
    if (c->units[u].first >= i)
      continue;
    if (c->units[u].first < from)
      break;
    if ((c->units[u].person != NONE || title_at(c, c->units[u].first)) &&
        c->units[c->units[u].group].mark == NG_MARK_OBJ)
      return own_country(c, c->units[u].actor);
  }
  return NONE;
}

/* A word that names the country the text is about (البلاد) or the
 * organization just named (المنظمة); NONE otherwise. */
size_t
reference_at(const ctx *c, size_t i, unsigned *flags)
{
  const size_t *ks;
  size_t a;
  for (size_t q = 0, nq = cues_at(c, i, &ks); q < nq; q++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, ks[q]);
    unsigned f, lf;
    if ((cue->kind != NG_CUE_COUNTRY_REF && cue->kind != NG_CUE_ORG_REF &&
         cue->kind != NG_CUE_OWN_REF && cue->kind != NG_CUE_LATTER_REF) ||
        cue->words.n != 1 ||
        !words_at(c, i, &cue->words,
                  NG_CL_CONJ | NG_CL_PREP | NG_CL_ART | NG_CL_SUFFIX, &f, &lf))
      continue;
    if ((cue->kind == NG_CUE_OWN_REF) != ((lf & NG_CL_SUFFIX) != 0))
      continue; /* بلاده has its pronoun; البلاد has none */
    if (cue->kind == NG_CUE_ORG_REF && !(f & NG_CL_ART))
      continue; /* مجموعة الكومنولث: without its article the word heads a
                   name, it takes up none */
    *flags = f;
    if (cue->kind == NG_CUE_LATTER_REF)
      return nearest_referent(c, 0, i, NONE, NONE, 0);
    if (cue->kind == NG_CUE_COUNTRY_REF)
      return cue->same_head ? referred_country(c, i, cue->words.keys[0])
                            : salient_country(c, i);
    if (cue->kind == NG_CUE_ORG_REF)
      return referred_organization(c, i, cue->words.keys[0], cue->same_head);
    if (masculine_suffix(c, i) && (a = person_country_before(c, i)) != NONE)
      return a; /* اتهم ترامب قطر …، رغم أن بلاده: his, not Qatar's */
    return own_country(c, backref(c, i, NONE, NONE, REF_SUBJECT));
  }
  return NONE;
}

/* Does a civil body's words (ng:CivilBodyCue) begin at token j, with the
 * article exactly where the cue has it (منتخب قطر is a team, الرئيس
 * المنتخب an elected president)? */
static int
civil_body_at(const ctx *c, size_t j)
{
  const size_t *ks;

  for (size_t q = 0, nq = cues_at(c, j, &ks); q < nq; q++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, ks[q]);
    unsigned f, lf;
    if (cue->kind == NG_CUE_CIVIL_BODY &&
        words_at(c, j, &cue->words, NG_CL_CONJ | NG_CL_ART | NG_CL_PREP, &f, &lf) &&
        !(f & NG_CL_ART) == !cue->words.article[0])
      return 1;
  }
  return 0;
}

/* Is a civil body (ng:CivilBodyCue: نادي، شركة، مجلس الإدارة) named in the
 * n words from token k, before a pause or a second title (وزير الدولة
 * رئيس مجلس إدارة …: the minister's is the role that counts)?  Words of a
 * name the lexicon knows are passed over: جامعة الدول العربية is no
 * university. */
static int
civil_body_within(const ctx *c, size_t k, size_t n)
{
  size_t end = k < c->seg->n_tokens ? sentence_end(c, k) : k;

  for (size_t j = k; j < k + n && j < end && !is_punct(c, j); j++) {
    if (!c->in_mention[j] && civil_body_at(c, j))
      return 1;
    if (j > k && trigger_at(c, j, 1).p)
      return 0;
  }
  return 0;
}

/* The token where a role in apposition after a name ending at token end
 * begins (after a comma): a title, a role noun (ng:NonNameCue: مدير، عضو)
 * or a civil body; NONE when none follows. */
static size_t
apposition_at(const ctx *c, size_t end)
{
  size_t stop;

  if (end == 0 || end >= c->seg->n_tokens)
    return NONE;
  stop = sentence_end(c, end - 1);
  if (end < stop && is_boundary(c, end) && tok(c, end)->punct != '(' &&
      tok(c, end)->punct != ')')
    end++; /* فلان، رئيس نادي … */
  if (end >= stop || is_punct(c, end))
    return NONE;
  return trigger_at(c, end, 1).p ||
                 cue_of_kind_at(c, end, NG_CUE_NONNAME, NG_CL_CONJ | NG_CL_ART, NULL,
                                NULL) ||
                 civil_body_at(c, end)
             ? end
             : NONE;
}

int
civil_person(ctx *c, size_t p, int role_before, size_t end)
{
  size_t k = apposition_at(c, end);
  ng_entity *e;

  if (p == NONE || p < c->n_lex)
    return 0; /* the lexicon's persons are as the lexicon says */
  e = c->out->locals[p - c->n_lex];
  if ((k != NONE && civil_body_within(c, k, 5)) || /* فلان المدير التنفيذي لشركة */
      (role_before && k == NONE)) /* المهندس فلان وزير النقل: the role after wins */
    e->civil_role = 1;
  return e->civil_role;
}

/* Is one of the ranks in tokens [i, i + r) an army's or a police force's
 * (a rank cue with ng:roleKind ng:MilitaryRole: اللواء، العقيد)? */
static int
military_rank_within(const ctx *c, size_t i, size_t r)
{
  for (size_t k = i; k < i + r; k++) {
    const size_t *ks;
    for (size_t q = 0, nq = cues_at(c, k, &ks); q < nq; q++) {
      const ng_cue *cue = ng_lexicon_cue(c->lex, ks[q]);
      unsigned f, lf;
      if (cue->kind == NG_CUE_RANK && cue->military &&
          words_at(c, k, &cue->words, NG_CL_CONJ | NG_CL_ART | NG_CL_PREP, &f,
                   &lf))
        return 1;
    }
  }
  return 0;
}

/* Marks person p, when found in this document, as an officer
 * (ng:MilitaryRole); the lexicon's persons are as the lexicon says. */
static void
military_person(ctx *c, size_t p)
{
  if (p != NONE && p >= c->n_lex)
    c->out->locals[p - c->n_lex]->military_role = 1;
}

/* A rank or honorific at token i and the person it names (اللواء فلان،
 * الشيخ فلان, a name known or not): one unit over both, ending at *next.
 * A rank draws no relation: it says what a person is, not whose. */
ng_status
rank_unit(ctx *c, size_t i, size_t *next)
{
  unsigned flags = 0;
  size_t r = rank_at(c, i, &flags), known, n = name_at(c, i, &known);
  size_t person = known;

  r += rank_adjectives(c, i + r); /* السناتور الجمهوري فلان */
  if (known == NONE && new_person(c, i + r, i + n, &person) != NG_OK)
    return NG_ERR_NOMEM;
  if (known == NONE) { /* الفنان فلان: a rank that is a civil role */
    int civil = 0;
    for (size_t k = i; k < i + r && !civil; k++)
      civil = cue_of_kind_at(c, k, NG_CUE_CIVIL_ROLE, NG_CL_CONJ | NG_CL_ART | NG_CL_PREP,
                             NULL, NULL) != 0;
    if (!civil_person(c, person, civil, i + n) && military_rank_within(c, i, r))
      military_person(c, person); /* اللواء فلان */
  }
  *next = i + n;
  return add_unit(c, i, i + n, person, person, actor_of(c, person), flags);
}

/* Is token i a title in the dual, perhaps with ال, و or a preposition
 * (النائبين، الرئيسين، وزيرين)? */
static int
dual_title(const ctx *c, size_t i)
{
  static const char *const duals[] = {"ناءبين", "ناءبان", "رءيسين", "رءيسان",
                                      "وزيرين", "وزيران", "سفيرين", "سفيران",
                                      "زعيمين", "زعيمان"};
  const ng_token *t = tok(c, i);

  for (size_t r = 0; t->kind == NG_TOKEN_WORD && r < t->n_readings; r++)
    for (size_t q = 0; q < sizeof duals / sizeof *duals; q++)
      if (!(t->readings[r].flags & (NG_CL_SUFFIX | NG_CL_ACC | NG_CL_FUT)) &&
          strcmp(t->readings[r].key, duals[q]) == 0)
        return 1;
  return 0;
}

/* The name at token j after a dual title, a lexicon person's or one no
 * lexicon knows: its length, 0 when none; *known gets the lexicon's
 * person or NONE. */
static size_t
dual_name_at(const ctx *c, size_t j, size_t *known)
{
  const ng_tmention *m = j < c->seg->n_tokens ? mention_at(c, j) : NULL;

  *known = NONE;
  if (m)
    return m->first == j && type_of(c, m->entity) == NG_PERSON
               ? (*known = m->entity, m->end - j)
               : 0;
  return j < c->seg->n_tokens && !c->in_mention[j]
             ? ng_name_length(c->lex, c->seg, c->text, c->in_mention, j, 4)
             : 0;
}

ng_status
dual_title_unit(ctx *c, size_t i, size_t *next)
{
  size_t end = sentence_end(c, i), j = i + 1, n1, n2, k, known1, known2, p;

  *next = i;
  if (!dual_title(c, i))
    return NG_OK;
  for (size_t a = 0; a < 2 && j < end && tok(c, j)->kind == NG_TOKEN_WORD;
       a++) {
    const ng_tmention *m =
        mention_at(c, j); /* النائبين [الأردنيين]، نائبين [آخرين] */
    const char *f = tok(c, j)->form;
    size_t len = strlen(f);
    if (m && m->first == j && m->kind == NG_MENTION_DEMONYM)
      j = m->end;
    else if (!c->in_mention[j] && len > 4 && strcmp(f + len - 4, "ين") == 0 &&
             !dual_name_at(c, j, &known1))
      j++;
    else
      break;
  }
  if (j < end && (is_word(c, j, "هما") || is_word(c, j, "هم")))
    j++; /* نائبين آخرين [هما] فلان وفلان */
  if (j >= end || !(n1 = dual_name_at(c, j, &known1)))
    return NG_OK;
  k = j + n1;
  if (k + 1 < end && is_word(c, k, "و"))
    k++; /* و written apart */
  else if (k >= end ||
           c->text->orig[c->text->map[tok(c, k)->fbegin]] != 0x0648)
    return NG_OK; /* the second name comes after و */
  if (k >= end || !(n2 = dual_name_at(c, k, &known2)))
    return NG_OK;
  p = known1;
  if (p == NONE && new_person(c, j, j + n1, &p) != NG_OK)
    return NG_ERR_NOMEM;
  if (add_unit(c, j, j + n1, p, p, actor_of(c, p), 0) != NG_OK)
    return NG_ERR_NOMEM;
  p = known2;
  if (p == NONE && new_person(c, k, k + n2, &p) != NG_OK)
    return NG_ERR_NOMEM;
  if (add_unit(c, k, k + n2, p, p, actor_of(c, p), 0) != NG_OK)
    return NG_ERR_NOMEM;
  *next = k + n2;
  return NG_OK;
}
