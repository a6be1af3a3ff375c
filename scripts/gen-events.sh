#!/usr/bin/env bash
# Writes COUNT generated events as JSON Lines to stdout, from a fixed seed (reproducible):
#   scripts/gen-events.sh 1000000 > /tmp/events.jsonl              # structured fields
#   scripts/gen-events.sh 100000 english > /tmp/english.jsonl      # English descriptions only
# Build the generator first: mvn -B -q -Pbench package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f target/bench-classpath.txt || ! -f target/test-classes/META-INF/BenchmarkList ]]; then
  echo "gen-events.sh: build it first: mvn -B -q -Pbench package -DskipTests" >&2
  exit 2
fi
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.cytosis.bench.GenerateEvents "$@"
