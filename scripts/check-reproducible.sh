#!/usr/bin/env bash
# Checks that the build is reproducible: builds the project twice from clean, the second time
# in another time zone and locale, and compares the SHA-256 of every published jar
# (csww-core, csww-io and csww-examples with their -sources and -javadoc jars, and the
# command-line csww.jar). Exits 0 when every pair is byte-identical, 1 otherwise.
# Tests are skipped: they do not go into the jars. Extra arguments go to both Maven runs.
#
#   scripts/check-reproducible.sh
#   scripts/check-reproducible.sh -o        # offline
#
# The jars take their entry times from project.build.outputTimestamp in the root pom.xml.
# Both builds run with umask 0022: the source and javadoc plugins copy the permissions of the
# files they generate into their jars, so a build under umask 0077 gives -sources and -javadoc
# jars that differ in those bits (the main jars do not). Release with umask 0022.
# After a failure, the two builds' jars are left in the directory printed, for diffoscope.
set -euo pipefail
cd "$(dirname "$0")/.."

# patterns, expanded after each build
JARS='core/target/csww-core-*.jar io/target/csww-io-*.jar examples/target/csww-examples-*.jar
  examples/target/csww.jar'
EXPECTED=10
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

build() { # build <dir for its jars>
  ./mvnw -B -q clean package -DskipTests "${@:2}"
  mkdir -p "$1"
  local jar
  for jar in $JARS; do
    [ -f "$jar" ] || { echo "missing $jar after the build" >&2; exit 1; }
    cp "$jar" "$1/"
  done
  [ "$(ls "$1" | wc -l)" -eq "$EXPECTED" ] \
    || { echo "expected $EXPECTED jars, found: $(ls "$1")" >&2; exit 1; }
}

umask 0022
echo "build 1 of 2"
build "$OUT/1" "$@"
echo "build 2 of 2 (TZ=Pacific/Chatham, LC_ALL=C)"
TZ=Pacific/Chatham LC_ALL=C build "$OUT/2" "$@"

status=0
for first in "$OUT"/1/*.jar; do
  name=$(basename "$first")
  a=$(sha256sum < "$first" | cut -d' ' -f1)
  b=$(sha256sum < "$OUT/2/$name" | cut -d' ' -f1)
  if [ "$a" = "$b" ]; then
    printf 'same     %s  %s\n' "$a" "$name"
  else
    printf 'DIFFERS  %s  %s\n         %s\n' "$a" "$name" "$b"
    status=1
  fi
done
if [ "$status" -ne 0 ]; then
  trap - EXIT
  echo "not reproducible: the jars of both builds are in $OUT" >&2
else
  echo "reproducible: all $EXPECTED jars byte-identical"
fi
exit "$status"
