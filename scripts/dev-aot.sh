#!/usr/bin/env bash
# Trains the AOT cache of the development start (`./mvnw javafx:run`), once; afterwards javafx:run uses it by
# itself (the pom's profile dev-aot is active while the cache exists). docs/performance.md, "Round 5: start-up".
#
#   scripts/dev-aot.sh          (needs a display, or xvfb-run; about half a minute)
#
# The JDK writes an AOT cache only when the class path holds jars alone, and javafx:run puts target/classes first.
# So the cache is made for javafx:run's own command line (recorded from the plugin,
# scripts/dev-aot/javafx-run-command.sh) WITHOUT its class path, in three steps:
#   1. training: scripts/dev-aot/DevAotTraining.java, run as a source file with an empty class path, loads Kring and
#      its jars through a class loader of its own and starts it as javafx:run does, with --smoke (up to the first
#      frame, then exit); the JVM lists the classes loaded (-XX:DumpLoadedClassList);
#   2. the list loses what only the training needed: the classes of Kring and its jars (loaded by that class loader,
#      they would not be used) and those of the Java compiler that runs the source file (about 1,400 classes, which
#      an AOT-linked cache would otherwise load at every start);
#   3. the JVM writes the cache from the list with javafx:run's options (-Xshare:dump -XX:+AOTClassLinking).
# The cache holds the JDK and JavaFX classes of the start, parsed and linked, and none of Kring's: recompiling Kring
# does not make it stale. It is tied to this JDK (its version is in the file name, which the profile looks for) and
# to the JavaFX jars of the module path; after a JavaFX upgrade run this script again (or ./mvnw clean): the JVM
# would otherwise print that the cache does not fit and start without it. The cache is checked before it is kept: a
# run of javafx:run's command line with -XX:AOTMode=on (which refuses a cache that does not fit) must succeed.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

scripts/dev-aot/javafx-run-command.sh "$work/args" "$@"
mapfile -t recorded < "$work/args"
options=() cp="" main="" args=()
for ((i = 0; i < ${#recorded[@]}; i++)); do
  a="${recorded[i]}"
  if [ -z "$main" ] && [ "$a" = -classpath ]; then
    cp="${recorded[++i]}"; main="${recorded[++i]}"
  elif [ -n "$main" ]; then
    args+=("$a")
  else
    case "$a" in
      -Xshare:auto|-XX:AOTCache=*) ;;   # the pom's no-op, or an earlier cache
      *) options+=("$a") ;;
    esac
  fi
done
[ -n "$cp" ] && [ -n "$main" ] || { echo "dev-aot.sh: no class path or main class in javafx:run's command line" >&2; exit 1; }

version=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p')
mkdir -p target/dev-aot
cache="target/dev-aot/kring-dev-$version.aot"
rm -f target/dev-aot/*.aot

X=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "dev-aot.sh: no display and no xvfb-run (apt-get install xvfb)" >&2; exit 1; }
  X=(xvfb-run -a -s "-screen 0 1400x900x24")
fi
echo "dev-aot.sh: training on javafx:run's first frame ($main ${args[*]} --smoke)"
KRING_HOME="$work/home" "${X[@]}" "$JAVA" -XX:DumpLoadedClassList="$work/classes" "${options[@]}" \
  -Dkring.training.classpath="$cp" scripts/dev-aot/DevAotTraining.java "$main" "${args[@]}" --smoke
# "source:" marks a class of a class loader of our own; the rest are the packages of jdk.compiler and java.compiler
grep -v -E 'source:|com[/.]sun[/.]tools[/.](javac|doclint)|com[/.]sun[/.]source|javax[/.]lang[/.]model|javax[/.]tools|javax[/.]annotation[/.]processing|jdk[/.]internal[/.]shellsupport' \
  "$work/classes" > "$work/classes.kept"
echo "dev-aot.sh: $(grep -c -v -E '^[#@]' "$work/classes.kept") of $(grep -c -v -E '^[#@]' "$work/classes") classes kept; writing the cache"
"$JAVA" -Xshare:dump -XX:SharedClassListFile="$work/classes.kept" -XX:SharedArchiveFile="$cache" -XX:+AOTClassLinking \
  -Xlog:aot=error,cds=error "${options[@]}" > "$work/dump" 2>&1 || { cat "$work/dump" >&2; rm -f "$cache"; exit 1; }
[ -f "$cache" ] || { echo "dev-aot.sh: the JVM wrote no cache" >&2; exit 1; }

if ! KRING_HOME="$work/home" "$JAVA" -XX:AOTMode=on -XX:AOTCache="$cache" "${options[@]}" -classpath "$cp" "$main" --version \
    > "$work/check" 2>&1; then
  cat "$work/check" >&2
  rm -f "$cache"
  echo "dev-aot.sh: javafx:run's command line refuses the cache; removed it (javafx:run starts as before)" >&2
  exit 1
fi
echo "dev-aot.sh: $cache ($(du -h "$cache" | cut -f1)); ./mvnw javafx:run now starts with it"
