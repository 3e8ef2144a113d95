#!/usr/bin/env bash
# Concurrent first runs build once: copies the checkout (its tracked files, no build output) into a
# temporary folder, starts N ./swc status there at the same moment and counts the builds.
# Usage: bench/launcher-lock.sh [N]   (default 3). Needs Maven; takes one build's time (about a minute).
# Set SWC_LOCK_NO_FLOCK=1 to test the lock folder used where flock is missing.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
n="${1:-3}"
tmp="$(mktemp -d)"
trap '[ -n "${SWC_LOCK_KEEP:-}" ] || rm -rf "$tmp"' EXIT
(cd "$here" && git ls-files -z | tar --null -T - -cf -) | tar -xf - -C "$tmp"

path="$PATH"
if [ -n "${SWC_LOCK_NO_FLOCK:-}" ]; then
  # a PATH without flock: every other command of PATH, linked; the launcher falls back to its lock folder
  mkdir "$tmp/nobin"
  IFS=: read -ra dirs <<<"$PATH"
  for dir in "${dirs[@]}"; do
    for tool in "$dir"/*; do
      name="$(basename "$tool")"
      [ "$name" = flock ] || [ -e "$tmp/nobin/$name" ] || [ ! -x "$tool" ] || ln -s "$tool" "$tmp/nobin/$name"
    done
  done
  path="$tmp/nobin"
fi

start=$(date +%s%N)
pids=()
for i in $(seq "$n"); do
  (cd "$tmp" && PATH="$path" ./swc status >"$tmp/out.$i" 2>"$tmp/err.$i") &
  pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do
  wait "$pid" || failed=$((failed + 1))
done
end=$(date +%s%N)

builds=$(cat "$tmp"/err.* | grep -c 'swc: building' || true)
waited=$(cat "$tmp"/err.* | grep -c 'swc: waiting for another build' || true)
same=1
for i in $(seq 2 "$n"); do cmp -s "$tmp/out.1" "$tmp/out.$i" || same=0; done
printf 'runs started at once: %d\nbuilds:               %d\nruns that waited:     %d\nfailed runs:          %d\nidentical outputs:    %s\nwall time:            %.1f s\n' \
  "$n" "$builds" "$waited" "$failed" "$([ "$same" = 1 ] && echo yes || echo no)" "$(( (end - start) / 1000000 ))e-3"
[ "$builds" -eq 1 ] && [ "$failed" -eq 0 ] && [ "$same" = 1 ]
