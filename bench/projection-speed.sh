#!/usr/bin/env bash
# Wall time of the commands that forecast every county (swc gap --milestone all, swc report) on
# the bundled data, for one jar or two: runs alternate A B B A A B … so that load on the machine
# and the order of runs fall on both alike; prints the median of each and the ratio after / before.
# On a shared machine, time a jar against itself (SWC_JAR_BEFORE = SWC_JAR) to see how far the
# ratio strays by chance before reading much into a few percent.
# Usage: [SWC_JAR=JAR] [SWC_JAR_BEFORE=JAR] bench/projection-speed.sh [RUNS]   (default 7 runs each)
#   SWC_JAR default: the project's cli/target/swc.jar (built first when it is the default).
# Both jars run with the launcher's JVM options (without its class-data archive, which is per jar).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
runs="${1:-7}"
jars_to_measure
jvm=(-Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# prints the wall time of one run in ms; the command's output is discarded, a failure stops the bench
wall_ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

declare -A times
commands=("gap --milestone all" "report --year 2024")
for c in "${!commands[@]}"; do
  for i in "${!jars[@]}"; do   # one untimed run each: disk cache
    java "${jvm[@]}" -jar "${jars[$i]}" gap --milestone all >/dev/null 2>&1
  done
  for r in $(seq "$runs"); do
    order=("${!jars[@]}")
    [ $((r % 2)) = 0 ] && order=($(printf '%s\n' "${order[@]}" | sort -rn))
    for i in "${order[@]}"; do
      if [ "$c" = 0 ]; then
        ms=$(wall_ms java "${jvm[@]}" -jar "${jars[$i]}" gap --milestone all)
      else
        ms=$(wall_ms java "${jvm[@]}" -jar "${jars[$i]}" report --year 2024 --out "$work/report" --force)
      fi
      times[$c,$i]="${times[$c,$i]:-} $ms"
    done
  done
done

printf '%-28s' "median wall ms of $runs runs"
for i in "${!jars[@]}"; do printf ' %10s' "${labels[$i]}"; done
[ "${#jars[@]}" = 2 ] && printf ' %14s' "after/before"
echo
for c in "${!commands[@]}"; do
  printf '%-28s' "swc ${commands[$c]}"
  medians=()
  for i in "${!jars[@]}"; do
    medians+=("$(echo "${times[$c,$i]}" | median)")
    printf ' %10s' "${medians[$i]}"
  done
  [ "${#jars[@]}" = 2 ] && awk -v a="${medians[0]}" -v b="${medians[1]}" 'BEGIN {printf " %14.3f", b / a}'
  echo
done
for i in "${!jars[@]}"; do echo "${labels[$i]}: ${jars[$i]}"; done
