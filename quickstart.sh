#!/bin/sh
# newsgraph quick start, for a fresh Debian 12 machine, as root:
# installs what newsgraph needs, builds it, and runs it on a bundled example.
set -eu
cd "$(dirname "$0")"

packages="build-essential autoconf automake libtool pkg-config
  librdf0-dev libraptor2-dev raptor2-utils rasqal-utils
  libgraphviz-dev graphviz libxml2-dev check
  python3 unicode-cldr-core fonts-dejavu-core fonts-noto-core"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
    missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "== installing:" $missing
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

echo "== building"
[ -x configure ] || autoreconf -fi >/dev/null
[ -f Makefile ] || ./configure -q
make -j"$(nproc)" >/dev/null

echo "== running newsgraph on examples/sahel-alliance.txt"
mkdir -p out
./newsgraph --format turtle --output out/sahel-alliance.ttl examples/sahel-alliance.txt
./newsgraph --format dot --output out/sahel-alliance.dot examples/sahel-alliance.txt
./newsgraph --format svg --output out/sahel-alliance.svg examples/sahel-alliance.txt
echo "Turtle:  $(pwd)/out/sahel-alliance.ttl ($(grep -c 'a ng:Stance' out/sahel-alliance.ttl) stances)"
echo "DOT:     $(pwd)/out/sahel-alliance.dot"
echo "SVG:     $(pwd)/out/sahel-alliance.svg"
