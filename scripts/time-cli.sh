#!/usr/bin/env bash
# Times a command line as whole processes: runs it RUNS times (default 11) after WARMUP runs
# (default 2) and prints the median, the range and every run in milliseconds.
#
#   scripts/time-cli.sh [-n RUNS] [-w WARMUP] [-i INPUT_FILE] -- COMMAND [ARGS...]
#
# Example: scripts/time-cli.sh -n 21 -- java -jar target/cytosis.jar classify one.json
# Output goes to /dev/null; stdin comes from INPUT_FILE (default /dev/null). Only the wall-clock
# time of the whole process is measured, start-up included.
set -euo pipefail

runs=11
warmup=2
input=/dev/null
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -w) warmup="$2"; shift 2 ;;
    -i) input="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "usage: $0 [-n RUNS] [-w WARMUP] [-i INPUT] -- COMMAND [ARGS...]" >&2; exit 2 ;;
  esac
done
if [[ $# -eq 0 ]]; then
  echo "usage: $0 [-n RUNS] [-w WARMUP] [-i INPUT] -- COMMAND [ARGS...]" >&2
  exit 2
fi

for ((i = 0; i < warmup; i++)); do
  "$@" < "$input" > /dev/null 2>&1 || true
done

times=()
for ((i = 0; i < runs; i++)); do
  start=$(date +%s%N)
  "$@" < "$input" > /dev/null 2>&1 || true
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done

sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
if (( n % 2 == 1 )); then
  median=${sorted[$((n / 2))]}
else
  median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 ))
fi
echo "median ${median} ms  range ${sorted[0]}-${sorted[$((n - 1))]} ms  runs ${n}: ${times[*]}"
