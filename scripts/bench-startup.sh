#!/usr/bin/env bash
# Start-up of Kring beside a bare JavaFX window, PAIRED: every round starts each program once, in alternating
# order, so that the load of a shared machine falls on all of them alike. Prints per program min/median/max of the
# time from JVM start to the first frame (what each program prints itself), and the ratio of the medians to the
# bare window. Asserts nothing.
#
#   scripts/bench-startup.sh [ROUNDS]          (default 10)
#
# Programs:
#   bare       a JavaFX window with one label (src/test/java/nl/kring/bench/BareWindow.java) on the JDK
#   image      the app image of installer/build.sh, target/installer/Kring/bin/Kring --smoke (with its AOT cache)
#   image-noaot the same app image without the AOT cache (a copy whose launcher has no -XX:AOTCache)
#   jar        java -jar target/kring.jar --smoke on the JDK
#   run        the java command line of `./mvnw javafx:run` (recorded from the plugin, with its module path, class path
#              target/classes:<jars> and --demo) plus --smoke, as on a fresh clone: without the development AOT cache
#   run-aot    the same with the development AOT cache of scripts/dev-aot.sh, as javafx:run starts once it exists
#              (skipped when target/dev-aot holds no cache for this JDK)
#   bare-mp    the bare window with JavaFX on the module path as javafx:run has it (the same options)
#   maven      not a window: the ms from starting `./mvnw -o -q javafx:run` until Maven starts java, which the run
#              programs leave out; printed beside them, not divided by the bare window
# The image programs are skipped when target/installer/Kring is missing (build it: KRING_SKIP_PACKAGE=1
# installer/build.sh). Needs xvfb-run when there is no display (apt-get install xvfb), and GTK 3 (libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
ROUNDS=${1:-10}
[ -f target/kring.jar ] || ./mvnw -q -o -DskipTests package
[ -f target/test-classes/nl/kring/bench/BareWindow.class ] || ./mvnw -q -o test-compile

X=()
if [ -z "${DISPLAY:-}" ]; then
  X=(xvfb-run -a -s "-screen 0 1400x900x24")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

programs=(bare jar)
if [ -x target/installer/Kring/bin/Kring ]; then
  cp -a target/installer/Kring "$work/Kring-noaot"
  rm -f "$work/Kring-noaot/lib/app/kring.aot"
  sed -i '/AOTCache/d' "$work/Kring-noaot/lib/app/Kring.cfg"
  programs=(bare image image-noaot jar)
fi

# javafx:run's own java command line (this also compiles what changed, as javafx:run does)
scripts/dev-aot/javafx-run-command.sh "$work/run.args" -o
mapfile -t recorded < "$work/run.args"
RUN=() RUN_AOT=() BARE_MP=() devcache=""
for a in "${recorded[@]}"; do
  case "$a" in
    -XX:AOTCache=*) devcache="${a#-XX:AOTCache=}"; RUN+=(-Xshare:auto); RUN_AOT+=("$a") ;;
    -Xshare:auto) RUN+=("$a"); RUN_AOT+=("$a") ;;
    *) RUN+=("$a"); RUN_AOT+=("$a") ;;
  esac
done
RUN+=(--smoke); RUN_AOT+=(--smoke)
for ((i = 0; i < ${#recorded[@]}; i++)); do   # the options and module path, then the bare window's class path
  [ "${recorded[i]}" = -classpath ] && break
  case "${recorded[i]}" in -XX:AOTCache=*) ;; *) BARE_MP+=("${recorded[i]}") ;; esac
done
BARE_MP+=(-classpath target/test-classes 'nl.kring.bench.BareWindow$Launcher')
programs+=(bare-mp run)
if [ -z "$devcache" ]; then
  version=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p')
  if [ -f "target/dev-aot/kring-dev-$version.aot" ]; then   # the profile was not active for the recording
    devcache="$PWD/target/dev-aot/kring-dev-$version.aot"
    for ((i = 0; i < ${#RUN_AOT[@]}; i++)); do
      [ "${RUN_AOT[i]}" = -Xshare:auto ] && RUN_AOT[i]="-XX:AOTCache=$devcache"
    done
  fi
fi
[ -n "$devcache" ] && programs+=(run-aot)
programs+=(maven)

run() {
  local home="$work/home" out
  rm -rf "$home"; mkdir -p "$home"
  case "$1" in
    bare) out=$("${X[@]}" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
            -cp "target/test-classes:target/kring.jar" 'nl.kring.bench.BareWindow$Launcher' 2>/dev/null) ;;
    image) out=$(env -i PATH=/usr/bin:/bin HOME="$home" KRING_HOME="$home" ${DISPLAY:+DISPLAY=$DISPLAY} "${X[@]}" target/installer/Kring/bin/Kring --smoke 2>/dev/null) ;;
    image-noaot) out=$(env -i PATH=/usr/bin:/bin HOME="$home" KRING_HOME="$home" ${DISPLAY:+DISPLAY=$DISPLAY} "${X[@]}" "$work/Kring-noaot/bin/Kring" --smoke 2>/dev/null) ;;
    jar) out=$(KRING_HOME="$home" "${X[@]}" "$JAVA_HOME/bin/java" -jar target/kring.jar --smoke 2>/dev/null) ;;
    bare-mp) out=$("${X[@]}" "$JAVA_HOME/bin/java" "${BARE_MP[@]}" 2>/dev/null) ;;
    run) out=$(KRING_HOME="$home" "${X[@]}" "$JAVA_HOME/bin/java" "${RUN[@]}" 2>/dev/null) ;;
    run-aot) out=$(KRING_HOME="$home" "${X[@]}" "$JAVA_HOME/bin/java" "${RUN_AOT[@]}" 2>/dev/null) ;;
    maven)
      local t0
      t0=$(date +%s%3N)
      scripts/dev-aot/javafx-run-command.sh "$work/maven.args" -o >/dev/null 2>&1
      echo $(($(cat "$work/maven.args.time") - t0))
      return ;;
  esac
  # "first frame after 812 ms (1033 ms since JVM start)" -> 1033
  sed -n 's/.*first frame after [0-9]* ms (\([0-9]*\) ms since JVM start).*/\1/p' <<<"$out"
}

echo "start-up, $ROUNDS paired rounds, $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= ROUNDS; r++)); do
  order=("${programs[@]}")
  if ((r % 2 == 0)); then   # every other round in reverse order
    order=(); for ((i = ${#programs[@]} - 1; i >= 0; i--)); do order+=("${programs[i]}"); done
  fi
  line="round $r:"
  for p in "${order[@]}"; do
    ms=$(run "$p")
    echo "$p $ms" >> "$work/results"
    line+=" $p=${ms:-failed}"
  done
  echo "$line"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "ms from JVM start to first frame:"
awk -v progs="${programs[*]}" '
  $2 != "" { v[$1, ++n[$1]] = $2 }
  END {
    split(progs, P, " ")
    for (k = 1; k in P; k++) {
      p = P[k]; c = n[p]
      for (i = 1; i <= c; i++) a[i] = v[p, i]
      for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      med[p] = c % 2 ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2
      printf "  %-12s n=%-3d min %6d  median %8.1f  max %6d", p, c, a[1], med[p], a[c]
      if (p == "maven") printf "   (Maven until it starts java; not in the ratios)"
      else if (p != "bare" && med["bare"] > 0) printf "   median/bare %.2f", med[p] / med["bare"]
      if ((p == "run" || p == "run-aot") && med["bare-mp"] > 0) printf "   median/bare-mp %.2f", med[p] / med["bare-mp"]
      printf "\n"
      delete a
    }
    if (med["maven"] > 0 && med["run-aot"] > 0)
      printf "  ./mvnw javafx:run to its first frame (medians maven + run-aot): %.0f ms\n", med["maven"] + med["run-aot"]
  }' "$work/results"
