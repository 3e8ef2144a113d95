#!/usr/bin/env bash
# Every CSV that swc writes, read the way statisticians' clients read it: pandas and base R.
#
# Writes, on the bundled data, the CSV of every command that prints results (--format csv -q)
# and every export (UTF-8 with BOM, and one GBK file with Chinese headers), then reads each
# with pd.read_csv and with read.csv(fileEncoding=...). Checks that every file reads cleanly,
# that the unit key (code) comes out as an integer (pandas int64, R integer) in every file
# that has it, the city row with its division code 140800 included, that status merges
# with the monitoring export on code, and (pandas) that the county x year table of swc table
# has the years as its column names and status's city rate in its city row. One line per file and check, then a summary; exits 1
# if anything failed.
#
# Usage: bench/csv-clients.sh [DIR]
#   DIR       keep the CSV files there (default: a temporary folder, removed afterwards)
#   SWC       command that runs swc (default: the swc launcher at the repository root),
#             e.g. SWC="java -jar cli/target/swc.jar"
#   PYTHON    a python with pandas (default: python3, else /usr/bin/python3)
#   RSCRIPT   Rscript to use (default: Rscript)
# The clients: apt-get install -y python3-pandas r-base-core (or pip install pandas).
# A client that is not installed is skipped with a message.
set -uo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
repo="$(dirname "$here")"
read -r -a swc <<< "${SWC:-$repo/swc}"

if [ $# -gt 0 ]; then
  out="$1"
  mkdir -p "$out"
else
  out="$(mktemp -d "${TMPDIR:-/tmp}/swc-csv-clients.XXXXXX")"
  trap 'rm -rf "$out"' EXIT
fi
out="$(cd "$out" && pwd)"
manifest="$out/manifest.tsv"
log="$out/checks.log"
: > "$manifest"
: > "$log"

say() { printf '%s\n' "$*" | tee -a "$log"; }

# label, file, encoding, then the swc arguments
produce() {
  local label=$1 file=$2 enc=$3
  shift 3
  local err rc
  err="$(mktemp)"
  if [[ " $* " == *" export "* ]]; then
    "${swc[@]}" "$@" -o "$out/$file" -q 2>"$err"
  else
    "${swc[@]}" "$@" --format csv -q >"$out/$file" 2>"$err"
  fi
  rc=$?
  if [ $rc -ne 0 ] || [ ! -s "$out/$file" ]; then
    say "$(printf 'FAIL  swc     %-28s %-6s swc %s: exit %d %s' "$file" write "$*" "$rc" "$(head -n1 "$err")")"
  else
    printf '%s\t%s\t%s\n' "$label" "$out/$file" "$enc" >> "$manifest"
  fi
  rm -f "$err"
}

echo "swc: $("${swc[@]}" --version 2>/dev/null | head -n1)  (files in $out)"
produce status               status.csv                 utf-8     status
produce status-2023          status-2023.csv            utf-8     status --year 2023
produce forecast             forecast-observed.csv      utf-8     forecast --county all --observed
produce gap-all              gap-all.csv                utf-8     gap --milestone all
produce gap-2030-treatment   gap-2030-treatment.csv     utf-8     gap --milestone 2030 --treatment
produce allocate-2035        allocate-2035.csv          utf-8     allocate --milestone 2035
produce targets              targets.csv                utf-8     targets
produce calibration          scenario-calibration.csv   utf-8     scenario --calibration
produce template             scenario-template.csv      utf-8     scenario --template
produce indicators           indicators.csv             utf-8     indicators
produce tasks                tasks.csv                  utf-8     tasks
produce validate             validate.csv               utf-8     validate
produce backtest             backtest.csv               utf-8     backtest --methods naive,auto --paths 200
produce table-rate           table-rate.csv             utf-8     table monitoring --rows code --cols year --value swc_rate_pct
produce table-treatment      table-treatment.csv        utf-8     table treatment --where year\>=2021 --by code --sum treated_terrace_km2,investment_wan
for kind in status monitoring treatment forecast gap allocation; do
  produce "export-$kind"     "export-$kind.csv"         utf-8-bom export --kind "$kind"
done
produce export-status-gbk-zh export-status-gbk-zh.csv   gbk       export --kind status --encoding gbk --headers zh
echo "$(wc -l < "$manifest") CSV files written"
echo

# client name, then its command line; a client that crashes without a FAIL line still fails
client() {
  local name=$1
  shift
  local before rc
  before=$(grep -c '^FAIL' "$log")
  "$@" 2>&1 | tee -a "$log"
  rc=${PIPESTATUS[0]}
  if [ "$rc" -ne 0 ] && [ "$(grep -c '^FAIL' "$log")" -eq "$before" ]; then
    say "FAIL  $name exited $rc without a report"
  fi
  echo
}

py=""
for c in ${PYTHON:-} python3 /usr/bin/python3; do
  if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import pandas' >/dev/null 2>&1; then py="$c"; break; fi
done
if [ -n "$py" ]; then
  client pandas "$py" "$here/csv_clients.py" "$manifest"
else
  say "SKIP  pandas  not installed (no python3 that can import pandas: apt-get install python3-pandas, or pip install pandas)"
  echo
fi

rs="${RSCRIPT:-Rscript}"
if command -v "$rs" >/dev/null 2>&1; then
  # R needs a UTF-8 locale to hold the Chinese names it reads
  loc="${LC_ALL:-${LANG:-}}"
  case "$loc" in *[Uu][Tt][Ff]-8*|*[Uu][Tt][Ff]8*) ;; *) loc=C.UTF-8 ;; esac
  client R env LC_ALL="$loc" "$rs" --vanilla "$here/csv_clients.R" "$manifest"
else
  say "SKIP  R       not installed (no Rscript: apt-get install r-base-core)"
  echo
fi

pass=$(grep -c '^PASS' "$log")
fail=$(grep -c '^FAIL' "$log")
skip=$(grep -c '^SKIP' "$log")
if [ "$fail" -gt 0 ]; then
  echo "Failed:"
  grep '^FAIL' "$log"
fi
echo "csv-clients: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
