#!/bin/sh
# `newsgraph eval` gives, for every article of examples/ and tests/eval/
# (and the seed article when ../shared/seed is there), the figures of the
# project's scorer run on the Turtle output of `newsgraph ARTICLE`:
# stance and relation P/R/F1 and entity recall, to the two decimals the
# scorer prints.  Skipped when ../shared/eval/score.py, python3 or rapper is
# missing.  Also: -v lists misses and false positives with their sentences,
# the name-folding table is up to date, and bad usage exits 2.
. "${NG_SRCDIR:-.}/tests/lib.sh"
scorer="$NG_SRCDIR/../shared/eval/score.py"
seed="$NG_SRCDIR/../shared/seed"
if [ ! -f "$scorer" ]; then
  echo "1..0 # SKIP $scorer not found"; exit 0
fi
if ! command -v "$PYTHON3" >/dev/null 2>&1 || ! command -v "$RAPPER" >/dev/null 2>&1; then
  echo "1..0 # SKIP python3 or rapper missing"; exit 0
fi
# score.py runs `rapper` from PATH
PATH="$(dirname "$(command -v "$RAPPER")"):$PATH"; export PATH

# figures NAME: the seven figures of NAME's row in $TMP/eval.out
figures() {
  awk -v name="$1" '$1 == name && NF >= 16 {
    n = NF; print $(n-11), $(n-10), $(n-9), $(n-5), $(n-4), $(n-3), $n }' "$TMP/eval.out"
}

# scored GOLD ARTICLE [ALIASES]: the seven figures score.py prints
scored() {
  "$NG_BIN" --format turtle --output "$TMP/out.ttl" "$2" 2>/dev/null || return 1
  "$PYTHON3" "$scorer" "$TMP/out.ttl" "$1" ${3:+--aliases "$3"} | tail -n 1 |
    grep -o '=[0-9.]*' | tr -d = | tr '\n' ' ' | sed 's/ $//'
}

# compare NAME GOLD ARTICLE [ALIASES]
compare() {
  want=$(scored "$2" "$3" "$4")
  got=$(figures "$1")
  if [ -n "$want" ] && [ "$want" = "$got" ]; then ok "$1: $got"
  else not_ok "$1: the scorer's figures" "score.py:       $want" "newsgraph eval: $got"; fi
}

# The articles: NAME GOLD ARTICLE ALIASES, one per line.
for dir in "$NG_SRCDIR/examples" "$NG_SRCDIR/tests/eval"; do
  for gold in "$dir"/*.gold.tsv; do
    name=$(basename "$gold" .gold.tsv)
    article="$dir/$name.txt"; [ -f "$article" ] || article="$dir/$name.html"
    aliases="$dir/$name.aliases.tsv"; [ -f "$aliases" ] || aliases=
    printf '%s\t%s\t%s\t%s\t%s\n' "$dir" "$name" "$gold" "$article" "$aliases"
  done
done > "$TMP/articles"
n=$(grep -c . "$TMP/articles")
plan $((n + 5))

: > "$TMP/eval.out"
for dir in "$NG_SRCDIR/examples" "$NG_SRCDIR/tests/eval"; do
  "$NG_BIN" eval "$dir" >> "$TMP/eval.out" 2> "$TMP/eval.err" ||
    sed 's/^/# /' "$TMP/eval.err"
done
tab=$(printf '\t')
while IFS="$tab" read -r dir name gold article aliases; do
  compare "$name" "$gold" "$article" "$aliases"
done < "$TMP/articles"

if [ -d "$seed" ]; then
  sgold="$seed/gold-000_1c2d873f9148815f.tsv"; sarticle="$seed/000_1c2d873f9148815f.txt"
  "$NG_BIN" eval "$sgold" "$sarticle" > "$TMP/eval.out" 2>&1
  compare 000_1c2d873f9148815f "$sgold" "$sarticle"
else
  skip "the seed article" "$seed not found"
fi

# (the examples may have no false positive left: the dev set has some)
for dir in "$NG_SRCDIR/examples" "$NG_SRCDIR/tests/eval"; do
  "$NG_BIN" eval -v "$dir" >> "$TMP/verbose.out" 2>&1
done
if grep -q '^  missed stance (' "$TMP/verbose.out" && grep -q '^      gold: ' "$TMP/verbose.out" &&
   grep -q '^micro-average ' "$TMP/verbose.out"; then
  ok "-v lists each miss with its gold evidence"
else not_ok "-v lists each miss" "$(head -5 "$TMP/verbose.out")"; fi
if grep -q '^  spurious stance (.*) (pos)$' "$TMP/verbose.out" &&
   grep -q '^      sentence: ' "$TMP/verbose.out"; then
  ok "-v lists each false positive with its sentence"
else not_ok "-v lists each false positive" "$(grep -m3 '^  [a-z]' "$TMP/verbose.out")"; fi

# The folding table was made from the Unicode data of the python3 the
# scorer runs on; another Unicode version needs it made again.
if "$PYTHON3" "$NG_SRCDIR/tools/gen-eval-norm.py" > "$TMP/table.h" &&
   cmp -s "$TMP/table.h" "$NG_SRCDIR/src/eval_norm_table.h"; then
  ok "src/eval_norm_table.h is what tools/gen-eval-norm.py makes"
else not_ok "src/eval_norm_table.h is what tools/gen-eval-norm.py makes" \
  "run: tools/gen-eval-norm.py > src/eval_norm_table.h"; fi

"$NG_BIN" eval "$NG_SRCDIR/README.md" > /dev/null 2>&1; status=$?
if [ "$status" = 2 ]; then ok "a single file that is not a directory is bad usage"
else not_ok "bad usage exits 2" "got $status"; fi
