#!/usr/bin/env bash
# The writing commands on a full disk: a 2 MB tmpfs (needs root to mount) holding a data folder,
# filled until only K kilobytes are free (default: 0, 16, 64 and 256), then report, chart, init,
# import (strict and lenient) and export aimed at it. For each: the exit code, the first error
# line, whether a partial or hidden temporary file was left, and whether the data folder changed.
# Usage: sudo bench/disk-full.sh. Builds the jar first if needed.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
build_jar
[ "$(id -u)" -eq 0 ] || { echo "needs root to mount a tmpfs" >&2; exit 1; }
work="$(mktemp -d)"
mnt="$work/mnt"
mkdir -p "$mnt"
mount -t tmpfs -o size=2m tmpfs "$mnt" || { echo "cannot mount a tmpfs here" >&2; exit 1; }
trap 'umount "$mnt"; rm -rf "$work"' EXIT
"$here/swc" init "$work/rows" >/dev/null 2>&1
# 2025 monitoring rows to import: the 2024 rows with the year changed
{ head -1 "$work/rows/monitoring.csv"; grep ',2024,' "$work/rows/monitoring.csv" | sed 's/,2024,/,2025,/'; } > "$work/new.csv"

printf '%-6s %-28s %4s %-8s %-8s %s\n' "free" "command" "exit" "partial" "changed" "message"
failures=0
for free_kb in 0 16 64 256; do
  for cmd in report chart init import import-lenient export; do
    rm -rf "${mnt:?}"/* "$mnt"/.[!.]* 2>/dev/null
    cp -r "$work/rows" "$mnt/data"
    cp "$work/new.csv" "$mnt/new.csv"
    # fill the rest, leaving free_kb
    avail=$(df --output=avail -k "$mnt" | tail -1)
    fill=$(( avail - free_kb ))
    [ "$fill" -gt 0 ] && dd if=/dev/zero of="$mnt/filler" bs=1k count="$fill" status=none 2>/dev/null
    before=$(cd "$mnt/data" && find . -type f ! -name '.swc-import.lock' -exec sha256sum {} + | sort)
    case "$cmd" in
      report) args=(report --data "$mnt/data" --out "$mnt/R") ;;
      chart) args=(chart --data "$mnt/data" --kind gaps --out "$mnt/C") ;;
      init) args=(init "$mnt/I") ;;
      import) args=(import "$mnt/new.csv" --kind monitoring --into "$mnt/data") ;;
      import-lenient) args=(import "$mnt/new.csv" --kind monitoring --into "$mnt/data" --lenient) ;;
      export) args=(export --data "$mnt/data" --kind gap -o "$mnt/gap.csv") ;;
    esac
    "$here/swc" "${args[@]}" >/dev/null 2>"$work/err"
    code=$?
    after=$(cd "$mnt/data" && find . -type f ! -name '.swc-import.lock' -exec sha256sum {} + | sort)
    leftovers=$(find "$mnt" -name '.*.tmp' -o -name '.*staging-*' -o -name '.*.old-*' | wc -l)
    partial="no"
    [ "$leftovers" -gt 0 ] && partial="hidden:$leftovers"
    changed="no"
    if [ "$code" -ne 0 ] && [ "$before" != "$after" ]; then changed="YES"; fi
    if [ "$code" -ne 0 ]; then
      case "$cmd" in
        report) [ -e "$mnt/R" ] && partial="R exists" ;;
        init) [ -e "$mnt/I" ] && [ -n "$(ls -A "$mnt/I" 2>/dev/null)" ] && partial="I: $(ls -A "$mnt/I" | wc -l) files" ;;
        chart) [ -e "$mnt/C" ] && [ -n "$(ls -A "$mnt/C" 2>/dev/null)" ] && partial="C: $(ls -A "$mnt/C" | wc -l) files" ;;
        export) [ -e "$mnt/gap.csv" ] && partial="gap.csv" ;;
      esac
    fi
    message=$(grep -m1 '^error' "$work/err" | cut -c1-90)
    if [ "$code" -eq 1 ] || [ "$partial" != "no" ] || [ "$changed" != "no" ]; then failures=$((failures + 1)); fi
    printf '%-6s %-28s %4s %-8s %-8s %s\n' "${free_kb}K" "$cmd" "$code" "$partial" "$changed" "$message"
  done
done
echo "runs with exit 1, partial files or a changed data folder: $failures"
