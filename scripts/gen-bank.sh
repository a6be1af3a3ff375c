#!/usr/bin/env bash
# Writes a CSV bank of COUNT generated scenarios with answer keys to stdout, from a fixed seed
# (reproducible), for measuring validate:
#   scripts/gen-bank.sh 30000 > /tmp/bank-30k.csv
# Build the generator first: mvn -B -q -Pbench package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f target/bench-classpath.txt || ! -f target/test-classes/META-INF/BenchmarkList ]]; then
  echo "gen-bank.sh: build it first: mvn -B -q -Pbench package -DskipTests" >&2
  exit 2
fi
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.cytosis.bench.GenerateBank "$@"
