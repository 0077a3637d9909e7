#!/usr/bin/env bash
# Whole-process comparison on the synthetic 1,000,000-row file: for each reader, one read in a
# fresh JVM under /usr/bin/time, RUNS times (default 3); prints the median wall time (JVM start
# to exit), rows per second and peak resident set size, and the ratios csww / FastCSV and
# RSS / file size. Runs with the JVM's default flags and again with -XX:+UseSerialGC.
#
#   benchmarks/rss.sh            # RUNS=5 benchmarks/rss.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
FILE=${CSWW_BENCH_FILE:-benchmarks/data/synthetic-1m.csv}
RUNS=${RUNS:-3}
ROWS=1000000
[ -f "$JAR" ] || ./mvnw -q -B package -Pbenchmarks -pl benchmarks -am -DskipTests
[ -f "$FILE" ] || java -cp "$JAR" io.github.csww.benchmarks.SyntheticFile "$FILE"
SIZE=$(stat -L -c %s "$FILE")
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf 'file %s: %d rows, %.1f MB; %s runs each, median\n' "$FILE" "$ROWS" \
  "$(echo "$SIZE / 1000000" | bc -l)" "$RUNS"
for flags in "" "-XX:+UseSerialGC"; do
  echo
  echo "JVM flags: ${flags:-(defaults)}"
  printf '%-8s %9s %12s %9s %9s\n' reader seconds rows/s rss_MB rss/file
  declare -A RATE=() RSS=()
  for p in raw fastcsv jackson csww; do
    : > "$OUT.t"; : > "$OUT.m"
    for _ in $(seq "$RUNS"); do
      # shellcheck disable=SC2086
      /usr/bin/time -f '%e %M' -o "$OUT" java $flags -cp "$JAR" \
        io.github.csww.benchmarks.OneShot "$p" "$FILE" > /dev/null
      read -r secs kb < "$OUT"
      echo "$secs" >> "$OUT.t"; echo "$kb" >> "$OUT.m"
    done
    secs=$(median < "$OUT.t"); kb=$(median < "$OUT.m")
    RATE[$p]=$(echo "$ROWS / $secs" | bc -l); RSS[$p]=$kb
    printf '%-8s %9.2f %12.0f %9.1f %9.2f\n' "$p" "$secs" "${RATE[$p]}" \
      "$(echo "$kb * 1024 / 1000000" | bc -l)" "$(echo "$kb * 1024 / $SIZE" | bc -l)"
  done
  printf 'csww / fastcsv: rate %.2f, rss %.2f; csww / jackson: rate %.2f\n' \
    "$(echo "${RATE[csww]} / ${RATE[fastcsv]}" | bc -l)" \
    "$(echo "${RSS[csww]} / ${RSS[fastcsv]}" | bc -l)" \
    "$(echo "${RATE[csww]} / ${RATE[jackson]}" | bc -l)"
done
rm -f "$OUT.t" "$OUT.m"
