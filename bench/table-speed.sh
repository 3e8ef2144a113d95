#!/usr/bin/env bash
# Wall time of swc table on the bundled data through the ./swc launcher (its own class-data archive,
# made on the first table run), with swc status beside it for reference: median and slowest of RUNS.
# Usage: bench/table-speed.sh [RUNS]   (default 5). Builds the jar first if needed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
"$here/swc" --version >/dev/null
"$here/swc" table counties -q >/dev/null

measure() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$here/swc" "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v what="swc $*" '{a[NR]=$1}
    END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%-88s %6d %6d\n", what, m, a[NR]}'
}

printf '%-88s %6s %6s\n' "command ($runs runs)" median slowest
measure status
measure table monitoring --rows code --cols year --value swc_rate_pct
measure table monitoring --rows code --cols year --value swc_rate_pct --format csv
measure table treatment --where 'year>=2021' --by code --sum treated_terrace_km2,investment_wan
measure table status --where unit_type=county --rows code --cols year --value treatment_degree_pct --agg mean
measure table gap --where 'milestone=2030 and unit_type=county' --sort p_reach --limit 5
