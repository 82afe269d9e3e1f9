#!/bin/sh
# The command line: help, version, stdin, directories, --output written
# whole or not at all, --min-confidence, --mentions, --lexicon.
. "${NG_SRCDIR:-.}/tests/lib.sh"
article="$NG_SRCDIR/tests/data/short-article.txt"
plan 12
check "--help prints usage" sh -c "'$NG_BIN' --help | grep -q 'usage: newsgraph'"
check "--version prints the version" sh -c "'$NG_BIN' --version | grep -Eq '^newsgraph [0-9]+\.[0-9]+'"
"$NG_BIN" -f ntriples < "$article" > "$TMP/stdin.nt"
"$NG_BIN" -f ntriples - < "$article" > "$TMP/dash.nt"
"$NG_BIN" -f ntriples "$article" > "$TMP/file.nt"
if cmp -s "$TMP/stdin.nt" "$TMP/dash.nt" && grep -q 'ns#Stance' "$TMP/stdin.nt" &&
   [ "$(grep -c 'ns#Stance>' "$TMP/stdin.nt")" = "$(grep -c 'ns#Stance>' "$TMP/file.nt")" ]; then
  ok "standard input (no FILE, or -) reads the article"
else not_ok "standard input reads the article"; fi
mkdir -p "$TMP/dir/sub"
cp "$article" "$TMP/dir/b.txt"; cp "$NG_SRCDIR/tests/invalid/one-bad-one-good/good.txt" "$TMP/dir/sub/a.txt"
echo "ignored" > "$TMP/dir/notes.md"
"$NG_BIN" -f nquads "$TMP/dir" > "$TMP/dir.nq"
docs=$(grep -o 'newsgraph/ns#sourceFile> "[^"]*"' "$TMP/dir.nq" | sort -u | grep -c .)
if [ "$docs" = 2 ]; then ok "a directory is read recursively, articles only"; else not_ok "directory read" "got $docs documents"; fi
echo "previous content" > "$TMP/keep.ttl"
"$NG_BIN" -L "$NG_SRCDIR/tests/invalid/lexicon-syntax/lexicon.ttl" -o "$TMP/keep.ttl" "$article" 2>/dev/null
if [ "$(cat "$TMP/keep.ttl")" = "previous content" ] && [ -z "$(ls "$TMP"/keep.ttl.tmp-* 2>/dev/null)" ]; then
  ok "a failed run leaves --output untouched and no temporary file"
else not_ok "a failed run leaves --output untouched"; fi
"$NG_BIN" -o "$TMP/new.ttl" "$article"
check "--output writes the file" grep -q 'ng:Stance' "$TMP/new.ttl"
all=$(grep -c 'ns#Stance>' "$TMP/file.nt")
"$NG_BIN" -f ntriples --min-confidence 0.79 "$article" > "$TMP/min.nt"
some=$(grep -c 'ns#Stance>' "$TMP/min.nt")
if [ "$some" -lt "$all" ] && [ "$some" -gt 0 ]; then ok "--min-confidence drops weaker facts ($all → $some stances)"
else not_ok "--min-confidence drops weaker facts" "$all → $some"; fi
if grep -q 'nif-core#Phrase' "$TMP/file.nt"; then not_ok "no mentions without --mentions"; else ok "no mentions without --mentions"; fi
"$NG_BIN" -f ntriples --mentions "$article" > "$TMP/mentions.nt"
check "--mentions writes NIF phrases with their kind" sh -c "grep -q 'nif-core#Phrase' '$TMP/mentions.nt' && grep -q 'ns#mentionKind> \"demonym\"' '$TMP/mentions.nt'"
cat > "$TMP/user.ttl" <<'TTL'
@prefix ng: <https://w3id.org/newsgraph/ns#> .
@prefix ngr: <https://w3id.org/newsgraph/rule/> .
@prefix ex: <https://example.org/lexicon/> .
ex:freedonia a ng:Country ;
    <http://www.w3.org/2000/01/rdf-schema#label> "فريدونيا"@ar , "Freedonia"@en ;
    ng:demonym "فريدوني"@ar .
ngr:user-applaud a ng:StancePattern ;
    ng:stanceType ng:Support ; ng:frame ng:VerbFrame ;
    ng:trigger "صفق" , "صفقت" ; ng:targetMarker "ل" .
TTL
printf 'صفقت فريدونيا لتونس أمس.\n' > "$TMP/user.txt"
"$NG_BIN" -f ntriples "$TMP/user.txt" > "$TMP/without.nt"
"$NG_BIN" -f ntriples -L "$TMP/user.ttl" "$TMP/user.txt" > "$TMP/with.nt"
if ! grep -q freedonia "$TMP/without.nt" && grep -q '<https://example.org/lexicon/freedonia> <https://w3id.org/newsgraph/ns#supports> <https://w3id.org/newsgraph/id/tunisia>' "$TMP/with.nt"; then
  ok "--lexicon adds an actor and a phrasing without recompiling"
else not_ok "--lexicon adds an actor and a phrasing"; fi
"$NG_BIN" -f ntriples "$NG_SRCDIR/tests/data/read/empty.txt" > "$TMP/empty.nt"; st=$?
if [ $st = 0 ] && grep -q 'nif-core#Context' "$TMP/empty.nt"; then ok "an empty file is not an error"; else not_ok "an empty file is not an error" "status $st"; fi
"$NG_BIN" -f turtle "$NG_SRCDIR/tests/data/read/article-ar.html" > "$TMP/html.ttl"
check "an HTML article is read (title and date kept)" sh -c "grep -q 'dcterms:title' '$TMP/html.ttl' && grep -q 'dcterms:date' '$TMP/html.ttl'"
