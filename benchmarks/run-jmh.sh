#!/usr/bin/env bash
# JMH: rows per second for Workforce.load beside the bare FastCSV and Jackson CSV parsers and a
# raw byte scan, on the synthetic 1,000,000-row file, in one run. Extra arguments go to JMH
# (for example -wi 2 -i 3). The build only compiles the benchmarks; this builds their jar with
# -Pbenchmarks when it is missing, and runs them.
#
#   benchmarks/run-jmh.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
FILE=${CSWW_BENCH_FILE:-benchmarks/data/synthetic-1m.csv}
[ -f "$JAR" ] || ./mvnw -q -B package -Pbenchmarks -pl benchmarks -am -DskipTests
[ -f "$FILE" ] || java -cp "$JAR" io.github.csww.benchmarks.SyntheticFile "$FILE"
java -Dcsww.bench.file="$FILE" -jar "$JAR" LoadBenchmark \
  -jvmArgsAppend "-Dcsww.bench.file=$(realpath "$FILE")" \
  -rf json -rff benchmarks/target/jmh-result.json "$@"
