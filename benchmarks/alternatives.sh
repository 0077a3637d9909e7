#!/usr/bin/env bash
# csww side by side with the alternatives DESIGN.md names, in one run, whole processes:
#
# 1. Start to answer on the real published file (about 1,500 rows): load
#    ../shared/data/csww_indicators_2017_to_2025.csv, find the five authorities with the highest
#    caseload_fte in 2017, print them. Bare JVM (an empty main), csww, a FastCSV program,
#    Tablesaw, pandas. Interleaved: WARMUP rounds (default 3) untimed, then RUNS1 rounds
#    (default 10), each running every program once in random order; each program's median.
# 2. The synthetic 1,000,000-row file: one read per fresh process under /usr/bin/time -v, RUNS2
#    rounds (default 3) of csww, FastCSV, Tablesaw and pandas in random order, median wall time
#    and peak RSS of each.
#
# 3. Scaling: Workforce.load of the 100,000-, 1,000,000- and 5,000,000-row synthetic files, each
#    in a fresh JVM, warmed up on 5,000,000 rows (at least three loads), then the median of RUNS3
#    loads (default 5; Scaling.java), as nanoseconds a row. ROUNDS3 rounds (default 5) take the
#    three files in turn, so that a slow spell of the machine falls on every file alike, and each
#    file's figure is the median of its rounds.
# 4. The command line: `csww top` on its bundled data, with the application class-data-sharing
#    archive bin/csww makes on first run and without it (CSWW_CDS=off), beside the FastCSV program
#    of section 1 timed again, interleaved with them, timed like section 1.
#
# Prints a table for each, the ratios csww / alternative (time and RSS), then each goal of issue
# 13 with its measured ratio, and exits with 1 when any goal is missed. JVMs run with their
# default flags. Installs Debian's python3-pandas with apt-get when missing; pandas
# runs on /usr/bin/python3. Never run by the build. Takes eight to ten minutes; run it on a quiet
# machine (a build beside it skews every figure).
#
#   benchmarks/alternatives.sh            # RUNS1=20 RUNS2=5 benchmarks/alternatives.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
REAL=${CSWW_REAL_FILE:-../shared/data/csww_indicators_2017_to_2025.csv}
FILE=${CSWW_BENCH_FILE:-benchmarks/data/synthetic-1m.csv}
WARMUP=${WARMUP:-3}
RUNS1=${RUNS1:-10}
RUNS2=${RUNS2:-3}
RUNS3=${RUNS3:-5}
ROUNDS3=${ROUNDS3:-5}
ROWS=${ROWS:-1000000}   # rows in FILE
PY=/usr/bin/python3
PKG=io.github.csww.benchmarks

apt_install() {
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y "$@" > /dev/null
  else sudo apt-get install -y "$@" > /dev/null; fi
}
"$PY" -c 'import pandas' 2> /dev/null || apt_install python3-pandas
[ -f "$JAR" ] || ./mvnw -q -B package -Pbenchmarks -pl benchmarks -am -DskipTests
CLI=examples/target/csww.jar
[ -f "$CLI" ] || ./mvnw -q -B package -pl core,io,examples -DskipTests
[ -f "$FILE" ] || java -cp "$JAR" "$PKG.SyntheticFile" "$FILE"
F100K=benchmarks/data/synthetic-100k.csv
F5M=benchmarks/data/synthetic-5m.csv
[ -f "$F100K" ] || java -cp "$JAR" "$PKG.SyntheticFile" "$F100K" 100000
[ -f "$F5M" ] || java -cp "$JAR" "$PKG.SyntheticFile" "$F5M" 5000000
[ -f "$REAL" ] || { echo "no $REAL: the published data folder is needed" >&2; exit 1; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# The median of the numbers on standard input (of an even count, the mean of the middle two).
median() {
  sort -g | awk '{a[NR] = $1}
    END {m = int((NR + 1) / 2); print (NR % 2 ? a[m] : (a[m] + a[m + 1]) / 2)}'
}
# Runs a command line (split into words on purpose), its output discarded; stops the script,
# showing the errors, when it fails: a failed run must not be timed as if it had answered.
run() {
  # shellcheck disable=SC2086
  if ! $1 > /dev/null 2> "$TMP/err"; then
    echo "failed: $1" >&2
    cat "$TMP/err" >&2
    exit 1
  fi
}
# medians RESULT NAME COMMAND [NAME COMMAND]...: the median seconds of each command, into the
# associative array RESULT by name. The commands run interleaved: WARMUP rounds untimed, then
# RUNS1 rounds, each running every command once in a new random order (shuf), so that a slow
# spell of the machine falls on every command alike and no command always follows the same
# one. (hyperfine, used before, times all of one command's runs before the next command's: a
# slow minute then moved one program's median alone, and the ratios with it.) Timed with bash's
# EPOCHREALTIME, in microseconds.
medians() {
  local -n result=$1
  shift
  local names=() cmds=() i r start end
  while [ $# -gt 0 ]; do names+=("$1"); cmds+=("$2"); shift 2; done
  for i in "${!names[@]}"; do : > "$TMP/t$i"; done
  for r in $(seq $((WARMUP + RUNS1))); do
    for i in $(shuf -i 0-$((${#names[@]} - 1))); do
      start=${EPOCHREALTIME/[.,]/}
      run "${cmds[$i]}"
      end=${EPOCHREALTIME/[.,]/}
      if [ "$r" -gt "$WARMUP" ]; then
        echo $((end - start)) >> "$TMP/t$i"
      fi
    done
  done
  for i in "${!names[@]}"; do
    result[${names[$i]}]=$(echo "$(median < "$TMP/t$i") / 1000000" | bc -l)
  done
}
TIMING="$WARMUP warm-up rounds, then $RUNS1 rounds running each program once in random order,"
TIMING="$TIMING median"
names=(jvm csww fastcsv tablesaw pandas)
declare -A CMD1=(
  [jvm]="java -cp $JAR $PKG.Empty"
  [csww]="java -cp $JAR $PKG.TopCsww $REAL"
  [fastcsv]="java -cp $JAR $PKG.TopFastCsv $REAL"
  [tablesaw]="java -cp $JAR $PKG.TopTablesaw $REAL"
  [pandas]="$PY benchmarks/alternatives.py top $REAL"
)
declare -A LABEL=([jvm]="bare JVM (empty main)" [csww]=csww [fastcsv]="FastCSV program"
  [tablesaw]=Tablesaw [pandas]="pandas $("$PY" -c 'import pandas; print(pandas.__version__)')")

echo "$(nproc) CPUs, $(java -version 2>&1 | head -1), $("$PY" --version)"
echo
echo "1. Start to answer, $REAL ($(($(wc -l < "$REAL") - 1)) rows): top 5 caseload_fte, 2017"
for n in csww fastcsv tablesaw pandas; do   # same answer from each, or stop
  # shellcheck disable=SC2086
  ${CMD1[$n]} 2> /dev/null > "$TMP/$n.out"
  cmp -s "$TMP/csww.out" "$TMP/$n.out" || { echo "$n answers differently:"; cat "$TMP/$n.out"; exit 1; }
done
sed 's/^/   /' "$TMP/csww.out"
declare -A T1=()
echo "$TIMING"
args=()
for n in "${names[@]}"; do args+=("$n" "${CMD1[$n]}"); done
medians T1 "${args[@]}"
printf '%-24s %9s %14s\n' program seconds "csww / it"
for n in "${names[@]}"; do
  printf '%-24s %9.3f %14.2f\n' "${LABEL[$n]}" "${T1[$n]}" "$(echo "${T1[csww]} / ${T1[$n]}" | bc -l)"
done

SIZE=$(stat -L -c %s "$FILE")
echo
printf '2. Whole file, %s: %d rows, %.1f MB; %s rounds, %s\n' \
  "$FILE" "$ROWS" "$(echo "$SIZE / 1000000" | bc -l)" "$RUNS2" \
  "a run of each in random order, median, /usr/bin/time -v"
declare -A CMD2=(
  [csww]="java -cp $JAR $PKG.OneShot csww $FILE"
  [fastcsv]="java -cp $JAR $PKG.OneShot fastcsv $FILE"
  [tablesaw]="java -cp $JAR $PKG.OneShot tablesaw $FILE"
  [pandas]="$PY benchmarks/alternatives.py load $FILE"
)
declare -A T2=() M2=()
for n in csww fastcsv tablesaw pandas; do : > "$TMP/t.$n"; : > "$TMP/m.$n"; done
for _ in $(seq "$RUNS2"); do   # a run of each a round, in random order, as in section 1
  for n in $(printf '%s\n' csww fastcsv tablesaw pandas | shuf); do
    run "/usr/bin/time -v -o $TMP/one ${CMD2[$n]}"
    awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' \
      "$TMP/one" >> "$TMP/t.$n"
    awk -F': ' '/Maximum resident set size/ {print $2}' "$TMP/one" >> "$TMP/m.$n"
  done
done
for n in csww fastcsv tablesaw pandas; do
  T2[$n]=$(median < "$TMP/t.$n"); M2[$n]=$(median < "$TMP/m.$n")
done
printf '%-16s %9s %10s %9s %9s %11s %10s\n' reader seconds rows/s rss_MB rss/file \
  "csww/it t" "csww/it rss"
for n in csww fastcsv tablesaw pandas; do
  printf '%-16s %9.2f %10.0f %9.0f %9.2f %11.2f %10.2f\n' "${LABEL[$n]}" "${T2[$n]}" \
    "$(echo "$ROWS / ${T2[$n]}" | bc -l)" "$(echo "${M2[$n]} * 1024 / 1000000" | bc -l)" \
    "$(echo "${M2[$n]} * 1024 / $SIZE" | bc -l)" "$(echo "${T2[csww]} / ${T2[$n]}" | bc -l)" \
    "$(echo "${M2[csww]} / ${M2[$n]}" | bc -l)"
done

echo
echo "3. Scaling: Workforce.load, fresh JVM per file, warmed up on 5,000,000 rows, median of" \
  "$RUNS3 loads; $ROUNDS3 rounds taking the files in turn, median of the rounds"
declare -A NS=() ROWS3=() ALL3=()
for _ in $(seq "$ROUNDS3"); do
  for f in "$F100K" "$FILE" "$F5M"; do
    read -r rows _ ns < <(java -cp "$JAR" "$PKG.Scaling" "$f" 5000000 "$RUNS3")
    ROWS3[$f]=$rows
    ALL3[$f]="${ALL3[$f]:-} $ns"
  done
done
printf '%-40s %10s %11s   %s\n' file rows ns/row "each round"
for f in "$F100K" "$FILE" "$F5M"; do
  # shellcheck disable=SC2086 # one word a round
  NS[$f]=$(printf '%s\n' ${ALL3[$f]} | median)
  printf '%-40s %10d %11.1f  %s\n' "$f" "${ROWS3[$f]}" "${NS[$f]}" "${ALL3[$f]}"
done
NSMIN=$(printf '%s\n' "${NS[@]}" | sort -g | head -1)
NSMAX=$(printf '%s\n' "${NS[@]}" | sort -g | tail -1)

echo
echo "4. csww top on the bundled data (examples/target/csww.jar), $TIMING"
export XDG_CACHE_HOME="$TMP/cache"
bin/csww top > /dev/null   # makes the class-data-sharing archive
# The FastCSV program again, in the same run: its time from section 1, minutes earlier, would
# carry the machine's drift into the ratio.
declare -A T4=()
medians T4 cds "bin/csww top" nocds "java -jar $CLI top" fastcsv "${CMD1[fastcsv]}"
printf '%-40s %9s %16s\n' program seconds "it / FastCSV"
for n in cds nocds fastcsv; do
  case $n in
    cds) label="bin/csww top (AppCDS archive)" ;;
    nocds) label="java -jar csww.jar top (no archive)" ;;
    *) label="FastCSV program (as in 1)" ;;
  esac
  printf '%-40s %9.3f %16.2f\n' "$label" "${T4[$n]}" "$(echo "${T4[$n]} / ${T4[fastcsv]}" | bc -l)"
done

echo
echo "Goals (issue 13), each a ratio from this run:"
MISSED=0
goal() {   # name, measured ratio, comparison (le|ge), bound
  local ok
  if [ "$3" = le ]; then ok=$(echo "$2 <= $4" | bc -l); else ok=$(echo "$2 >= $4" | bc -l); fi
  printf '  %-62s %6.2f  %s %-5s %s\n' "$1" "$2" "$([ "$3" = le ] && echo '<=' || echo '>=')" \
    "$4" "$([ "$ok" = 1 ] && echo met || echo MISSED)"
  [ "$ok" = 1 ] || MISSED=$((MISSED + 1))
}
goal "1M rows: csww rate / FastCSV rate" "$(echo "${T2[fastcsv]} / ${T2[csww]}" | bc -l)" ge 1.2
goal "1M rows: csww peak RSS / file size" "$(echo "${M2[csww]} * 1024 / $SIZE" | bc -l)" le 1.2
goal "100k-1M-5M: largest / smallest time a row" "$(echo "$NSMAX / $NSMIN" | bc -l)" le 1.1
goal "start to answer: csww / FastCSV program" "$(echo "${T1[csww]} / ${T1[fastcsv]}" | bc -l)" le 1.1
goal "start to answer: csww / pandas" "$(echo "${T1[csww]} / ${T1[pandas]}" | bc -l)" le 0.45
goal "start to answer: csww / Tablesaw" "$(echo "${T1[csww]} / ${T1[tablesaw]}" | bc -l)" le 0.2
goal "csww top, bundled data, AppCDS: csww / FastCSV program" \
  "$(echo "${T4[cds]} / ${T4[fastcsv]}" | bc -l)" le 1.2
if [ "$MISSED" -gt 0 ]; then
  echo "$MISSED goal(s) missed"
  exit 1
fi
echo "every goal met"
