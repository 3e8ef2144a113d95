# Sourced by the bench scripts: the repository root, the jar to measure, a timed run and the
# median of a list of figures.

# the repository root
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# builds cli/target/swc.jar through the launcher, which rebuilds it when the sources changed
build_jar() {
  "$here/swc" --version >/dev/null
}

# runs the command, then prints its wall time and a blank line
timed() {
  local start end
  start=$(date +%s%N)
  "$@"
  end=$(date +%s%N)
  printf 'wall time: %.2f s\n\n' "$(( (end - start) / 1000000 ))e-3"
}

# the median of the numbers on stdin, one a line or separated by spaces
median() {
  tr ' ' '\n' | sed '/^$/d' | sort -n \
    | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'
}

# the jars to measure into jars[] and labels[]: SWC_JAR_BEFORE ("before") where it is set, then
# SWC_JAR ("after", or "jar" alone), by default this build's cli/target/swc.jar, built first
jars_to_measure() {
  if [ -z "${SWC_JAR:-}" ]; then
    build_jar
    SWC_JAR="$here/cli/target/swc.jar"
  fi
  jars=()
  labels=()
  if [ -n "${SWC_JAR_BEFORE:-}" ]; then
    jars+=("$SWC_JAR_BEFORE"); labels+=("before")
  fi
  jars+=("$SWC_JAR"); labels+=("$([ -n "${SWC_JAR_BEFORE:-}" ] && echo after || echo jar)")
  local jar
  for jar in "${jars[@]}"; do
    [ -f "$jar" ] || { echo "no jar $jar" >&2; exit 1; }
  done
}

# checks that GNU time is there and makes a scratch folder $work, removed when the script ends
time_and_scratch() {
  [ -x /usr/bin/time ] || { echo "needs /usr/bin/time (GNU time)" >&2; exit 1; }
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
}
