#!/usr/bin/env python3
"""Measure newsgraph's entity mentions against the NewsFANE gold corpus.

NewsFANE Gold (Alotaibi & Lee, COLING 2014; CC BY-SA 3.0) is about 170k
tokens of Arabic newswire, one `TOKEN<TAB>TAG` per line, tagged with 45
fine-grained BIO types.  It is not part of this repository: the script reads
it from ../shared/data/ner/NewsFANE_Gold/ beside the project (or --data) and
says "skipped: data not found" (exit status 0) when it is absent.

The method, step by step:

1. Rebuild sentences from the token stream.  A sentence ends after a `.`,
   `!`, `?` or `؟` token and at a blank line.  The byte order mark, CR and
   the U+200E/U+200F marks before the tokens are removed.
2. Write the sentences, tokens joined by single spaces and one sentence a
   line, as plain-text documents of --batch sentences each in a temporary
   directory.  The corpus has its clitics already split off (`و` is a token
   of its own); the text is written as it is tokenised, not rejoined, so the
   gold token offsets carry over to character offsets exactly.
3. Run `newsgraph --format ntriples --mentions` on that directory and read
   every NIF mention: its nif:beginIndex/endIndex, ng:mentionKind and the
   rdf:type of its itsrdf:taIdentRef entity.
4. Compare, per gold type, with the gold spans as character offsets:

   gold type          our mentions counted as predictions
   Nation             Country, kind name or alias (metonyms are not
                      counted: what they name is decided below, never by
                      looking at the gold)
   Politician         Person, kind name or alias; and kind reference,
                      which for a person is a part of the name (a
                      surname) of a person named before in the document
                      (a reference whose last word is no word of the
                      person's labels, such as الطرفين for the two sides
                      named before, is no name and is not counted);
                      not a Person whose ng:roleKind is ng:CivilRole (the
                      text introduced them as an artist, a player or
                      coach, an officer of a firm, club or university:
                      the annotation types them Artist, Athlete,
                      Businessperson, Other_PER …, and newsgraph never
                      makes them actors), nor one whose ng:roleKind is
                      ng:MilitaryRole (introduced by a military or police
                      rank alone, اللواء فلان: the annotation types
                      officers Police)
   Government         Organization of kind name or alias that is a state's
                      organ: its ng:actor is a Country (a government,
                      ministry, army, police, parliament, court or central
                      bank of a state; not a news agency, ng:NewsAgency
                      in the lexicon); international bodies, parties and
                      movements are Non-Governmental in the annotation
   Population-Center  Place whose ng:placeKind is ng:City (not a province,
                      region, body of water or site), kind name or alias;
                      and Country mentions of
                      kind metonym whose text is a capital (the annotation
                      tags a capital as a Population-Center even when it
                      stands for the government)

   Mentions of kind demonym and title, and the references of the other
   types (البلاد, المنظمة), are left out: the annotation tags names, not a
   lone demonym adjective, a title or a common noun.  The corpus has no
   article boundaries, so a surname may refer back across what were two
   articles; --batch changes how many such references there are, and
   nothing else.

   Two more rows, not in the total, show how much is a difference of
   taxonomy: "Gov+NonGov" compares Organization with the Government and
   Non-Governmental spans together (the annotation puts international
   bodies, parties and militias under Non-Governmental), and "any location"
   compares Place (and capitals) with every geographic type (regions,
   provinces, continents and seas are places for us).

   A Country mention that begins with the noun دولة ("the State of") is
   compared from the next word: the annotation tags دولة [الكويت], leaving
   the noun out, while it keeps جمهورية and المملكة inside a formal name.

   Exact: the spans are equal, after our span is widened to the whole
   tokens it touches (the annotation is by token, and a token such as
   للعراق keeps its fused clitic, which our mention leaves out); --char-exact
   compares the characters as they are.  Relaxed: a prediction is right
   when it overlaps a gold span of its type, and a gold span is found when
   a prediction of its type overlaps it.

--errors N prints, per row, how many misses and false positives fall in
each kind of error, the words that most often come just before a name we
missed entirely (titles, "مدينة", prepositions: what a pattern could use)
and the texts we most often tag wrongly, then N examples of each kind of
error with their context, spread evenly over the corpus.
"""

import argparse
import bisect
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from arabic_fold import fold

PROJECT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.join(PROJECT, "..", "shared", "data", "ner",
                            "NewsFANE_Gold", "NewsFANE_Gold_2014_170K.txt")

SENTENCE_ENDS = {".", "!", "?", "\u061F"}
INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200e\u200f\r"), None)

NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
NG = "https://w3id.org/newsgraph/ns#"
NG_ID = "https://w3id.org/newsgraph/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TA_IDENT_REF = "http://www.w3.org/2005/11/its/rdf#taIdentRef"
LABELS = ("http://www.w3.org/2000/01/rdf-schema#label",
          "http://www.w3.org/2004/02/skos/core#altLabel")
OUR_TYPES = ("Country", "Person", "Organization", "Place")

# Rows of the table: name, the gold types it takes, our entity type, and
# whether it counts in the total.  "Organ" is an Organization that is a
# state's organ (its ng:actor is a Country), "City" a Place of kind ng:City.
ROWS = (("Nation", {"Nation"}, "Country", True),
        ("Politician", {"Politician"}, "Person", True),
        ("Government", {"Government"}, "Organ", True),
        ("Population-Center", {"Population-Center"}, "City", True),
        ("Gov+NonGov", {"Government", "Non-Governmental"}, "Organization", False),
        ("any location", {"Population-Center", "State-or-Province",
                          "County-or-District", "GPE-Cluster", "Continent",
                          "Water-Body", "Land-Region-Natural"}, "Place", False))
NAME_KINDS = {"name", "alias"}
# The common noun "state" before a state's name, with or without a clitic
# (folded): the annotation leaves it out, دولة [الكويت], though it keeps
# جمهورية and المملكة as part of a formal name (جمهورية جيبوتي).
STATE_NOUNS = {"\u062f\u0648\u0644\u0647", "\u0628\u062f\u0648\u0644\u0647",
               "\u0644\u062f\u0648\u0644\u0647", "\u0648\u062f\u0648\u0644\u0647"}


# ---- the gold corpus -------------------------------------------------------

class Sentence:
    """Tokens and BIO tags of one rebuilt sentence, placed in a document."""
    __slots__ = ("tokens", "tags", "doc", "base", "starts")

    def __init__(self, tokens, tags):
        self.tokens = tokens
        self.tags = tags
        self.doc = None      # index of the document it was written to
        self.base = 0        # offset of its first character there
        self.starts = []     # offset of each token inside the sentence

    def text(self):
        return " ".join(self.tokens)


def read_corpus(path):
    """Sentences of the corpus, each a Sentence with its BIO tags."""
    sentences = []
    tokens, tags = [], []

    def close():
        if tokens:
            sentences.append(Sentence(list(tokens), list(tags)))
        tokens.clear()
        tags.clear()

    with open(path, encoding="utf-8-sig", newline="") as f:
        for line in f:
            line = line.rstrip("\n").translate(INVISIBLE)
            token, _, tag = line.partition("\t")
            token = token.strip()
            if not token:
                close()
                continue
            tokens.append(token)
            tags.append(tag.strip() or "O")
            if token in SENTENCE_ENDS:
                close()
    close()
    return sentences


def gold_spans(sentence):
    """(first token, last token + 1, type) of each gold entity.  An I- tag
    that does not continue an entity of its type starts one."""
    spans = []
    start, kind = None, None
    for i, tag in enumerate(sentence.tags + ["O"]):
        prefix, _, name = tag.partition("-")
        continues = prefix == "I" and name == kind
        if start is not None and not continues:
            spans.append((start, i, kind))
            start, kind = None, None
        if prefix in ("B", "I") and not continues:
            start, kind = i, name
    return spans


# ---- documents ----------------------------------------------------------------

def write_documents(sentences, directory, batch):
    """Write the sentences, batch per file, and place each one; returns the
    list of (path, text) of the documents."""
    docs = []
    for first in range(0, len(sentences), batch):
        lines = []
        offset = 0
        for s in sentences[first:first + batch]:
            s.doc = len(docs)
            s.base = offset
            pos = 0
            s.starts = []
            for token in s.tokens:
                s.starts.append(pos)
                pos += len(token) + 1
            line = s.text()
            lines.append(line)
            offset += len(line) + 1
        text = "\n".join(lines) + "\n"
        path = os.path.join(directory, "newsfane-%05d.txt" % len(docs))
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        docs.append((path, text))
    return docs


# ---- N-Triples -------------------------------------------------------------

ESCAPE = re.compile(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)')
SIMPLE_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f",
                  '"': '"', "'": "'", "\\": "\\"}


def unescape(literal):
    if literal.isascii():
        # What raptor writes: ASCII with \u escapes, which Python's own
        # escape decoding reads the same way, only faster.
        return literal.encode("ascii").decode("unicode_escape")

    def one(m):
        e = m.group(1)
        if e[0] in "uU":
            return chr(int(e[1:], 16))
        return SIMPLE_ESCAPES.get(e, e)
    return ESCAPE.sub(one, literal)


def read_ntriples(path):
    """The triples the mention comparison needs: per subject, the values of
    the predicates it reads (IRIs without their brackets, literals without
    their datatype or language)."""
    wanted = {"<%s>" % p for p in (
        NIF + "beginIndex", NIF + "endIndex", NIF + "anchorOf",
        NIF + "referenceContext", NIF + "isString", TA_IDENT_REF,
        NG + "mentionKind", NG + "sourceFile", NG + "actor", NG + "placeKind",
        NG + "roleKind", RDF_TYPE) + LABELS}
    subjects = collections.defaultdict(lambda: collections.defaultdict(list))
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split(" ", 2)
            if len(parts) < 3 or parts[1] not in wanted or not parts[0].startswith("<"):
                continue
            obj = parts[2].rstrip()
            if obj.endswith(" ."):
                obj = obj[:-2].rstrip()
            if obj.startswith("<"):
                value = obj[1:-1]
            elif obj.startswith('"'):
                value = unescape(obj[1:obj.rindex('"')])
            else:
                continue
            subjects[parts[0][1:-1]][parts[1][1:-1]].append(value)
    return subjects


class Mention:
    """One NIF mention of the output: where, its text, entity and kind."""
    __slots__ = ("doc", "begin", "end", "anchor", "etype", "entity", "kind", "subtype",
                 "of_name")

    def __init__(self, doc, begin, end, anchor, etype, entity, kind, subtype=None):
        self.doc, self.begin, self.end = doc, begin, end
        self.anchor, self.etype, self.entity, self.kind = anchor, etype, entity, kind
        # "Organ": an Organization whose ng:actor is a Country; "City": a
        # Place whose ng:placeKind is ng:City; "Civil" and "Military": a
        # Person whose ng:roleKind is ng:CivilRole or ng:MilitaryRole
        self.subtype = subtype
        self.of_name = True  # for a reference: its words are the entity's name's


def read_news_agencies(ontology):
    """IRIs of the lexicon's news agencies (typed ng:NewsAgency in the
    ontology's Turtle): a state's agency is tied to it, yet no organ."""
    iris = set()
    statement = re.compile(r'^ngid:([\w.-]+)\s+a\s+[^;.]*\bng:NewsAgency\b', re.M)
    if not os.path.isdir(ontology):
        return iris
    for name in sorted(os.listdir(ontology)):
        if name.endswith(".ttl"):
            with open(os.path.join(ontology, name), encoding="utf-8") as f:
                iris.update(NG_ID + m.group(1) for m in statement.finditer(f.read()))
    return iris


def collect_mentions(subjects, docs, news_agencies):
    """Mentions of the output, placed in the documents written; also the
    documents whose nif:isString differs from the text written."""
    doc_index = {os.path.realpath(p): i for i, (p, _) in enumerate(docs)}
    context_doc = {}
    misaligned = []
    for s, props in subjects.items():
        if NIF + "Context" in props.get(RDF_TYPE, ()) and props.get(NG + "sourceFile"):
            i = doc_index.get(os.path.realpath(props[NG + "sourceFile"][0]))
            if i is None:
                continue
            context_doc[s] = i
            if props.get(NIF + "isString", [None])[0] != docs[i][1]:
                misaligned.append(i)
    entity_type = {}
    for s, props in subjects.items():
        for t in props.get(RDF_TYPE, ()):
            if t.startswith(NG) and t[len(NG):] in OUR_TYPES:
                entity_type[s] = t[len(NG):]
    cities = {s for s, props in subjects.items()
              if entity_type.get(s) == "Place" and NG + "City" in props.get(NG + "placeKind", ())}
    organs = {s for s, props in subjects.items()
              if entity_type.get(s) == "Organization" and s not in news_agencies and
              any(entity_type.get(a) == "Country" for a in props.get(NG + "actor", ()))}
    civil = {s for s, props in subjects.items()
             if entity_type.get(s) == "Person" and NG + "CivilRole" in props.get(NG + "roleKind", ())}
    military = {s for s, props in subjects.items()
                if entity_type.get(s) == "Person" and
                NG + "MilitaryRole" in props.get(NG + "roleKind", ())}
    name_words = {}
    for s, props in subjects.items():
        if entity_type.get(s) == "Person":
            name_words[s] = {w for label in props.get(LABELS[0], []) + props.get(LABELS[1], [])
                             for w in fold(label).split() if len(w) >= 2}
    mentions = []
    for s, props in subjects.items():
        if NIF + "Phrase" not in props.get(RDF_TYPE, ()):
            continue
        doc = context_doc.get(props.get(NIF + "referenceContext", [None])[0])
        if doc is None:
            continue
        begin = int(props[NIF + "beginIndex"][0])
        end = int(props[NIF + "endIndex"][0])
        anchor = props.get(NIF + "anchorOf", [""])[0]
        entities = sorted(props.get(TA_IDENT_REF, ()))
        kinds = sorted(props.get(NG + "mentionKind", ()))
        # Two mentions of one span share its IRI; their pairing is lost, so
        # a single kind goes with every entity and otherwise sorted order.
        for j, entity in enumerate(entities):
            kind = kinds[0] if len(kinds) == 1 else (kinds[j] if j < len(kinds) else "")
            mentions.append(Mention(doc, begin, end, anchor,
                                    entity_type.get(entity, "?"), entity, kind,
                                    "Organ" if entity in organs else
                                    "City" if entity in cities else
                                    "Civil" if entity in civil else
                                    "Military" if entity in military else None))
            if kind == "reference" and entity in name_words:
                last = fold(anchor).split()[-1] if anchor.strip() else ""
                mentions[-1].of_name = any(
                    last.endswith(w) or (w.startswith("\u0627\u0644") and last.endswith(w[2:]))
                    for w in name_words[entity])  # للشهرستاني: ل on the article
    return mentions, misaligned


# ---- capitals and seats ----------------------------------------------------------------

def read_names(ontology, prop):
    """Folded Arabic names given as ng:<prop> (capital, seat) in the
    ontology's Turtle."""
    names = set()
    statement = re.compile(r'ng:' + prop + r'\s+((?:"[^"]*"@[A-Za-z-]+\s*,?\s*)+)')
    if not os.path.isdir(ontology):
        return names
    for name in sorted(os.listdir(ontology)):
        if not name.endswith(".ttl"):
            continue
        with open(os.path.join(ontology, name), encoding="utf-8") as f:
            for m in statement.finditer(f.read()):
                for lit in re.finditer(r'"([^"]*)"@ar', m.group(1)):
                    names.add(fold(lit.group(1)))
    return names


def is_named(anchor, names):
    """Whether a metonym's text is one of names (capitals, seats), with or
    without a clitic (the corpus leaves لل fused, so للدوحة comes back as
    لدوحة)."""
    text = fold(anchor)
    if text in names:
        return True
    if len(text) > 3 and text[0] == "\u0644" and "\u0627" + text in names:
        return True
    return len(text) > 3 and text[0] in "\u0648\u0641\u0628\u0644\u0643" and text[1:] in names


# ---- scoring ----------------------------------------------------------------

def overlaps(a, b):
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def place_gold(sentences):
    """Gold spans as (doc, begin, end, type)."""
    gold = []
    for s in sentences:
        for first, last, kind in gold_spans(s):
            begin = s.base + s.starts[first]
            end = s.base + s.starts[last - 1] + len(s.tokens[last - 1])
            gold.append((s.doc, begin, end, kind))
    return gold


class Tokens:
    """Where the tokens written lie, to widen a span to whole tokens."""

    def __init__(self, sentences):
        self.starts = collections.defaultdict(list)
        self.ends = collections.defaultdict(list)
        for s in sentences:
            for start, token in zip(s.starts, s.tokens):
                self.starts[s.doc].append(s.base + start)
                self.ends[s.doc].append(s.base + start + len(token))

    def widen(self, doc, begin, end):
        starts, ends = self.starts[doc], self.ends[doc]
        i = bisect.bisect_right(starts, begin) - 1
        j = bisect.bisect_left(ends, end)
        if i < 0 or j >= len(ends):
            return begin, end
        return min(begin, starts[i]), max(end, ends[j])


def line_starts(docs):
    """Offsets of the start of each line (sentence) of each document."""
    return [[0] + [m.end() for m in re.finditer("\n", text)] for _, text in docs]


class Index:
    """Spans by the document line they start on, so that overlap look-ups
    stay within a sentence."""

    def __init__(self, spans, lines):
        self.lines = lines
        self.by_line = collections.defaultdict(list)
        for x in spans:
            self.by_line[self.line(x)].append(x)

    def line(self, x):
        return x[0], bisect.bisect_right(self.lines[x[0]], x[1]) - 1

    def overlapping(self, x):
        return [y for y in self.by_line[self.line(x)] if overlaps(x, y)]


def name_begin(m):
    """Where the name of a Country mention starts: after a leading دولة
    (دولة الكويت is compared as الكويت, as the annotation tags it)."""
    first, space, rest = m.anchor.partition(" ")
    if m.etype == "Country" and space and rest and fold(first) in STATE_NOUNS:
        return m.begin + len(first) + 1
    return m.begin


def predictions(mentions, capitals, tokens):
    """Our spans per row, as (doc, begin, end) -> the mention."""
    preds = {row[0]: {} for row in ROWS}
    for m in mentions:
        m.begin = name_begin(m)  # the span compared, here and in the error lists
        if tokens:
            begin, end = tokens.widen(m.doc, m.begin, m.end)
        else:
            begin, end = m.begin, m.end
        key = (m.doc, begin, end)
        counted = m.kind in NAME_KINDS or (m.etype == "Person" and m.kind == "reference" and
                                           m.of_name)
        if m.subtype in ("Civil", "Military"):
            counted = False  # an artist, a coach, a firm's officer, an officer
                             # named by rank: no politician
        for name, tags, ours, _ in ROWS:
            etype = m.subtype if ours in ("Organ", "City") and m.subtype == ours else m.etype
            if etype == ours and counted:
                preds[name].setdefault(key, m)
            elif m.kind == "metonym" and m.etype == "Country":
                if "Population-Center" in tags and is_named(m.anchor, capitals):
                    preds[name].setdefault(key, m)
    return preds


def row_gold(gold, tags):
    return {(x[0], x[1], x[2]) for x in gold if x[3] in tags}


def score(gold, preds, lines):
    """Per row: counts, exact and relaxed."""
    rows = {}
    for name, tags, _, _ in ROWS:
        g = row_gold(gold, tags)
        p = set(preds[name])
        g_index, p_index = Index(g, lines), Index(p, lines)
        exact = len(g & p)
        p_ok = sum(1 for x in p if g_index.overlapping(x))
        g_ok = sum(1 for x in g if p_index.overlapping(x))
        rows[name] = {"gold": len(g), "pred": len(p), "exact": exact,
                      "p_ok": p_ok, "g_ok": g_ok}
    return rows


def prf(correct_p, pred, correct_g, gold):
    p = correct_p / pred if pred else 0.0
    r = correct_g / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def print_table(rows, out):
    head = ("%-18s %6s %6s %6s | %6s %6s %6s | %6s %6s %6s"
            % ("gold type", "gold", "ours", "exact", "P", "R", "F1",
               "rel.P", "rel.R", "rel.F1"))
    print(head, file=out)
    print("-" * len(head), file=out)
    total = collections.Counter()
    for name, _, _, in_total in ROWS:
        if in_total:
            total.update(rows[name])
            print_row(name, rows[name], out)
    print("-" * len(head), file=out)
    print_row("all four", total, out)
    for name, _, _, in_total in ROWS:
        if not in_total:
            print_row(name, rows[name], out)


def print_row(name, r, out):
    ep, er, ef = prf(r["exact"], r["pred"], r["exact"], r["gold"])
    rp, rr, rf = prf(r["p_ok"], r["pred"], r["g_ok"], r["gold"])
    print("%-18s %6d %6d %6d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f"
          % (name, r["gold"], r["pred"], r["exact"], ep, er, ef, rp, rr, rf),
          file=out)


# ---- errors -----------------------------------------------------------------

def context(docs, doc, begin, end, width=60):
    """The text around [begin, end) on its line, the span in brackets."""
    text = docs[doc][1]
    line_start = text.rfind("\n", 0, begin) + 1
    line_end = text.find("\n", end)
    left = text[max(line_start, begin - width):begin]
    right = text[end:min(line_end, end + width)]
    return "%s[%s]%s" % (left, text[begin:end], right)


def sort_errors(name, tags, gold, gold_index, mention_index, preds):
    """The misses and false positives of one row, by kind of error."""
    p = preds[name]
    g = row_gold(gold, tags)
    pred_index = Index(p, mention_index.lines)
    kinds = {}
    for x in sorted(g - set(p)):
        near = sorted(mention_index.overlapping(x),
                      key=lambda m: -(min(x[2], m[2]) - max(x[1], m[1])))
        near = [m[3] for m in near]
        if pred_index.overlapping(x):
            why = "miss: our span differs"
        elif near:
            why = "miss: we found it as %s/%s" % (near[0].etype, near[0].kind)
        else:
            why = "miss: nothing found"
        detail = ", ".join("%s %s/%s" % (m.anchor, m.etype, m.kind) for m in near)
        kinds.setdefault(why, []).append((x, detail))
    for x, m in sorted(p.items()):
        if x in g:
            continue
        found = sorted({y[3] for y in gold_index.overlapping(x)})
        if set(found) & tags:
            why = "false positive: gold span differs"
        elif found:
            why = "false positive: gold says " + "/".join(found)
        else:
            why = "false positive: gold has no entity"
        kinds.setdefault(why, []).append(
            (x, "%s, %s %s/%s" % (m.anchor, m.entity.rsplit("/", 1)[-1], m.etype, m.kind)))
    return sorted(kinds.items(), key=lambda kv: (not kv[0].startswith("miss"), -len(kv[1])))


def print_common(docs, order, out, top=15):
    """The word before each miss found as nothing, and the texts of the
    false positives, most frequent first."""
    before = collections.Counter()
    wrong = collections.Counter()
    for why, items in order:
        for x, _ in items:
            text = docs[x[0]][1]
            if why == "miss: nothing found":
                start = text.rfind("\n", 0, x[1]) + 1
                words = text[start:x[1]].split()
                before[words[-1] if words else "(start)"] += 1
            elif why.startswith("false positive") and why != "false positive: gold span differs":
                wrong[text[x[1]:x[2]]] += 1
    for label, counts in (("word before a miss found as nothing", before),
                          ("most frequent false positives", wrong)):
        if counts:
            print("  %s: %s" % (label, "  ".join(
                "%s %d" % kv for kv in counts.most_common(top))), file=out)


def explain_errors(docs, gold, gold_index, mentions, preds, n, out):
    """Misses and false positives per row, sorted into kinds of error, with
    n examples of each kind spread evenly over the corpus."""
    mention_index = Index([(m.doc, m.begin, m.end, m) for m in mentions], gold_index.lines)
    for name, tags, ours, _ in ROWS:
        order = sort_errors(name, tags, gold, gold_index, mention_index, preds)
        print("\n== %s (ours: %s)" % (name, ours), file=out)
        for why, items in order:
            print("  %-52s %5d" % (why, len(items)), file=out)
        print_common(docs, order, out)
        for why, items in order:
            print("\n  -- %s (%d)" % (why, len(items)), file=out)
            step = max(1, len(items) // n)
            for x, detail in items[::step][:n]:
                print("    %s" % context(docs, *x), file=out)
                if detail:
                    print("        (%s)" % detail, file=out)


# ---- main -------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA,
                    help="the NewsFANE gold file (default: %(default)s)")
    ap.add_argument("--newsgraph",
                    default=os.environ.get("NG_BIN") or os.path.join(PROJECT, "newsgraph"),
                    help="the program to measure")
    ap.add_argument("--ontology",
                    default=os.environ.get("NEWSGRAPH_ONTOLOGY") or os.path.join(PROJECT, "ontology"),
                    help="its ontology directory (also read for the capitals)")
    ap.add_argument("--batch", type=int, default=500, help="sentences per document")
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print N examples of each kind of miss and false positive per type")
    ap.add_argument("--char-exact", action="store_true",
                    help="compare our spans as they are, not widened to whole tokens")
    ap.add_argument("--keep", metavar="DIR",
                    help="write the documents and the output there and keep them")
    args = ap.parse_args(argv)

    if not os.path.isfile(args.data):
        print("skipped: data not found (%s)" % os.path.normpath(args.data))
        return 0
    if not os.access(args.newsgraph, os.X_OK):
        print("error: %s is not an executable; build it or give --newsgraph" % args.newsgraph,
              file=sys.stderr)
        return 2

    started = time.monotonic()
    sentences = read_corpus(args.data)
    if args.limit:
        sentences = sentences[:args.limit]
    n_tokens = sum(len(s.tokens) for s in sentences)

    work = args.keep or tempfile.mkdtemp(prefix="newsfane-")
    docdir = os.path.join(work, "docs")
    try:
        os.makedirs(docdir, exist_ok=True)
        docs = write_documents(sentences, docdir, max(1, args.batch))
        output = os.path.join(work, "mentions.nt")
        env = dict(os.environ, NEWSGRAPH_ONTOLOGY=args.ontology)
        t0 = time.monotonic()
        try:
            run = subprocess.run([args.newsgraph, "--format", "ntriples", "--mentions",
                                  "--output", output, docdir],
                                 env=env, stderr=subprocess.PIPE, text=True)
        except OSError as e:
            print("error: cannot run %s: %s" % (args.newsgraph, e.strerror), file=sys.stderr)
            return 2
        ng_seconds = time.monotonic() - t0
        if run.returncode != 0:
            print("error: newsgraph exited with %d:\n%s" % (run.returncode, run.stderr[-2000:]),
                  file=sys.stderr)
            return 1
        subjects = read_ntriples(output)
        mentions, misaligned = collect_mentions(subjects, docs, read_news_agencies(args.ontology))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    capitals = read_names(args.ontology, "capital")
    gold = place_gold(sentences)
    lines = line_starts(docs)
    gold_index = Index(gold, lines)
    tokens = None if args.char_exact else Tokens(sentences)
    preds = predictions(mentions, capitals, tokens)
    rows = score(gold, preds, lines)

    out = sys.stdout
    print("NewsFANE gold: %d sentences, %d tokens, %d documents of %d sentences"
          % (len(sentences), n_tokens, len(docs), args.batch), file=out)
    kinds = collections.Counter("%s/%s" % (m.etype, m.kind) for m in mentions)
    print("our mentions: %d (%s)" % (len(mentions), ", ".join(
        "%s %d" % kv for kv in sorted(kinds.items(), key=lambda kv: -kv[1]))), file=out)
    if misaligned:
        print("warning: %d documents came back with a different text; their offsets are off"
              % len(misaligned), file=out)
    print("", file=out)
    print_table(rows, out)
    print("\nnewsgraph: %.1f s (%.0f tokens/s); whole evaluation: %.1f s"
          % (ng_seconds, n_tokens / ng_seconds if ng_seconds else 0.0,
             time.monotonic() - started), file=out)
    if args.errors:
        explain_errors(docs, gold, gold_index, mentions, preds, args.errors, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
