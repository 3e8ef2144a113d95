#!/usr/bin/env bash
# CSLE land-unit throughput: swc erosion on synthetic files of 1 and 10 million units (seeded),
# beside `wc -l` on the same file and, where Python with pandas is installed, the same
# computation in pandas; peak RSS from /usr/bin/time. Checks 2 million units against an
# independent numpy computation. Usage: bench/erosion.sh [WORKDIR]   (default: a temporary folder)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
build_jar

generate() {
  [ -f "$work/u$1.csv" ] || java "$here/bench/GenerateUnits.java" "$1" 7 "$work/u$1.csv"
}

for n in 2000000; do
  generate "$n"
  "$here/swc" erosion --units "$work/u$n.csv" -o "$work/u$n.out.csv" -q
  echo "== correctness, $n units (independent numpy computation)"
  python3 "$here/bench/verify_units.py" "$work/u$n.csv" "$work/u$n.out.csv" || echo "numpy not available"
done

for n in 1000000 10000000; do
  generate "$n"
  file="$work/u$n.csv"
  mb=$(( $(stat -c %s "$file") / 1000000 ))
  cat "$file" > /dev/null   # into the page cache
  echo "== $n units, $mb MB"
  /usr/bin/time -f "swc erosion: %e s wall (JVM start included), peak RSS %M KB" \
    "$here/swc" erosion --units "$file" -o "$work/u$n.out.csv"
  /usr/bin/time -f "wc -l: %e s wall" wc -l "$file" >/dev/null
  if /usr/bin/python3 -c "import pandas" 2>/dev/null; then
    /usr/bin/time -f "pandas: %e s wall, peak RSS %M KB" /usr/bin/python3 "$here/bench/units_pandas.py" "$file" >/dev/null
  else
    echo "pandas: not installed (apt-get install python3-pandas)"
  fi
done
echo "(files kept in $work)"
