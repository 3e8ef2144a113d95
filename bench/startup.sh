#!/usr/bin/env bash
# Wall time of quick commands against the JVM's own start-up: median of N runs each.
# Usage: [SWC_JAR_BEFORE=JAR] bench/startup.sh [N]   (default 10). Builds the jar first if needed.
# With SWC_JAR_BEFORE: also java -jar of that jar and of this build for status and status --format csv,
# the two measured in alternation (before, after, after, before, ...) so that load changes hit both.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
runs="${1:-10}"
build_jar

median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | median
}

printf '%-40s %10s\n' "command (median of $runs runs)" "wall ms"
printf '%-40s %10s\n' "java -version" "$(median_ms java -version)"
printf '%-40s %10s\n' "swc --help" "$(median_ms "$here/swc" --help)"
printf '%-40s %10s\n' "swc status" "$(median_ms "$here/swc" status)"
printf '%-40s %10s\n' "swc status --format csv" "$(median_ms "$here/swc" status --format csv)"
printf '%-40s %10s\n' "swc validate" "$(median_ms "$here/swc" validate)"

if [ -n "${SWC_JAR_BEFORE:-}" ]; then
  after_jar="$here/cli/target/swc.jar"
  for args in "status" "status --format csv"; do
    before=(); after=()
    for i in $(seq "$runs"); do
      for which in $([ $((i % 2)) -eq 1 ] && echo "b a" || echo "a b"); do
        jar=$([ "$which" = b ] && echo "$SWC_JAR_BEFORE" || echo "$after_jar")
        start=$(date +%s%N)
        # shellcheck disable=SC2086
        java -jar "$jar" $args >/dev/null 2>&1
        ms=$(( ($(date +%s%N) - start) / 1000000 ))
        if [ "$which" = b ]; then before+=("$ms"); else after+=("$ms"); fi
      done
    done
    printf '%-40s %10s\n' "java -jar BEFORE $args" "$(printf '%s\n' "${before[@]}" | median)"
    printf '%-40s %10s\n' "java -jar after $args" "$(printf '%s\n' "${after[@]}" | median)"
  done
fi
