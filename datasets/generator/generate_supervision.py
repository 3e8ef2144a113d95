#!/usr/bin/env python3
"""Writes the illustrative supervision ledger of the bundled dataset (supervision.csv).

Every figure is invented to be plausible and labelled `illustrative`: plans approved, remote-
sensing patches found and handled, compensation fees, acceptance filings, cases opened and closed,
and the area disturbed by people, per county and year 2021-2024. 河津市 shows a rising disturbed
area and more patches each year (the mining disturbance behind its falling rate in
monitoring.csv); 绛县's 2021 disturbed area is left empty (not measured), so the city total of
2021 has none either. Patches handled never exceed those found, and no county closes more cases
than it opened over the four years, so the file gives no warnings.

Run from anywhere: python3 generate_supervision.py  (deterministic: fixed seed).
"""
import csv
import io
import os
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "..", "src", "main", "resources", "org", "swcplan", "datasets", "bundled")
YEARS = range(2021, 2025)
rng = random.Random(20240301)

# code, activity (1 = typical county), disturbed km2 in 2021
COUNTIES = [
    ("140802", 1.6, 14.0), ("140821", 0.9, 7.5), ("140822", 0.8, 6.8), ("140823", 1.0, 9.2),
    ("140824", 0.8, 6.1), ("140825", 0.7, 5.4), ("140826", 0.7, 6.6), ("140827", 0.9, 10.3),
    ("140828", 0.8, 7.2), ("140829", 0.8, 8.4), ("140830", 0.9, 7.9), ("140881", 1.1, 9.8),
    ("140882", 1.3, 16.5),
]
HEJIN = "140882"
NOT_MEASURED = {("140826", 2021)}


def main():
    rows = []
    for code, activity, area0 in COUNTIES:
        area = area0
        backlog = 0
        for i, year in enumerate(YEARS):
            rising = code == HEJIN
            plans = round(activity * rng.uniform(26, 40) * (1 + 0.05 * i))
            found = (round(activity * 30 * (1 + 0.22 * i)) + rng.randint(0, 3) if rising
                     else round(activity * rng.uniform(22, 34) * (1 - 0.04 * i)))
            handled = min(found, round(found * (rng.uniform(0.8, 0.9) if rising else rng.uniform(0.86, 1.0))))
            fee = round(activity * rng.uniform(260, 420) * (1 + 0.06 * i), 2)
            filings = round(plans * rng.uniform(0.45, 0.7))
            opened = max(1, round(activity * rng.uniform(2, 6) * ((1 + 0.25 * i) if rising else 1)))
            closed = min(opened + backlog, max(0, opened - rng.choice([0, 0, 1, 1, 2])) + (backlog if i else 0))
            backlog = opened + backlog - closed
            area = area * (rng.uniform(1.12, 1.2) if rising else rng.uniform(0.93, 1.03)) if i else area
            cell = "" if (code, year) in NOT_MEASURED else f"{area:.2f}"
            rows.append([code, year, plans, found, handled, f"{fee:.2f}", filings, opened, closed, cell, "illustrative"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["code", "year", "plans_approved", "patches_found", "patches_handled", "compensation_fee_wan",
                "acceptance_filings", "cases_opened", "cases_closed", "disturbed_area_km2", "source"])
    w.writerows(rows)
    with open(os.path.join(OUT, "supervision.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    main()
