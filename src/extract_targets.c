/* Extraction, targets: what a stance is about — the object after its
 * trigger, the owner of a verbal noun (الدعم الروسي), a pronoun suffix, a
 * relative clause's antecedent, the parties of a mediation. */
#include "config.h"

#include <string.h>

#include "extract_internal.h"

int
is_actor_unit(const ctx *c, size_t u)
{
  return c->units[u].actor != NONE;
}

/* May unit u be the target of the trigger h (an actor, or a place for the
 * rules that allow one)? */
int
target_unit(const ctx *c, const hit *h, size_t u)
{
  return is_actor_unit(c, u) ||
         (h->p->place_target && type_of(c, c->units[u].entity) == NG_PLACE);
}

/* The entity a target unit stands for: its actor, or for a place the
 * country it lies in (aid to Damascus is aid to Syria), or the place. */
size_t
target_entity(const ctx *c, size_t u)
{
  const ng_entity *e = ent(c, c->units[u].entity);

  if (c->units[u].actor != NONE)
    return c->units[u].actor;
  return e->rollup ? lex_index(c, e->rollup) : c->units[u].entity;
}

/* Is token i a head noun that may stand before an actor's name (دولة،
 * جمهورية، دول)? */
int
classifier_at(const ctx *c, size_t i)
{
  return cue_of_kind_at(c, i, NG_CUE_CLASSIFIER, NG_CL_CONJ | NG_CL_ART, NULL, NULL) != 0;
}

/* Is word i a preposition with a pronoun that refers back (به، عليه،
 * إليها), which may stand between a verb and its subject? */
int
resumptive_at(const ctx *c, size_t i)
{
  static const char *const forms[] = {"به", "بها", "عليه", "عليها", "اليه",
                                      "اليها", "فيه", "فيها", "عنه", "عنها"};

  for (size_t k = 0; k < sizeof forms / sizeof *forms; k++)
    if (is_word(c, i, forms[k]))
      return 1;
  return 0;
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
size_t
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

/* Does word i carry, as a clitic, one of the prepositions in marks? */
int
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

/* علّقت X، التي انضمت إليها Y، مشاركة البلاد: the actor named as the
 * genitive of the noun at i, the object of the verb h, which loses or
 * suffers what the noun names; the unit, or NONE. */
static size_t
object_genitive(const ctx *c, const hit *h, size_t i, size_t end, size_t holder)
{
  size_t u = i + 1 < end ? c->unit_at[i + 1] : NONE;

  if (c->unit_at[i] != NONE || tok(c, i)->kind != NG_TOKEN_WORD ||
      has_article(c, i) || ng_mark_parse(tok(c, i)->form) >= 0 ||
      trigger_at(c, i, 0).p)
    return NONE;
  if (u == NONE || c->units[u].first != i + 1 || !target_unit(c, h, u) ||
      c->units[u].mark != NG_MARK_OBJ || c->units[u].group == holder)
    return NONE;
  return u;
}

/* The place named right after the indefinite noun at i, as its genitive
 * (مطار بيروت، مدينة حلب، مخيمات غزة): where aid or troops go; NONE when
 * there is none (or it is the holder). */
size_t
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

/* «حزب الله»، الذي تفرض عقوبات على قادته: the actor a relative pronoun
 * opening the clause of token a stands for (named right before it); NONE
 * when there is none, or it is the holder. */
size_t
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
size_t
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

/* A stance toward a thing someone issued (rejecting a plan, condemning a
 * decision) is toward who issued it: the owner a relative clause names. */
int
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

/* حظرا على تصدير التكنولوجيا إلى Y، قيودا على واردات الصلب من Y: the
 * actor a trade goes to or comes from, within the few words after the noun
 * a sanction is on; NONE when none. */
static size_t
trade_partner(const ctx *c, size_t noun, size_t end, size_t holder)
{
  for (size_t j = noun + 1; j < end && j < noun + 4 && !is_boundary(c, j); j++) {
    size_t u = c->unit_at[j];
    if (u != NONE && c->units[u].first == j && is_actor_unit(c, u) &&
        (c->units[u].mark == NG_MARK_ILA || c->units[u].mark == NG_MARK_MIN) &&
        c->units[u].group != holder)
      return c->units[u].group;
  }
  return NONE;
}

/* Is word i one of the words the rule requires (ng:requires: the
 * responsibility حمّلت X laid)?  Such a word is the rule's complement,
 * never its target. */
static int
required_word_at(const ctx *c, const hit *h, size_t i)
{
  for (size_t k = 0; k < h->p->n_requires; k++) {
    unsigned f, lf;
    if (words_at(c, i, &h->p->requires[k], ~0u, &f, &lf))
      return 1;
  }
  return 0;
}

/* Is word i a noun of dealings with another party (ng:DealingNounCue:
 * التفاوض، التطبيع), after which مع names that party? */
static int
dealing_noun_at(const ctx *c, size_t i)
{
  for (size_t k = 0; k < ng_lexicon_cue_count(c->lex); k++) {
    const ng_cue *cue = ng_lexicon_cue(c->lex, k);
    unsigned f, lf;
    if (cue->kind == NG_CUE_DEALING &&
        words_at(c, i, &cue->words, NG_CL_CONJ | NG_CL_ART | NG_CL_PREP, &f, &lf))
      return 1;
  }
  return 0;
}

/* تعهّدت X بإرسال عناصر للانضمام إلى القوة: aid or troops given for a
 * purpose (ل and a verbal noun at noun) go where its إلى names.  That
 * actor's group, or NONE. */
static size_t
purpose_destination(const ctx *c, const hit *h, size_t noun, size_t end,
                    size_t holder)
{
  size_t j = noun + 1, u;

  if (h->p->is_relation || !prefixed_by(c, noun, 1u << NG_MARK_L) ||
      (h->p->type != NG_OFFER_AID && h->p->type != NG_PROVIDE_AID &&
       h->p->type != NG_DEPLOY))
    return NONE;
  if (j < end && c->unit_at[j] == NONE && ng_mark_parse(tok(c, j)->form) == NG_MARK_ILA)
    j++;
  u = j < end ? c->unit_at[j] : NONE;
  if (u == NONE || c->units[u].first != j || c->units[u].mark != NG_MARK_ILA ||
      !target_unit(c, h, u) || c->units[u].group == holder)
    return NONE;
  return c->units[u].group;
}

/* Looks for the target after token from, per the pattern's markers. */
target
find_target(const ctx *c, const hit *h, size_t from, size_t holder)
{
  target t = {NONE, NONE, 0, NONE, NULL, 0}, passed = t;
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
          patient_noun_at(c, i - 1) &&
          h->p->type != NG_THREATEN) { /* توعدت X بمعاقبة Y: Y threatened */
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
    if (u == NONE && h->p->type == NG_REJECT && !h->p->is_relation &&
        dealing_noun_at(c, i))
      marks |= 1u << NG_MARK_MAA; /* رفضت X التفاوض مع Y: Y is rejected */
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
      if (t.group == NONE && h->p->type == NG_SANCTION && !h->p->is_relation &&
          (t.group = trade_partner(c, noun, end, holder)) != NONE) {
        t.at = noun;
        t.how = "the partner of the trade the sanction hits";
        return t;
      }
      if (t.group == NONE)
        t.group = complement_owner(c, noun, marks, holder);
      if (t.group == NONE &&
          (t.group = purpose_destination(c, h, noun, end, holder)) != NONE) {
        t.at = noun;
        t.how = "where the purpose goes (للانضمام إلى X)";
        return t;
      }
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
        passed.beneficiary = is_definite(c, noun) || /* للمتضررين, not لإرسال */
                             (noun + 1 < end && is_definite(c, noun + 1));
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
    if (i == h->b && u == NONE && (marks & 1u << NG_MARK_GEN) &&
        h->p->frame == NG_FRAME_NOUN &&
        (t.entity = members_owner(c, i, h->a, holder)) != NONE) {
      t.at = i; /* تجميد أصول شركات تابعة للحرس الثوري */
      t.how = "the actor whose members or property are named";
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
      if (t.group == NONE && h->p->type == NG_SUPPORT && !h->p->is_relation)
        t.group = complement_owner(c, i, 0, holder); /* ثمّنت X الدور الذي تقوم به Y */
      if (t.group == NONE && h->p->type == NG_REJECT && !h->p->is_relation &&
          (t.entity = proposer_before(c, h, i, holder)) != NONE) {
        t.at = i; /* عرضت X …، غير أن Y رفضت العرض */
        t.how = "who made what is rejected, named before";
        return t;
      }
      if (t.group == NONE && judges_issuer(h) &&
          (t.entity = stance_author(c, i, holder)) != NONE) {
        t.at = i; /* فرضت X عقوبات …، ورفضت Y العقوبات */
        t.how = "who held the stance the object names, told before";
        return t;
      }
      t.at = i;
      t.how = t.group != NONE ? "the owner of the object"
                              : "the object is not an actor";
      if (t.group == NONE && h->p->type == NG_REJECT && !h->p->is_relation &&
          dealing_noun_at(c, i))
        continue; /* ترفض X المفاوضات المباشرة مع Y: the party follows */
      if (t.group == NONE && required_word_at(c, h, i))
        continue; /* حمّلت X المسؤولية لـ Y: the target follows */
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
      if ((marks & 1u << NG_MARK_OBJ) &&
          (v = object_genitive(c, h, j + 1, end, holder)) != NONE) {
        t.group = c->units[v].group;
        t.at = j + 2;
        t.how = "the genitive of the direct object, after an apposition to "
                "the subject";
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
