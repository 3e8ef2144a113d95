#!/usr/bin/env python3
"""Reads every CSV that swc wrote as a pandas user would, and checks the unit key.

Usage: csv_clients.py MANIFEST

MANIFEST is tab-separated, one file a line: label, path, encoding (utf-8, utf-8-bom or gbk).
For each file: pd.read_csv with the encoding a user would pass (utf-8, utf-8-sig, gb18030)
reads it without error or warning, every record becomes a row, and no header carries a stray
byte-order mark or an "Unnamed" column. Where the file has the unit key (code, or
行政区划代码 under Chinese headers) it must come out as int64, the city row (140800) included.
Then status merges with the monitoring export on code, and swc table's county x year table has
the years as column names and status's city rate in its city row.
Prints one PASS/FAIL line per file and check; exits 1 if any failed.
"""
import csv
import sys
import warnings

import pandas as pd

PD_ENCODING = {"utf-8": "utf-8", "utf-8-bom": "utf-8-sig", "gbk": "gb18030"}
KEYS = ("code", "行政区划代码")
CITY = 140800

failed = 0


def report(ok, file, check, detail):
    global failed
    if not ok:
        failed += 1
    print(f"{'PASS' if ok else 'FAIL'}  pandas  {file:<28} {check:<6} {detail}", flush=True)


def records(path, encoding):
    """Data records as the csv module counts them (quoted line breaks stay inside a record)."""
    with open(path, encoding=encoding, newline="") as f:
        return sum(1 for row in csv.reader(f) if row) - 1


def read(label, path, enc):
    name = path.rsplit("/", 1)[-1]
    encoding = PD_ENCODING[enc]
    try:
        with open(path, "rb") as f:
            head = f.read(3)
        has_bom = head == b"\xef\xbb\xbf"
        if has_bom != (enc == "utf-8-bom"):
            report(False, name, "read", f"byte-order mark {'present' if has_bom else 'missing'} for {enc}")
            return None
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            df = pd.read_csv(path, encoding=encoding)
    except Exception as e:  # noqa: BLE001 - any failure to read is the finding
        report(False, name, "read", f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")
        return None
    bad = [c for c in df.columns if str(c).startswith("Unnamed") or "\ufeff" in str(c)]
    expected = records(path, encoding)
    if bad:
        report(False, name, "read", f"odd column names {bad!r}")
    elif len(df) != expected:
        report(False, name, "read", f"{len(df)} rows read, {expected} records in the file")
    elif df.empty:
        report(False, name, "read", "no rows")
    else:
        report(True, name, "read", f"{len(df)} rows x {len(df.columns)} cols ({encoding})")
    return df


def check_key(name, df):
    key = next((k for k in KEYS if k in df.columns), None)
    if key is None:
        return
    dtype = str(df[key].dtype)
    ok = dtype == "int64"
    detail = f"{key} {dtype}"
    if ok:
        detail += ", city 140800 present" if (df[key] == CITY).any() else ", counties only"
    else:
        odd = [v for v in df[key].unique() if not str(v).strip().lstrip("-").isdigit()]
        detail += f", non-integer values {odd[:5]!r}"
    report(ok, name, "code", detail)


def check_merge(name, status, monitoring):
    try:
        if "code" not in status.columns:
            status = status.rename(columns={k: "code" for k in KEYS if k in status.columns})
        m = status.merge(monitoring, on="code")
    except Exception as e:  # noqa: BLE001
        report(False, name, "merge", f"status.merge(monitoring, on='code'): {type(e).__name__}: {e}")
        return
    counties = set(monitoring["code"].unique())
    missing = sorted(counties - set(m["code"].unique()))
    dtype = str(m["code"].dtype)
    ok = len(m) > 0 and not missing and dtype == "int64"
    detail = f"status.merge(monitoring, on='code'): {len(m)} rows, {len(counties) - len(missing)}/{len(counties)} counties, code {dtype}"
    if missing:
        detail += f", unmatched {missing[:5]}"
    report(ok, name, "merge", detail)


def check_cross_table(name, table, status):
    """The years are the column names, and the city row is status's city rate of the latest year."""
    years = [c for c in table.columns if c != "code"]
    ok = bool(years) and all(str(y).isdigit() and len(str(y)) == 4 for y in years)
    detail = f"year columns {years[0]}..{years[-1]}" if ok else f"columns {list(table.columns)!r}"
    if ok:
        latest = str(max(int(y) for y in years))
        city = table.loc[table["code"] == CITY, latest]
        status_city = status.loc[status["code"] == CITY, "swc_rate_pct"]
        ok = len(city) == 1 and len(status_city) == 1 and abs(float(city.iloc[0]) - float(status_city.iloc[0])) <= 0.01
        detail += f", city {latest}: {city.tolist()} vs status {status_city.tolist()}"
    report(ok, name, "years", detail)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    frames = {}
    names = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            label, path, enc = line.rstrip("\n").split("\t")
            df = read(label, path, enc)
            name = path.rsplit("/", 1)[-1]
            names[label] = name
            if df is not None:
                frames[label] = df
                check_key(name, df)
    monitoring = frames.get("export-monitoring")
    for label in ("status", "export-status", "export-status-gbk-zh"):
        if label not in names:
            continue
        name = names[label]
        if monitoring is None or label not in frames:
            report(False, name, "merge", "status or monitoring export could not be read")
        else:
            check_merge(name, frames[label], monitoring)
    if "table-rate" in names:
        name = names["table-rate"]
        if "table-rate" not in frames or "status" not in frames:
            report(False, name, "years", "swc table or status could not be read")
        else:
            check_cross_table(name, frames["table-rate"], frames["status"])
    print(f"pandas {pd.__version__}: {'all checks passed' if not failed else f'{failed} check(s) failed'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
