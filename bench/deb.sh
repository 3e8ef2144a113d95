#!/usr/bin/env bash
# The Debian package: jpackage with a jlinked runtime (the modules jdeps finds in the jar, plus
# jdk.charsets for GBK and jdk.zipfs), installing /opt/swc and /usr/bin/swc. Builds it from this
# build's jar, unpacks it into a scratch root (dpkg -x, no root needed), runs swc from there with its
# own runtime (no java on the PATH) and prints the package's size and the runtime's.
# Usage: [SWC_JDK=/usr/lib/jvm/java-17-openjdk-amd64] bench/deb.sh   (a JDK with jpackage and jmods;
# needs dpkg-deb and fakeroot). Output: cli/target/deb/swc_VERSION_ARCH.deb. After mvn -B -Pdist package
# the package also installs the man pages and the bash completion.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
jdk="${SWC_JDK:-/usr/lib/jvm/java-17-openjdk-amd64}"
for tool in jpackage jdeps jlink; do
  [ -x "$jdk/bin/$tool" ] || { echo "deb: $jdk/bin/$tool missing (set SWC_JDK to a full JDK)" >&2; exit 1; }
done
command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null \
  || { echo "deb: dpkg-deb and fakeroot are needed (apt-get install dpkg-dev fakeroot)" >&2; exit 1; }

build_jar
jar="$here/cli/target/swc.jar"
version="$(unzip -p "$jar" org/swcplan/cli/version.properties | sed -n 's/^version=//p' | tr -d '\r')"
deb_version="${version%-SNAPSHOT}"
work="$here/cli/target/deb"
rm -rf "$work"
mkdir -p "$work/input" "$work/resources"
cp "$jar" "$work/input/"

start=$(date +%s%N)
modules="$("$jdk/bin/jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps "$jar" 2>/dev/null)"
modules="$modules,jdk.charsets,jdk.zipfs"
echo "runtime modules: $modules"

# swc on the PATH: the package's own post-install and removal scripts link /usr/bin/swc
cat >"$work/resources/postinst" <<'SH'
#!/bin/sh
set -e
ln -sf /opt/swc/bin/swc /usr/bin/swc
SH
cat >"$work/resources/prerm" <<'SH'
#!/bin/sh
set -e
[ -L /usr/bin/swc ] && rm -f /usr/bin/swc
exit 0
SH
chmod +x "$work/resources/postinst" "$work/resources/prerm"

"$jdk/bin/jpackage" --type deb --dest "$work" --input "$work/input" \
  --name swc --app-version "$deb_version" --vendor "swc" \
  --description "Soil and water conservation planning: status, forecasts, gaps and the annual report" \
  --main-jar swc.jar --main-class org.swcplan.cli.Main \
  --add-modules "$modules" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2" \
  --java-options "-Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true -Xlog:disable -Xlog:all=warning:stderr" \
  --install-dir /opt --linux-package-name swc --linux-app-category science \
  --resource-dir "$work/resources"
deb="$(ls "$work"/swc_*.deb)"

# the man pages and the completion script of the dist build, where they were made (mvn -Pdist package),
# added where Debian looks for them: jpackage has no place for them
dist="$here/cli/target/dist"
if [ -d "$dist/man/man1" ] && [ -f "$dist/completion/swc_completion" ]; then
  tree="$work/tree"
  dpkg-deb -R "$deb" "$tree"
  mkdir -p "$tree/usr/share/man/man1" "$tree/usr/share/bash-completion/completions"
  for page in "$dist"/man/man1/*.1; do gzip -9n <"$page" >"$tree/usr/share/man/man1/$(basename "$page").gz"; done
  cp "$dist/completion/swc_completion" "$tree/usr/share/bash-completion/completions/swc"
  # the licences: swc's, its notice, the third-party inventory and every text it names
  doc="$tree/usr/share/doc/swc"
  mkdir -p "$doc/licenses"
  cp "$here/LICENSE" "$here/cli/src/dist/NOTICE" "$dist/THIRD-PARTY.txt" "$here/datasets/SOURCES.md" "$doc/"
  cp -r "$here/cli/src/dist/licenses/." "$dist/licenses/." "$doc/licenses/"
  fakeroot dpkg-deb -Zxz -b "$tree" "$deb" >/dev/null
  rm -rf "$tree"
  echo "added: man pages (/usr/share/man/man1), bash completion and the licences (/usr/share/doc/swc)"
else
  echo "note: no man pages or completion added (run mvn -B -Pdist package first)"
fi
end=$(date +%s%N)
printf 'package: %s, %d bytes (%.1f MB); built in %.1f s\n' "$(basename "$deb")" "$(stat -c %s "$deb")" \
  "$(( $(stat -c %s "$deb") / 100000 ))e-1" "$(( (end - start) / 1000000 ))e-3"

root="$work/root"
dpkg -x "$deb" "$root"
printf 'installed size: %s (runtime %s)\n' "$(du -sh "$root/opt/swc" | cut -f1)" "$(du -sh "$root/opt/swc/lib/runtime" | cut -f1)"
dpkg-deb -I "$deb" | sed -n 's/^ \(Package\|Version\|Installed-Size\|Depends\):/  \1:/p'
dpkg-deb -I "$deb" postinst | grep -q '/usr/bin/swc' && echo "  postinst links /usr/bin/swc"

# run it from the scratch root with its own runtime: no java on the PATH
fail=0
nojava="$work/path"
mkdir "$nojava"
for tool in sh env; do ln -s "$(command -v "$tool")" "$nojava/$tool"; done
[ -f "$root/usr/share/man/man1/swc-gap.1.gz" ] && echo "ok    man page swc-gap(1) installed"
if [ -f "$root/usr/share/doc/swc/THIRD-PARTY.txt" ]; then
  missing=0
  while read -r text; do
    [ -s "$root/usr/share/doc/swc/$text" ] || { echo "FAIL  $text named by THIRD-PARTY.txt is not installed"; missing=1; }
  done < <(sed -n 's/^    text: //p' "$root/usr/share/doc/swc/THIRD-PARTY.txt")
  [ "$missing" = 0 ] && echo "ok    licences installed: THIRD-PARTY.txt and every text it names (/usr/share/doc/swc)"
fi
for args in "--version" "status" "gap --milestone 2030" "export --kind status --encoding gbk --headers zh -o $work/status-gbk.csv"; do
  # shellcheck disable=SC2086 # args is a list of arguments
  if (cd "$work" && env -u JAVA_HOME PATH="$nojava" "$root/opt/swc/bin/swc" $args >"$work/out.txt" 2>"$work/err.txt"); then
    echo "ok    swc $args"
  else
    echo "FAIL  swc $args"; cat "$work/err.txt"; fail=1
  fi
done
exit "$fail"
