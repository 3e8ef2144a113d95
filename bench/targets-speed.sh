#!/usr/bin/env bash
# Wall time of swc targets (every county and the city, 2025–2035, 2,000 sample paths) on the
# bundled data through the ./swc launcher: each run, then the median and the slowest.
# The figure to hold it to is 3 s on a 2-core machine.
# Usage: bench/targets-speed.sh [RUNS] [ARGS...]   (default 5 runs of "swc targets"; extra
#   arguments go to swc targets, e.g. bench/targets-speed.sh 5 --format csv). Builds the jar first if needed.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
runs="${1:-5}"
shift || true
build_jar

times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  "$here/swc" targets "$@" >/dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  printf 'run %d: %5d ms\n' "$i" "$ms"
done
m=$(printf '%s\n' "${times[@]}" | median)
slowest=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
printf 'swc targets, %d runs: median %d ms, slowest %d ms (limit 3000 ms)\n' "$runs" "${m%.*}" "$slowest"
