#!/usr/bin/env bash
# The reliability corpus at bench size: N damaged data folders (default 1000) run through the
# commands in process, with the counts the issue asks for (cases, internal errors, stack traces,
# silent drops, changed inputs) and the failing cases, if any, after them.
# Usage: bench/reliability-corpus.sh [N] [SEED]   (runs the test of that name, offline; no install)
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cases="${1:-1000}"
seed="${2:-20261204}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
start=$(date +%s%N)
(cd "$here" && mvn -B -o -q -pl cli -am test -Dtest=ReliabilityCorpusTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dswc.corpus.cases="$cases" -Dswc.corpus.seed="$seed") >"$log" 2>&1
status=$?
end=$(date +%s%N)
clean() { sed 's/\x1b\[[0-9;]*m//g' "$log"; }
clean | grep -a -E '^corpus:|^  slow:' || { clean | tail -40; exit 1; }
clean | grep -a -A3 '^ *"\?case [0-9]* (seed' | grep -av '^\s*at ' | head -100
printf 'wall time (build and run): %.1f s; test %s\n' "$(( (end - start) / 1000000 ))e-3" \
  "$([ "$status" -eq 0 ] && echo passed || echo FAILED)"
exit "$status"
