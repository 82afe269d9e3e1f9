#!/bin/sh
# The README stays true: its quick-start commands are the ones .ci/run
# runs, and every "$ newsgraph ..." example runs as written.
. "${NG_SRCDIR:-.}/tests/lib.sh"
readme="$NG_SRCDIR/README.md"
quick=$(sed -n '/<!-- quickstart -->/,/<!-- \/quickstart -->/p' "$readme" | grep -v '^<!--' | grep -v '^```')
examples=$(grep '^\$ ' "$readme" | sed 's/^\$ //')
plan $(($(printf '%s\n' "$examples" | grep -c .) + 2))
if [ "$(printf '%s\n' "$quick" | grep -c .)" = 2 ]; then ok "the quick start is exactly two commands"
else not_ok "the quick start is exactly two commands" "$quick"; fi
missing=""
while IFS= read -r cmd; do
  grep -qxF "$cmd" "$NG_SRCDIR/.ci/run" || grep -qxF "$cmd || status=\$?" "$NG_SRCDIR/.ci/run" || missing="$missing [$cmd]"
done <<EOT
$quick
EOT
if [ -z "$missing" ]; then ok ".ci/run runs the quick-start commands"; else not_ok ".ci/run runs the quick-start commands" "missing:$missing"; fi
mkdir -p "$TMP/tree/out" "$TMP/bin"
cp -r "$NG_SRCDIR/examples" "$TMP/tree/"
ln -s "$NG_BIN" "$TMP/bin/newsgraph"
printf '%s\n' "$examples" | while IFS= read -r cmd; do
  if (cd "$TMP/tree" && PATH="$TMP/bin:$PATH" sh -c "$cmd" >/dev/null 2>"$TMP/err"); then ok "README: $cmd"
  else not_ok "README: $cmd" "$(head -3 "$TMP/err")"; fi
done
