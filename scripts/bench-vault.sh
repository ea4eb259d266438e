#!/usr/bin/env bash
# A vault of 1x and 5x on disk (1x = the two-year vault: 500 cases, 100 meetings, 1,500 agenda items; 5x = 2,500
# cases, 500 meetings, 7,500 items; every meeting 15 items), PAIRED: each round runs every step on both vaults, in
# alternating order, each step a fresh JVM as a user runs it (`kring import|verify|export|retention`), plus the open
# of the vault inside one JVM (and, after the rounds, ten paired opens and closes in one warm JVM). Prints per step
# and scale min/median/max of wall and CPU (user+sys) seconds and the ratio 5x/1x of the medians. Asserts nothing.
#
#   scripts/bench-vault.sh [ROUNDS]        (default 5)
#   KRING_BENCH_BASE=DIR scripts/bench-vault.sh
#       also imports the 1x file and exports the meeting from both vaults with the classes in DIR (another build's
#       target/classes or jar, e.g. main's) in the same rounds, and prints import(base)/import for the 1x vault and
#       the base's export 5x/1x beside this build's.
#   KRING_BENCH_STEPS="export" scripts/bench-vault.sh 9
#       only these steps (of: import verify export retention open), e.g. the export alone with more rounds.
set -euo pipefail
ROUNDS=${1:-5}
source "$(dirname "$0")/bench-setup.sh"
CP="target/classes:$DEPS"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KRING_PASSPHRASE="Zeven zeeuwse zeilers zingen zachtjes 2026"
JAVA=("$JAVA_HOME/bin/java" -Xmx2g -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true)
MEETING=2026-11-26
STEPS=" ${KRING_BENCH_STEPS:-import verify export retention open} "
step() { [[ "$STEPS" == *" $1 "* ]]; }
for s in 1 5; do
  "${JAVA[@]}" -cp "target/test-classes:$CP" nl.kring.bench.VaultData "$s" "$work/$s.json"
  "${JAVA[@]}" -cp "$CP" nl.kring.Main import --vault "$work/vault-$s" --json "$work/$s.json" >/dev/null
done

TIMEFORMAT='%3R %3U %3S'
# step scale command...: runs the command, appends "step scale wall cpu" to the results
timed() {
  local step=$1 scale=$2 t; shift 2
  t=$( { time "$@" >"$work/out" 2>&1 ; } 2>&1 ) || { echo "$step $scale failed:"; cat "$work/out"; exit 1; }
  read -r wall user sys <<<"$t"
  echo "$step $scale $wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }')" >> "$work/results"
}

echo "vault steps, $ROUNDS paired rounds, $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= ROUNDS; r++)); do
  scales=(1 5); ((r % 2 == 0)) && scales=(5 1)
  for s in "${scales[@]}"; do
    if step import; then
    rm -rf "$work/imp"
    timed import "$s" "${JAVA[@]}" -cp "$CP" nl.kring.Main import --vault "$work/imp" --json "$work/$s.json"
    if [ -n "${KRING_BENCH_BASE:-}" ] && [ "$s" = 1 ]; then
      rm -rf "$work/imp"
      timed import-base "$s" "${JAVA[@]}" -cp "$KRING_BENCH_BASE:$DEPS" nl.kring.Main import --vault "$work/imp" --json "$work/$s.json"
    fi
    fi
    if step open; then
    ms=$("${JAVA[@]}" -cp "target/test-classes:$CP" 'nl.kring.bench.VaultData$Open' "$work/vault-$s" | sed -n 's/open \([0-9]*\) ms/\1/p')
    echo "open-in-jvm $s $(awk -v m="$ms" 'BEGIN { printf "%.3f", m / 1000 }') -" >> "$work/results"
    fi
    step verify && timed verify "$s" "${JAVA[@]}" -cp "$CP" nl.kring.Main verify --vault "$work/vault-$s"
    # with a base: its export and this build's, in alternating order
    exports=(export export-base); ((r % 2 == 0)) && exports=(export-base export)
    step export || exports=()
    for e in "${exports[@]}"; do
      [ "$e" = export-base ] && [ -z "${KRING_BENCH_BASE:-}" ] && continue
      cp="$CP"; [ "$e" = export-base ] && cp="$KRING_BENCH_BASE:$DEPS"
      rm -rf "$work/export"
      timed "$e" "$s" "${JAVA[@]}" -cp "$cp" nl.kring.Main export --vault "$work/vault-$s" --meeting "$MEETING" --out "$work/export"
    done
    step retention && timed retention "$s" "${JAVA[@]}" -cp "$CP" nl.kring.Main retention --vault "$work/vault-$s" --as-of 2026-12-01
  done
  echo "round $r done"
done
# The open and close once more, in one warm JVM (CPU of the opening thread, which also runs H2's compaction at the
# close), paired, on the vaults as the rounds left them (opened, verified, exported from, many times).
if step open; then
  "${JAVA[@]}" -cp "target/test-classes:$CP" 'nl.kring.bench.VaultData$OpenLoop' 10 "$work/vault-1" "$work/vault-5" \
    | sed -e "s|$work/||"
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "seconds (wall; cpu = user+sys of the process):"
awk -f scripts/bench-median.awk -f /dev/stdin "$work/results" <<'AWK'
  { key = $1 " " $2; n[key]++; w[key, n[key]] = $3; c[key, n[key]] = $4; if (!($1 in seen)) { seen[$1] = 1; order[++steps] = $1 } }
  END {
    for (k = 1; k <= steps; k++) {
      st = order[k]
      for (s = 1; s <= 5; s += 4) {
        key = st " " s; if (!(key in n)) continue
        mw[key] = med(w, key, n[key]); wl = lo; wh = hi
        line = sprintf("  %-12s %dx  n=%d  wall min %6.2f median %6.2f max %6.2f", st, s, n[key], wl, mw[key], wh)
        if (c[key, 1] != "-") { mc[key] = med(c, key, n[key]); line = line sprintf("   cpu min %6.2f median %6.2f max %6.2f", lo, mc[key], hi) }
        print line
      }
      if ((st " 1") in mw && (st " 5") in mw)
        printf "  %-12s 5x/1x: wall %.2f%s\n", st, mw[st " 5"] / mw[st " 1"], (st " 1") in mc ? sprintf(", cpu %.2f", mc[st " 5"] / mc[st " 1"]) : ""
    }
    if (("import-base 1") in mw)
      printf "  import 1x, base/new: wall %.2f, cpu %.2f\n", mw["import-base 1"] / mw["import 1"], mc["import-base 1"] / mc["import 1"]
  }
AWK
