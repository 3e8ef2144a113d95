"""What `swc status` shows at its core, in pandas: each county's and the city's 水土保持率 in the latest
year every county reported, from monitoring.csv. A reference for start-up and reading time
(bench/startup.sh). Usage: python3 bench/status_equivalent.py MONITORING_CSV"""
import sys

import pandas as pd

m = pd.read_csv(sys.argv[1], encoding="utf-8")
classes = [c for c in m.columns if c.startswith("erosion_") and c.endswith("_km2")]
m["erosion"] = m[classes].fillna(0).sum(axis=1)
latest = max(set.intersection(*(set(years) for _, years in m.groupby("code")["year"])))
y = m[m["year"] == latest].copy()
y["rate"] = (100 * (1 - y["erosion"] / y["land_area_km2"])).round(2)
city = pd.DataFrame({"code": ["city"], "rate": [round(100 * (1 - y["erosion"].sum() / y["land_area_km2"].sum()), 2)]})
print(pd.concat([y[["code", "rate"]], city]).to_string(index=False))
