#!/usr/bin/env bash
# Writes COUNT generated student answers (CSV) to the scenarios of testcases-grading/key.csv to
# stdout, from a fixed seed (reproducible), for measuring grade:
#   scripts/gen-answers.sh 30000 > /tmp/answers-30k.csv
#   bin/cytosis grade --key testcases-grading/key.csv --answers /tmp/answers-30k.csv
# Build the generator first: mvn -B -q -Pbench package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f target/bench-classpath.txt || ! -f target/test-classes/META-INF/BenchmarkList ]]; then
  echo "gen-answers.sh: build it first: mvn -B -q -Pbench package -DskipTests" >&2
  exit 2
fi
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.cytosis.bench.GenerateAnswers "$@"
