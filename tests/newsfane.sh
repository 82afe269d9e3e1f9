#!/bin/sh
# newsgraph's entity mentions measured on NewsFANE Gold, a public Arabic
# newswire corpus with hand-tagged names.  The corpus is not part of the
# project: tools/newsfane-eval.py reads it from ../shared/data beside the
# source tree (or $NEWSFANE_DATA), and this test is skipped when it is not
# there.  Besides running cleanly, the scores must stay above floors set
# well below what was measured (README, "Measured on NewsFANE"), so that
# only a real regression in the lexicon or the matcher trips them.
. "${NG_SRCDIR:-.}/tests/lib.sh"

NATION_FLOOR=0.90      # exact F1, measured 0.950
POLITICIAN_FLOOR=0.70  # exact F1, measured 0.751
ALL_FLOOR=0.77         # exact F1 of the four types together, measured 0.819

if ! command -v "$PYTHON3" >/dev/null 2>&1; then
  echo "1..0 # SKIP $PYTHON3 not found"
  exit 0
fi
set -- --newsgraph "$NG_BIN" --ontology "$NEWSGRAPH_ONTOLOGY"
[ -n "${NEWSFANE_DATA:-}" ] && set -- "$@" --data "$NEWSFANE_DATA"
"$PYTHON3" "$NG_SRCDIR/tools/newsfane-eval.py" "$@" >"$TMP/out" 2>"$TMP/err"
status=$?
if [ $status -eq 0 ] && grep -q '^skipped:' "$TMP/out"; then
  echo "1..0 # SKIP $(head -1 "$TMP/out")"
  exit 0
fi
plan 6
if [ $status -eq 0 ]; then ok "the evaluation runs"
else not_ok "the evaluation runs" "exit status $status" "$(head -5 "$TMP/err")"; fi
sed 's/^/# /' "$TMP/out"

missing=""
for row in Nation Politician Government Population-Center "all four"; do
  grep -q "^$row " "$TMP/out" || missing="$missing [$row]"
done
if [ -z "$missing" ]; then ok "the table has a row per type and the total"
else not_ok "the table has a row per type and the total" "missing:$missing"; fi

if grep -q '^warning:' "$TMP/out"; then
  not_ok "every document comes back with the text written" "$(grep '^warning:' "$TMP/out")"
else ok "every document comes back with the text written"; fi

# exact_f1 ROW: the seventh column of the row (exact F1).
exact_f1() { awk -v row="$1" 'index($0, row " ") == 1 { n = split(row, w, " "); print $(n + 7) }' "$TMP/out"; }
above() { awk -v x="$1" -v floor="$2" 'BEGIN { exit !(x != "" && x + 0 >= floor + 0) }'; }
f1=$(exact_f1 Nation)
if above "$f1" "$NATION_FLOOR"; then ok "Nation exact F1 $f1 >= $NATION_FLOOR"
else not_ok "Nation exact F1 ${f1:-?} >= $NATION_FLOOR"; fi
f1=$(exact_f1 Politician)
if above "$f1" "$POLITICIAN_FLOOR"; then ok "Politician exact F1 $f1 >= $POLITICIAN_FLOOR"
else not_ok "Politician exact F1 ${f1:-?} >= $POLITICIAN_FLOOR"; fi
f1=$(exact_f1 "all four")
if above "$f1" "$ALL_FLOOR"; then ok "exact F1 of the four types $f1 >= $ALL_FLOOR"
else not_ok "exact F1 of the four types ${f1:-?} >= $ALL_FLOOR"; fi
finish
