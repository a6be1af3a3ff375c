#!/usr/bin/env bash
# Proves what a project that depends on the Cytosis library gets: installs Cytosis into the local
# Maven repository, makes a throwaway project in a temporary folder that depends on it, prints
# that project's `mvn dependency:list`, and fails if the command line's or the web server's
# libraries or an SLF4J binding are among them (docs/library.md).
#
#   scripts/check-consumer.sh            # installs first (mvn -B -o install -DskipTests)
#   scripts/check-consumer.sh --no-install
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
if [[ "${1:-}" != "--no-install" ]]; then
  mvn -B -o -q install -DskipTests
fi
version=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' pom.xml | head -1)
consumer=$(mktemp -d)
trap 'rm -rf "$consumer"' EXIT
cat > "$consumer/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>cytosis-consumer</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>org.cytosis</groupId>
      <artifactId>cytosis</artifactId>
      <version>$version</version>
    </dependency>
  </dependencies>
</project>
POM
(cd "$consumer" && mvn -B -o -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list \
  -DincludeScope=runtime -DoutputFile=deps.txt)

deps=$(sed 's/^ *//' "$consumer/deps.txt" | grep -E '^[^ ]+:[^ ]+:jar:' | sort)
echo "$deps"
echo "$(echo "$deps" | wc -l) runtime dependencies"
unwanted=$(echo "$deps" | grep -E 'javalin|jetty|kotlin|picocli|progressbar|jline|slf4j-simple|logback|log4j-slf4j' || true)
if [[ -n "$unwanted" ]]; then
  echo "FAIL: the library brings libraries it should not:" >&2
  echo "$unwanted" >&2
  exit 1
fi
echo "OK: no command-line, web-server or logging-binding library"
