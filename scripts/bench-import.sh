#!/usr/bin/env bash
# `kring import` of the 1x file (500 cases, 100 meetings, 1,500 agenda items; nl.kring.bench.VaultData) into a new
# vault, PAIRED (issue 17, round 6): per round every variant below runs once as a fresh JVM, order reversed every other
# round, so the machine's load falls on all alike. Prints per variant min/median/max of wall and CPU (user+sys of the
# process) seconds and the CPU median's ratio to the first variant's. Asserts nothing.
#
#   scripts/bench-import.sh [ROUNDS]                      (default 5; needs target/kring.jar, made if missing)
#   KRING_BENCH_BASE=DIR_OR_JAR scripts/bench-import.sh   also another build's classes (e.g. main's), first
#
# Variants (the JVM's options, each alone and together; the AOT caches are trained here on `kring demo`, a new vault
# filled with the demo data, as installer/build.sh trains the command-line launcher's):
#   base         KRING_BENCH_BASE's classes with the dependencies' jars, the JVM's defaults
#   classes      this build's target/classes with the same jars, the JVM's defaults (the same comparison)
#   jar          java -jar target/kring.jar, the JVM's defaults (what the GUI launcher runs)
#   c1           + -XX:TieredStopAtLevel=1
#   serial       + -XX:+UseSerialGC
#   aot          + an AOT cache trained with the defaults
#   c1-serial    + both
#   cli          + both and an AOT cache trained with them: the options of the installed kring-cli launcher
set -euo pipefail
ROUNDS=${1:-5}
source "$(dirname "$0")/bench-setup.sh"
[ -f target/kring.jar ] || ./mvnw -q -o -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KRING_PASSPHRASE="Zeven zeeuwse zeilers zingen zachtjes 2026"
JAVA=("$JAVA_HOME/bin/java" -Xmx2g -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true)
C1_SERIAL=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
"${JAVA[@]}" -cp "target/test-classes:target/classes:$DEPS" nl.kring.bench.VaultData 1 "$work/1.json" >/dev/null
cp target/kring.jar "$work/kring.jar"
"${JAVA[@]}" -XX:AOTCacheOutput="$work/default.aot" -jar "$work/kring.jar" demo --vault "$work/train1" >/dev/null 2>&1
"${JAVA[@]}" "${C1_SERIAL[@]}" -XX:AOTCacheOutput="$work/cli.aot" -jar "$work/kring.jar" demo --vault "$work/train2" >/dev/null 2>&1
[ -f "$work/default.aot" ] && [ -f "$work/cli.aot" ] || { echo "AOT cache training failed"; exit 1; }
QUIET_AOT=(-Xlog:aot=off,cds=off)

variants=()
[ -n "${KRING_BENCH_BASE:-}" ] && variants+=(base)
variants+=(classes jar c1 serial aot c1-serial cli)
args_of() {
  case $1 in
    base) echo -cp "$KRING_BENCH_BASE:$DEPS" nl.kring.Main ;;
    classes) echo -cp "target/classes:$DEPS" nl.kring.Main ;;
    jar) echo -jar "$work/kring.jar" ;;
    c1) echo -XX:TieredStopAtLevel=1 -jar "$work/kring.jar" ;;
    serial) echo -XX:+UseSerialGC -jar "$work/kring.jar" ;;
    aot) echo -XX:AOTCache="$work/default.aot" "${QUIET_AOT[@]}" -jar "$work/kring.jar" ;;
    c1-serial) echo "${C1_SERIAL[@]}" -jar "$work/kring.jar" ;;
    cli) echo "${C1_SERIAL[@]}" -XX:AOTCache="$work/cli.aot" "${QUIET_AOT[@]}" -jar "$work/kring.jar" ;;
  esac
}

TIMEFORMAT='%3R %3U %3S'
echo "import 1x, $ROUNDS paired rounds, $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= ROUNDS; r++)); do
  order=("${variants[@]}")
  ((r % 2 == 0)) && order=($(printf '%s\n' "${variants[@]}" | tac))
  for v in "${order[@]}"; do
    rm -rf "$work/imp"
    # shellcheck disable=SC2046 # the arguments hold no spaces
    t=$( { time "${JAVA[@]}" $(args_of "$v") import --vault "$work/imp" --json "$work/1.json" >"$work/out" 2>&1 ; } 2>&1 ) \
      || { echo "$v failed:"; cat "$work/out"; exit 1; }
    read -r wall user sys <<<"$t"
    echo "$v $wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }')" >> "$work/results"
  done
  echo "round $r done, load average $(cut -d' ' -f1 /proc/loadavg)"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "seconds (wall; cpu = user+sys of the process); ratio = cpu median / the first variant's:"
awk -v order="${variants[*]}" -f scripts/bench-median.awk -f /dev/stdin "$work/results" <<'AWK'
  { n[$1]++; w[$1, n[$1]] = $2; c[$1, n[$1]] = $3 }
  END {
    k = split(order, vs, " ")
    for (i = 1; i <= k; i++) {
      v = vs[i]; mw = med(w, v, n[v]); wl = lo; wh = hi; mc = med(c, v, n[v])
      if (i == 1) first = mc
      printf "  %-10s n=%d  wall min %6.2f median %6.2f max %6.2f   cpu min %6.2f median %6.2f max %6.2f   ratio %.2f\n",
        v, n[v], wl, mw, wh, lo, mc, hi, mc / first
    }
  }
AWK
