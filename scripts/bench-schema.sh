#!/usr/bin/env bash
# What the schema costs, PAIRED (issue 17, round 5): per round, each as a fresh JVM (nl.kring.bench.SchemaFloor), an
# encrypted H2 file only opened (none), created by Flyway's migrations as a new vault is (flyway), created from one
# dumped schema script without Flyway (script), and a migrated file opened with Flyway's validation as every command
# does (reopen); order reversed every other round. Prints min/median/max CPU (user+sys) per mode and the differences
# of the medians to "none". Asserts nothing.
#
#   scripts/bench-schema.sh [ROUNDS]        (default 5)
set -euo pipefail
ROUNDS=${1:-5}
source "$(dirname "$0")/bench-setup.sh"
CP="target/test-classes:target/classes:$DEPS"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
JAVA=("$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" nl.kring.bench.SchemaFloor)
"${JAVA[@]}" dump "$work/migrated" "$work/schema.sql" >/dev/null 2>&1
echo "schema, $ROUNDS paired rounds, $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= ROUNDS; r++)); do
  modes=(none flyway script reopen); ((r % 2 == 0)) && modes=(reopen script flyway none)
  for m in "${modes[@]}"; do
    rm -rf "$work/db"
    case $m in
      reopen) args=(flyway "$work/migrated") ;;
      script) args=(script "$work/db" "$work/schema.sql") ;;
      *) args=("$m" "$work/db") ;;
    esac
    /usr/bin/time -o "$work/t" -f "%U %S" "${JAVA[@]}" "${args[@]}" >/dev/null 2>&1
    echo "$m $(awk '{ printf "%.3f", $1 + $2 }' "$work/t")" >> "$work/results"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
sort -k1,1 -k2n "$work/results" | awk '
  { v[$1, ++n[$1]] = $2 }
  END {
    for (m in n) { c = n[m]; med[m] = c % 2 ? v[m, (c + 1) / 2] : (v[m, c / 2] + v[m, c / 2 + 1]) / 2
      printf "  %-7s n=%d  cpu min %5.2f median %5.2f max %5.2f s\n", m, c, v[m, 1], med[m], v[m, c] }
    printf "  new vault: flyway - none %.2f s, script - none %.2f s; every open: reopen - none %.2f s\n",
      med["flyway"] - med["none"], med["script"] - med["none"], med["reopen"] - med["none"]
  }'
