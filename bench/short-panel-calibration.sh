#!/usr/bin/env bash
# Interval calibration on short histories, for one jar or two (before and after a change to the
# interval model): the M3 yearly backtest of auto with only the last 7 training years and with
# the whole history (h = 6; sMAPE, MASE, 80/95 % coverage and, where the jar reports them, the
# mean scaled interval widths), then the simulated county panels of bench/PanelCalibration.java.
# Usage: [SWC_JAR=JAR] [SWC_JAR_BEFORE=JAR] bench/short-panel-calibration.sh [BENCHMARK_DIR]
#   SWC_JAR         default: the project's cli/target/swc.jar (built first when it is the default)
#   SWC_JAR_BEFORE  optional: measured first, with the same data and seeds
#   BENCHMARK_DIR   default: ../shared/benchmarks beside the project (reads m3_yearly/M3_yearly_TSTS.csv)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
series="${1:-$here/../shared/benchmarks}/m3_yearly/M3_yearly_TSTS.csv"
[ -f "$series" ] || { echo "no $series" >&2; exit 1; }
jars_to_measure

for i in "${!jars[@]}"; do
  jar="${jars[$i]}"
  echo "######## ${labels[$i]}: $jar"
  echo "== M3 yearly, auto, h = 6, last 7 training years only"
  timed java -jar "$jar" backtest --series "$series" --methods auto --horizon 6 --train-length 7 --format csv
  echo "== M3 yearly, auto, h = 6, whole history"
  timed java -jar "$jar" backtest --series "$series" --methods auto --horizon 6 --format csv
  echo "== simulated short county panels"
  timed java -cp "$jar" "$here/bench/PanelCalibration.java"
done
