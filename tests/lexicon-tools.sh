#!/bin/sh
# newsgraph lexicon: `check` passes on every shipped ontology file, fails
# with the stated messages on the bad lexicons of tests/invalid/lexicon-check-*
# (cmd, expected.err, expected.status), passes with warnings only, and
# honours --lexicon; `lookup` shows readings, entities, triggers and cues.
# Also: a file named like a subcommand is read as an article.
. "${NG_SRCDIR:-.}/tests/lib.sh"
shipped=$(ls "$NG_SRCDIR"/ontology/*.ttl)
cases=$(ls -d "$NG_SRCDIR"/tests/invalid/lexicon-check-*/ 2>/dev/null)
plan $(($(printf '%s\n' $shipped | grep -c .) + $(printf '%s\n' $cases | grep -c .) + 9))

# 1. The shipped files, together and one by one (the others as context).
if "$NG_BIN" lexicon check > "$TMP/out" 2> "$TMP/err" && ! grep -q ': error: ' "$TMP/err" &&
   grep -q '^lexicon check: [0-9]* files, 0 errors' "$TMP/out"; then
  ok "lexicon check passes on the shipped ontology ($(sed 's/^lexicon check: //' "$TMP/out"))"
else not_ok "lexicon check passes on the shipped ontology" "$(grep ': error: ' "$TMP/err" | head -5)"; fi
for f in $shipped; do
  if "$NG_BIN" lexicon check "$f" > /dev/null 2> "$TMP/err"; then ok "lexicon check $(basename "$f")"
  else not_ok "lexicon check $(basename "$f")" "$(head -5 "$TMP/err")"; fi
done

# 2. Bad lexicons fail with the stated messages.
for dir in $cases; do
  d=${dir%/}
  name=$(basename "$d")
  set --
  while IFS= read -r a; do
    [ -n "$a" ] && set -- "$@" "$(printf '%s' "$a" | sed "s|@DIR@|$d|g")"
  done < "$d/cmd"
  "$NG_BIN" "$@" > /dev/null 2> "$TMP/err"; status=$?
  sed "s|@DIR@|$d|g" "$d/expected.err" > "$TMP/expected"
  if [ "$status" = "$(cat "$d/expected.status")" ] && cmp -s "$TMP/err" "$TMP/expected"; then
    ok "$name fails with the stated messages"
  else not_ok "$name fails with the stated messages" "exit $status" "$(diff "$TMP/expected" "$TMP/err" | head -6)"; fi
done

# 3. Warnings alone do not fail; --lexicon is checked like a FILE.
cat > "$TMP/user.ttl" <<'TTL'
@prefix ng: <https://w3id.org/newsgraph/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <https://example.org/lexicon/> .
ex:zenda a ng:Country ;
    rdfs:label "زندا"@ar , "Zenda"@en ;
    ng:alias "زنده"@ar , "زندة"@ar .
TTL
"$NG_BIN" lexicon check "$TMP/user.ttl" > "$TMP/out" 2> "$TMP/err"; status=$?
if [ $status = 0 ] && grep -q 'user.ttl:4: warning: .*zenda.*given twice' "$TMP/err" &&
   grep -q '^lexicon check: 1 file, 0 errors, 1 warning$' "$TMP/out"; then
  ok "a name given twice is a warning, and warnings do not fail"
else not_ok "warnings do not fail" "exit $status" "$(cat "$TMP/err" "$TMP/out" | head -4)"; fi
"$NG_BIN" lexicon --lexicon "$NG_SRCDIR/tests/invalid/lexicon-check-entries/entries.ttl" check \
  > /dev/null 2> "$TMP/err"; status=$?
if [ $status = 1 ] && grep -q 'entries.ttl:11: error: .*grand-fenwick' "$TMP/err"; then
  ok "--lexicon FILE is checked"
else not_ok "--lexicon FILE is checked" "exit $status"; fi

# 4. lookup
"$NG_BIN" lexicon lookup لكازاخستان > "$TMP/out" 2>&1
check "lookup: ل + كازاخستان names ngid:kazakhstan" \
  grep -qx '  ل + كازاخستان → ngid:kazakhstan (Country, name)' "$TMP/out"
"$NG_BIN" lexicon lookup "الولايات المتحدة" > "$TMP/out" 2>&1
check "lookup: a phrase of two words" \
  grep -q '^  ال + ولايات → ngid:united-states (Country, name, 2 words)$' "$TMP/out"
"$NG_BIN" lexicon lookup وأدانت لم > "$TMP/out" 2>&1
if grep -q '^  و + .* → trigger of ngr:' "$TMP/out" && grep -qx '  لم → ng:NegationCue' "$TMP/out"; then
  ok "lookup: triggers (with their rule) and cues"
else not_ok "lookup: triggers and cues" "$(head -6 "$TMP/out")"; fi
"$NG_BIN" lexicon lookup -L "$TMP/user.ttl" وزندا > "$TMP/out" 2>&1
check "lookup: --lexicon adds the user's entities" \
  grep -q '^  و + زندا → <https://example.org/lexicon/zenda> (Country, name)$' "$TMP/out"

# 5. Usage, and a file named like a subcommand.
"$NG_BIN" lexicon > /dev/null 2>&1; status=$?
if [ $status = 2 ]; then ok "lexicon without an action is bad usage"
else not_ok "lexicon without an action is bad usage" "exit $status"; fi
mkdir "$TMP/cwd"
cp "$NG_SRCDIR/tests/data/short-article.txt" "$TMP/cwd/lexicon"
if (cd "$TMP/cwd" && "$NG_BIN" --format ntriples lexicon) 2>&1 | grep -q 'ns#Stance>'; then
  ok "a file named lexicon is read as an article"
else not_ok "a file named lexicon is read as an article"; fi
