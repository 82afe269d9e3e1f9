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
    "الذين", "او", "ثم", "بعد", "قبل", "حيث", "كما", "لدي", "عند", "بين",
    "منذ", "هو", "هي", "لم", "لن", "لا", "قد", "وقال", "وقالت", "يوم", "صباح",
    "مساء", "امام", "بان", "لان", "انه", "انها", "بانه", "بانها", "كان",
    "كانت", "الا", "لكن", "ولكن", "الي", "حتي", "نحو", "ضد", "عبر", "وفي",
    "ومن", "والي", "فيما", "بينما", "اذ", "اذا", "لقد", "وقد", "ان", "وان",
    "اثناء", "لدي", "عده", "عدد", "اكثر", "اقل", "جميع", "كل", "بعض", "مزيد",
    "ايضا", "مجددا",
    /* adverbs that follow a name in the accusative (قال X حاليا) */
    "حاليا", "لاحقا", "سابقا", "رسميا", "مؤخرا", "فورا", "غدا", "الان",
    "شخصيا", "بدوره", "بدورها", "بنفسه", "بنفسها", "هاتفيا", "علنا", "انذاك",
    "حينها", "حينذاك",
    /* participles of saying after the subject (تابع قائلًا، مضيفًا أن) */
    "قائلا", "قائله", "مضيفا", "مضيفه", "مشيرا", "مشيره", "موضحا", "موضحه",
    "مؤكدا", "مؤكده", "معربا", "معربه",
    /* pronouns, which the corpus writes apart (محادثاتهما → محادثات هما) */
    "هما", "هم", "هن", "انا", "نحن", "انتم", "سيكون", "يكون", "كنا", "كانوا",
    /* nouns used as prepositions (وصل فلان وسط توتر، إثر، عقب) */
    "وسط", "اثر", "عقب", "جراء", "بسبب", "ازاء", "تجاه", "حول", "داخل", "خارج",
    "قرب", "ضمن", "خلف", "برفقه", "رغم", "وقت", "مده", "فتره", "طوال",
    /* a name's own word (نشر اسمه، ورد اسم فلان) */
    "اسم",
    /* demonstratives and quantities after a verb (يقول ذلك، ليصبح أول) */
    "ذلك", "هذا", "هذه", "تلك", "هؤلاء", "اول", "اولي", "اخر", "نفس", "اي",
    "غير", "كافه", "عده", "احد", "احدي", "احدهما", "احداهما", "احدهم", "كلا",
    "كلاهما", "كلتا", "بعضهم", "جميعهم",
    /* numbers, which count what follows (ثمانية أنشطة، بتسعة مشاريع) */
    "واحد", "اثنان", "اثنين", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه",
    "ست", "سته", "سبع", "سبعه", "ثماني", "ثمانيه", "تسع", "تسعه", "عشر",
    "عشره", "مءه", "ماءه", "الف", "الاف", "مليون",
    /* a deputy or undersecretary before his office (وكيل أمين المنطقة) */
    "وكيل",
    /* the portfolio after a title (مساعد الوزير لشؤون نزع السلاح) */
    "لشؤون", "للشؤون", "لشءون", "للشءون", "شؤون", "شءون"};

/* Words that join the words of one name (عبد الله، محمد بن سلمان، آل ثاني،
 * أبو مازن، دومينيك دو فيلبان، لولا دا سيلفا): they may be short, and the
 * word after عبد or أبو may carry ال. */
static const char *const joiners[] = {"عبد", "بن", "ابن", "بنت", "ابو", "ال",
                                      "ولد", "دو", "دي", "دا"};

/* Does token i carry word k of the words w (any clitics on it)?  With
 * bare set, only as written, with no clitic and no article the lexicon
 * form lacks (سلطان is no السلطان). */
static int
carries(const ng_segments *seg, size_t i, const ng_words *w, size_t k,
        int bare)
{
  const ng_token *tok;

  if (i >= seg->n_tokens || (bare && w->article[k]))
    return 0;
  tok = &seg->tokens[i];
  for (size_t r = 0; r < tok->n_readings; r++)
    if ((!bare || !tok->readings[r].flags) &&
        strcmp(tok->readings[r].key, w->keys[k]) == 0)
      return 1;
  return 0;
}

/* Does a stance, relation or title trigger (with titles set, a title's)
 * begin at token i?  All its words must follow: ثاني alone is a name's
 * (آل ثاني), ثاني مدن a trigger.  A given name as written (فيصل، سلطان)
 * begins one only as written, not as ف + يصل, nor as a trigger of one
 * word with ال (السلطان); أمين عام is still الأمين العام without ال. */
static int
trigger_begins(const ng_lexicon *lex, const ng_segments *seg, size_t i,
               int titles)
{
  const ng_token *tok = &seg->tokens[i];
  int bare = ng_given_name_with(lex, tok, 0);

  for (size_t r = 0; r < tok->n_readings; r++) {
    const size_t *ks;
    if (bare && tok->readings[r].flags)
      continue;
    for (size_t q = 0, nq = ng_lexicon_patterns_from(lex, tok->readings[r].key, &ks);
         q < nq; q++) {
      const ng_pattern *p = ng_lexicon_pattern(lex, ks[q]);
      for (size_t g = 0; g < p->n_triggers && (!titles || p->frame == NG_FRAME_TITLE); g++) {
        size_t n = 0;
        while (n < p->triggers[g].n && carries(seg, i + n, &p->triggers[g], n,
                                               bare && p->triggers[g].n == 1))
          n++;
        if (n == p->triggers[g].n)
          return 1;
      }
    }
  }
  return 0;
}

ng_status
ng_name_stop_words(ng_map *out)
{
  for (size_t k = 0; k < sizeof stops / sizeof *stops; k++)
    if (ng_map_put(out, stops[k], k) != NG_OK)
      return NG_ERR_NOMEM;
  return NG_OK;
}

/* Is tok one of the built-in stop words, as written or with و or a
 * preposition on it (وخلال، وعن، بتسعة)? */
static int
builtin_stop(const ng_lexicon *lex, const ng_token *tok)
{
  const ng_map *set = ng_lexicon_name_stops(lex);
  size_t k;

  if (ng_map_get(set, tok->form, &k))
    return 1;
  for (size_t r = 0; r < tok->n_readings; r++)
    if (tok->readings[r].flags &&
        !(tok->readings[r].flags & ~(NG_CL_CONJ | NG_CL_PREP)) &&
        ng_map_get(set, tok->readings[r].key, &k))
      return 1;
  return 0;
}

/* Is token i a stop word for names (built in, or an ng:NonNameCue), or
 * the beginning of a stance, relation or title trigger? */
static int
stop_word(const ng_lexicon *lex, const ng_segments *seg, size_t i)
{
  const ng_token *tok = &seg->tokens[i];
  const size_t *ks;

  if (trigger_begins(lex, seg, i, 0) || builtin_stop(lex, tok))
    return 1;
  for (size_t r = 0; r < tok->n_readings; r++)
    for (size_t q = 0,
                nq = ng_lexicon_cues_from(lex, tok->readings[r].key, &ks);
         q < nq &&
         !(tok->readings[r].flags && ng_given_name_with(lex, tok, 0));
         q++) {
      ng_cue_kind kind = ng_lexicon_cue(lex, ks[q])->kind;
      if (kind != NG_CUE_RANK && kind != NG_CUE_GIVEN_NAME)
        return 1; /* negation, hedging, pledge … words are no names; ranks
                     stand before names; شيخ is also a Somali name; a given
                     name as written is read so (فيصل, not ف + يصل) */
    }
  return 0;
}

int
ng_given_name(const ng_lexicon *lex, const ng_token *tok)
{
  return ng_given_name_with(lex, tok, NG_CL_CONJ | NG_CL_PREP_L);
}

int
ng_given_name_with(const ng_lexicon *lex, const ng_token *tok, unsigned allowed)
{
  return ng_token_cue(lex, tok, NG_CUE_GIVEN_NAME, allowed);
}

int
ng_token_cue(const ng_lexicon *lex, const ng_token *tok, ng_cue_kind kind,
             unsigned allowed)
{
  const size_t *ks;

  for (size_t r = 0; r < tok->n_readings; r++) {
    if (tok->readings[r].flags & ~allowed)
      continue;
    for (size_t q = 0, nq = ng_lexicon_cues_from(lex, tok->readings[r].key, &ks);
         q < nq; q++)
      if (ng_lexicon_cue(lex, ks[q])->kind == kind)
        return 1;
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
  /* a one-letter word is a clitic written apart (و، ب): no name goes on */
  return tok->kind == NG_TOKEN_PUNCT || taken[i] || stop_word(lex, seg, i) ||
         ng_utf8_count(tok->form, strlen(tok->form)) == 1;
}

/* Can token tok be part of a name?  Words of three letters or more that
 * are not stop words, not plurals in ات, and carry ال only as a family
 * name (checked by the caller). */
static int
name_word(const ng_lexicon *lex, const ng_segments *seg, size_t i)
{
  const ng_token *tok = &seg->tokens[i];
  size_t len = strlen(tok->form);

  return tok->kind == NG_TOKEN_WORD && !stop_word(lex, seg, i) &&
         ng_utf8_count(tok->form, len) >= 3 &&
         !(len > 4 && strcmp(tok->form + len - 4, "\xD8\xA7\xD8\xAA") == 0);
}

/* Is tok a word that joins the words of a name (عبد، بن، آل)? */
static int
joiner(const ng_token *tok)
{
  return NG_STR_IN(tok->form, joiners);
}

/* Does the original text of tok carry a tanween (حاليًا، رسميًا)?  Names
 * do not: such a word is an adverb or an object after the name. */
static int
has_tanween(const ng_text *t, const ng_token *tok)
{
  size_t b = t->map[tok->fbegin], e = t->map[tok->fend];

  for (size_t k = b; k < e && k < t->n_orig; k++)
    if (t->orig[k] >= 0x064B && t->orig[k] <= 0x064D)
      return 1;
  return 0;
}

/* Does the word begin with the preposition ب or ل as written (بوصول،
 * لحضور)?  After two words of a name such a word opens a complement
 * (رحب X Y بوصول …); a name's third word rarely begins so. */
static int
prep_initial(const ng_token *tok)
{
  return strncmp(tok->form, "\xD8\xA8", 2) == 0 || /* ب */
         strncmp(tok->form, "\xD9\x84", 2) == 0;   /* ل */
}

/* Is tok the given name علي, spelled with ي (the preposition على folds to
 * the same word)?  Ali may begin or continue a name, never end it. */
static int
is_ali(const ng_text *t, const ng_token *tok)
{
  return strcmp(tok->form, "علي") == 0 && t->orig[t->map[tok->fend - 1]] == 0x064A;
}

/* Does tok end in the alef of an accusative, four letters at least
 * (مرسوما، اتصالا)? */
static int
accusative_word(const ng_token *tok)
{
  size_t len = strlen(tok->form);

  return tok->kind == NG_TOKEN_WORD && len >= 8 &&
         strcmp(tok->form + len - 2, "\xD8\xA7") == 0;
}

/* Do token k and the next both end in the alef of an accusative (مؤتمرا
 * صحافيا، هجوما عنيفا)?  After a name that is its object and adjective. */
static int
accusative_pair(const ng_segments *seg, size_t k)
{
  for (size_t j = k; j < k + 2; j++)
    if (j >= seg->n_tokens ||
        seg->tokens[j].sentence != seg->tokens[k].sentence ||
        !accusative_word(&seg->tokens[j]))
      return 0;
  return 1;
}

/* Is token k an accusative and the next a word with ب or ل (تكريما
 * للحركة، مرسوما بتعيين)?  After a name that is its object (or adverb)
 * and complement. */
static int
object_complement(const ng_segments *seg, size_t k)
{
  return k + 1 < seg->n_tokens &&
         seg->tokens[k + 1].sentence == seg->tokens[k].sentence &&
         accusative_word(&seg->tokens[k]) && prep_initial(&seg->tokens[k + 1]);
}

/* Does tok end in ة as written (محاكمة، تلفزيونية)?  A name no lexicon
 * knows rarely begins so unless it is a given name (فاطمة، أسامة). */
static int
ends_in_ta_marbuta(const ng_text *t, const ng_token *tok)
{
  return t->orig[t->map[tok->fend - 1]] == 0x0629;
}

/* Is the word w of the patterns تفعيل or إفعال (تشكيل، إجراء)? */
static int
verbal_noun_word(const char *w)
{
  const char *p = w, *end = p + strlen(p);
  uint32_t cp[5];
  size_t n = 0;

  while (p < end && n < 5)
    cp[n++] = ng_utf8_next(&p, end);
  if (n != 5 || p != end)
    return 0;
  return (cp[0] == 0x062A && cp[3] == 0x064A) || /* ت _ _ ي _ */
         (cp[0] == 0x0627 && cp[3] == 0x0627);   /* ا _ _ ا _ */
}

/* Is tok a verbal noun of the patterns تفعيل or إفعال (تشكيل، إجراء),
 * the object after a name (أعلن فلان الفلاني تشكيل حكومته)? */
static int
verbal_noun(const ng_token *tok)
{
  return verbal_noun_word(tok->form);
}

/* The same, after a preposition ب or ل written on it (بإجراء، لتشكيل):
 * a complement, not the first word of a name. */
static int
prep_verbal_noun(const ng_token *tok)
{
  return prep_initial(tok) && verbal_noun_word(tok->form + 2);
}

/* Is token k a deputy's or assistant's word (مساعد، نائب) before a
 * title (مساعد وزير الخارجية، نائب وزير خارجية روسيا)?  مساعد is a given
 * name too, so only the title after it makes it a role that ends the name
 * before it. */
static int
role_before_title(const ng_lexicon *lex, const ng_segments *seg, size_t k)
{
  return k + 1 < seg->n_tokens &&
         (strcmp(seg->tokens[k].form, "مساعد") == 0 ||
          strcmp(seg->tokens[k].form, "ناءب") == 0) && /* نائب, folded */
         trigger_begins(lex, seg, k + 1, 1);
}

/* Is token k followed by a pronoun written apart (أوامر ه، قول ه)?  The
 * corpus splits suffixes off; a word that carries one is a noun or a
 * verb, never part of a name. */
static int
pronoun_after(const ng_segments *seg, size_t k)
{
  static const char *const pronouns[] = {"ه",  "ها", "هم", "هما",
                                         "هن", "كم", "نا"};
  const ng_token *next = k + 1 < seg->n_tokens ? &seg->tokens[k + 1] : NULL;

  if (!next || next->kind != NG_TOKEN_WORD ||
      next->sentence != seg->tokens[k].sentence)
    return 0;
  for (size_t q = 0; q < sizeof pronouns / sizeof *pronouns; q++)
    if (strcmp(next->form, pronouns[q]) == 0)
      return 1;
  return 0;
}

/* Does tok begin as a verb of the present tense (يرأس، يدرك، يبعثان), or
 * with ل before one (ليصبح، لتعزيز)? */
static int
verb_initial(const ng_text *t, const ng_token *tok)
{
  size_t o = t->map[tok->fbegin];
  uint32_t first = t->orig[o], second = o + 1 < t->n_orig ? t->orig[o + 1] : 0;

  return first == 0x064A ||
         (first == 0x0644 && (second == 0x064A || second == 0x062A));
}

/* Is the word at token k, which begins with ب or ل, a name's last word
 * rather than a complement: a pause or a stop word follows it (فيليب دوست
 * بلازي اليوم، تيري رود لارسن ،), and it is no preposition on the article
 * or on a verbal noun (رحب فلان فلان بالقرار، بإجراء)? */
static int ends_in_pronoun(const ng_text *t, const ng_token *tok);

/* Do token k and the next both end in ين, five letters at least (اتصالين
 * هاتفيين: a noun and its adjective in the dual), in one sentence? */
static int
dual_pair(const ng_segments *seg, size_t k)
{
  for (size_t j = k; j < k + 2; j++) {
    size_t len;
    if (j >= seg->n_tokens ||
        seg->tokens[j].sentence != seg->tokens[k].sentence ||
        seg->tokens[j].kind != NG_TOKEN_WORD)
      return 0;
    len = strlen(seg->tokens[j].form);
    if (ng_utf8_count(seg->tokens[j].form, len) < 5 ||
        strcmp(seg->tokens[j].form + len - 4, "ين") != 0)
      return 0;
  }
  return 1;
}

/* Is tok a day of the week (قال فلان الفلاني الاثنين: when he spoke)?
 * After a given name alone it may be a family name (أحمد الخميس). */
static int
weekday(const ng_token *tok)
{
  static const char *const days[] = {
      "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد"};

  return NG_STR_IN(tok->form, days);
}

/* Does tok begin as a verb of the future (سيخلف، ستبدأ، سنعمل), five
 * letters or more?  After two words of a name it is their verb. */
static int
future_verb(const ng_token *tok)
{
  return ng_utf8_count(tok->form, strlen(tok->form)) >= 5 &&
         (strncmp(tok->form, "سي", strlen("سي")) == 0 ||
          strncmp(tok->form, "ست", strlen("ست")) == 0 ||
          strncmp(tok->form, "سن", strlen("سن")) == 0);
}

static int
last_before_pause(const ng_lexicon *lex, const ng_text *t,
                  const ng_segments *seg, size_t k)
{
  const ng_token *tok = &seg->tokens[k];

  if (prep_verbal_noun(tok) ||
      strncmp(tok->form, "\xD8\xA8\xD8\xA7\xD9\x84", 6) == 0 ||
      has_tanween(t, tok) || ends_in_pronoun(t, tok) ||
      ng_utf8_count(tok->form, strlen(tok->form)) < 5)
    return 0; /* بال; لها، باستمراره: a pronoun; لدية: too short for a name */
  return k + 1 >= seg->n_tokens ||
         seg->tokens[k + 1].sentence != tok->sentence ||
         seg->tokens[k + 1].kind == NG_TOKEN_PUNCT ||
         builtin_stop(lex, &seg->tokens[k + 1]);
}

/* Does tok begin with the conjunction و before a definite word or a
 * given name (والحضور، وإبراهيم), not as a name's own letter (وليد)?  It
 * joins a second conjunct to the name before it, which it ends. */
static int
conj_word(const ng_lexicon *lex, const ng_text *t, const ng_token *tok)
{
  if (tok->kind != NG_TOKEN_WORD || t->orig[t->map[tok->fbegin]] != 0x0648 ||
      ng_given_name_with(lex, tok, 0))
    return 0;
  for (size_t r = 0; r < tok->n_readings; r++)
    if ((tok->readings[r].flags & NG_CL_CONJ) &&
        ((tok->readings[r].flags & NG_CL_ART) ||
         ng_given_name_with(lex, tok, NG_CL_CONJ)))
      return 1;
  return 0;
}

static int ends_in_pronoun(const ng_text *t, const ng_token *tok);
static int given_as_written(const ng_lexicon *lex, const ng_token *tok);

/* Is token i a word of two letters that may be a name's (لي، شو، طه):
 * no stop word, no particle and no pronoun written apart? */
static int
short_word(const ng_lexicon *lex, const ng_segments *seg, size_t i)
{
  static const char *const particles[] = {"ما", "بل", "كي", "يا", "ها", "هن",
                                          "كم", "نا", "لو", "اي", "ذا", "له",
                                          "لك", "به", "بك", "فيه"};
  const ng_token *tok = &seg->tokens[i];

  if (tok->kind != NG_TOKEN_WORD ||
      ng_utf8_count(tok->form, strlen(tok->form)) != 2 ||
      stop_word(lex, seg, i) || joiner(tok))
    return 0;
  return !NG_STR_IN(tok->form, particles);
}

/* May token k, the n-th word of a name being read from token i, belong to
 * it?  with_bin tells whether the name so far has a بن; with short_ok, a
 * word of two letters may be one (لي تشاو شينغ, after a title and its
 * state), else only a given name after two words (الزبير بشير طه). */
static int
in_name(const ng_lexicon *lex, const ng_segments *seg, const ng_text *t,
        size_t i, size_t n, int with_bin, int short_ok)
{
  const ng_token *tok = &seg->tokens[i + n];
  const ng_token *prev = n ? &seg->tokens[i + n - 1] : NULL;

  if (tok->kind != NG_TOKEN_WORD || has_tanween(t, tok) ||
      pronoun_after(seg, i + n))
    return 0;
  if (joiner(tok) || is_ali(t, tok)) /* followed by more of the name */
    return i + n + 1 < seg->n_tokens &&
           seg->tokens[i + n + 1].sentence == tok->sentence &&
           seg->tokens[i + n + 1].kind == NG_TOKEN_WORD;
  if (n >= 1 && (role_before_title(lex, seg, i + n) || conj_word(lex, t, tok)))
    return 0; /* فلان [وإبراهيم] فلان: two names */
  if (with_bin && !joiner(prev) && t->orig[t->map[tok->fbegin]] == 0x0648 &&
      !ng_given_name_with(lex, tok, 0))
    return 0; /* فلان بن فلان [ورؤساء] الدوائر: a chain with بن ends on names
                 (آل وديان after آل) */
  if (n == 0 && !ng_given_name(lex, tok) && verb_initial(t, tok))
    return 0; /* [يرأس] وفدا، [ليصبح] أول */
  if (n == 0 && conj_word(lex, t, tok) && !ng_given_name(lex, tok))
    return 0; /* القيادي في الحزب [والمتهم] بمحاولة …: a second predicate */
  if (n == 0 && prep_initial(tok) && ends_in_pronoun(t, tok) &&
      !ng_given_name(lex, tok))
    return 0; /* قائدها [بجثته]: a preposition and a pronoun on a noun */
  if (n == 0 &&
      (ends_in_ta_marbuta(t, tok) || verbal_noun(tok) ||
       prep_verbal_noun(tok) || accusative_pair(seg, i)) &&
      !ng_given_name(lex, tok))
    return 0; /* the verbal noun or object after a title: الرئيس الإيراني
                 [محاكمة]، [إجراء]، الوزير [اتصالا هاتفيا] */
  if (strncmp(tok->form, "\xD9\x84\xD9\x84", 4) == 0)
    return 0; /* لل: ل and the article, a complement (للصحفيين) */
  if (n == 0 && i + 1 < seg->n_tokens && accusative_word(tok) &&
      ng_utf8_count(tok->form, strlen(tok->form)) >= 5 &&
      prep_initial(&seg->tokens[i + 1]))
    return 0; /* an object and its complement: أصدر الرئيس [مرسوما بتعيين] */
  if ((!(name_word(lex, seg, i + n) ||
         (short_word(lex, seg, i + n) &&
          (short_ok || (n >= 2 && given_as_written(lex, tok))))) &&
       !(n == 0 && ng_given_name(lex, tok) && !builtin_stop(lex, tok) &&
         !trigger_begins(lex, seg, i,
                         1))) || /* وقال [دان] فلان: a given name that
                                    is a verb too, not a title (سلطان) */
      (n >= 1 && !joiner(prev) && verbal_noun(tok) && !has_article(t, tok) &&
       !ng_given_name(lex, tok)) ||
      (n >= 2 && !joiner(prev) &&
       ((prep_initial(tok) && !last_before_pause(lex, t, seg, i + n)) ||
        accusative_pair(seg, i + n) || future_verb(tok) || weekday(tok) ||
        object_complement(seg, i + n))) ||
      (n >= 3 && !joiner(prev) && ends_in_ta_marbuta(t, tok) &&
       !has_article(t, tok) &&
       !ng_given_name(lex, tok)) || /* فلان فلان فلان [جولة]; not العطية */
      (n == 0 && dual_pair(seg, i) && !ng_given_name(lex, tok)))
    return 0; /* after a joiner the name goes on: دو لاروش; بحث الوزير
                 [سبل تعزيز]; فلان فلان [تكريما] للحركة */
  /* A definite word is part of the name only after عبد or أبو (عبد
   * القادر), or as the family name closing a chain with بن (مساعد بن
   * محمد العيبان); otherwise it is far more often the object of a verbal
   * noun (ترسيم الحدود) than a family name. */
  return !has_article(t, tok) ||
         (n == 0 && given_as_written(lex, tok)) || /* ألكسندر */
         (prev && (strcmp(prev->form, "عبد") == 0 ||
                   strcmp(prev->form, "ابو") == 0)) ||
         (with_bin && n >= 3) ||
         (n >= 1 && n <= 2 &&
          ng_given_name(lex, &seg->tokens[i])); /* سمير العلوان */
}

/* Does a hyphen at token i + n join two words of the name being read
 * from token i (كيم جونغ-إيل، ميشال أليو-ماري, written with or without
 * spaces)?  Only between words that both belong to it. */
static int
hyphen_joins(const ng_lexicon *lex, const ng_segments *seg, const ng_text *t,
             const size_t *taken, size_t i, size_t n, int with_bin,
             int short_ok)
{
  const ng_token *tok = &seg->tokens[i + n];

  return n >= 1 && tok->kind == NG_TOKEN_PUNCT && tok->punct == '-' &&
         seg->tokens[i + n - 1].kind == NG_TOKEN_WORD &&
         i + n + 1 < seg->n_tokens &&
         seg->tokens[i + n + 1].sentence == tok->sentence &&
         !taken[i + n + 1] && !has_article(t, &seg->tokens[i + n + 1]) &&
         in_name(lex, seg, t, i, n + 1, with_bin, short_ok);
}

/* ng_name_length, with short_ok as for in_name. */
static size_t
name_length(const ng_lexicon *lex, const ng_segments *seg, const ng_text *t,
            const size_t *taken, size_t i, size_t max, int short_ok)
{
  size_t n = 0, sentence = i < seg->n_tokens ? seg->tokens[i].sentence : 0;
  int with_bin = 0, closed = 0;

  while (n < max && i + n < seg->n_tokens && !taken[i + n] &&
         seg->tokens[i + n].sentence == sentence &&
         (in_name(lex, seg, t, i, n, with_bin, short_ok) ||
          hyphen_joins(lex, seg, t, taken, i, n, with_bin, short_ok))) {
    const ng_token *tok = &seg->tokens[i + n];
    int definite = has_article(t, tok) && strcmp(tok->form, "ال") != 0;
    if (tok->kind == NG_TOKEN_PUNCT) { /* كيم جونغ - إيل */
      n++;
      continue;
    }
    with_bin |= strcmp(tok->form, "بن") == 0 || strcmp(tok->form, "ابن") == 0;
    n++;
    if ((definite && with_bin) ||
        (n >= 2 && strcmp(seg->tokens[i + n - 2].form, "ال") == 0)) {
      closed = 1; /* the family name (العيبان، آل مكتوم) ends the chain */
      break;
    }
    if (n >= 2 && definite &&
        strcmp(seg->tokens[i + n - 2].form, "عبد") != 0 &&
        strcmp(seg->tokens[i + n - 2].form, "ابو") != 0 &&
        strcmp(tok->form, "الدين") != 0 && strcmp(tok->form, "الاسلام") != 0)
      break; /* a family name in ال ends the name (فايز السراج); نور الدين and
                سيف الإسلام are one given name */
  }
  while (n > 0 && (joiner(&seg->tokens[i + n - 1]) ||
                   is_ali(t, &seg->tokens[i + n - 1])))
    n--; /* a name does not end on عبد or بن */
  if (n < 2 ||
      !(closed || name_boundary(lex, seg, taken, i + n, sentence) ||
        accusative_pair(seg, i + n) || object_complement(seg, i + n) ||
        (with_bin && t->orig[t->map[seg->tokens[i + n].fbegin]] == 0x0648) ||
        prep_initial(&seg->tokens[i + n]) ||
        verbal_noun(&seg->tokens[i + n]) || future_verb(&seg->tokens[i + n]) ||
        weekday(&seg->tokens[i + n]) ||
        (n >= 3 && i + n < seg->n_tokens &&
         seg->tokens[i + n].kind == NG_TOKEN_WORD &&
         ends_in_ta_marbuta(t, &seg->tokens[i + n]) &&
         !has_article(t, &seg->tokens[i + n])) ||
        role_before_title(lex, seg, i + n) ||
        conj_word(lex, t, &seg->tokens[i + n]) ||
        has_tanween(t, &seg->tokens[i + n])))
    return 0; /* a name is followed by a pause, a verb of saying or a particle */
  return n;
}

size_t
ng_name_length(const ng_lexicon *lex, const ng_segments *seg, const ng_text *t,
               const size_t *taken, size_t i, size_t max)
{
  return name_length(lex, seg, t, taken, i, max, 0);
}

size_t
ng_state_name_length(const ng_lexicon *lex, const ng_segments *seg,
                     const ng_text *t, const size_t *taken, size_t i,
                     size_t max)
{
  return name_length(lex, seg, t, taken, i, max, 1);
}

/* Is tok a given name as the lexicon writes it, with ال only where the
 * lexicon has it (فهد، الحسين; not النبيل, نبيل with ال)? */
static int
given_as_written(const ng_lexicon *lex, const ng_token *tok)
{
  const size_t *ks;

  for (size_t r = 0; r < tok->n_readings; r++) {
    unsigned f = tok->readings[r].flags;
    if (f != 0 && f != NG_CL_ART)
      continue;
    for (size_t q = 0,
                nq = ng_lexicon_cues_from(lex, tok->readings[r].key, &ks);
         q < nq; q++) {
      const ng_cue *cue = ng_lexicon_cue(lex, ks[q]);
      if (cue->kind == NG_CUE_GIVEN_NAME &&
          !cue->words.article[0] == !(f & NG_CL_ART))
        return 1;
    }
  }
  return 0;
}

size_t
ng_lone_name_length(const ng_lexicon *lex, const ng_segments *seg,
                    const ng_text *t, const size_t *taken, size_t i, int royal)
{
  const ng_token *tok = i < seg->n_tokens ? &seg->tokens[i] : NULL;
  const ng_token *next;

  if (!tok || taken[i] || !name_word(lex, seg, i) || joiner(tok) ||
      strcmp(tok->form, "علي") == 0 || /* the preposition على folds so */
      !given_as_written(lex, tok) || has_tanween(t, tok) ||
      pronoun_after(seg, i))
    return 0;
  next = i + 1 < seg->n_tokens ? &seg->tokens[i + 1] : NULL;
  if (next && next->sentence == tok->sentence && joiner(next))
    return 0; /* الملك فلان بن …: a longer name, or none */
  if (name_boundary(lex, seg, taken, i + 1, tok->sentence))
    return 1; /* الأمير فلان، والد… ; قال الملك فلان إن … */
  return accusative_pair(seg, i + 1) || prep_initial(next) ||
         verbal_noun(next) || has_tanween(t, next) ||
         (royal && has_article(t, next) &&
          !ng_given_name_with(lex, next, NG_CL_ART) &&
          !ng_weak_surname(lex, next)); /* مطار الملك فلان [الدولي]: what the
                                           name ends, not a family name */
}

/* A new entity of type t labelled with the original text of tokens
 * [first, end), from skip characters into the first, and with the IRI iri
 * (taken); NULL on OOM (iri freed). */
static ng_entity *
entity_from_tokens(const ng_segments *seg, const ng_text *t, size_t first,
                   size_t end, size_t skip, ng_entity_type type, char *iri)
{
  ng_entity *e = calloc(1, sizeof *e);
  ng_buf label = {0};
  size_t b = t->map[seg->tokens[first].fbegin] + skip;
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
ng_person_new(const ng_lexicon *lex, const ng_segments *seg, const ng_text *t,
              size_t first, size_t end)
{
  ng_buf iri = {0};
  const ng_token *tok = &seg->tokens[first];
  const char *lead = tok->form;
  size_t skip = 0;

  if (t->orig[t->map[tok->fbegin]] == 0x0648 &&
      !ng_given_name_with(lex, tok, 0))
    for (size_t r = 0; r < tok->n_readings && !skip; r++)
      if (tok->readings[r].flags == NG_CL_CONJ &&
          ng_given_name_with(lex, tok, NG_CL_CONJ)) {
        lead = tok->readings[r].key; /* [و]سمير فلان: the name after و */
        skip = 1;
      }
  ng_buf_puts(&iri, NG_ID_NS "person");
  for (size_t i = first; i < end; i++) {
    ng_buf_puts(&iri, "-");
    ng_buf_put_iri_segment(&iri, i == first ? lead : seg->tokens[i].form);
  }
  return entity_from_tokens(seg, t, first, end, skip, NG_PERSON,
                            ng_buf_take(&iri));
}

/* A body word's key without its clitics: the stem of its reading with the
 * article (للحكومة and والحكومة are حكومه like الحكومة), else the word
 * without ال. */
static const char *
organ_word_key(const ng_token *tok)
{
  for (size_t k = 0; k < tok->n_readings; k++) {
    unsigned f = tok->readings[k].flags;
    if ((f & NG_CL_ART) && !(f & (NG_CL_SUFFIX | NG_CL_ACC | NG_CL_FUT)))
      return tok->readings[k].key;
  }
  return ng_word_key(tok->form, NULL);
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
    ng_buf_put_iri_segment(&iri, organ_word_key(&seg->tokens[i]));
  }
  e = entity_from_tokens(seg, t, first, end, 0, NG_ORGANIZATION,
                         ng_buf_take(&iri));
  if (e)
    e->rollup = state;
  return e;
}

/* Verbs of saying that news puts before their subject (وقال فلان). */
static const char *const saying[] = {"قال", "قالت", "اكد", "اكدت",
                                     "اعلن", "اعلنت", "اضاف", "اضافت"};

/* Is token i a verb that comes before its subject's name: a verb of
 * saying or an ng:NonNameCue verb (وصل، التقى), perhaps after و or ف? */
static int
verb_before_name(const ng_lexicon *lex, const ng_token *tok)
{
  for (size_t r = 0; r < tok->n_readings; r++) {
    const ng_reading *rd = &tok->readings[r];
    if (rd->flags & ~NG_CL_CONJ)
      continue;
    if (NG_STR_IN(rd->key, saying))
      return 1;
    const size_t *ks;
    for (size_t q = 0, nq = ng_lexicon_cues_from(lex, rd->key, &ks); q < nq;
         q++)
      if (ng_lexicon_cue(lex, ks[q])->kind == NG_CUE_NONNAME &&
          !ng_lexicon_cue(lex, ks[q])->after_name_only)
        return 1; /* the cues whose first word is the reading's */
  }
  return 0;
}

/* The token where a title in apposition after a name ending at token
 * end begins, past a comma and a deputy's word (فلان الفلاني، [نائب]
 * وزير الخارجية); NONE when no title follows in the sentence. */
static size_t
title_after(const ng_lexicon *lex, const ng_segments *seg, size_t end,
            size_t sentence)
{
  if (end < seg->n_tokens && seg->tokens[end].kind == NG_TOKEN_PUNCT &&
      (seg->tokens[end].punct == 0x060C || seg->tokens[end].punct == ','))
    end++;
  if (end < seg->n_tokens && role_before_title(lex, seg, end))
    end++;
  return end < seg->n_tokens && seg->tokens[end].sentence == sentence &&
                 trigger_begins(lex, seg, end, 1)
             ? end
             : (size_t)-1;
}

size_t
ng_untitled_name_length(const ng_lexicon *lex, const ng_segments *seg,
                        const ng_text *t, const size_t *taken, size_t i)
{
  size_t n;
  const ng_token *tok = i < seg->n_tokens ? &seg->tokens[i] : NULL;

  if (!tok || !ng_given_name(lex, tok) || strcmp(tok->form, "علي") == 0 ||
      !(n = ng_name_length(lex, seg, t, taken, i, 4)))
    return 0; /* علي: the preposition على as Egypt's press spells it */
  if (i > 0 && seg->tokens[i - 1].sentence == tok->sentence &&
      verb_before_name(lex, &seg->tokens[i - 1]))
    return n; /* وقال فلان الفلاني */
  return title_after(lex, seg, i + n, tok->sentence) != (size_t)-1
             ? n /* فلان الفلاني، وزير الخارجية */
             : 0;
}

/* Does tok end in a pronoun as written (يرأسه، خلالها، لديهم، بينهما)?
 * Most such words carry one, which no name does. */
static int
ends_in_pronoun(const ng_text *t, const ng_token *tok)
{
  size_t b = t->map[tok->fbegin], e = t->map[tok->fend - 1] + 1;
  const uint32_t *w = t->orig;

  if (e - b >= 3 && w[e - 1] == 0x0627 && w[e - 2] == 0x0645 &&
      w[e - 3] == 0x0647)
    return 1; /* هما */
  if (e - b >= 2 && (w[e - 1] == 0x0627 || w[e - 1] == 0x0645) &&
      w[e - 2] == 0x0647)
    return 1;                              /* ها، هم */
  return e - b >= 2 && w[e - 1] == 0x0647; /* ه */
}

int
ng_words_carry_pronoun(const ng_segments *seg, const ng_text *t, size_t i,
                       size_t n)
{
  for (size_t k = i; k < i + n && k < seg->n_tokens; k++)
    if (seg->tokens[k].kind == NG_TOKEN_WORD &&
        ends_in_pronoun(t, &seg->tokens[k]))
      return 1;
  return 0;
}

/* Is token i right after a relative pronoun (الذي، التي)?  A verb
 * follows one, not a name (الذي [أثار غضب] رئيس الوزراء). */
static int
relative_before(const ng_segments *seg, size_t i)
{
  static const char *const relatives[] = {
      "الذي",   "التي",   "الذين",  "اللذان", "اللتان",
      "اللذين", "اللتين", "اللاتي", "ما",     "من"};

  return i > 0 && seg->tokens[i - 1].sentence == seg->tokens[i].sentence &&
         NG_STR_IN(seg->tokens[i - 1].form, relatives);
}

size_t
ng_apposed_name_length(const ng_lexicon *lex, const ng_segments *seg,
                       const ng_text *t, const size_t *taken, size_t i,
                       size_t *title)
{
  size_t n, sentence = i < seg->n_tokens ? seg->tokens[i].sentence : 0;

  if (i >= seg->n_tokens || relative_before(seg, i) ||
      (i > 0 && !name_boundary(lex, seg, taken, i - 1, sentence) &&
       !verb_before_name(lex, &seg->tokens[i - 1])) ||
      !(n = ng_name_length(lex, seg, t, taken, i, 4)))
    return 0; /* the name's first word comes after a pause or a particle */
  if (ng_words_carry_pronoun(seg, t, i, n))
    return 0; /* [يتنقل خلالها] وزير الخارجية: a verb and its
                 complement before their subject */
  if (n >= 2 && !ng_given_name(lex, &seg->tokens[i]) &&
      !joiner(&seg->tokens[i + 1]) && ng_given_name(lex, &seg->tokens[i + 1]))
    return 0; /* حاول [نبيل صحراوي]، زعيم …: the word before a given name is a
                 verb; the name is read from the given name on */
  *title = title_after(lex, seg, i + n, sentence);
  return *title != (size_t)-1 ? n : 0;
}

int
ng_weak_surname(const ng_lexicon *lex, const ng_token *tok)
{
  /* عبد الله، حسب الله; آل; نور الدين، سيف الإسلام (a compound given
   * name's second word); the ordinals after a monarch's name */
  static const char *const words[] = {
      "الله",    "ال",      "الدين",   "الاسلام", "الاول",   "الثاني",
      "الثالث",  "الرابع",  "الخامس",  "السادس",  "السابع",  "الثامن",
      "التاسع",  "العاشر",  "الاولي",  "الثانيه", "الثالثه", "الرابعه",
      "الخامسه", "السادسه", "السابعه", "الثامنه", "التاسعه", "العاشره"};

  return NG_STR_IN(tok->form, words) || ng_given_name(lex, tok);
}

int
ng_name_word(const ng_lexicon *lex, const ng_segments *seg, size_t i)
{
  return name_word(lex, seg, i);
}
