/* Matching: lexicon phrases over token readings → mentions, with a small
 * lexicon written here (and one integration test over the shipped one). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lexicon.h"
#include "match.h"
#include "normalize.h"
#include "segment.h"
#include "unit.h"
#include "util.h"

#define ID NG_ID_NS

/* After NG_UNIT_TTL_PREFIXES. */
static const char lexicon_ttl[] =
    "ngid:kazakhstan a ng:Country ; rdfs:label \"كازاخستان\"@ar ;\n"
    "    ng:demonym \"كازاخي\"@ar ; ng:capital \"أستانا\"@ar .\n"
    "ngid:astana a ng:Place ; rdfs:label \"أستانا\"@ar ;\n"
    "    ng:locatedIn ngid:kazakhstan .\n"
    "ngid:russia a ng:Country ; rdfs:label \"روسيا\"@ar ;\n"
    "    ng:demonym \"روسي\"@ar ; ng:capital \"موسكو\"@ar .\n"
    "ngid:china a ng:Country ; rdfs:label \"الصين\"@ar ;\n"
    "    ng:demonym \"صيني\"@ar .\n"
    "ngid:niger a ng:Country ; rdfs:label \"النيجر\"@ar .\n"
    "ngid:albania a ng:Country ; rdfs:label \"ألبانيا\"@ar ;\n"
    "    ng:demonym \"ألباني\"@ar ; ng:people \"ألبان\"@ar .\n"
    "ngid:guinea a ng:Country ; rdfs:label \"غينيا\"@ar .\n"
    "ngid:equatorial-guinea a ng:Country ;\n"
    "    rdfs:label \"غينيا الاستوائية\"@ar .\n"
    "ngid:guinea-bissau a ng:Country ; rdfs:label \"غينيا بيساو\"@ar .\n"
    "ngid:drc a ng:Country ;\n"
    "    rdfs:label \"جمهورية الكونغو الديمقراطية\"@ar ;\n"
    "    ng:alias \"الكونغو الديمقراطية\"@ar .\n"
    "ngid:congo a ng:Country ; rdfs:label \"الكونغو\"@ar .\n"
    "ngid:mali a ng:Country ; rdfs:label \"مالي\"@ar ; ng:ambiguous true .\n"
    "ngid:saudi a ng:Country ; rdfs:label \"السعودية\"@ar ;\n"
    "    ng:demonym \"سعودي\"@ar .\n"
    "ngid:jordan a ng:Country ; rdfs:label \"الأردن\"@ar ;\n"
    "    ng:demonym \"أردني\"@ar .\n"
    "ngid:oman a ng:Country ; rdfs:label \"عُمان\"@ar ; ng:demonym "
    "\"عماني\"@ar .\n"
    "ngid:amman a ng:Place ; rdfs:label \"مدينة عمّان\"@ar ;\n"
    "    ng:shortName \"عمّان\"@ar ; ng:context ngid:jordan ;\n"
    "    ng:locatedIn ngid:jordan .\n"
    "ngid:south-russia a ng:Place ; rdfs:label \"جنوب روسيا\"@ar ;\n"
    "    ng:locatedIn ngid:russia .\n"
    "ngid:k-president a ng:Person ; rdfs:label \"قاسم توكاييف\"@ar ;\n"
    "    ng:leaderOf ngid:kazakhstan .\n"
    "ngid:p-ahmad a ng:Person ; rdfs:label \"أحمد كريمي\"@ar .\n"
    "ngid:p-ali a ng:Person ; rdfs:label \"علي كريمي\"@ar .\n"
    "ngid:p-prince a ng:Person ; rdfs:label \"محمد بن سلمان\"@ar .\n"
    "ngid:p-annan a ng:Person ; rdfs:label \"كوفي عنان\"@ar ;\n"
    "    ng:alias \"كوفي أنان\"@ar .\n"
    "ngid:p-assad a ng:Person ; rdfs:label \"بشار الأسد\"@ar .\n"
    "ngid:p-king a ng:Person ; rdfs:label \"عبد الله الثاني\"@ar .\n"
    "ngid:p-abbas a ng:Person ; rdfs:label \"محمود عباس\"@ar ;\n"
    "    ng:alias \"أبو مازن\"@ar .\n"
    "ngid:p-lula a ng:Person ; rdfs:label \"لولا دا سيلفا\"@ar .\n"
    "ngid:p-voss a ng:Person ; rdfs:label \"يوهان فوس\"@ar ;\n"
    "    ng:alias \"فوس\"@ar .\n"
    "ngr:given a ng:GivenNameCue ; ng:cue \"لويس\" , \"باسم\" , \"سمير\" .\n"
    "ngid:wagner a ng:Organization ; rdfs:label \"مجموعة فاغنر\"@ar .\n"
    "ngid:m23 a ng:Organization ; rdfs:label \"حركة إم 23\"@ar .\n"
    "ngid:libya a ng:Country ; rdfs:label \"ليبيا\"@ar .\n"
    "ngid:myanmar a ng:Country ; rdfs:label \"ميانمار\"@ar .\n"
    "ngid:l-gov a ng:Organization ; rdfs:label \"حكومة الوحدة الليبية\"@ar ;\n"
    "    ng:shortName \"حكومة الوحدة الوطنية\"@ar ; ng:context ngid:libya .\n"
    "ngid:m-gov a ng:Organization ; rdfs:label \"حكومة الوحدة في ميانمار\"@ar "
    ";\n"
    "    ng:shortName \"حكومة الوحدة الوطنية\"@ar ; ng:context ngid:myanmar "
    ".\n"
    "ngr:t-title a ng:TitlePattern ;\n"
    "    ng:relation ng:leaderOf ; ng:frame ng:TitleFrame ;\n"
    "    ng:trigger \"الرئيس\" , \"الأمير\" , \"المتحدث باسم\" .\n";

/* lex, loaded from lexicon_ttl for each test of the "small" case. */
NG_UNIT_LEXICON_FIXTURE("match", NG_UNIT_TTL_PREFIXES, lexicon_ttl)

/* A text matched against lex. */
typedef struct matched {
  ng_text t;
  ng_segments s;
  ng_tmention *ms;
  size_t n;
} matched;

static void
match_text(matched *m, const ng_lexicon *l, const char *text)
{
  memset(m, 0, sizeof *m);
  ck_assert_int_eq(ng_text_normalize(&m->t, text, strlen(text)), NG_OK);
  ck_assert_int_eq(ng_segment(&m->s, &m->t), NG_OK);
  ck_assert_int_eq(ng_match(&m->ms, &m->n, l, &m->s), NG_OK);
}

static void
matched_free(matched *m)
{
  free(m->ms);
  ng_segments_free(&m->s);
  ng_text_free(&m->t);
}

static const char *
iri_of(const ng_tmention *m)
{
  return ng_lexicon_entity(lex, m->entity)->iri;
}

/* The folded text a mention covers (caller frees). */
static char *
mention_text(const matched *m, const ng_tmention *x)
{
  ng_buf b = {0};

  for (size_t k = x->fbegin; k < x->fend; k++)
    ck_assert_int_eq(ng_buf_put_cp(&b, m->t.fold[k]), NG_OK);
  return ng_buf_take(&b);
}

/* Checks that text has exactly one mention: of iri, of kind, covering the
 * folded text covered. */
static void
check_single(const char *text, const char *iri, ng_mention_kind kind,
             const char *covered)
{
  matched m;
  char *got;

  match_text(&m, lex, text);
  ck_assert_msg(m.n == 1, "\"%s\": %zu mentions", text, m.n);
  ck_assert_msg(strcmp(iri_of(&m.ms[0]), iri) == 0, "\"%s\": %s, not %s", text,
                iri_of(&m.ms[0]), iri);
  ck_assert_msg(m.ms[0].kind == kind, "\"%s\": kind %d, not %d", text,
                m.ms[0].kind, kind);
  got = mention_text(&m, &m.ms[0]);
  ck_assert_msg(strcmp(got, covered) == 0, "\"%s\": covers \"%s\", not \"%s\"",
                text, got, covered);
  free(got);
  matched_free(&m);
}

static void
check_none(const char *text)
{
  matched m;

  match_text(&m, lex, text);
  ck_assert_msg(m.n == 0, "\"%s\": %zu mentions, the first %s", text, m.n,
                m.n ? iri_of(&m.ms[0]) : "");
  matched_free(&m);
}

/* ---- names -------------------------------------------------------------- */

START_TEST(plain_names)
{
  check_single("زار كازاخستان", ID "kazakhstan", NG_MENTION_NAME, "كازاخستان");
  check_single("رفضت الصين ذلك", ID "china", NG_MENTION_NAME, "الصين");
  check_single("الكونغو دولة", ID "congo", NG_MENTION_NAME, "الكونغو");
  check_none("لا شيء هنا");
}
END_TEST

/* The longest phrase wins over a shorter one starting at the same word. */
START_TEST(longest_match)
{
  matched m;

  check_single("وصلت بعثة إلى غينيا الاستوائية أمس", ID "equatorial-guinea",
               NG_MENTION_NAME, "غينيا الاستواءيه");
  check_single("غينيا بيساو", ID "guinea-bissau", NG_MENTION_NAME,
               "غينيا بيساو");
  check_single("غينيا وحدها", ID "guinea", NG_MENTION_NAME, "غينيا");
  check_single("جمهورية الكونغو الديمقراطية", ID "drc", NG_MENTION_NAME,
               "جمهوريه الكونغو الديمقراطيه");
  check_single("الكونغو الديمقراطية", ID "drc", NG_MENTION_ALIAS,
               "الكونغو الديمقراطيه");
  /* a phrase does not run across a sentence end */
  match_text(&m, lex, "زرنا غينيا. الاستوائية كلمة.");
  ck_assert_uint_eq(m.n, 1);
  ck_assert_str_eq(iri_of(&m.ms[0]), ID "guinea");
  matched_free(&m);
  /* two mentions in a row, in token order */
  match_text(&m, lex, "الكونغو وغينيا");
  ck_assert_uint_eq(m.n, 2);
  ck_assert_str_eq(iri_of(&m.ms[0]), ID "congo");
  ck_assert_str_eq(iri_of(&m.ms[1]), ID "guinea");
  ck_assert_uint_eq(m.ms[0].first, 0);
  ck_assert_uint_eq(m.ms[1].first, 1);
  matched_free(&m);
}
END_TEST

/* Proclitics are stripped to find the name and left out of the span. */
START_TEST(clitic_forms)
{
  matched m;

  check_single("قدمت لكازاخستان", ID "kazakhstan", NG_MENTION_NAME, "كازاخستان");
  check_single("وروسيا", ID "russia", NG_MENTION_NAME, "روسيا");
  check_single("فروسيا ترفض", ID "russia", NG_MENTION_NAME, "روسيا");
  check_single("أعلنت الهند والصين", ID "china", NG_MENTION_NAME, "الصين");
  check_single("دعا للنيجر", ID "niger", NG_MENTION_NAME, "لنيجر");
  check_single("بالنيجر", ID "niger", NG_MENTION_NAME, "النيجر");
  match_text(&m, lex, "روسيا والصين وللنيجر");
  ck_assert_uint_eq(m.n, 3);
  ck_assert_str_eq(iri_of(&m.ms[1]), ID "china");
  ck_assert_uint_eq(m.ms[1].flags, NG_CL_CONJ | NG_CL_ART);
  ck_assert_str_eq(iri_of(&m.ms[2]), ID "niger");
  ck_assert_uint_eq(m.ms[2].flags, NG_CL_CONJ | NG_CL_PREP_L | NG_CL_ART);
  matched_free(&m);
  match_text(&m, lex, "وروسيا");
  ck_assert_uint_eq(m.n, 1);
  ck_assert_uint_eq(m.ms[0].flags, NG_CL_CONJ);
  ck_assert_uint_eq(m.ms[0].fbegin, 1);
  ck_assert_uint_eq(m.ms[0].fend, 6);
  matched_free(&m);
}
END_TEST

/* The article must agree: كازاخستان has none, so الكازاخستان is not it,
 * and الصين needs its article. */
START_TEST(article_agreement)
{
  check_none("صين");
  check_none("الروسيا");
}
END_TEST

/* A pronoun suffix or a future prefix never yields a name. */
START_TEST(no_suffix_or_future_readings)
{
  check_none("روسياها");
  check_none("سروسيا");
}
END_TEST

/* ---- demonyms ----------------------------------------------------------- */

START_TEST(demonyms)
{
  check_single("الرئيس الكازاخي", ID "kazakhstan", NG_MENTION_DEMONYM,
               "الكازاخي");
  check_single("وفد كازاخي", ID "kazakhstan", NG_MENTION_DEMONYM, "كازاخي");
  check_single("الحكومة الكازاخية", ID "kazakhstan", NG_MENTION_DEMONYM,
               "الكازاخيه");
  check_single("شركة صينية", ID "china", NG_MENTION_DEMONYM, "صينيه");
  check_single("الجانب الروسي", ID "russia", NG_MENTION_DEMONYM, "الروسي");
  check_single("والألبان", ID "albania", NG_MENTION_DEMONYM, "الالبان");
  check_single("ألباني", ID "albania", NG_MENTION_DEMONYM, "الباني");
}
END_TEST

/* ---- capitals ----------------------------------------------------------- */

/* After a locative preposition the city is the place; elsewhere a capital
 * stands for its government. */
START_TEST(capital_place_or_metonym)
{
  check_single("عقد الاجتماع في أستانا", ID "astana", NG_MENTION_NAME,
               "استانا");
  check_single("وصل الوفد إلى أستانا", ID "astana", NG_MENTION_NAME, "استانا");
  check_single("الاجتماع بأستانا", ID "astana", NG_MENTION_NAME, "استانا");
  check_single("وأعلنت أستانا موقفها", ID "kazakhstan", NG_MENTION_METONYM,
               "استانا");
  /* no Place for Moscow in this lexicon: always the country */
  check_single("عقد اللقاء في موسكو", ID "russia", NG_MENTION_METONYM, "موسكو");
  check_single("وردت موسكو بحدة", ID "russia", NG_MENTION_METONYM, "موسكو");
}
END_TEST

/* ---- persons ------------------------------------------------------------ */

/* A surname alone, or a given name right after a title, is the person
 * after the full name appeared in the document; the surname also within
 * the few sentences before it (a headline's), the given name never. */
START_TEST(person_short_references)
{
  matched m;

  match_text(&m, lex,
             "قال توكاييف كلاما. ثم تحدث قاسم توكاييف للصحفيين. "
             "وأضاف توكاييف أن قاسم سيعود وأن الرئيس قاسم سيسافر.");
  ck_assert_uint_eq(m.n, 4);
  ck_assert_str_eq(iri_of(&m.ms[0]), ID "k-president");
  ck_assert_int_eq(m.ms[0].kind, NG_MENTION_REFERENCE);
  ck_assert_uint_eq(m.s.tokens[m.ms[0].first].sentence, 0);
  ck_assert_str_eq(iri_of(&m.ms[1]), ID "k-president");
  ck_assert_int_eq(m.ms[1].kind, NG_MENTION_NAME);
  ck_assert_uint_eq(m.ms[1].end - m.ms[1].first, 2);
  ck_assert_uint_eq(m.s.tokens[m.ms[1].first].sentence, 1);
  ck_assert_str_eq(iri_of(&m.ms[2]), ID "k-president");
  ck_assert_int_eq(m.ms[2].kind, NG_MENTION_REFERENCE);
  ck_assert_str_eq(m.s.tokens[m.ms[2].first].form, "توكاييف");
  ck_assert_uint_eq(m.s.tokens[m.ms[2].first].sentence, 2);
  ck_assert_str_eq(iri_of(&m.ms[3]), ID "k-president");
  ck_assert_int_eq(m.ms[3].kind, NG_MENTION_REFERENCE);
  ck_assert_str_eq(m.s.tokens[m.ms[3].first].form, "قاسم");
  ck_assert_str_eq(m.s.tokens[m.ms[3].first - 1].form, "الرءيس");
  for (size_t i = 1; i < m.n; i++)
    ck_assert_uint_lt(m.ms[i - 1].first, m.ms[i].first);
  matched_free(&m);
  check_none("وصل توكاييف أمس. واستقبله الرئيس قاسم.");
  match_text(&m, lex,
             "استقبل الرئيس قاسم الوفد. وقال قاسم توكاييف إن الزيارة مهمة.");
  ck_assert_uint_eq(m.n, 1); /* the given name refers to no one ahead */
  ck_assert_int_eq(m.ms[0].kind, NG_MENTION_NAME);
  matched_free(&m);
}
END_TEST

/* A surname two named persons share identifies neither; a name with بن has
 * no surname reference, but its given name after a title is the person. */
START_TEST(person_shared_parts)
{
  matched m;

  match_text(&m, lex, "استقبل أحمد كريمي وعلي كريمي محمد بن سلمان. وقال كريمي "
                      "إن سلمان والأمير محمد والرئيس أحمد اتفقوا.");
  ck_assert_uint_eq(m.n, 5);
  ck_assert_str_eq(iri_of(&m.ms[0]), ID "p-ahmad");
  ck_assert_str_eq(iri_of(&m.ms[1]), ID "p-ali");
  ck_assert_uint_eq(m.ms[1].flags, NG_CL_CONJ);
  ck_assert_str_eq(iri_of(&m.ms[2]), ID "p-prince");
  ck_assert_uint_eq(m.ms[2].end - m.ms[2].first, 3);
  ck_assert_str_eq(iri_of(&m.ms[3]), ID "p-prince"); /* الأمير محمد */
  ck_assert_int_eq(m.ms[3].kind, NG_MENTION_REFERENCE);
  ck_assert_str_eq(m.s.tokens[m.ms[3].first].form, "محمد");
  ck_assert_str_eq(iri_of(&m.ms[4]), ID "p-ahmad"); /* الرئيس أحمد */
  ck_assert_int_eq(m.ms[4].kind, NG_MENTION_REFERENCE);
  matched_free(&m);
}
END_TEST

/* A surname is taken as the text writes it: the last word of the alias
 * used (أنان, not the label's عنان), with its article (الأسد, never أسد),
 * and never a regnal ordinal (الثاني); the given name علي after a title is
 * the preposition على more often than a person. */
START_TEST(person_written_surnames)
{
  matched m;

  match_text(&m, lex, "التقى كوفي أنان بشار الأسد. وقال أنان إن الأسد وافق "
                      "على أن يزور أسد بلاده ثاني مرة.");
  ck_assert_uint_eq(m.n, 4);
  ck_assert_str_eq(iri_of(&m.ms[2]), ID "p-annan");
  ck_assert_int_eq(m.ms[2].kind, NG_MENTION_REFERENCE);
  ck_assert_str_eq(iri_of(&m.ms[3]), ID "p-assad");
  ck_assert_str_eq(m.s.tokens[m.ms[3].first].form, "الاسد");
  matched_free(&m);
  match_text(&m, lex, "وصل عبد الله الثاني. وهو ثاني زعيم يصل. وقال الرئيس "
                      "علي الأقل إن علي كريمي جاء.");
  ck_assert_uint_eq(m.n, 2);
  ck_assert_str_eq(iri_of(&m.ms[0]), ID "p-king");
  ck_assert_str_eq(iri_of(&m.ms[1]), ID "p-ali");
  matched_free(&m);
}
END_TEST

/* عبد الله and أبو مازن are written as one word as often as two: the
 * lexicon's name matches either way. */
START_TEST(compound_given_names)
{
  check_single("وصل عبدالله الثاني", ID "p-king", NG_MENTION_NAME, "عبدالله الثاني");
  check_single("وصل ابومازن", ID "p-abbas", NG_MENTION_ALIAS, "ابومازن");
  check_single("وصل أبو مازن", ID "p-abbas", NG_MENTION_ALIAS, "ابو مازن");
}
END_TEST

/* A full name takes in the given name the text writes before it and the
 * family name after it (آل سعود); a surname after its particle (دا سيلفا)
 * is referred to with it; باسم before a name is "in the name of". */
START_TEST(person_names_as_written)
{
  matched m;
  char *got;

  match_text(&m, lex, "فاز لويس لولا دا سيلفا. وقال دا سيلفا إن محمد بن سلمان آل "
                      "سعود هنأه، وقال المتحدث باسم لولا دا سيلفا إنه شاكر.");
  ck_assert_uint_eq(m.n, 4);
  got = mention_text(&m, &m.ms[0]);
  ck_assert_str_eq(got, "لويس لولا دا سيلفا");
  free(got);
  ck_assert_int_eq(m.ms[1].kind, NG_MENTION_REFERENCE);
  got = mention_text(&m, &m.ms[1]);
  ck_assert_str_eq(got, "دا سيلفا");
  free(got);
  got = mention_text(&m, &m.ms[2]);
  ck_assert_str_eq(got, "محمد بن سلمان ال سعود");
  free(got);
  got = mention_text(&m, &m.ms[3]);
  ck_assert_str_eq(got, "لولا دا سيلفا");
  free(got);
  matched_free(&m);
}
END_TEST

/* A lexicon person's one-word name after a given name: the person when
 * the given name is the lexicon's, however spelled; after another given
 * name, or in a son's name, a person no lexicon knows (local). */
START_TEST(lexicon_names_inside_names)
{
  matched m;
  char *got;

  match_text(&m, lex, "قال يوهانس فوس إن الاتفاق قريب.");
  ck_assert_uint_eq(m.n, 1);
  ck_assert_str_eq(iri_of(&m.ms[0]), ID "p-voss");
  ck_assert_int_eq(m.ms[0].local, 0);
  got = mention_text(&m, &m.ms[0]);
  ck_assert_str_eq(got, "يوهانس فوس");
  free(got);
  matched_free(&m);
  match_text(&m, lex,
             "قال سمير فوس إن الاتفاق قريب، ووصل سمير بن محمد بن سلمان.");
  ck_assert_uint_eq(m.n, 2);
  ck_assert_int_eq(m.ms[0].local, 1);
  ck_assert_int_eq(m.ms[0].kind, NG_MENTION_NAME);
  got = mention_text(&m, &m.ms[0]);
  ck_assert_str_eq(got, "سمير فوس");
  free(got);
  ck_assert_int_eq(m.ms[1].local, 1);
  got = mention_text(&m, &m.ms[1]);
  ck_assert_str_eq(got, "سمير بن محمد بن سلمان");
  free(got);
  matched_free(&m);
  check_single("قال فوس إن الاتفاق قريب", ID "p-voss", NG_MENTION_ALIAS,
               "فوس");
}
END_TEST

/* ---- hamza-initial names ------------------------------------------------ */

/* ألبان keeps its first letters, so the conjunction بأن (folded بان) is not
 * ب + a name. */
START_TEST(no_false_hamza_match)
{
  check_none("أكد الوزير بأن الاتفاق قائم");
  check_none("وأفاد بأنه سيحضر");
  check_none("بان");
  check_single("زار ألبانيا", ID "albania", NG_MENTION_NAME, "البانيا");
}
END_TEST

/* ---- offsets ------------------------------------------------------------ */

/* Folded spans map back to the original through the text's map, even with
 * diacritics inside the name. */
START_TEST(spans_in_folded_text)
{
  matched m;

  match_text(&m, lex, "زَارَ رُوسِيَا");
  ck_assert_uint_eq(m.n, 1);
  ck_assert_uint_eq(m.ms[0].fbegin, 4);
  ck_assert_uint_eq(m.ms[0].fend, 9);
  ck_assert_uint_eq(m.t.map[m.ms[0].fbegin], 6);
  ck_assert_uint_eq(m.t.map[m.ms[0].fend - 1], 13);
  matched_free(&m);
}
END_TEST

START_TEST(token_is_word)
{
  matched m;

  match_text(&m, lex, "في، 12");
  ck_assert(ng_token_is_word(&m.s.tokens[0], "في"));
  ck_assert(!ng_token_is_word(&m.s.tokens[0], "من"));
  ck_assert(!ng_token_is_word(&m.s.tokens[1], "،"));
  ck_assert(!ng_token_is_word(&m.s.tokens[2], "12"));
  matched_free(&m);
}
END_TEST

/* ---- integration: the shipped ontology ---------------------------------- */

START_TEST(integration_shipped_ontology)
{
  ng_lexicon *big = ng_unit_lexicon_shipped();
  matched m;
  int kz = 0, ru = 0, cn = 0;

  match_text(&m, big, "أرسلت الصين وروسيا مساعدات لكازاخستان.");
  for (size_t i = 0; i < m.n; i++) {
    const char *iri = ng_lexicon_entity(big, m.ms[i].entity)->iri;
    kz += strcmp(iri, ID "kazakhstan") == 0;
    ru += strcmp(iri, ID "russia") == 0;
    cn += strcmp(iri, ID "china") == 0;
  }
  ck_assert_int_eq(kz, 1);
  ck_assert_int_eq(ru, 1);
  ck_assert_int_eq(cn, 1);
  matched_free(&m);
  ng_lexicon_free(big);
}
END_TEST

/* ---- quotation marks inside names; short names -------------------------- */

/* News quotes the distinctive part of a name: مجموعة «فاغنر». */
START_TEST(quoted_name_parts)
{
  check_single("قالت مجموعة «فاغنر» إنها", ID "wagner", NG_MENTION_NAME,
               "مجموعه «فاغنر»");
  check_single("هاجمت حركة \"إم 23\" المدينة", ID "m23", NG_MENTION_NAME,
               "حركه \"ام 23\"");
  check_single("قالت مجموعة فاغنر", ID "wagner", NG_MENTION_NAME,
               "مجموعه فاغنر");
  /* only quotation marks, and one pair */
  check_none("قالت مجموعة، فاغنر");
  check_none("قالت مجموعة «» فاغنر");
}
END_TEST

/* A short name counts only where the article names its state, and goes
 * to the entity of the state named most. */
static void check_nth(const char *text, size_t nth, const char *iri);

/* A formal name takes in its head noun: جمهورية + name, الجمهورية or
 * المملكة + the state's adjective; دولة stays outside. */
START_TEST(formal_names)
{
  check_single("زار الوفد جمهورية كازاخستان", ID "kazakhstan", NG_MENTION_ALIAS,
               "جمهوريه كازاخستان");
  check_single("وصل إلى بجمهورية كازاخستان", ID "kazakhstan", NG_MENTION_ALIAS,
               "جمهوريه كازاخستان");
  check_single("قال رئيس الجمهورية الروسية", ID "russia", NG_MENTION_ALIAS,
               "الجمهوريه الروسيه");
  check_single("سفير المملكة الصينية", ID "china", NG_MENTION_ALIAS,
               "المملكه الصينيه");
  check_single("أمير دولة كازاخستان", ID "kazakhstan", NG_MENTION_NAME,
               "كازاخستان");
  check_single("الجمهورية وروسيا", ID "russia", NG_MENTION_NAME, "روسيا");
  check_single("جمهورية الروسية", ID "russia", NG_MENTION_DEMONYM, "الروسيه");
  /* the adjective agrees with رئيس, not with الجمهورية */
  check_single("نائب رئيس الجمهورية الروسي", ID "russia", NG_MENTION_DEMONYM,
               "الروسي");
}
END_TEST

/* A state's name that is also its adjective (السعودية) is the adjective
 * right after a definite word, the name elsewhere. */
START_TEST(name_or_adjective)
{
  check_single("زار وفد السعودية", ID "saudi", NG_MENTION_NAME, "السعوديه");
  check_single("في العاصمة السعودية", ID "saudi", NG_MENTION_DEMONYM, "السعوديه");
  check_single("العائلة المالكة السعودية", ID "saudi", NG_MENTION_DEMONYM,
               "السعوديه");
  check_nth("أعلنت روسيا والسعودية", 1, ID "saudi");
}
END_TEST

/* The state named after a direction inside a place (جنوب روسيا) is a
 * mention of its own for the output; the place stays one mention. */
START_TEST(inner_states)
{
  matched m;
  ng_tmention *inner;
  size_t n;
  char *got;

  match_text(&m, lex, "انتشرت القوات في جنوب روسيا وفي أستانا");
  ck_assert_uint_eq(m.n, 2);
  ck_assert_str_eq(iri_of(&m.ms[0]), ID "south-russia");
  ck_assert_int_eq(ng_match_inner_states(&inner, &n, lex, &m.s, m.ms, m.n), NG_OK);
  ck_assert_uint_eq(n, 1);
  ck_assert_str_eq(iri_of(&inner[0]), ID "russia");
  ck_assert_int_eq(inner[0].kind, NG_MENTION_NAME);
  got = mention_text(&m, &inner[0]);
  ck_assert_str_eq(got, "روسيا");
  free(got);
  free(inner);
  matched_free(&m);
}
END_TEST

/* The entity of the n-th mention of text. */
static void
check_nth(const char *text, size_t nth, const char *iri)
{
  matched m;

  match_text(&m, lex, text);
  ck_assert_msg(nth < m.n, "\"%s\": %zu mentions", text, m.n);
  ck_assert_msg(strcmp(iri_of(&m.ms[nth]), iri) == 0, "\"%s\": %s, not %s", text,
                iri_of(&m.ms[nth]), iri);
  matched_free(&m);
}

/* عمان is Oman unless written as a city (a dateline, after العاصمة) or
 * in a text that names Jordan more than Oman. */
START_TEST(city_homographs)
{
  check_single("وقالت عمان إنها تدعم الحوار", ID "oman", NG_MENTION_NAME, "عمان");
  check_single("عمان - أعلنت الحكومة خطة", ID "amman", NG_MENTION_ALIAS, "عمان");
  check_nth("وصل الوفد إلى العاصمة الأردنية عمان", 1, ID "amman");
  check_nth("وقع الأردن اتفاقا في عمان", 1, ID "amman");
  check_nth("زار الوزير العماني الأردن ثم عاد إلى عمان والتقى نظيره العماني", 2,
            ID "oman");
}
END_TEST

/* An ambiguous name (مالي, also "financial") is a name after a direction
 * (شمال مالي), not after another noun (دعم مالي). */
START_TEST(ambiguous_after_direction)
{
  check_single("اشتباكات في شمال مالي", ID "mali", NG_MENTION_NAME, "مالي");
  check_single("وصلت القوات بجنوب مالي", ID "mali", NG_MENTION_NAME, "مالي");
  check_none("قدمت الحكومة دعم مالي");
}
END_TEST

/* A state's name followed by a state's masculine adjective is a club's
 * (قطر القطري): only the adjective is a mention. */
START_TEST(club_names)
{
  check_single("لعب الصين الصيني أمس", ID "china", NG_MENTION_DEMONYM, "الصيني");
  check_nth("وقالت الصين الشعبية وروسيا", 1, ID "russia");
}
END_TEST

START_TEST(short_names_by_context)
{
  matched m;

  check_none("أعلنت حكومة الوحدة الوطنية خطة جديدة");
  match_text(&m, lex, "أعلنت حكومة الوحدة الوطنية خطة جديدة في ليبيا");
  ck_assert_uint_eq(m.n, 2);
  ck_assert_str_eq(iri_of(&m.ms[0]), ID "l-gov");
  matched_free(&m);
  match_text(&m, lex, "في ميانمار دعت حكومة الوحدة الوطنية إلى الإضراب");
  ck_assert_uint_eq(m.n, 2);
  ck_assert_str_eq(iri_of(&m.ms[1]), ID "m-gov");
  matched_free(&m);
  match_text(&m, lex,
             "ميانمار وليبيا: قالت حكومة الوحدة الوطنية إن ميانمار بخير");
  ck_assert_uint_eq(m.n, 4);
  ck_assert_str_eq(iri_of(&m.ms[2]), ID "m-gov");
  matched_free(&m);
}
END_TEST

static Suite *
make_suite(void)
{
  TCase *tc;
  Suite *s = ng_unit_suite("match", &tc, setup, teardown);

  tcase_add_test(tc, plain_names);
  tcase_add_test(tc, longest_match);
  tcase_add_test(tc, clitic_forms);
  tcase_add_test(tc, article_agreement);
  tcase_add_test(tc, no_suffix_or_future_readings);
  tcase_add_test(tc, demonyms);
  tcase_add_test(tc, capital_place_or_metonym);
  tcase_add_test(tc, person_short_references);
  tcase_add_test(tc, person_shared_parts);
  tcase_add_test(tc, person_written_surnames);
  tcase_add_test(tc, compound_given_names);
  tcase_add_test(tc, person_names_as_written);
  tcase_add_test(tc, lexicon_names_inside_names);
  tcase_add_test(tc, no_false_hamza_match);
  tcase_add_test(tc, spans_in_folded_text);
  tcase_add_test(tc, token_is_word);
  tcase_add_test(tc, quoted_name_parts);
  tcase_add_test(tc, short_names_by_context);
  tcase_add_test(tc, formal_names);
  tcase_add_test(tc, inner_states);
  tcase_add_test(tc, city_homographs);
  tcase_add_test(tc, name_or_adjective);
  tcase_add_test(tc, ambiguous_after_direction);
  tcase_add_test(tc, club_names);
  ng_unit_add_integration(s, integration_shipped_ontology);
  return s;
}

NG_UNIT_MAIN(make_suite)
