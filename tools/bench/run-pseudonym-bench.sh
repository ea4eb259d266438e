#!/usr/bin/env bash
# Runs the pseudonymisation JMH benchmark (not part of ./mvnw verify).
# Usage: tools/bench/run-pseudonym-bench.sh [forks] [warmup iterations] [measurement iterations] [seconds]
# Set MVN_FLAGS="" to let Maven go online (default: offline).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
MVN_FLAGS=${MVN_FLAGS--o}
# JDK 23+ no longer runs annotation processors found on the class path by default: ask for them, so
# JMH's generator writes META-INF/BenchmarkList
./mvnw $MVN_FLAGS -q test-compile -Dmaven.compiler.proc=full
./mvnw $MVN_FLAGS -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
# run from a copy, so that a concurrent ./mvnw test (which recompiles without the processor) cannot
# pull the generated benchmark classes away
rm -rf target/bench-classes && mkdir -p target/bench-classes
cp -r target/test-classes target/bench-classes/test && cp -r target/classes target/bench-classes/main
exec "$JAVA_HOME/bin/java" -cp "target/bench-classes/test:target/bench-classes/main:$(cat target/bench-cp.txt)" \
    nl.kring.pseudonym.bench.PseudonymBenchMain "$@"
