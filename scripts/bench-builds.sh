#!/usr/bin/env bash
# Two builds side by side, PAIRED (issue 17, round 7): another build's jar (KRING_BENCH_BASE_JAR, e.g. main's
# target/kring.jar) and this build's target/kring.jar, each run two ways: with the JVM's defaults (`java -jar`, what the
# GUI launcher runs) and with the installed command line's options (`kring-cli`: C1 only, the serial collector and an
# AOT cache trained here on `kring demo` with them, as installer/build.sh trains it). Per round, every variant imports
# the 1x file into a new vault and exports meeting 2026-11-26 from its own 1x and 5x vault (each made once, before the
# rounds, by that build's own import, as a user's vault is made by the Kring they run). Order reversed every other
# round. Prints CPU (user+sys of the process) min/median/max per variant and step, and the export's 5x/1x ratio.
# Asserts nothing.
#
#   KRING_BENCH_BASE_JAR=/path/to/main/kring.jar scripts/bench-builds.sh [ROUNDS]     (default 4)
set -euo pipefail
ROUNDS=${1:-4}
: "${KRING_BENCH_BASE_JAR:?set KRING_BENCH_BASE_JAR to the jar of another build}"
source "$(dirname "$0")/bench-setup.sh"
[ -f target/kring.jar ] || ./mvnw -q -o -DskipTests package
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
export KRING_PASSPHRASE="Zeven zeeuwse zeilers zingen zachtjes 2026"
J=("$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED)
CLI=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
for s in 1 5; do
  "${J[@]}" -cp "target/test-classes:target/classes:$DEPS" nl.kring.bench.VaultData "$s" "$W/$s.json" >/dev/null
done
cp "$KRING_BENCH_BASE_JAR" "$W/base.jar"
cp target/kring.jar "$W/this.jar"
for b in base this; do
  "${J[@]}" "${CLI[@]}" -XX:AOTCacheOutput="$W/$b-cli.aot" -jar "$W/$b.jar" demo --vault "$W/train-$b" >/dev/null 2>&1
  [ -f "$W/$b-cli.aot" ] || { echo "AOT cache training failed for $b"; exit 1; }
  for s in 1 5; do "${J[@]}" -jar "$W/$b.jar" import --vault "$W/$b-v$s" --json "$W/$s.json" >/dev/null; done
done
args() {
  case $1 in
    *-jar) echo -jar "$W/${1%%-*}.jar" ;;
    *-cli) echo "${CLI[@]}" -XX:AOTCache="$W/${1%%-*}-cli.aot" -Xlog:aot=off,cds=off -jar "$W/${1%%-*}.jar" ;;
  esac
}
TIMEFORMAT='%3R %3U %3S'
variants=(base-jar this-jar base-cli this-cli)
echo "import 1x, export 1x and 5x; $ROUNDS paired rounds, $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= ROUNDS; r++)); do
  order=("${variants[@]}")
  ((r % 2 == 0)) && order=($(printf '%s\n' "${variants[@]}" | tac))
  for v in "${order[@]}"; do
    b=${v%%-*}
    rm -rf "$W/imp"
    # shellcheck disable=SC2046 # the arguments hold no spaces
    t=$( { time "${J[@]}" $(args "$v") import --vault "$W/imp" --json "$W/1.json" >/dev/null 2>&1; } 2>&1 )
    echo "$r $v import $(echo "$t" | awk '{print $2 + $3}')"
    for s in 1 5; do
      rm -rf "$W/out"
      # shellcheck disable=SC2046
      t=$( { time "${J[@]}" $(args "$v") export --vault "$W/$b-v$s" --meeting 2026-11-26 --out "$W/out" >"$W/log" 2>&1; } 2>&1 )
      grep -q "files written" "$W/log" || { echo "the export failed: $(tail -2 "$W/log")"; exit 1; }
      echo "$r $v export$s $(echo "$t" | awk '{print $2 + $3}')"
    done
  done
done | tee "$W/raw"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v order="${variants[*]}" -f scripts/bench-median.awk -f /dev/stdin "$W/raw" <<'AWK'
  NF == 4 && $1 ~ /^[0-9]+$/ { key = $2 " " $3; c[key, ++n[key]] = $4 }
  function f(key,   m) { m = med(c, key, n[key]); return sprintf("%.2f (%.2f-%.2f)", m, lo, hi) }
  END {
    k = split(order, vs, " ")
    for (i = 1; i <= k; i++) {
      v = vs[i]
      printf "%-9s import %s  export 1x %s  5x %s  5x/1x %.2f\n", v, f(v " import"), f(v " export1"), f(v " export5"),
        med(c, v " export5", n[v " export5"]) / med(c, v " export1", n[v " export1"])
    }
  }
AWK
