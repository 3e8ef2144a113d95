#!/usr/bin/env bash
# Wall time of quick commands against the JVM's own start-up: median of N runs each.
# Usage: [SWC_JAR_BEFORE=JAR] bench/startup.sh [N]   (default 10). Builds the jar first if needed.
# With SWC_JAR_BEFORE: also java -jar of that jar and of this build for status and status --format csv,
# the two measured in alternation (before, after, after, before, ...) so that load changes hit both.
# With SWC_JDK25 (default /usr/lib/jvm/temurin-25-jdk-amd64, where it exists): the same through the
# launcher on that Java, which uses an ahead-of-time cache instead of AppCDS, beside its hello world.
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

jdk25="${SWC_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ -x "$jdk25/bin/java" ]; then
  # the launcher makes the cache on its first run on that Java
  PATH="$jdk25/bin:$PATH" "$here/swc" status >/dev/null 2>&1
  printf '%-40s %10s\n' "java -version (25)" "$(PATH="$jdk25/bin:$PATH" median_ms java -version)"
  printf '%-40s %10s\n' "swc --help (25, AOT cache)" "$(PATH="$jdk25/bin:$PATH" median_ms "$here/swc" --help)"
  printf '%-40s %10s\n' "swc status (25, AOT cache)" "$(PATH="$jdk25/bin:$PATH" median_ms "$here/swc" status)"
fi

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
