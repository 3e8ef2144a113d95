#!/usr/bin/env bash
# The release archive works unpacked anywhere without Maven: builds it (mvn -B -Pdist package) unless
# SWC_ARCHIVE names one, unpacks it in a temporary folder and runs bin/swc with a PATH that holds no
# mvn: status, report --out r, --help; then the launcher's Java checks (JAVA_HOME wrong, no Java at
# all) and the structure of bin/swc.bat, which cannot run here.
# Usage: [SWC_ARCHIVE=swc-VERSION.zip] bench/release-archive.sh
set -euo pipefail
. "$(dirname "$0")/lib.sh"

archive="${SWC_ARCHIVE:-}"
if [ -z "$archive" ]; then
  start=$(date +%s%N)
  (cd "$here" && mvn -B -q -Pdist -DskipTests package) >&2
  end=$(date +%s%N)
  printf 'mvn -B -Pdist -DskipTests package: %.1f s\n' "$(( (end - start) / 1000000 ))e-3"
  archive="$(ls "$here"/cli/target/swc-*.zip | head -n 1)"
fi
printf 'archive: %s, %s bytes (tar.gz: %s bytes)\n' "$(basename "$archive")" "$(stat -c %s "$archive")" \
  "$(stat -c %s "${archive%.zip}.tar.gz" 2>/dev/null || echo -)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && unzip -q "$archive")
root="$(ls -d "$tmp"/swc-*)"

# a PATH with every command of this one but mvn (java stays: it is found on PATH)
mkdir "$tmp/path"
IFS=: read -ra dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
  for tool in "$dir"/*; do
    name="$(basename "$tool")"
    [ "$name" = mvn ] || [ "$name" = mvnDebug ] || [ -e "$tmp/path/$name" ] || [ ! -x "$tool" ] \
      || ln -s "$tool" "$tmp/path/$name"
  done
done

fail=0
check() {
  local what="$1"
  shift
  if "$@"; then echo "ok    $what"; else echo "FAIL  $what"; fail=1; fi
}
run() { (cd "$tmp" && env -u JAVA_HOME PATH="$tmp/path" "$@"); }

check "no mvn on the PATH used" sh -c "! PATH='$tmp/path' command -v mvn >/dev/null"
for f in bin/swc bin/swc.bat lib/swc.jar LICENSE NOTICE THIRD-PARTY.txt SOURCES.md licenses/LGPL-2.1.txt \
    licenses/Apache-2.0.txt man/man1/swc.1 man/man1/swc-status.1 completion/swc_completion; do
  check "archive holds $f" test -s "$root/$f"
done
check "JFreeChart's source (LGPL) is in the archive" sh -c "ls '$root'/source/jfreechart-*-sources.jar >/dev/null"
check "every licence text THIRD-PARTY.txt names is in the archive" sh -c \
  "sed -n 's/^    text: //p' '$root/THIRD-PARTY.txt' | while read -r f; do test -s '$root/'\"\$f\" || exit 1; done"
check "bin/swc is executable" test -x "$root/bin/swc"
check "bin/swc status" run sh -c "'$root/bin/swc' status >status.txt 2>status.err && grep -q 140800 status.txt"
check "bin/swc report --out r" run sh -c "'$root/bin/swc' report --out r >/dev/null 2>report.err && test -s r/index.html"
check "bin/swc gap --help has examples and exit codes" \
  run sh -c "'$root/bin/swc' gap --help | grep -q Examples: && '$root/bin/swc' gap --help | grep -q 'Exit codes:'"
check "SWC_LANG=zh bin/swc gap --help is Chinese" run sh -c "SWC_LANG=zh '$root/bin/swc' gap --help | grep -q 退出码"
check "a run leaves a class-data archive in the cache folder, used by the next" run sh -c \
  "XDG_CACHE_HOME='$tmp/cache' '$root/bin/swc' --version >/dev/null && ls '$tmp/cache/swc/' | grep -q '^swc-[0-9-]*-java.*\.\(jsa\|aot\)\$' \
   && XDG_CACHE_HOME='$tmp/cache' SWC_JAVA_OPTS='-Xshare:on' '$root/bin/swc' status >/dev/null"
check "a cache folder with a space in its path works, twice (making the archive, then using it)" run sh -c \
  "XDG_CACHE_HOME='$tmp/ca che' '$root/bin/swc' --version >/dev/null && XDG_CACHE_HOME='$tmp/ca che' '$root/bin/swc' --version | grep -q '^swc '"
check "Chinese arguments survive a locale that is not installed (LANG=zh_CN.UTF-8 here)" run sh -c \
  "LANG=zh_CN.UTF-8 '$root/bin/swc' forecast --county 夏县 --to 2025 --format csv 2>/dev/null | grep -q '^140828,'"
check "a symlink to bin/swc works" run sh -c "ln -s '$root/bin/swc' swc-link && ./swc-link --version | grep -q '^swc '"

# Java checks of the POSIX launcher
check "JAVA_HOME without a java: exit 1 and says so" run sh -c \
  "JAVA_HOME=/nonexistent '$root/bin/swc' status 2>err.txt; [ \$? -eq 1 ] && grep -q 'JAVA_HOME is /nonexistent' err.txt"
mkdir "$tmp/nojava"
for tool in sh sed head cut dirname readlink cat mkdir; do ln -s "$(command -v "$tool")" "$tmp/nojava/$tool"; done
check "no Java at all: exit 1 and says so" sh -c \
  "cd '$tmp' && env -u JAVA_HOME PATH='$tmp/nojava' '$root/bin/swc' status 2>err.txt; [ \$? -eq 1 ] && grep -q 'no Java found' err.txt"
mkdir -p "$tmp/oldjava/bin"
printf '#!/bin/sh\necho '"'"'openjdk version "11.0.2" 2019-01-15'"'"' >&2\n' >"$tmp/oldjava/bin/java"
chmod +x "$tmp/oldjava/bin/java"
check "Java 11: exit 1 and names the version" run sh -c \
  "JAVA_HOME='$tmp/oldjava' '$root/bin/swc' status 2>err.txt; [ \$? -eq 1 ] && grep -q 'Java 11.0.2; swc needs Java 17' err.txt"

# bin/swc.bat: no Windows here, so its structure: CRLF line ends, JAVA_HOME then PATH, the version
# check, the jar beside it, swc's exit code passed on
bat="$root/bin/swc.bat"
crlf=$(grep -c $'\r$' "$bat" || true)
check "swc.bat has CRLF line ends only" test "$crlf" -eq "$(wc -l <"$bat")"
for needle in '@echo off' 'if defined JAVA_HOME' 'where java.exe' 'LSS 17' '%~dp0..' '\lib\swc.jar' \
    'exit /b %ERRORLEVEL%' 'no Java found' 'could not tell the version' 'setlocal DisableDelayedExpansion' \
    "('\"\"!SWC_JAVA!\" -version" 'set "SWC_JAVA_MAJOR="'; do
  check "swc.bat has: $needle" grep -qF -- "$needle" "$bat"
done
check "swc.bat's parentheses balance" sh -c \
  "[ \$(sed 's/\\^[()]//g' '$bat' | grep -v '^rem' | tr -cd '(' | wc -c) -eq \$(sed 's/\\^[()]//g' '$bat' | grep -v '^rem' | tr -cd ')' | wc -c) ]"

[ "$fail" -eq 0 ] && echo "release archive: all checks passed"
exit "$fail"
