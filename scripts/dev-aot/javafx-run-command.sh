#!/usr/bin/env bash
# Writes the java command line that `./mvnw javafx:run` would start (its arguments, one a line, without the java
# executable) to FILE, without starting Kring. Maven runs this same script as the plugin's java
# (-Djavafx.executable); it records its arguments and the time it was called (FILE.time, ms since the epoch) and
# exits. The plugin takes the JDK it resolves the module path against from the executable's folder, so the script
# is given to it as bin/java of a shadow JDK (links to JAVA_HOME's folders). Used by scripts/dev-aot.sh and
# scripts/bench-startup.sh, so that both use the plugin's own module path, class path and options.
#
#   scripts/dev-aot/javafx-run-command.sh FILE [MAVEN OPTIONS...]
set -euo pipefail
if [ -n "${KRING_RECORD_JAVA_ARGS:-}" ]; then   # called by the javafx-maven-plugin in place of java
  date +%s%3N > "$KRING_RECORD_JAVA_ARGS.time"
  printf '%s\n' "$@" > "$KRING_RECORD_JAVA_ARGS"
  exit 0
fi
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
out="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
cd "$(dirname "$0")/../.."
shadow=$(mktemp -d)
trap 'rm -rf "$shadow"' EXIT
for f in "$JAVA_HOME"/*; do
  [ "$(basename "$f")" = bin ] || ln -s "$f" "$shadow/"
done
mkdir "$shadow/bin"
ln -s "$self" "$shadow/bin/java"
rm -f "$out" "$out.time"
KRING_RECORD_JAVA_ARGS="$out" ./mvnw -q "$@" javafx:run -Djavafx.executable="$shadow/bin/java"
grep -qx -- -classpath "$out" || { echo "javafx-run-command.sh: no class path in javafx:run's command line" >&2; exit 1; }
