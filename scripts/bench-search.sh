#!/usr/bin/env bash
# The search benchmark, run by `./hub bench` after it has built the WAR.
#   scripts/bench-search.sh [--datasets N] [--requests N] [--fresh]
# Starts the hub on Payara Micro with N demo datasets (default 100000) on port 8099, times its
# start-up to the first search answer, runs SearchBenchmark (the faceted search over HTTP, then
# straight on the Lucene index), reports the heap in use and stops the hub. The data directory
# under target-bench/ is kept, so the datasets are generated only on the first run for a size;
# that first load is timed too, but the figure that matters is the restart on existing data.
# --fresh generates the data again: needed when the index mapping or the demo generator changed.
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=1000
# shellcheck source=scripts/bench-hub.sh
. scripts/bench-hub.sh "$@"

prepare_data
compile_bench
start_on_data

rm -f "$SUMMARY"
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
bench_java eu.imaginghub.bench.search.SearchBenchmark \
  --url "$URL" --index "$DATA/index/dataset" --requests "$REQUESTS" --summary "$SUMMARY"

LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)
HEAP_MB=$(heap_used_mb)
RSS_MB=$(($(ps -o rss= -p "$HUB_PID") / 1024))
stop_hub

# What each engine keeps on disk for the data, measured with the hub stopped (files closed).
DB_BYTES=$(stat -c %s "$DATA/db/hub.mv.db")
INDEX_BYTES=$(du -sb "$DATA/index" | cut -f1)
on_disk() { awk -v b="$1" -v n="$DATASETS" 'BEGIN { printf "%.0f MB, %.0f bytes per dataset", b / 1048576, b / n }'; }

echo
echo "Search benchmark: $DATASETS datasets, $REQUESTS timed requests per run, $(nproc) cores"
printf '%-46s %s\n' \
  "first load (generate + index), s" "$FIRST_LOAD" \
  "start-up to first answer on existing data, s" "$(seconds "$RESTART_MS")" \
  "wait for the hub to go idle after start-up, s" "$(seconds "$SETTLE_MS")" \
  "hub's own CPU use before timing, % of a core" "$BUSY" \
  "heap used after full GC, MB" "$HEAP_MB" \
  "resident memory of the hub, MB" "$RSS_MB" \
  "data directory on disk" "$(du -sh "$DATA" | cut -f1)" \
  "H2 database file" "$(on_disk "$DB_BYTES")" \
  "Lucene index" "$(on_disk "$INDEX_BYTES")" \
  "machine load average before / after timing" "$LOAD_BEFORE / $LOAD_AFTER"
echo
printf '%-22s %9s %9s %9s %9s\n' "search (ms)" p50 p90 p99 "ops/s"
for run in http.1 http.4 lucene.1; do
  case $run in
    http.*) label="HTTP, ${run#http.} thread(s)" ;;
    *) label="Lucene, 1 thread" ;;
  esac
  printf '%-22s %9s %9s %9s %9s\n' "$label" \
    "$(figure "$run.p50")" "$(figure "$run.p90")" "$(figure "$run.p99")" "$(figure "$run.rps")"
done
echo "HTTP p50 / Lucene p50: $(figure ratio)"
