#!/bin/sh
# Generated lexicon data stays in step with its generator and its hand-written companion:
#  1. tools/gen-countries.py, run on the installed CLDR, reproduces ontology/countries.ttl
#     byte for byte (skipped when python3 or Debian's CLDR data is missing);
#  2. every subject of ontology/countries-extra.ttl is a country declared in countries.ttl,
#     so a typo in a hand-written IRI cannot silently create a label-less entity;
#  3. tools/gen-places.py reproduces ontology/places-cldr.ttl from CLDR, tzdata's zone.tab
#     and the names the hand-written files take (skipped without python3, CLDR or zone.tab).
# Prints TAP.

LC_ALL=C; export LC_ALL
srcdir=${NG_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
rapper=${RAPPER:-rapper}
python=${PYTHON3:-python3}
cldr=/usr/share/unicode/cldr
ns_id='https://w3id.org/newsgraph/id/'
ns_ng='https://w3id.org/newsgraph/ns#'
rdf_type='http://www.w3.org/1999/02/22-rdf-syntax-ns#type'

have_python=no
if command -v "$python" >/dev/null 2>&1 && [ -f "$cldr/common/main/ar.xml" ]; then
  have_python=yes
fi
have_rapper=no
if command -v "$rapper" >/dev/null 2>&1; then
  have_rapper=yes
fi
if [ $have_python = no ] && [ $have_rapper = no ]; then
  echo "1..0 # SKIP neither python3 with CLDR data nor rapper is available"
  exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ng-generated.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

echo "1..3"

# 1. countries.ttl regenerates identically.
if [ $have_python = no ]; then
  echo "ok 1 - countries.ttl regenerates identically # SKIP python3 or $cldr missing"
elif ! "$python" "$srcdir/tools/gen-countries.py" -o "$tmp/countries.ttl" "$cldr" \
       2>"$tmp/gen.err"; then
  echo "not ok 1 - countries.ttl regenerates identically"
  sed 's/^/# /' "$tmp/gen.err"
elif cmp -s "$srcdir/ontology/countries.ttl" "$tmp/countries.ttl"; then
  echo "ok 1 - countries.ttl regenerates identically"
else
  echo "not ok 1 - countries.ttl regenerates identically"
  echo "# regenerate with: tools/gen-countries.py -o ontology/countries.ttl"
  diff -u "$srcdir/ontology/countries.ttl" "$tmp/countries.ttl" | head -n 30 | sed 's/^/# /'
fi

# 2. countries-extra.ttl only describes declared countries.
subjects() {
  # Prints the local names of the ngid: subjects of the triples on standard input.
  sed -n "s|^<${ns_id}\\([^>]*\\)> .*|\\1|p" | sort -u
}
if [ $have_rapper = no ]; then
  echo "ok 2 - countries-extra.ttl subjects are declared # SKIP rapper missing"
elif ! "$rapper" -q -i turtle -o ntriples "$srcdir/ontology/countries.ttl" \
         >"$tmp/countries.nt" 2>"$tmp/rapper.err" \
     || ! "$rapper" -q -i turtle -o ntriples "$srcdir/ontology/countries-extra.ttl" \
         >"$tmp/extra.nt" 2>>"$tmp/rapper.err"; then
  echo "not ok 2 - countries-extra.ttl subjects are declared"
  sed 's/^/# /' "$tmp/rapper.err"
else
  grep -F "<${rdf_type}> <${ns_ng}Country> ." "$tmp/countries.nt" | subjects >"$tmp/declared"
  subjects <"$tmp/extra.nt" >"$tmp/used"
  comm -13 "$tmp/declared" "$tmp/used" >"$tmp/undeclared"
  if [ ! -s "$tmp/used" ]; then
    echo "not ok 2 - countries-extra.ttl subjects are declared"
    echo "# no ngid: subjects found in countries-extra.ttl"
  elif [ -s "$tmp/undeclared" ]; then
    echo "not ok 2 - countries-extra.ttl subjects are declared"
    sed 's/^/# undeclared: ngid:/' "$tmp/undeclared"
  else
    echo "ok 2 - countries-extra.ttl subjects are declared ($(wc -l <"$tmp/used") countries)"
  fi
fi

# 3. places-cldr.ttl regenerates identically (and so leaves out the names the hand-written
#    files give).
zones=/usr/share/zoneinfo/zone.tab
if [ $have_python = no ] || [ ! -f "$zones" ]; then
  echo "ok 3 - places-cldr.ttl regenerates identically # SKIP python3, $cldr or $zones missing"
elif ! "$python" "$srcdir/tools/gen-places.py" --ontology "$srcdir/ontology" --zones "$zones" \
       -o "$tmp/places-cldr.ttl" "$cldr" 2>"$tmp/gen-places.err"; then
  echo "not ok 3 - places-cldr.ttl regenerates identically"
  sed 's/^/# /' "$tmp/gen-places.err"
elif cmp -s "$srcdir/ontology/places-cldr.ttl" "$tmp/places-cldr.ttl"; then
  echo "ok 3 - places-cldr.ttl regenerates identically"
else
  echo "not ok 3 - places-cldr.ttl regenerates identically"
  echo "# regenerate with: tools/gen-places.py -o ontology/places-cldr.ttl"
  diff -u "$srcdir/ontology/places-cldr.ttl" "$tmp/places-cldr.ttl" | head -n 30 | sed 's/^/# /'
fi
