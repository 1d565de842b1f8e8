#!/usr/bin/env bash
# The harvest benchmark, run by `./hub bench harvest` after it has built the hub.
#   scripts/bench-harvest.sh [--datasets N]
# Starts the hub on a fresh embedded database (no demo data) on port 8099 and runs
# HarvestBenchmark: a local node serves N generated DCAT-AP datasets as paged Turtle, the hub pulls
# them, then pulls them again unchanged; Jena alone parsing the same pages is the yardstick.
set -euo pipefail
cd "$(dirname "$0")/.."

DATASETS=100000
while [ $# -gt 0 ]; do
  case "$1" in
    --datasets) DATASETS=$2; shift 2 ;;
    *) echo "usage: $0 [--datasets N]" >&2; exit 2 ;;
  esac
done

PORT=${BENCH_PORT:-8099}
BENCH=$PWD/target-bench/harvest
HUB_PID=
log() { echo "[bench] $*" >&2; }
trap '[ -n "$HUB_PID" ] && kill "$HUB_PID" 2>/dev/null; wait 2>/dev/null || true' EXIT

if [ ! -f webapp/target/hub.war ] || [ ! -f webapp/target/payara-micro.jar ]; then
  log "no built hub: run ./hub bench harvest, or build with mvn install -DskipTests first"
  exit 1
fi
rm -rf "$BENCH"
if curl -fs -o /dev/null "http://127.0.0.1:$PORT/health/ready"; then
  log "something already answers on port $PORT; stop it first"
  exit 1
fi
mkdir -p "$BENCH"
log "starting the hub on an empty embedded database"
HUB_DATA_DIR=$BENCH/data HUB_LOGIN_MODE=dev CATALOGUE_DEMO_ENABLED=false HARVESTER_FETCH_ALLOW_PRIVATE=loopback HARVESTER_RUN_TIMEOUT_MS=7200000 \
  java -Xmx8g -jar webapp/target/payara-micro.jar --deploy webapp/target/hub.war --contextroot / \
  --port "$PORT" --nocluster --disablephonehome >"$BENCH/hub.log" 2>&1 &
HUB_PID=$!
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/health/ready" && break
  kill -0 "$HUB_PID" 2>/dev/null || { log "the hub stopped; see $BENCH/hub.log"; exit 1; }
  sleep 0.5
done

log "compiling the benchmark"
mvn -B -o -q -pl bench compile -Dspotless.check.skip=true
mvn -B -o -q -pl bench dependency:build-classpath -Dmdep.outputFile="$BENCH/classpath.txt"
java -Xmx3g -cp "bench/target/classes:$(cat "$BENCH/classpath.txt")" \
  eu.imaginghub.bench.harvest.HarvestBenchmark "http://127.0.0.1:$PORT" "$DATASETS"
echo "($(nproc) cores; hub log: $BENCH/hub.log)"
