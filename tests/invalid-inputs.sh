#!/bin/sh
# Bad inputs as data: tests/invalid/<case>/ holds `cmd` (the arguments, one
# per line; @DIR@ is the case directory, @TMP@ a scratch directory),
# `expected.err` (standard error, exactly, with @DIR@ and @TMP@ substituted)
# and `expected.status`.  An optional `expected.out` names a file under @TMP@
# that must exist afterwards (or, with a leading !, must not).
. "${NG_SRCDIR:-.}/tests/lib.sh"
cases=$(ls -d "$NG_SRCDIR"/tests/invalid/*/ 2>/dev/null)
plan $(($(printf '%s\n' $cases | grep -c .) * 2))
for dir in $cases; do
  name=$(basename "$dir")
  d=${dir%/}
  work="$TMP/$name"; mkdir -p "$work"
  set --
  while IFS= read -r a; do
    [ -n "$a" ] || continue
    a=$(printf '%s' "$a" | sed "s|@DIR@|$d|g; s|@TMP@|$work|g")
    set -- "$@" "$a"
  done < "$dir/cmd"
  if [ -f "$dir/stdin" ]; then
    "$NG_BIN" "$@" < "$dir/stdin" > "$work/stdout" 2> "$work/stderr"; status=$?
  else
    "$NG_BIN" "$@" < /dev/null > "$work/stdout" 2> "$work/stderr"; status=$?
  fi
  sed "s|@DIR@|$d|g; s|@TMP@|$work|g" "$dir/expected.err" > "$work/expected.err"
  want=$(cat "$dir/expected.status")
  if [ "$status" = "$want" ]; then ok "$name: exit status $want"
  else not_ok "$name: exit status $want" "got $status"; fi
  outcheck=ok
  if [ -f "$dir/expected.out" ]; then
    f=$(cat "$dir/expected.out")
    case $f in
      !*) [ ! -e "$work/${f#!}" ] || outcheck="$work/${f#!} should not exist";;
      *) [ -s "$work/$f" ] || outcheck="$work/$f should exist";;
    esac
  fi
  if ! cmp -s "$work/stderr" "$work/expected.err"; then
    not_ok "$name: error message" "$(diff "$work/expected.err" "$work/stderr" | head -8)"
  elif [ "$outcheck" != ok ]; then
    not_ok "$name: output file" "$outcheck"
  else
    ok "$name: error message and output"
  fi
done
