# TAP helpers for the shell tests (sourced).  make check exports NG_BIN,
# NG_SRCDIR, NG_BUILDDIR, RAPPER, DOT and PYTHON3; defaults let a test run
# by hand from the top of the build tree.
: "${NG_SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${NG_BUILDDIR:=$PWD}"
: "${NG_BIN:=$NG_BUILDDIR/newsgraph}"
: "${RAPPER:=rapper}"
: "${DOT:=dot}"
: "${PYTHON3:=python3}"
: "${NEWSGRAPH_ONTOLOGY:=$NG_SRCDIR/ontology}"
export NEWSGRAPH_ONTOLOGY

tap_n=0
tap_failed=0
TMP=$(mktemp -d "${TMPDIR:-/tmp}/ng-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

plan() { echo "1..$1"; }
ok() { tap_n=$((tap_n + 1)); echo "ok $tap_n - $1"; }
not_ok() {
  tap_n=$((tap_n + 1)); tap_failed=1
  echo "not ok $tap_n - $1"
  shift
  for line in "$@"; do printf '#   %s\n' "$line"; done
}
skip() { tap_n=$((tap_n + 1)); echo "ok $tap_n - $1 # SKIP $2"; }
# check DESCRIPTION COMMAND...: ok when the command succeeds.
check() {
  desc=$1; shift
  if out=$("$@" 2>&1); then ok "$desc"; else not_ok "$desc" "$(printf '%s' "$out" | head -5)"; fi
}
# rdf_count FILE SYNTAX: number of triples rapper reads (fails on a parse error).
rdf_count() { "$RAPPER" -i "$2" -c "$1" 2>&1 | sed -n 's/.*returned \([0-9]*\) .*/\1/p'; }
finish() { exit 0; }
