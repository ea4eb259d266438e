#!/usr/bin/env bash
# Timed run of a two-year vault (500 cases, 100 meetings, 1,500 agenda items); prints figures, asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx512m -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" nl.kring.bench.TwoYearVaultBenchmark
