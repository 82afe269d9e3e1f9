#!/usr/bin/env python3
"""Generate ontology/countries.ttl, the country lexicon of newsgraph, from Unicode CLDR.

Usage: tools/gen-countries.py [-o FILE] [CLDR_DIR]

CLDR_DIR defaults to /usr/share/unicode/cldr (Debian's unicode-cldr-core).  The script reads
  common/main/ar.xml, common/main/en.xml      territory display names,
  common/supplemental/supplementalData.xml    ISO 3166 alpha-3 and numeric codes,
  common/validity/region.xml                  which codes are real regions (optional),
  common/dtd/ldml.dtd                         the CLDR version, quoted in the header,
and writes Turtle to FILE (standard output when -o is not given).

Every two-letter territory code with an alpha-3 mapping becomes an ng:Country, except codes
CLDR does not class as regular regions (macro-regions such as EU, EZ, UN, QO, pseudo-locales
XA and XB, reserved, private-use, deprecated codes and ZZ).  Kosovo (XK) is kept even though
CLDR gives it only a private-use alpha-3; it gets "XKX", the code in common use.

Entity IRIs are the slug of the English main name (see the lexicon specification), so they
never change when labels are tuned.  The output is deterministic: entities sorted by IRI,
literals sorted within each property, so `make check` can regenerate it and compare bytes.

Only the Python standard library is used.
"""

import argparse
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

DEFAULT_CLDR = "/usr/share/unicode/cldr"

# Codes that are never countries, whatever the validity file says (also the fallback
# when common/validity/region.xml is missing).
NON_COUNTRY = {"AA", "EU", "EZ", "QO", "UN", "XA", "XB", "ZZ",
               # deprecated codes that still carry alpha-3 mappings in supplementalData
               "AN", "BU", "CS", "DD", "FX", "NT", "QU", "SU", "TP", "YD", "YU", "ZR"}

# Kosovo has no ISO 3166 code; CLDR uses the user-assigned XK and a private-use alpha-3.
# "XKX" is the alpha-3 used by the EU, the IMF and most data providers.
KOSOVO = "XK"
KOSOVO_ALPHA3 = "XKX"

# Codes whose CLDR main name is the land and whose short name the state: for PS the
# main name "الأراضي الفلسطينية" (Palestinian Territories) names the West Bank and Gaza,
# a place (ontology/places.ttl), and "فلسطين" (Palestine) the state.  The short name is
# the label and the main name is left out, so the land is never taken for the state.
# The IRI stays the slug of the English main name, like every other.
LAND_NAMED = {"PS"}

PREFIXES = [
    ("ng", "https://w3id.org/newsgraph/ns#"),
    ("ngid", "https://w3id.org/newsgraph/id/"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
]


def slug(name):
    """Slug rule of the lexicon spec: NFKD, drop accents, lowercase, non-[a-z0-9] runs -> '-'.

    A non-ASCII character that is not a combining mark (the apostrophe in "Côte d’Ivoire")
    counts as a separator, which gives "cote-d-ivoire" as the spec requires.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", base).strip("-")


def read_cldr_version(cldr):
    """Return the CLDR release number declared in the LDML DTD (e.g. "41")."""
    for dtd in ("ldml.dtd", "ldmlSupplemental.dtd"):
        path = os.path.join(cldr, "common", "dtd", dtd)
        try:
            with open(path, encoding="utf-8") as f:
                m = re.search(r'cldrVersion\s+CDATA\s+#FIXED\s+"([^"]+)"', f.read())
        except OSError:
            continue
        if m:
            return m.group(1)
    return "unknown"


def read_territory_names(path):
    """Return {code: {alt or "": name}} for two-letter territories of one locale file."""
    names = {}
    root = ET.parse(path).getroot()
    for el in root.findall("./localeDisplayNames/territories/territory"):
        code = el.get("type", "")
        if not re.fullmatch(r"[A-Z]{2}", code) or el.text is None:
            continue
        names.setdefault(code, {})[el.get("alt", "")] = el.text.strip()
    return names


def read_code_mappings(path):
    """Return {alpha2: (alpha3, numeric or None)} from supplementalData.xml."""
    codes = {}
    root = ET.parse(path).getroot()
    for el in root.findall("./codeMappings/territoryCodes"):
        code = el.get("type", "")
        if re.fullmatch(r"[A-Z]{2}", code) and el.get("alpha3"):
            codes[code] = (el.get("alpha3"), el.get("numeric"))
    return codes


def expand_ranges(text):
    """Expand CLDR validity notation ("AC~G XK") into a set of codes."""
    out = set()
    for tok in text.split():
        if "~" in tok:
            start, end = tok.split("~")
            prefix = start[:-len(end)]
            for c in range(ord(start[-len(end)]), ord(end[-1]) + 1):
                out.add(prefix + chr(c))
        else:
            out.add(tok)
    return out


def read_regular_regions(cldr):
    """Return the set of region codes CLDR marks "regular", or None if the file is absent."""
    path = os.path.join(cldr, "common", "validity", "region.xml")
    if not os.path.exists(path):
        return None
    root = ET.parse(path).getroot()
    regular = set()
    for el in root.findall("./idValidity/id"):
        if el.get("type") == "region" and el.get("idStatus") == "regular":
            regular |= expand_ranges(el.text or "")
    return regular


def is_acronym(name):
    """True for pure Latin acronyms such as "US", "UK" (kept apart from aliases)."""
    return re.fullmatch(r"(?:[A-Z]\.?){2,5}", name) is not None


def strip_parenthetical(name):
    """ "Myanmar (Burma)" -> "Myanmar"; "Cocos (Keeling) Islands" -> "Cocos Islands"."""
    return re.sub(r"\s+", " ", re.sub(r"\s*\([^)]*\)\s*", " ", name)).strip()


def label_and_aliases(names, lang, land_named=False):
    """Split one locale's names for a territory into (label, aliases, acronyms);
    with land_named, the main name names the land and is left out."""
    main = names.get("")
    if main is None:
        return None, set(), set()
    label = main
    if "(" in main or (land_named and names.get("short")):
        label = names.get("short") or strip_parenthetical(main)
    aliases, acronyms = set(), set()
    for candidate in [None if land_named else main, names.get("short"), names.get("variant")]:
        if not candidate or candidate == label:
            continue
        if lang == "en" and is_acronym(candidate):
            acronyms.add(candidate)
        else:
            aliases.add(candidate)
    return label, aliases, acronyms


def turtle_string(text):
    """Quote a literal for Turtle."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def literal_list(items):
    """Render [(text, lang)] sorted by language then text, comma-separated."""
    return " , ".join(turtle_string(t) + "@" + lang
                      for lang, t in sorted((lang, t) for t, lang in items))


def build_entities(cldr):
    """Collect the entities as a list of dicts sorted by IRI."""
    main_dir = os.path.join(cldr, "common", "main")
    ar = read_territory_names(os.path.join(main_dir, "ar.xml"))
    en = read_territory_names(os.path.join(main_dir, "en.xml"))
    codes = read_code_mappings(os.path.join(cldr, "common", "supplemental",
                                            "supplementalData.xml"))
    regular = read_regular_regions(cldr)
    if KOSOVO in en:
        codes[KOSOVO] = (KOSOVO_ALPHA3, None)

    entities = {}
    for code, (alpha3, numeric) in codes.items():
        if code in NON_COUNTRY or (regular is not None and code not in regular):
            continue
        if code not in en or "" not in en[code]:
            raise SystemExit("gen-countries: no English name for %s" % code)
        if code not in ar or "" not in ar[code]:
            raise SystemExit("gen-countries: no Arabic name for %s" % code)
        iri = slug(en[code][""])
        if iri in entities:
            raise SystemExit("gen-countries: slug %s used by %s and %s"
                             % (iri, entities[iri]["code"], code))
        ar_label, ar_alias, _ = label_and_aliases(ar[code], "ar", code in LAND_NAMED)
        en_label, en_alias, en_acr = label_and_aliases(en[code], "en", code in LAND_NAMED)
        entities[iri] = {
            "code": code, "alpha3": alpha3, "numeric": numeric,
            "labels": [(ar_label, "ar"), (en_label, "en")],
            "aliases": [(a, "ar") for a in ar_alias] + [(a, "en") for a in en_alias],
            "acronyms": [(a, "en") for a in en_acr],
        }
    return [(iri, entities[iri]) for iri in sorted(entities)]


def render(cldr):
    """Return the whole Turtle document as a string."""
    version = read_cldr_version(cldr)
    out = [
        "# GENERATED FILE - DO NOT EDIT BY HAND.",
        "# Generated by tools/gen-countries.py from Unicode CLDR %s" % version,
        "# (common/main/ar.xml, common/main/en.xml, common/supplemental/supplementalData.xml,",
        "# common/validity/region.xml).  Regenerate with:",
        "#   tools/gen-countries.py -o ontology/countries.ttl",
        "# Hand-written additions (demonyms, capitals, more aliases, Wikidata links) belong in",
        "# ontology/countries-extra.ttl.",
        "",
    ]
    out += ["@prefix %s: <%s> ." % p for p in PREFIXES]
    for iri, e in build_entities(cldr):
        out.append("")
        out.append("ngid:%s a ng:Country ;" % iri)
        out.append("    rdfs:label %s ;" % literal_list(e["labels"]))
        if e["aliases"]:
            out.append("    ng:alias %s ;" % literal_list(e["aliases"]))
        if e["acronyms"]:
            out.append("    ng:acronym %s ;" % literal_list(e["acronyms"]))
        codes = 'ng:iso3166Alpha2 "%s" ; ng:iso3166Alpha3 "%s"' % (e["code"], e["alpha3"])
        if e["numeric"]:
            codes += ' ; ng:iso3166Numeric "%s"' % e["numeric"]
        out.append("    %s ." % codes)
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cldr", nargs="?", default=DEFAULT_CLDR,
                        help="CLDR directory (default %(default)s)")
    parser.add_argument("-o", "--output", help="output file (default: standard output)")
    args = parser.parse_args()

    try:
        text = render(args.cldr)
    except (OSError, ET.ParseError) as err:
        sys.stderr.write("gen-countries: %s\n" % err)
        return 1
    if args.output:
        tmp = args.output + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, args.output)
    else:
        sys.stdout.buffer.write(text.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
