#!/usr/bin/env bash
# M3 yearly backtest (645 series, h = 6) of every method, with wall times, plus the same with the
# origin 6 years earlier and with only the last 6, 10 and 14 training years; and, where R with the
# forecast package is installed, R's ets + auto.arima + thetaf combination on the same series.
# Usage: bench/m3-backtest.sh [BENCHMARK_DIR]   (default: ../shared/benchmarks beside the project)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
dir="${1:-$here/../shared/benchmarks}/m3_yearly"
series="$dir/M3_yearly_TSTS.csv"
[ -f "$series" ] || { echo "no $series" >&2; exit 1; }
build_jar

echo "== original M3 submissions, rescored"
timed "$here/swc" backtest --series "$series" --submitted "$dir/M3_yearly_FTS.csv" --format csv
echo "== auto alone"
timed "$here/swc" backtest --series "$series" --methods auto
echo "== every method"
timed "$here/swc" backtest --series "$series"
echo "== origin 6 years earlier"
timed "$here/swc" backtest --series "$series" --origin-shift 6 --methods naive,theta,damped,boxcox-theta,auto
for n in 6 10 14; do
  echo "== last $n training years only"
  timed "$here/swc" backtest --series "$series" --train-length "$n" --methods naive,drift,theta,damped,auto
done

if command -v Rscript >/dev/null && Rscript -e 'library(forecast)' >/dev/null 2>&1; then
  echo "== R forecast: ets + auto.arima + thetaf (equal-weight mean), one core"
  timed Rscript "$here/bench/r-m3-combination.R" "$series"
else
  echo "(R with the forecast package is not installed: apt-get install r-base-core r-cran-forecast)"
fi
