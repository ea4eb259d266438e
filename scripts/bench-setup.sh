# Sourced by the bench scripts (not run on its own): moves to the repository's root, sets JDK 25, compiles main and
# test classes and puts the dependencies' class path (test scope) in DEPS.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
DEPS=$(cat target/test-classpath.txt)
