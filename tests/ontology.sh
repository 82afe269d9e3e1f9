#!/bin/sh
# Every Turtle file under ontology/ parses with rapper, and the whole
# ontology loads into newsgraph without a lexicon error.
. "${NG_SRCDIR:-.}/tests/lib.sh"
set -- "$NG_SRCDIR"/ontology/*.ttl
plan $(($# + 1))
for f in "$@"; do
  n=$(rdf_count "$f" turtle)
  if [ -n "$n" ] && [ "$n" -gt 0 ]; then ok "$(basename "$f") parses ($n triples)"
  else not_ok "$(basename "$f") parses" "$("$RAPPER" -q -i turtle -c "$f" 2>&1 | head -3)"; fi
done
check "the ontology loads into newsgraph" sh -c "printf '' | '$NG_BIN' >/dev/null"
