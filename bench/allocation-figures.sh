#!/usr/bin/env bash
# The table of docs/allocation.md ("Figures on the bundled data"): swc allocate on the bundled data for
# 2030 and 2035, at P 0.5 and 0.8, with every method, as Markdown rows. The mountain counties are
# 绛县 / 垣曲县 / 夏县 / 平陆县 / 芮城县 (140826, 140827, 140828, 140829, 140830).
# Usage: bench/allocation-figures.sh   (builds the jar first if needed)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
build_jar
jar="$here/cli/target/swc.jar"
for milestone in 2030 2035; do
  for confidence in 0.5 0.8; do
    for method in least-cost proportional uniform equitable; do
      java -jar "$jar" allocate --milestone "$milestone" --confidence "$confidence" --method "$method" \
          --format json 2>/dev/null | python3 -c '
import json, sys
d = json.load(sys.stdin)
p = d["parameters"]
rows = {r["code"]: r for r in d["rows"]}
city = next(r for r in d["rows"] if r["unit_type"] == "city")
mountain = ["140826", "140827", "140828", "140829", "140830"]
extra = [rows[c]["extra_km2_per_year"] for c in mountain]
share = sum(extra) / city["extra_km2_per_year"] if city["extra_km2_per_year"] else 0
print("| %s | %s | %s | %.2f | %.2f | %s | %s | %s | %s | %d %% | %s |" % (
    p["milestone"], p["confidence"], p["method"], p["planned_rate_pct"], p["probability"],
    format(city["extra_km2_per_year"], ",.2f"), format(city["extra_cost_wan_per_year"], ",.2f"),
    format(city["total_km2_per_year"], ",.2f"), format(city["total_cost_wan_per_year"], ",.2f"),
    round(100 * share), " / ".join("%.1f" % e for e in extra)))
'
    done
  done
done
