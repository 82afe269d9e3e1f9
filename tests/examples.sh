#!/bin/sh
# Every example in examples/ runs and gives exactly its expected Turtle
# (examples/<name>.expected.ttl); its score against the hand-written gold
# is printed as a comment (when python3 and ../shared/eval/score.py exist).
. "${NG_SRCDIR:-.}/tests/lib.sh"
set -- $(ls "$NG_SRCDIR"/examples/*.txt "$NG_SRCDIR"/examples/*.html 2>/dev/null)
plan $#
score="$NG_SRCDIR/../shared/eval/score.py"
for article in "$@"; do
  name=$(basename "${article%.*}")
  base="${article%.*}"
  if ! (cd "$NG_SRCDIR/examples" && "$NG_BIN" --format turtle --output "$TMP/$name.ttl" "$(basename "$article")") 2>"$TMP/$name.err"; then
    not_ok "$name runs" "$(head -3 "$TMP/$name.err")"
    continue
  fi
  if [ -f "$score" ] && command -v "$PYTHON3" >/dev/null; then
    echo "# $name: $("$PYTHON3" "$score" "$TMP/$name.ttl" "$base.gold.tsv" --aliases "$base.aliases.tsv" | tail -1)"
  fi
  if cmp -s "$TMP/$name.ttl" "$base.expected.ttl"; then ok "$name gives its expected Turtle"
  else not_ok "$name gives its expected Turtle" "$(diff "$base.expected.ttl" "$TMP/$name.ttl" | head -10)"; fi
done
