#!/usr/bin/env python3
"""Independent computation of the CSLE class areas per county from a land-unit file (numpy),
compared with swc's monitoring rows: python3 bench/verify_units.py UNITS.csv SWC_OUTPUT.csv
Prints the largest relative difference over every county and class.

The formulas, written here from the specification, not from swc's code:
  A = R K L S B E T (t/(hm2 a)) x 100 -> t/(km2 a); L = (lambda/22.13)^m, m by slope 0.2/0.3/0.4/0.5
  at 1/3/5 degrees; S = 10.8 sin + 0.03 (<5), 16.8 sin - 0.5 (<10), 21.91 sin - 0.96; classes from
  the tolerable loss 1000 (every bundled county), 2500, 5000, 8000, 15000.
"""
import csv
import sys

import numpy as np


def main(units_path, swc_path):
    data = np.genfromtxt(units_path, delimiter=",", skip_header=1, usecols=range(9), dtype=np.float64)
    county, area, r, k, lam, theta, b, e, t = (data[:, i] for i in range(9))
    m = np.where(theta <= 1, 0.2, np.where(theta <= 3, 0.3, np.where(theta <= 5, 0.4, 0.5)))
    big_l = (lam / 22.13) ** m
    sin = np.sin(np.radians(theta))
    big_s = np.where(theta < 5, 10.8 * sin + 0.03, np.where(theta < 10, 16.8 * sin - 0.5, 21.91 * sin - 0.96))
    a = r * k * big_l * big_s * b * e * t * 100
    bounds = [1000, 2500, 5000, 8000, 15000]
    cls = np.searchsorted(bounds, a, side="right")  # 0 below 1000, 1..5 the erosion classes
    expected = {}
    for code in np.unique(county):
        sel = county == code
        expected[int(code)] = [float(area[sel & (cls == c)].sum()) for c in range(1, 6)] + [float(area[sel].sum())]
    worst = 0.0
    with open(swc_path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = int(row["code"])
            got = [float(row[c]) for c in ("erosion_light_km2", "erosion_moderate_km2", "erosion_intense_km2",
                                           "erosion_very_intense_km2", "erosion_severe_km2", "land_area_km2")]
            for g, x in zip(got, expected.pop(code)):
                worst = max(worst, abs(g - x) / max(abs(x), 1e-300))
    if expected:
        print("counties missing from swc output:", sorted(expected))
        sys.exit(1)
    print(f"max relative difference over all counties and classes: {worst:.3e}")
    sys.exit(0 if worst <= 1e-6 else 1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
