#!/bin/sh
# Every output format: RDF re-parses with rapper (the same triples in each
# syntax), DOT renders with dot, SVG/PNG/PDF are what they claim, and the
# same input gives byte-identical output.
. "${NG_SRCDIR:-.}/tests/lib.sh"
article="$NG_SRCDIR/tests/data/short-article.txt"
plan 12
for f in turtle:ttl:turtle ntriples:nt:ntriples nquads:nq:nquads rdfxml:rdf:rdfxml; do
  fmt=${f%%:*}; rest=${f#*:}; ext=${rest%%:*}; syntax=${rest#*:}
  "$NG_BIN" -f "$fmt" -o "$TMP/out.$ext" "$article"
  n=$(rdf_count "$TMP/out.$ext" "$syntax")
  eval "count_$fmt=\${n:-0}"
  if [ -n "$n" ] && [ "$n" -gt 50 ]; then ok "$fmt re-parses with rapper ($n statements)"
  else not_ok "$fmt re-parses with rapper" "$("$RAPPER" -q -i "$syntax" -c "$TMP/out.$ext" 2>&1 | head -3)"; fi
done
if [ "$count_turtle" = "$count_ntriples" ] && [ "$count_turtle" = "$count_rdfxml" ]; then
  ok "turtle, ntriples and rdfxml hold the same $count_turtle triples"
else
  not_ok "same triples in every syntax" "turtle $count_turtle ntriples $count_ntriples rdfxml $count_rdfxml"
fi
"$NG_BIN" -f dot -o "$TMP/out.dot" "$article"
check "DOT renders with dot" "$DOT" -Tsvg -o "$TMP/redo.svg" "$TMP/out.dot"
"$NG_BIN" -f svg -o "$TMP/out.svg" "$article"
check "SVG is an SVG document" grep -q "<svg" "$TMP/out.svg"
"$NG_BIN" -f png -o "$TMP/out.png" "$article"
check "PNG has the PNG signature" sh -c "head -c 8 '$TMP/out.png' | od -An -tx1 | grep -q '89 50 4e 47 0d 0a 1a 0a'"
"$NG_BIN" -f pdf -o "$TMP/out.pdf" "$article"
check "PDF starts with %PDF" sh -c "head -c 4 '$TMP/out.pdf' | grep -q '%PDF'"
"$NG_BIN" -f turtle "$article" > "$TMP/again.ttl"
check "the same input gives byte-identical Turtle" cmp "$TMP/out.ttl" "$TMP/again.ttl"
"$NG_BIN" -f nquads "$article" "$article" > "$TMP/two.nq"
graphs=$("$RAPPER" -q -i nquads -o nquads "$TMP/two.nq" | awk '{print $(NF-1)}' | sort -u | grep -c .)
if [ "$graphs" = 1 ]; then ok "N-Quads: one named graph per document (the same text is the same document)"
else not_ok "N-Quads: one named graph per document" "got $graphs graphs"; fi
"$NG_BIN" -f nquads "$article" "$NG_SRCDIR/tests/invalid/one-bad-one-good/good.txt" > "$TMP/two-docs.nq"
graphs=$("$RAPPER" -q -i nquads -o nquads "$TMP/two-docs.nq" | awk '{print $(NF-1)}' | sort -u | grep -c .)
if [ "$graphs" = 2 ]; then ok "N-Quads: two documents, two named graphs"
else not_ok "N-Quads: two documents, two named graphs" "got $graphs graphs"; fi
