#!/usr/bin/env bash
# Runs the JMH benchmarks of src/bench/java. Build them first:
#   mvn -B -q -Pbench package -DskipTests
# then, for example:
#   scripts/bench.sh PerCallBenchmark            # per-call, single thread
#   scripts/bench.sh BatchBenchmark -t 1         # batch API
#   scripts/bench.sh -l                          # list the benchmarks
# Arguments go to JMH (org.openjdk.jmh.Main); see BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f target/bench-classpath.txt || ! -f target/test-classes/META-INF/BenchmarkList ]]; then
  echo "bench.sh: build the benchmarks first: mvn -B -q -Pbench package -DskipTests" >&2
  exit 2
fi
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main "$@"
