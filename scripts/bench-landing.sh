#!/usr/bin/env bash
# The landing-page benchmark, run by `./hub bench landing` after it has built the WAR.
#   scripts/bench-landing.sh [--datasets N] [--requests N] [--fresh]
# Starts the hub as the search benchmark does (port 8099, N demo datasets, default 100000, the data
# generated once under target-bench/ and reused, --fresh to make it again), then runs
# LandingBenchmark: after a warm-up, N requests (default 2000) for the HTML page /datasets/{id} of
# random public datasets, with 1 and 4 client threads; reports p50, p95, p99 and the mean against
# the target p95 < 50 ms, and stops the hub.
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=2000
# shellcheck source=scripts/bench-hub.sh
. scripts/bench-hub.sh "$@"
SUMMARY=$BENCH/landing-summary.properties

prepare_data
compile_bench
start_on_data

rm -f "$SUMMARY"
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
bench_java eu.imaginghub.bench.landing.LandingBenchmark \
  --url "$URL" --requests "$REQUESTS" --summary "$SUMMARY"
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)
stop_hub

echo
echo "Landing-page benchmark: $DATASETS datasets, $REQUESTS timed pages per run," \
  "$(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1))"
printf '%-46s %s\n' \
  "first load (generate + index), s" "$FIRST_LOAD" \
  "start-up to first answer on existing data, s" "$(seconds "$RESTART_MS")" \
  "hub's own CPU use before timing, % of a core" "$BUSY" \
  "machine load average before / after timing" "$LOAD_BEFORE / $LOAD_AFTER"
echo
printf '%-24s %9s %9s %9s %9s %9s\n' "GET /datasets/{id} (ms)" p50 p95 p99 mean "pages/s"
for threads in 1 4; do
  printf '%-24s %9s %9s %9s %9s %9s\n' "HTTP, $threads thread(s)" \
    "$(figure "landing.$threads.p50")" "$(figure "landing.$threads.p95")" \
    "$(figure "landing.$threads.p99")" "$(figure "landing.$threads.mean")" \
    "$(figure "landing.$threads.rps")"
done
P95=$(figure landing.1.p95)
if awk -v p="$P95" 'BEGIN { exit !(p < 50) }'; then
  echo "target p95 < 50 ms (1 thread): met ($P95 ms)"
else
  echo "target p95 < 50 ms (1 thread): NOT met ($P95 ms)"
fi
