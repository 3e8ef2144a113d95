#!/usr/bin/env bash
# Wall time of swc allocate on the bundled data through the ./swc launcher, measured with
# /usr/bin/time: every method at both milestones ahead (2030, 2035), at the median and at
# --confidence 0.8; prints the median and the slowest of N runs of each. The budget is 3 s.
# Usage: bench/allocate-speed.sh [N]   (default 3). Builds the jar first if needed.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
runs="${1:-3}"
build_jar
time_and_scratch

# prints the wall seconds of one run; the command's output is discarded, a failure stops the bench
wall_s() {
  /usr/bin/time -f "%e" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  cat "$work/time"
}

printf '%-58s %8s %8s\n' "swc allocate (N = $runs; $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))" "median s" "max s"
worst=0
for milestone in 2030 2035; do
  for confidence in 0.5 0.8; do
    for method in least-cost proportional uniform equitable; do
      times=()
      for _ in $(seq "$runs"); do
        times+=("$(wall_s "$here/swc" allocate --milestone "$milestone" --method "$method" --confidence "$confidence")")
      done
      median=$(printf '%s\n' "${times[@]}" | median)
      max=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
      worst=$(echo "$worst $max" | awk '{print ($2 > $1) ? $2 : $1}')
      printf '%-58s %8s %8s\n' "--milestone $milestone --method $method --confidence $confidence" "$median" "$max"
    done
  done
done
printf 'slowest run: %s s (budget 3 s)\n' "$worst"
