#!/usr/bin/env python3
"""Generate ontology/places-cldr.ttl, a gazetteer of cities and provinces, from Unicode CLDR.

Usage: tools/gen-places.py [-o FILE] [--ontology DIR] [--zones ZONE_TAB] [CLDR_DIR]

CLDR_DIR defaults to /usr/share/unicode/cldr (Debian's unicode-cldr-core).  The script reads
  common/main/ar.xml, common/main/en.xml   the exemplar city of each time zone (ng:City),
  common/subdivisions/ar.xml, en.xml       the names of the first-level divisions (ng:Province)
                                           of the states listed in PROVINCE_STATES,
  ZONE_TAB                                 the state of each time zone (tzdata's zone.tab,
                                           default /usr/share/zoneinfo/zone.tab),
  DIR/countries.ttl                        the IRI of each state by its ISO 3166 code,
  DIR/*.ttl (all other hand-written files) the names already taken,
and writes Turtle to FILE (standard output when -o is not given).

A name is left out when another entity of the ontology already has it (after the matcher's
folding), when two generated places share it, when it is also a common word (a direction or
an adjective: الشرقية، الداخلية, see COMMON_WORDS), when it is one short word or, for a
city, one word with the article (عدل، العيون), or when it has punctuation in it.  So the
hand-written files always win, and the output changes when they do: `make check` regenerates
it and compares bytes.  IRIs are the slug of the English name, with "-province" or "-city"
added when the slug is taken.  The output is deterministic: entities sorted by IRI.

Only the Python standard library is used.
"""

import argparse
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

from arabic_fold import fold

DEFAULT_CLDR = "/usr/share/unicode/cldr"
DEFAULT_ZONES = "/usr/share/zoneinfo/zone.tab"
GENERATED = "places-cldr.ttl"

# States whose provinces are listed: the Arab League's members and the states around them
# that Arabic news names most.
PROVINCE_STATES = {
    "ae", "bh", "dj", "dz", "eg", "iq", "jo", "km", "kw", "lb", "ly", "ma", "mr", "om", "ps",
    "qa", "sa", "sd", "so", "sy", "tn", "ye",
    "af", "et", "il", "ir", "ml", "ne", "pk", "ss", "td", "tr",
}

# Single words that are division names somewhere but common words everywhere.
COMMON_WORDS = {
    "الشرقية", "الغربية", "الشمالية", "الجنوبية", "الوسطى", "الداخلية", "الخارجية",
    "العاصمة", "المركزية", "الساحلية", "البحرية", "الجبلية", "الشمال", "الجنوب", "الوسط",
    "الشرق", "الغرب", "الظاهرة", "الوادي", "الجزيرة", "البحيرة", "المدينة", "المركز",
    "الحدود", "السلام", "الوحدة", "النيل", "الأمانة", "البيضاء", "الكبرى", "الصغرى",
    "سمراء", "كانتون", "أورال", "بورصة",
    "المنطقة الجنوبية", "المنطقة الشمالية", "المنطقة الوسطى", "المنطقة الشرقية",
    "المنطقة الغربية", "المنطقة المركزية", "منطقة العاصمة", "المنطقة الساحلية",
    # names of a wider region or of a person, not only of this province
    "كردستان", "صلاح الدين", "البحيرات",
}

PREFIXES = [
    ("ng", "https://w3id.org/newsgraph/ns#"),
    ("ngid", "https://w3id.org/newsgraph/id/"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
]


def slug(name):
    """Slug rule of the lexicon spec: NFKD, drop accents, lowercase, non-[a-z0-9] runs -> '-'."""
    decomposed = unicodedata.normalize("NFKD", name)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", base).strip("-")


def fold_en(text):
    """English names are matched without case."""
    return " ".join(text.lower().split())


def read_cldr_version(cldr):
    """Return the CLDR release number declared in the LDML DTD (e.g. "41")."""
    path = os.path.join(cldr, "common", "dtd", "ldml.dtd")
    try:
        with open(path, encoding="utf-8") as f:
            m = re.search(r'cldrVersion\s+CDATA\s+#FIXED\s+"([^"]+)"', f.read())
    except OSError:
        return "unknown"
    return m.group(1) if m else "unknown"


def read_exemplar_cities(path):
    """Return {zone id: exemplar city} of one locale file."""
    cities = {}
    for zone in ET.parse(path).getroot().iter("zone"):
        city = zone.find("exemplarCity")
        if city is not None and city.text and city.get("alt") is None:
            cities[zone.get("type")] = city.text.strip()
    return cities


def read_subdivisions(path):
    """Return {code: name} of one subdivisions file."""
    names = {}
    for sub in ET.parse(path).getroot().iter("subdivision"):
        if sub.text and sub.get("alt") is None:
            names[sub.get("type")] = sub.text.strip()
    return names


def read_zone_states(path):
    """Return {zone id: two-letter state code, lowercase} from a zone.tab file."""
    states = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 3:
                states[fields[2]] = fields[0].lower()
    return states


def read_ontology(directory):
    """Return ({iso2 lowercase: country IRI local name}, set of folded names taken,
    {IRI taken: "Place" or "other"}) from the hand-written Turtle files and countries.ttl."""
    countries, names, iris = {}, set(), {}
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".ttl") or name == GENERATED:
            continue
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            text = f.read()
        for block in re.split(r"\n(?=ngid:)", text):
            m = re.match(r"ngid:(\S+)", block)
            if not m:
                continue
            iris[m.group(1)] = "Place" if " a ng:Place" in block else "other"
            code = re.search(r'ng:iso3166Alpha2 "([A-Z]{2})"', block)
            if code and " a ng:Country" in block:
                countries[code.group(1).lower()] = m.group(1)
        for lit in re.findall(r'"([^"]*)"@ar', text):
            names.add(fold(lit))
        for lit in re.findall(r'"([^"]*)"@en', text):
            names.add(fold_en(lit))
    return countries, names, iris


def usable(name, kind):
    """True when an Arabic name can be matched as it is: no punctuation, not a common
    word, and, as one word, five letters or more, without the article and not ending as
    an adjective does (short words, words with ال and words in ي or ية are too often
    ordinary words: عدل، العيون، الزرقاء، مركزي، جنوبية)."""
    if not name or re.search(r"[A-Za-z0-9،,()\-/.’']", name):
        return False
    if name in COMMON_WORDS:
        return False
    if " " not in name:
        return (len(fold(name)) >= 5 and not name.startswith("ال") and
                not fold(name).endswith(("ي", "يه")))
    return True


def candidates(cldr, zones):
    """Generated places as (English name, Arabic name, kind, state code), before
    the names taken are removed."""
    main = os.path.join(cldr, "common", "main")
    subdivisions = os.path.join(cldr, "common", "subdivisions")
    ar_cities = read_exemplar_cities(os.path.join(main, "ar.xml"))
    en_cities = read_exemplar_cities(os.path.join(main, "en.xml"))
    zone_states = read_zone_states(zones)
    out = []
    for zone, ar in sorted(ar_cities.items()):
        if zone not in zone_states or zone.startswith("Etc/"):
            continue
        en = en_cities.get(zone) or zone.rsplit("/", 1)[-1].replace("_", " ")
        kind = "Region" if ar.startswith(("جزر ", "جزيرة ")) else "City"
        out.append((en, ar, kind, zone_states[zone]))
    ar_subs = read_subdivisions(os.path.join(subdivisions, "ar.xml"))
    en_subs = read_subdivisions(os.path.join(subdivisions, "en.xml"))
    for code, ar in sorted(ar_subs.items()):
        state = code[:2]
        if state in PROVINCE_STATES and code in en_subs:
            out.append((en_subs[code], ar, "Province", state))
    return out


def build_entities(cldr, zones, ontology):
    """Collect the entities as a sorted list of (IRI, dict); a city whose English name
    is that of a hand-written place gives that place an alias ("alias" in the dict)."""
    countries, taken, iris = read_ontology(ontology)
    raw = [c for c in candidates(cldr, zones)
           if usable(c[1], c[2]) and c[3] in countries and c[3] != "aq"]
    seen, english = {}, {}
    for c in raw:
        seen.setdefault(fold(c[1]), []).append(c)
    for c in raw:  # the English label: the name, else "… Province" when it is taken
        names = [c[0]] + ([c[0] + " Province"] if c[2] == "Province" else [])
        free = [n for n in names if fold_en(n) not in taken]
        english[c] = free[0] if free else None
    counts = {}
    for c, en in english.items():
        counts[fold_en(en or "")] = counts.get(fold_en(en or ""), 0) + 1
    entities = {}
    for key in sorted(seen):
        if key in taken or len(seen[key]) > 1:
            continue
        _, ar, kind, state = seen[key][0]
        en = english[seen[key][0]]
        if en is None or counts[fold_en(en)] > 1:
            continue
        iri = slug(en)
        if not iri:
            continue
        if kind == "City" and iris.get(iri) == "Place":
            entities.setdefault(iri, {"ar": ar, "alias": True})  # كابول for Kabul
            continue
        if kind == "City" and iri in iris:
            continue  # a city named as its state (Malta, Macau)
        if iri in iris or iri in entities:
            iri = "%s-%s" % (iri, "city" if kind == "City" else kind.lower())
        if iri in iris or iri in entities:
            continue
        entities[iri] = {"ar": ar, "en": en, "kind": kind, "state": countries[state]}
    return [(iri, entities[iri]) for iri in sorted(entities)]


def turtle_string(text):
    """Quote a literal for Turtle."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(cldr, zones, ontology):
    """Return the whole Turtle document as a string."""
    out = [
        "# GENERATED FILE - DO NOT EDIT BY HAND.",
        "# Generated by tools/gen-places.py from Unicode CLDR %s (the exemplar cities of the"
        % read_cldr_version(cldr),
        "# time zones in common/main/ar.xml and en.xml, placed by tzdata's zone.tab, or another",
        "# spelling of a hand-written city of the same English name, as its alias; the",
        "# provinces of common/subdivisions/ar.xml and en.xml), leaving out every name the",
        "# hand-written files of ontology/ already give.  Regenerate with:",
        "#   tools/gen-places.py -o ontology/places-cldr.ttl",
        "# A place that needs more (aliases, a qualified name) belongs in ontology/places.ttl,",
        "# after which this file is regenerated without it.",
        "",
    ]
    out += ["@prefix %s: <%s> ." % p for p in PREFIXES]
    for iri, e in build_entities(cldr, zones, ontology):
        out.append("")
        if e.get("alias"):
            out.append("ngid:%s ng:alias %s@ar ." % (iri, turtle_string(e["ar"])))
            continue
        out.append("ngid:%s a ng:Place ;" % iri)
        out.append("    ng:placeKind ng:%s ;" % e["kind"])
        out.append("    rdfs:label %s@ar , %s@en ;" % (turtle_string(e["ar"]),
                                                      turtle_string(e["en"])))
        out.append("    ng:locatedIn ngid:%s ." % e["state"])
    return "\n".join(out) + "\n"


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cldr", nargs="?", default=DEFAULT_CLDR,
                        help="CLDR directory (default %(default)s)")
    parser.add_argument("-o", "--output", help="output file (default: standard output)")
    parser.add_argument("--ontology", default=os.path.join(here, "ontology"),
                        help="the ontology directory whose names are taken (default %(default)s)")
    parser.add_argument("--zones", default=DEFAULT_ZONES,
                        help="tzdata's zone.tab (default %(default)s)")
    args = parser.parse_args()

    try:
        text = render(args.cldr, args.zones, args.ontology)
    except (OSError, ET.ParseError) as err:
        sys.stderr.write("gen-places: %s\n" % err)
        return 1
    if args.output:
        tmp = args.output + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, args.output)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
