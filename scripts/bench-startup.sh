#!/usr/bin/env bash
# Start-up of `kring --smoke` beside a bare JavaFX window, each started 5 times under Xvfb. Prints figures only.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -f target/kring.jar ] || ./mvnw -q -o -DskipTests package
./mvnw -q -o test-compile
home=$(mktemp -d)
for i in 1 2 3 4 5; do
  printf 'kring --smoke      : '
  KRING_HOME=$home xvfb-run -a -s "-screen 0 1400x900x24" "$JAVA_HOME/bin/java" -jar target/kring.jar --smoke 2>/dev/null | grep "first frame"
  printf 'bare JavaFX window : '
  xvfb-run -a -s "-screen 0 1400x900x24" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
    -cp "target/test-classes:target/kring.jar" nl.kring.bench.BareWindow\$Launcher 2>/dev/null | grep "first frame"
done
rm -rf "$home"
