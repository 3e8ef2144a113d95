#!/usr/bin/env bash
# Wall time of a lenient import of N generated monitoring rows (default 100,000) into a fresh copy
# of the bundled dataset, through the ./swc launcher: every county × year 1949–2100 once (the rows
# that can be kept), the rest repeats of those keys, cells that are not numbers and unknown
# counties, all of which go to the rejects file. Prints rows read, imported, rejected and the time;
# the issue's budget is 10 s on 2 cores. Usage: bench/lenient-import.sh [N]. Builds the jar first.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
rows="${1:-100000}"
build_jar
time_and_scratch
"$here/swc" init "$work/data" >/dev/null 2>&1
codes=$(tail -n +2 "$work/data/counties.csv" | cut -d, -f1)
awk -v rows="$rows" -v codes="$(echo $codes)" 'BEGIN {
  n = split(codes, code, " ");
  print "code,year,land_area_km2,erosion_light_km2,erosion_moderate_km2,erosion_intense_km2,erosion_very_intense_km2,erosion_severe_km2,erosion_wind_km2,swc_rate_reported_pct,status,source";
  srand(20261204);
  for (i = 0; i < rows; i++) {
    c = code[(i % n) + 1]; y = 1949 + int(i / n) % 152;
    kind = i < n * 152 ? 0 : int(rand() * 3);
    if (kind == 2) c = "999999";
    light = kind == 1 ? "n/a" : sprintf("%.2f", 100 + rand() * 50);
    printf "%s,%d,1500.00,%s,30.00,15.00,8.00,3.00,0.00,,estimated,generated\n", c, y, light;
  }
}' > "$work/rows.csv"
start=$(date +%s%N)
/usr/bin/time -f "%e s wall, %U s user, %M KB peak" -o "$work/time" \
  "$here/swc" import "$work/rows.csv" --kind monitoring --into "$work/data" --lenient --replace 2>"$work/err" >"$work/out" || true
end=$(date +%s%N)
printf 'lenient import of %d rows (%s cores, load %s)\n' "$rows" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)"
cat "$work/out" "$work/err" | grep -v '^$' | head -5
printf 'rejects file: %d lines\n' "$(($(wc -l < "$work/rows.csv.rejects.csv") - 1))" 2>/dev/null || true
cat "$work/time"
