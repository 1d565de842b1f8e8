#!/usr/bin/env bash
# The harvest benchmark, run by `./hub bench harvest` after it has built the hub.
#   scripts/bench-harvest.sh [--datasets N] [--db h2|postgresql]
# Starts the hub on a fresh database (no demo data; the embedded H2 unless --db postgresql, which
# empties the local PostgreSQL database $HUB_IT_PG_DB, default hub_bench, made by
# scripts/postgresql.sh) on port $BENCH_PORT (default 8099) and runs
# HarvestBenchmark: a local node serves N generated DCAT-AP datasets as paged Turtle, the hub pulls
# them, then pulls them again unchanged; Jena alone parsing the same pages is the yardstick.
set -euo pipefail
cd "$(dirname "$0")/.."

DATASETS=100000
DB=h2
while [ $# -gt 0 ]; do
  case "$1" in
    --datasets) DATASETS=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    *) echo "usage: $0 [--datasets N] [--db h2|postgresql]" >&2; exit 2 ;;
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
DB_ENV=()
case "$DB" in
  h2) ;;
  postgresql)
    PG_DB=${HUB_IT_PG_DB:-hub_bench}
    HUB_IT_PG_DB=$PG_DB bash scripts/postgresql.sh >&2
    su postgres -c "psql -v ON_ERROR_STOP=1 -q -d $PG_DB -c 'drop schema public cascade; create schema public authorization hub'"
    DB_ENV=(HUB_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DB" HUB_DB_USER=hub HUB_DB_PASSWORD=hub)
    ;;
  *) echo "--db is h2 or postgresql" >&2; exit 2 ;;
esac
# the suite (bench-all.sh) passes its engines in the environment, the database emptied already
log "starting the hub on an empty ${HUB_DB_URL:-$DB} database${HUB_SEARCH_BACKEND:+, search on $HUB_SEARCH_BACKEND}"
# shellcheck source=scripts/payara.sh
. scripts/payara.sh
[ ${#DB_ENV[@]} -eq 0 ] || export "${DB_ENV[@]}"
# shellcheck disable=SC2086 # HUB_JAVA_OPTS holds several options
HUB_DATA_DIR=$BENCH/data HUB_LOGIN_MODE=dev CATALOGUE_DEMO_ENABLED=false \
  HARVESTER_FETCH_ALLOW_PRIVATE=loopback HARVESTER_RUN_TIMEOUT_MS=7200000 \
  start_payara "$BENCH/runtime" "$BENCH/hub.log" -Xmx"${HUB_HEAP:-8g}" ${HUB_JAVA_OPTS:-}
wait_ready "$HUB_PID" "$BENCH/hub.log"

log "compiling the benchmark"
mvn -B -o -q -pl bench compile -Dspotless.check.skip=true
mvn -B -o -q -pl bench dependency:build-classpath -Dmdep.outputFile="$BENCH/classpath.txt"
java -Xmx3g -cp "bench/target/classes:$(cat "$BENCH/classpath.txt")" \
  eu.imaginghub.bench.harvest.HarvestBenchmark "http://127.0.0.1:$PORT" "$DATASETS"
echo "($(nproc) cores; hub log: $BENCH/hub.log)"
