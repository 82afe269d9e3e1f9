/* Extraction, holders: who takes a stance — the subject after or before
 * its trigger, a participle's subject, the holder a joined clause
 * shares. */
#include "config.h"

#include <string.h>

#include "extract_internal.h"

/* Does word i name those who act for an actor named after it: its leaders
 * (قادة آسيان، زعماء الاتحاد) or its units and teams (وحدات من الجيش
 * الروسي، فرق إنقاذ مصرية)?  Returns the words to skip, or 0. */
static size_t
agents_at(const ctx *c, size_t i, size_t end)
{
  static const char *const leaders[] = {"قاده", "زعماء", "رءساء", "ممثلو",
                                        "ممثلي", "مندوبو", "قيادات"};
  static const char *const units[] = {"وحدات", "فرق", "فريق", "عناصر", "جنود",
                                      "طاءرات", "سفن", "خبراء", "منقذون",
                                      "منقذين"};
  size_t n = 0;

  for (size_t k = 0; k < sizeof leaders / sizeof *leaders; k++)
    if (has_key(c, i, leaders[k], 0))
      return 1;
  for (size_t k = 0; k < sizeof units / sizeof *units && !n; k++)
    n = has_key(c, i, units[k], 0) ? 1 : 0;
  if (n && i + 1 < end &&
      (has_key(c, i + 1, "انقاذ", 0) || has_key(c, i + 1, "اغاثه", 0)))
    n++; /* فرق إنقاذ مصرية */
  if (n && i + n + 1 < end && is_word(c, i + n, "من"))
    return n + 1; /* وحدات من الجيش الروسي */
  if (n && i + n < end && mention_at(c, i + n) &&
      mention_at(c, i + n)->kind == NG_MENTION_DEMONYM)
    return n; /* فرق قطرية */
  return 0;
}

/* اتهم مكتبه الحركة، قال مكتبها: a leader's office with the pronoun for
 * the leader speaks for the person named last before it, in its sentence
 * or the one before.  That person's group, or NONE. */
static size_t
office_of_named(const ctx *c, size_t b)
{
  size_t s = tok(c, b)->sentence;

  if (!has_key(c, b, "مكتب", NG_CL_CONJ | NG_CL_SUFFIX) ||
      has_key(c, b, "مكتب", NG_CL_CONJ))
    return NONE; /* مكتب with its pronoun, not مكتب X */
  for (size_t u = c->n_units; u-- > 0;) {
    const unit *un = &c->units[u];
    if (un->first >= b)
      continue;
    if (tok(c, un->first)->sentence + 1 < s)
      break;
    const ng_tmention *m = mention_at(c, un->first);
    if (un->actor != NONE &&
        (un->person != NONE || (m && m->kind == NG_MENTION_TITLE) ||
         title_at(c, un->first)))
      return un->group; /* a person, or an office (الرئيس الأمريكي) */
  }
  return NONE;
}

/* The subject right after a verb ending at b: a unit with no preposition,
 * perhaps after "كل من", or the actor those who act for it belong to. */
size_t
subject_after(const ctx *c, size_t b, size_t end)
{
  size_t skip = 0, u;

  if (b + 1 < end && is_word(c, b, "كل") && is_word(c, b + 1, "من"))
    b += 2;
  if (b + 1 < end && c->unit_at[b] == NONE && (skip = agents_at(c, b, end)))
    b += skip; /* طالب [قادة] آسيان، شاركت [وحدات من] الجيش الروسي */
  if (b + 1 < end && c->unit_at[b] == NONE && (u = office_of_named(c, b)) != NONE)
    return u; /* واتهم مكتبه الحركة */
  if (b + 1 < end && c->unit_at[b] == NONE && classifier_at(c, b))
    b++; /* أدانت [دول] مجموعة السبع، أعلنت [دولة] الإمارات */
  if (b + 1 < end && c->unit_at[b] == NONE && resumptive_at(c, b))
    b++; /* وهو ما ندّدت [به] طهران */
  if (b < end && c->unit_at[b] != NONE) {
    u = c->unit_at[b];
    if (c->units[u].first == b && is_actor_unit(c, u) &&
        (c->units[u].mark == NG_MARK_OBJ || (skip && is_word(c, b - 1, "من"))))
      return c->units[u].group;
  }
  return NONE;
}

/* Is unit u a demonym adjective of the name just before it (مجموعة
 * «فاغنر» [الروسية], حركة «حماس» [الفلسطينية], a place's: قاعدة العديد
 * [القطرية]), quotation marks between? */
static int
demonym_of_name(const ctx *c, size_t u)
{
  const ng_tmention *m = mention_at(c, c->units[u].first);
  size_t i = c->units[u].first, first = sentence_first(c, i);

  if (!m || m->kind != NG_MENTION_DEMONYM)
    return 0;
  while (i > first && is_quote(c, i - 1))
    i--;
  return i > first && c->unit_at[i - 1] != NONE && c->unit_at[i - 1] != u &&
         (is_actor_unit(c, c->unit_at[i - 1]) ||
          type_of(c, c->units[c->unit_at[i - 1]].entity) == NG_PLACE);
}

/* The nearest unit before a in its sentence that is not inside a
 * prepositional phrase: the subject of the clause or of its verb. */
size_t
subject_before(const ctx *c, size_t a, size_t max_dist)
{
  size_t first = sentence_first(c, a);

  for (size_t u = c->n_units; u-- > 0;) {
    const unit *un = &c->units[u];
    if (un->end > a)
      continue;
    if (un->first < first || a - un->end > max_dist)
      break;
    if (c->units[un->group].mark == NG_MARK_OBJ && is_actor_unit(c, u) &&
        !demonym_of_name(c, u))
      return un->group;
  }
  return NONE;
}

/* Is unit u inside a phrase of a noun with a preposition: its genitive
 * (لقرار [الحكومة]) or, for a demonym, its adjective or its genitive's
 * (بالشرطة [الكينية], بمقاتلة الشرطة [الكينية])?  Then it is no subject. */
static int
phrase_genitive(const ctx *c, size_t u)
{
  const unsigned preps = 1u << NG_MARK_B | 1u << NG_MARK_L;
  const ng_tmention *m = mention_at(c, c->units[u].first);
  size_t i = c->units[u].first, first = sentence_first(c, i);

  if (m && m->kind == NG_MENTION_DEMONYM && i > first &&
      c->unit_at[i - 1] == NONE && !is_punct(c, i - 1)) {
    if (prefixed_by(c, i - 1, preps))
      return 1;
    i--; /* the noun the demonym describes */
  }
  return i > first && c->unit_at[i - 1] == NONE && prefixed_by(c, i - 1, preps);
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
  return !phrase_genitive(c, u);
}

/* The subject of the clause a participle at a follows: the first actor
 * that may be a clause's subject in its sentence (after the last فيما،
 * بينما or في حين, which open a clause with a subject of its own): «قال
 * وزير الخارجية الروسي إن واشنطن …، متهما إياها» is the minister's. */
size_t
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
int
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
size_t
shared_holder(const ctx *c, const hit *h)
{
  if (c->clause_holder == NONE || h->p->frame != NG_FRAME_VERB ||
      c->clause_sentence != tok(c, h->a)->sentence ||
      c->units[c->clause_holder].first >= h->a || !continues_clause(c, h))
    return NONE;
  return c->clause_holder;
}

/* لطلب وجّهته حكومة هايتي إلى، مساعدات [التي] قدمتها السعودية: a verb
 * with a pronoun for the noun before it, then its subject.  The verb may
 * be the stance's own or one of leading (الوساطة التي تقودها X: who leads
 * it holds it), not another stance's.  The subject's group, or NONE. */
static size_t
noun_clause_subject(const ctx *c, const hit *h, size_t end)
{
  const ng_token *t;
  size_t b = h->b;
  int verb = 0;
  hit v;

  if (b < end && is_relative(c, b))
    b++;
  if (b + 1 >= end || c->unit_at[b] != NONE || tok(c, b)->kind != NG_TOKEN_WORD)
    return NONE;
  v = trigger_at(c, b, 0);
  if (v.p && !(v.p->is_relation && v.p->type == NG_LEADS) &&
      (v.p->is_relation || v.p->type != h->p->type))
    return NONE; /* another stance's verb; عقوبات فرضها X is X's */
  t = tok(c, b);
  if (c->text->orig[c->text->map[t->fend - 1]] == 0x0629)
    return NONE; /* جديدة: a ta marbuta, not the pronoun ه folding makes it */
  for (size_t r = 0; r < t->n_readings; r++)
    verb |= (t->readings[r].flags & NG_CL_SUFFIX) &&
            !(t->readings[r].flags & (NG_CL_PREP | NG_CL_ART));
  return verb ? subject_after(c, b + 1, end) : NONE;
}

/* Forces or units "من X" right after the noun: X, their owner. */
static size_t
origin_after(const ctx *c, size_t b, size_t end)
{
  size_t u = b + 1 < end && is_word(c, b, "من") ? c->unit_at[b + 1] : NONE;

  if (u == NONE || c->units[u].first != b + 1 || !is_actor_unit(c, u))
    return NONE;
  return c->units[u].group;
}

/* فرضت X على البلاد حزمة من العقوبات: a stance noun in the clause of a
 * verb of the same stance, a few words on with no pause, is that verb's
 * object: the verb's subject holds it (not an actor named between them).
 * The subject's group, or NONE. */
static size_t
verb_object_holder(const ctx *c, const hit *h)
{
  hit v;

  if (h->p->frame != NG_FRAME_NOUN || (h->last_flags & NG_CL_SUFFIX) ||
      c->clause_holder == NONE || c->clause_by_noun ||
      c->clause_sentence != tok(c, h->a)->sentence || c->clause_verb >= h->a ||
      h->a - c->clause_verb > 8)
    return NONE;
  for (size_t i = c->clause_verb + 1; i < h->a; i++)
    if (is_boundary(c, i))
      return NONE;
  v = trigger_at(c, c->clause_verb, 0);
  return v.p && !v.p->is_relation && v.p->type == h->p->type ? c->clause_holder
                                                              : NONE;
}

/* تضامنهما مع Y، ورفضهما العقوبات: a stance noun with a dual pronoun is
 * held by the last pair named before it.  A verb trigger is read so only
 * when a definite noun follows (رفضهما العقوبات): otherwise the pronoun is
 * the verb's object.  The pair's group, or NONE. */
static size_t
dual_holder(const ctx *c, const hit *h, size_t end)
{
  const char *f = tok(c, h->b - 1)->form, *dual = "هما";
  size_t n = strlen(f);

  if (!(h->last_flags & NG_CL_SUFFIX) || n < strlen(dual) ||
      strcmp(f + n - strlen(dual), dual) != 0)
    return NONE;
  if (h->p->frame == NG_FRAME_VERB &&
      !(h->b < end && c->unit_at[h->b] == NONE && has_article(c, h->b)))
    return NONE;
  return recent_group(c, h->a);
}

/* The holder of a stance trigger and how it was found. */
size_t
find_holder(const ctx *c, const hit *h, size_t end, const char **how,
            double *conf)
{
  size_t holder = NONE;

  if (h->p->frame == NG_FRAME_PARTICIPLE) {
    if ((holder = participle_subject(c, h->a)) == NONE &&
        (holder = subject_before(c, h->a, 40)) != NONE &&
        phrase_genitive(c, holder))
      holder = NONE; /* توعّد فلان بمقاتلة الشرطة الكينية، واصفا إياها */
    if (holder != NONE)
      *how = "the subject of the clause the participle follows";
    return holder;
  }
  if ((holder = dual_holder(c, h, end)) != NONE) {
    *how = "a dual pronoun on the noun: the pair named before it";
    return holder;
  }
  if ((holder = verb_object_holder(c, h)) != NONE) {
    *how = "the subject of the verb of the same stance whose object it is";
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
    else if (h->p->holder_near && (holder = origin_after(c, h->b, end)) != NONE)
      *how = "the actor they come from (وحدات من الجيش الروسي)";
    else if (!(h->p->markers & 1u << NG_MARK_GEN) && !(h->flags & NG_CL_PREP) &&
             (holder = subject_after(c, h->b, end)) != NONE)
      *how = "the genitive after the noun";
    else if ((holder = noun_clause_subject(c, h, end)) != NONE)
      *how = "the subject of the clause on the noun (طلب وجهته X)";
  }
  if (holder == NONE && h->p->holder_markers &&
      (holder = marked_after(c, h, end, h->p->holder_markers)) != NONE) {
    *how = "named after the trigger with a preposition of the giver (من)";
    *conf -= 0.05;
  }
  if (holder == NONE &&
      (holder = owner_after(c, h->b, end,
                            h->p->markers & 1u << NG_MARK_GEN ? 1 : h->p->window)) != NONE) {
    /* (with a genitive target, only the trigger's own owner: تجميد أصول
     * شركات تابعة لـ X is a stance toward X) */
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
