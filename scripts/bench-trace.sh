#!/usr/bin/env bash
# The trace log benchmark, run by `./hub bench trace` after it has built the WAR.
#   scripts/bench-trace.sh [--traces N] [--threads N] [--per-trace N]
# Starts a development chain (anvil, 1 s blocks) and the hub on PostgreSQL in chain mode on port
# 8099, then runs TraceBenchmark beside it on the same database: traces recorded from several
# threads, the time until the hub has anchored them, and one transaction per trace for comparison.
# HUB_BENCH_DB names the PostgreSQL database (default hub_bench); the script empties it first.
set -euo pipefail
cd "$(dirname "$0")/.."

TRACES=100000
THREADS=4
PER_TRACE=1000
while [ $# -gt 0 ]; do
  case "$1" in
    --traces) TRACES=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --per-trace) PER_TRACE=$2; shift 2 ;;
    *) echo "usage: $0 [--traces N] [--threads N] [--per-trace N]" >&2; exit 2 ;;
  esac
done

PORT=${BENCH_PORT:-8099}
CHAIN_PORT=${BENCH_CHAIN_PORT:-8546}
BENCH=$PWD/target-bench/trace
DB=${HUB_BENCH_DB:-hub_bench}
DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB
# anvil's well-known development accounts #0 (the hub) and #1 (the one-per-trace comparison)
HUB_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
OTHER_KEY=0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d
PIDS=()

log() { echo "[bench] $*" >&2; }
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

if [ ! -f webapp/target/hub.war ] || [ ! -f webapp/target/payara-micro.jar ]; then
  log "no built hub: run ./hub bench trace, or build with mvn install -DskipTests first"
  exit 1
fi
if curl -fs -o /dev/null "http://127.0.0.1:$PORT/health/ready"; then
  log "something already answers on port $PORT; stop it first"
  exit 1
fi
mkdir -p "$BENCH"
HUB_IT_PG_DB=$DB scripts/postgresql.sh >&2
PGPASSWORD=hub psql -q -h 127.0.0.1 -U hub -d "$DB" -c 'drop schema if exists public cascade; create schema public' >&2
ANVIL=$(scripts/chain-tools.sh)

log "starting the development chain on port $CHAIN_PORT (1 s blocks)"
"$ANVIL" --port "$CHAIN_PORT" --block-time 1 --chain-id 31337 >"$BENCH/anvil.log" 2>&1 &
PIDS+=($!)

log "starting the hub in chain mode on PostgreSQL"
# shellcheck source=scripts/payara.sh
. scripts/payara.sh
# shellcheck disable=SC2086 # BENCH_HUB_JAVA_OPTS holds several options
HUB_DATA_DIR=$BENCH/data HUB_DB_URL=$DB_URL CATALOGUE_DEMO_ENABLED=false \
  TRACER_ANCHOR_MODE=chain TRACER_CHAIN_URL=http://127.0.0.1:$CHAIN_PORT \
  TRACER_CHAIN_PRIVATE_KEY=$HUB_KEY TRACER_ANCHOR_INTERVAL_MS=1000 TRACER_CHAIN_CONFIRMATIONS=2 \
  start_payara "$BENCH/runtime" "$BENCH/hub.log" -Xmx1g ${BENCH_HUB_JAVA_OPTS:-}
PIDS+=("$HUB_PID")
wait_ready "$HUB_PID" "$BENCH/hub.log"

log "compiling the benchmark"
mvn -B -o -q -pl bench -am compile -Dspotless.check.skip=true
mvn -B -o -q -pl bench dependency:build-classpath -Dmdep.outputFile="$BENCH/classpath.txt"
# this checkout's modules ahead of the jars in the local repository, which may be older builds
MODULES=bench/target/classes:tracer/target/classes:catalogue/target/classes:harvester/target/classes

java -Xmx1g -cp "$MODULES:$(cat "$BENCH/classpath.txt")" \
  eu.imaginghub.bench.trace.TraceBenchmark \
  --db-url "$DB_URL" --traces "$TRACES" --threads "$THREADS" --per-trace "$PER_TRACE" \
  --chain-url "http://127.0.0.1:$CHAIN_PORT" --key "$OTHER_KEY" --confirmations 2
echo "($(nproc) cores; hub log: $BENCH/hub.log)"
