#!/usr/bin/env bash
# Times a batch command as whole processes with /usr/bin/time -v: runs it RUNS times (default 3)
# and prints, for each run, the wall-clock time, the CPU time (user + system), the peak resident
# memory and the machine's CPU pressure (/proc/pressure/cpu, "some", 10 s average) at the start;
# then the median and range of each. Output goes to /dev/null; the exit code of each run is shown.
#
#   scripts/time-batch.sh [-n RUNS] -- COMMAND [ARGS...]
#
# Example: scripts/time-batch.sh -n 3 -- bin/cytosis validate --format json /tmp/bank-30k.csv
set -euo pipefail

runs=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "usage: $0 [-n RUNS] -- COMMAND [ARGS...]" >&2; exit 2 ;;
  esac
done
if [[ $# -eq 0 ]]; then
  echo "usage: $0 [-n RUNS] -- COMMAND [ARGS...]" >&2
  exit 2
fi

pressure() {
  if [[ -r /proc/pressure/cpu ]]; then
    sed -n 's/^some avg10=\([0-9.]*\).*/\1/p' /proc/pressure/cpu
  else
    echo "?"
  fi
}

log=$(mktemp)
trap 'rm -f "$log"' EXIT
walls=() cpus=() rsss=()
for ((i = 1; i <= runs; i++)); do
  load=$(pressure)
  set +e
  /usr/bin/time -v -o "$log" "$@" > /dev/null 2> /dev/null
  code=$?
  set -e
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log" \
    | awk -F: '{ s = 0; for (j = 1; j <= NF; j++) s = s * 60 + $j; printf "%.2f", s }')
  user=$(sed -n 's/.*User time (seconds): //p' "$log")
  sys=$(sed -n 's/.*System time (seconds): //p' "$log")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log" | awk '{ printf "%d", $1 / 1024 }')
  echo "run $i: wall ${wall} s  cpu ${cpu} s  peak RSS ${rss} MB  exit ${code}  cpu pressure ${load} %"
  walls+=("$wall") cpus+=("$cpu") rsss+=("$rss")
done

summary() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median %s  range %s-%s", m, v[1], v[NR] }'
}
echo "wall (s):     $(summary "${walls[@]}")"
echo "cpu (s):      $(summary "${cpus[@]}")"
echo "peak RSS (MB): $(summary "${rsss[@]}")"
