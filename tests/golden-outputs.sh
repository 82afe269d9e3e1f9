#!/bin/sh
# Golden tests as data: tests/golden/<case>/input.<ext> (+ optional args,
# one option per line) must give exactly expected.<format> and exit 0.  The
# program runs in the case directory, so recorded file names are relative.
. "${NG_SRCDIR:-.}/tests/lib.sh"
cases=$(ls -d "$NG_SRCDIR"/tests/golden/*/ 2>/dev/null)
plan $(printf '%s\n' $cases | grep -c .)
for dir in $cases; do
  name=$(basename "$dir")
  input=$(cd "$dir" && ls input.* | head -1)
  expected=$(ls "$dir"expected.* | head -1)
  format=${expected##*.}
  case $format in ttl) format=turtle;; nt) format=ntriples;; nq) format=nquads;; rdf) format=rdfxml;; esac
  set --
  [ -f "${dir}args" ] && while IFS= read -r a; do [ -n "$a" ] && set -- "$@" "$a"; done < "${dir}args"
  out="$TMP/$name.out"
  if ! (cd "$dir" && "$NG_BIN" "$@" --format "$format" --output "$out" "$input") 2>"$TMP/$name.err"; then
    not_ok "$name: exit status 0" "$(head -3 "$TMP/$name.err")"
  elif cmp -s "$out" "$expected"; then
    ok "$name: output equals $(basename "$expected")"
  else
    not_ok "$name: output equals $(basename "$expected")" "$(diff "$expected" "$out" | head -12)"
  fi
done
