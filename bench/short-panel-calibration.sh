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
here="$(cd "$(dirname "$0")/.." && pwd)"
series="${1:-$here/../shared/benchmarks}/m3_yearly/M3_yearly_TSTS.csv"
[ -f "$series" ] || { echo "no $series" >&2; exit 1; }
if [ -z "${SWC_JAR:-}" ]; then
  "$here/swc" --version >/dev/null
  SWC_JAR="$here/cli/target/swc.jar"
fi

jars=()
labels=()
if [ -n "${SWC_JAR_BEFORE:-}" ]; then
  jars+=("$SWC_JAR_BEFORE"); labels+=("before")
fi
jars+=("$SWC_JAR"); labels+=("$([ -n "${SWC_JAR_BEFORE:-}" ] && echo after || echo jar)")
for jar in "${jars[@]}"; do
  [ -f "$jar" ] || { echo "no jar $jar" >&2; exit 1; }
done

timed() {
  local start end
  start=$(date +%s%N)
  "$@"
  end=$(date +%s%N)
  printf 'wall time: %.2f s\n\n' "$(( (end - start) / 1000000 ))e-3"
}

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
