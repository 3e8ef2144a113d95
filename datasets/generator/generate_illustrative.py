#!/usr/bin/env python3
"""Writes the illustrative county histories of the bundled dataset.

The county codes, names, tile layout, approximate land areas, the city targets and the
8,352 km2 baseline stock are published (see ../SOURCES.md). Everything else written here,
monitoring by intensity class 2018-2024, treatment by measure, county baselines, county
targets and parameters, is invented to be plausible and is labelled `illustrative`.

Run from anywhere: python3 generate_illustrative.py  (deterministic: fixed seed).
"""
import csv
import io
import math
import os
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "..", "src", "main", "resources", "org", "swcplan", "datasets", "bundled")
YEARS = range(2018, 2025)
rng = random.Random(20240118)

# code, zh, en, type, tile_row, tile_col, gazetteer km2, polygon km2,
# rate 2024 %, pace pp/yr, k, unit cost wan/km2, targets 2025/2030/2035, mountain
COUNTIES = [
    ("140802", "盐湖区", "Yanhu District", "district", 2, 2, 1237, 1208.6, 88.3, 0.55, 0.42, 42, (88.8, 91.3, 93.3), False),
    ("140821", "临猗县", "Linyi County", "county", 2, 1, 1350, 1369.8, 91.8, 0.30, 0.38, 38, (91.3, 92.3, 93.8), False),
    ("140822", "万荣县", "Wanrong County", "county", 1, 1, 1037, 1106.6, 81.8, 0.45, 0.40, 45, (82.3, 84.3, 87.8), False),
    ("140823", "闻喜县", "Wenxi County", "county", 1, 3, 1160, 1169.3, 77.8, 0.35, 0.36, 48, (78.6, 80.3, 84.8), False),
    ("140824", "稷山县", "Jishan County", "county", 0, 2, 680, 685.0, 85.8, 0.40, 0.45, 40, (86.1, 87.8, 90.3), False),
    ("140825", "新绛县", "Xinjiang County", "county", 0, 3, 600, 594.6, 87.3, 0.25, 0.40, 40, (87.6, 89.3, 91.3), False),
    ("140826", "绛县", "Jiang County", "county", 1, 4, 968, 990.3, 67.8, 0.50, 0.40, 55, (68.6, 71.3, 77.8), True),
    ("140827", "垣曲县", "Yuanqu County", "county", 2, 4, 1620, 1618.3, 62.8, 0.25, 0.32, 62, (63.8, 66.8, 73.8), True),
    ("140828", "夏县", "Xia County", "county", 2, 3, 1328, 1352.9, 69.8, 0.60, 0.44, 52, (70.6, 73.3, 79.3), True),
    ("140829", "平陆县", "Pinglu County", "county", 3, 2, 1151, 1177.4, 65.3, 0.80, 0.46, 58, (66.1, 69.3, 75.8), True),
    ("140830", "芮城县", "Ruicheng County", "county", 3, 1, 1161, 1173.4, 70.8, 0.30, 0.35, 55, (71.6, 74.3, 80.3), True),
    ("140881", "永济市", "Yongji City", "county-level city", 3, 0, 1221, 1198.8, 82.8, 0.40, 0.40, 46, (83.3, 84.8, 88.3), False),
    ("140882", "河津市", "Hejin City", "county-level city", 0, 1, 593, 597.6, 84.8, -0.30, 0.38, 44, (85.3, 86.3, 89.3), False),
]
CITY_LAND_2023 = 14182.88
BASELINE_CITY = 8352.0
# 夏县水利局 (山西水利 2017): 964 km2 of erosion stock; the others share the remainder.
XIA_BASELINE = 964.0
BREAK_CODE, BREAK_YEAR, BREAK_STEP_PP = "140829", 2021, 3.2
# 治理度 at the end of 2024, percent: a spread from nearly done (basin) to far behind (mountains).
TREATMENT_DEGREE_2024 = {"140802": 93.5, "140821": 96.0, "140822": 88.0, "140823": 84.5, "140824": 91.0,
                         "140825": 94.5, "140826": 81.0, "140827": 74.0, "140828": 83.0, "140829": 86.5,
                         "140830": 78.5, "140881": 89.0, "140882": 97.5}
# Rate ceilings (max_rate_pct): 5 % of the land keeps eroding in the basin, 10 % in the steeper, gullied
# mountain counties of the 中条山 and loess hills.
MAX_RATE_BASIN, MAX_RATE_MOUNTAIN = 95.0, 90.0
MEASURES = ["terrace", "swc_forest", "economic_forest", "grass", "closure", "tillage", "other"]


def land_areas():
    """2018-2022 on the older gazetteer base; 2023-2024 on a revised base summing to the
    city total 14,182.88 (polygon areas scaled), as national bases were revised in 2023."""
    total_poly = sum(c[7] for c in COUNTIES)
    revised = [round(c[7] * CITY_LAND_2023 / total_poly, 2) for c in COUNTIES]
    revised[-1] = round(revised[-1] + CITY_LAND_2023 - sum(revised), 2)
    return {c[0]: (float(c[6]), revised[i]) for i, c in enumerate(COUNTIES)}


def rate_path(c):
    code, rate24, pace = c[0], c[8], c[9]
    path = {}
    for y in YEARS:
        r = rate24 - pace * (2024 - y)
        if code == BREAK_CODE and y < BREAK_YEAR:
            r -= BREAK_STEP_PP  # structural break: 2021 Loess Plateau comprehensive project
        if code == "140882" and y <= 2021:
            r = rate24 + 0.9 + 0.25 * (y - 2018)  # improving until mining disturbance from 2022
        path[y] = r + (rng.uniform(-0.12, 0.12) if y != 2024 else 0.0)
    return path


def class_split(mountain):
    shares = [0.50, 0.25, 0.13, 0.08, 0.04] if mountain else [0.64, 0.22, 0.08, 0.045, 0.015]
    shares = [s * rng.uniform(0.93, 1.07) for s in shares]
    total = sum(shares)
    return [s / total for s in shares]


def fmt(x):
    return f"{x:.2f}"


def capacity(code, treatment, baseline_km2):
    """Illustrative annual capacity, km2/a: the largest of twice the county's mean new treatment
    2022-2024, its largest year 2018-2024, and 1.25 x the pace that treats its remaining
    historical stock by 2030 (the plan's commitment), rounded up to 5."""
    totals = {r[1]: sum(float(v) for v in r[2:9]) for r in treatment if r[0] == code}
    pace = sum(totals[y] for y in (2022, 2023, 2024)) / 3
    remaining = baseline_km2 * (100 - TREATMENT_DEGREE_2024[code]) / 100
    need = max(2 * pace, max(totals.values()), 1.25 * remaining / (2030 - 2024))
    return 5 * math.ceil(need / 5 - 1e-9)


def write(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def main():
    lands = land_areas()
    counties, monitoring, treatment, baseline, targets, params = [], [], [], [], [], []
    other_baseline = BASELINE_CITY - XIA_BASELINE
    weights = {c[0]: lands[c[0]][1] * (100 - c[8]) / 100 * (1.6 if c[13] else 1.0)
               for c in COUNTIES if c[0] != "140828"}
    wsum = sum(weights.values())
    baselines = {code: round(other_baseline * w / wsum, 1) for code, w in weights.items()}
    baselines["140802"] = round(baselines["140802"] + other_baseline - sum(baselines.values()), 1)
    baselines["140828"] = XIA_BASELINE

    for c in COUNTIES:
        code, zh, en, typ, row, col = c[:6]
        counties.append([code, zh, en, typ, row, col, 1000])
        path = rate_path(c)
        split = class_split(c[13])
        erosion = {}
        for y in YEARS:
            land = lands[code][0] if y < 2023 else lands[code][1]
            total = land * (100 - path[y]) / 100
            classes = [round(total * s, 2) for s in split]
            erosion[y] = sum(classes)
            rate = 100 * (land - sum(classes)) / land
            reported = fmt(rate) if (y + int(code)) % 5 else ""
            monitoring.append([code, y, fmt(land)] + [fmt(v) for v in classes]
                              + ["0.00", reported, "estimated", "illustrative"])
        k, cost = c[10], c[11]
        for y in YEARS:
            removed = max(0.0, erosion.get(y - 1, erosion[y] + c[9] * lands[code][1] / 100) - erosion[y])
            treated = max(4.0, removed / k * rng.uniform(0.8, 1.2) + rng.uniform(6, 14))
            if code == "140882" and y >= 2022:
                treated = rng.uniform(5, 9)
            if code == BREAK_CODE and y == BREAK_YEAR:
                treated += 60.0
            mix = [0.06, 0.22, 0.16, 0.04, 0.36, 0.14, 0.02] if c[13] else [0.10, 0.18, 0.22, 0.03, 0.20, 0.25, 0.02]
            parts = [round(treated * m, 2) for m in mix]
            dams = 1 if (c[13] and (y + int(code)) % 4 == 0) else 0
            treatment.append([code, y] + [fmt(p) for p in parts]
                             + [dams, fmt(sum(parts) * cost * rng.uniform(0.9, 1.1)), "illustrative"])
        cum_2024_target = TREATMENT_DEGREE_2024[code] / 100 * baselines[code]
        new_total = sum(sum(float(v) for v in r[2:9]) for r in treatment if r[0] == code)
        baseline.append([code, fmt(baselines[code]), 2017, fmt(max(0.0, cum_2024_target - new_total)),
                         "夏县水利局 2017 (published)" if code == "140828" else "illustrative"])
        for year, value in zip((2025, 2030, 2035), c[12]):
            targets.append([code, year, "swc_rate_pct", fmt(value), "illustrative"])
        params += [[code, "effectiveness_k", f"{k:.2f}", "illustrative (default 0.4; 0.3-0.5 national and Yellow River figures)"],
                   [code, "unit_cost_wan_per_km2", fmt(cost), "illustrative (25-50 wan/km2 comprehensive small-watershed treatment)"],
                   [code, "capacity_km2_per_year", fmt(capacity(code, treatment, baselines[code])),
                    "illustrative (largest of: twice the 2022-2024 pace; the largest year on record; 1.25 x the pace treating the 2030 stock)"],
                   [code, "max_rate_pct", fmt(MAX_RATE_MOUNTAIN if c[13] else MAX_RATE_BASIN),
                    "illustrative (land left eroding: gullies and steep slopes)"]]

    city = [["CITY", 2025, "swc_rate_pct", "77.25", "运政办发〔2024〕3号 二、总体目标"],
            ["CITY", 2030, "swc_rate_pct", "78.76", "运政办发〔2024〕3号 二、总体目标"],
            ["CITY", 2035, "swc_rate_pct", "83.90", "运政办发〔2024〕3号 二、总体目标"],
            ["CITY", 2030, "treatment_degree_pct", "100.00", "运政办发〔2024〕3号 二、总体目标 (8352 km2 all initially treated)"]]
    write("counties.csv", ["code", "name_zh", "name_en", "type", "tile_row", "tile_col", "tolerable_loss_t_km2_a"], counties)
    write("monitoring.csv", ["code", "year", "land_area_km2", "erosion_light_km2", "erosion_moderate_km2",
                             "erosion_intense_km2", "erosion_very_intense_km2", "erosion_severe_km2",
                             "erosion_wind_km2", "swc_rate_reported_pct", "status", "source"], monitoring)
    write("treatment.csv", ["code", "year"] + [f"treated_{m}_km2" for m in MEASURES]
          + ["check_dams_new", "investment_wan", "source"], treatment)
    write("baseline.csv", ["code", "baseline_erosion_km2", "base_year", "treated_cum_km2", "source"], baseline)
    write("targets.csv", ["scope", "year", "indicator", "value", "source"], city + targets)
    write("params.csv", ["code", "name", "value", "source"], params)

    # Report the properties the dataset is meant to have.
    for y in (2018, 2023, 2024):
        rows = [r for r in monitoring if r[1] == y]
        land = sum(float(r[2]) for r in rows)
        ero = sum(sum(float(v) for v in r[3:8]) for r in rows)
        print(f"city {y}: land {land:.2f} erosion {ero:.2f} rate {100 * (land - ero) / land:.2f}")
    print("baseline sum", sum(float(b[1]) for b in baseline))
    cum = sum(float(b[3]) for b in baseline) + sum(sum(float(v) for v in r[2:9]) for r in treatment)
    new24 = sum(sum(float(v) for v in r[2:9]) for r in treatment if r[1] == 2024)
    print(f"treated cumulative 2024 {cum:.1f} km2 ({100 * cum / BASELINE_CITY:.1f} %), new in 2024 {new24:.1f} km2")


if __name__ == "__main__":
    main()
