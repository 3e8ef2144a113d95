#!/usr/bin/env bash
# Wall time of quick commands against the JVM's own start-up: median of N runs each.
# Beside them, where installed, the core of status in R and in pandas (bench/status_equivalent.R, .py).
# Usage: [SWC_JAR_BEFORE=JAR] [SWC_BEFORE=CHECKOUT] bench/startup.sh [N]   (default 10). Builds the jar
# first if needed. The runs go round by round, each round running every row once, so that a change in
# the machine's load (other builds, on a shared machine) hits all rows alike and the ratios to the JVM's
# own start-up hold.
# With SWC_JAR_BEFORE: also java -jar of that jar and of this build for status and status --format csv.
# With SWC_BEFORE (another checkout, built): also its launcher for --help and status, beside this one's.
# With SWC_JDK25 (default /usr/lib/jvm/temurin-25-jdk-amd64, where it exists): the same through the
# launcher on that Java, which uses an ahead-of-time cache instead of AppCDS, beside its hello world.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
runs="${1:-10}"
build_jar

labels=()
commands=()
row() {
  labels+=("$1")
  commands+=("$2")
}

swc="$(printf '%q' "$here/swc")"
row "java -version" "java -version"
row "swc --help" "$swc --help"
row "swc status" "$swc status"
row "swc status --format csv" "$swc status --format csv"
row "swc validate" "$swc validate"

# the same core of status (every county's and the city's rate in the latest complete year, read from
# monitoring.csv) in R and in pandas, where they are installed: the reference the goal names
monitoring="$(printf '%q' "$here/datasets/src/main/resources/org/swcplan/datasets/bundled/monitoring.csv")"
if command -v Rscript >/dev/null; then
  row "Rscript (status core)" "Rscript $(printf '%q' "$here/bench/status_equivalent.R") $monitoring"
fi
python="$(python3 -c 'import sys, pandas; print(sys.executable)' 2>/dev/null || true)"
if [ -n "$python" ]; then
  row "python3 + pandas (status core)" "$(printf '%q' "$python") $(printf '%q' "$here/bench/status_equivalent.py") $monitoring"
fi

if [ -n "${SWC_BEFORE:-}" ]; then
  before="$(printf '%q' "$SWC_BEFORE/swc")"
  "$SWC_BEFORE/swc" status >/dev/null 2>&1
  row "swc --help BEFORE" "$before --help"
  row "swc status BEFORE" "$before status"
fi

jdk25="${SWC_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ -x "$jdk25/bin/java" ]; then
  on25="PATH=$(printf '%q' "$jdk25/bin:$PATH")"
  # the launcher makes the cache on its first run on that Java
  eval "$on25 $swc status" >/dev/null 2>&1
  row "java -version (25)" "$on25 java -version"
  row "swc --help (25, AOT cache)" "$on25 $swc --help"
  row "swc status (25, AOT cache)" "$on25 $swc status"
  if [ -n "${SWC_BEFORE:-}" ]; then
    eval "$on25 $before status" >/dev/null 2>&1
    row "swc status BEFORE (25, AOT cache)" "$on25 $before status"
  fi
fi

if [ -n "${SWC_JAR_BEFORE:-}" ]; then
  for args in "status" "status --format csv"; do
    row "java -jar BEFORE $args" "java -jar $(printf '%q' "$SWC_JAR_BEFORE") $args"
    row "java -jar after $args" "java -jar $(printf '%q' "$here/cli/target/swc.jar") $args"
  done
fi

# times[i] holds row i's figures, one a line
times=()
for _ in "${labels[@]}"; do times+=(""); done
for round in $(seq "$runs"); do
  order=$(seq 0 $((${#labels[@]} - 1)))
  # every other round backwards, so that no row always follows the same one
  [ $((round % 2)) -eq 0 ] && order=$(echo "$order" | tac)
  for i in $order; do
    start=$(date +%s%N)
    eval "${commands[i]}" >/dev/null 2>&1
    end=$(date +%s%N)
    times[i]+="$(( (end - start) / 1000000 )) "
  done
done

# each row also as a multiple of its Java's hello world (java -version, measured in the same rounds)
medians=()
for i in "${!labels[@]}"; do medians+=("$(echo "${times[i]}" | median)"); done
hello17="${medians[0]}"
hello25="$hello17"
for i in "${!labels[@]}"; do
  [ "${labels[i]}" = "java -version (25)" ] && hello25="${medians[i]}"
done
printf '%-40s %10s %10s\n' "command (median of $runs runs)" "wall ms" "x hello"
for i in "${!labels[@]}"; do
  hello="$hello17"
  case "${labels[i]}" in *"(25"*) hello="$hello25" ;; esac
  printf '%-40s %10s %10s\n' "${labels[i]}" "${medians[i]}" "$(awk -v a="${medians[i]}" -v b="$hello" 'BEGIN {printf "%.1f", a / b}')"
done
