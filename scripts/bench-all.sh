#!/usr/bin/env bash
# The whole benchmark suite, run by `./hub bench all` after it has built the hub.
#   scripts/bench-all.sh [--sizes 10000,100000,1000000] [--engines h2-lucene,pg-es]
#                        [--requests N] [--warmup N] [--push N] [--skip harvest,trace,push,get]
#                        [--keep-database]
# For each size and each engine pair (database-search: h2 or pg, lucene or es) it loads that many
# demo datasets into a fresh hub, restarts it, and times the faceted search, dataset GET under load
# (wrk, 8 keep-alive connections), push records/s; it measures start-up to the first search answer,
# the heap after a full GC, resident memory and bytes per dataset on disk; then it runs the harvest
# benchmark on the same engines; per size it runs the trace log benchmark (PostgreSQL, that many
# traces). Every benchmark appends `figure<TAB>size<TAB>engines<TAB>value<TAB>unit` lines to
# target-bench/suite/report.tsv; the table made from them (eu.imaginghub.bench.SuiteTable, with how
# each cost grows with size and the targets) goes to target-bench/suite/table.md and the terminal.
# Ports: the hub on BENCH_PORT (8099), Elasticsearch on BENCH_ES_PORT (9299), started here and
# stopped at the end; PostgreSQL database HUB_BENCH_DB (hub_bench), emptied before each use.
# With --keep-database (PostgreSQL pairs only) nothing is loaded: the hub starts on the database
# a previous run left at that size, its search index rebuilt from it, and the harvest and trace log
# benchmarks, which empty the database, are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=10000,100000,1000000
ENGINES=h2-lucene,pg-es
REQUESTS=1000
PUSH=5000
WARMUP=3000
SKIP=
KEEP_DB=false
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --engines) ENGINES=$2; shift 2 ;;
    --push) PUSH=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --skip) SKIP=$2; shift 2 ;;
    --keep-database) KEEP_DB=true; shift ;;
    --requests) args+=("$1" "$2"); shift 2 ;;
    *) echo "usage: $0 [--sizes N,N] [--engines h2-lucene,h2-es,pg-lucene,pg-es] [--requests N] [--warmup N] [--push N] [--skip harvest,trace,push,get] [--keep-database]" >&2; exit 2 ;;
  esac
done

if [ "$KEEP_DB" = true ]; then
  # the database a previous run loaded at this size is used as it is; the harvest and trace log
  # benchmarks empty it, so they do not run
  [[ ",$ENGINES," != *",h2-"* ]] || { echo "--keep-database keeps a PostgreSQL database only" >&2; exit 2; }
  SKIP="$SKIP,harvest,trace"
  export START_TIMEOUT_S=7200 # the start rebuilds the whole search index
fi

# shellcheck source=scripts/bench-hub.sh
. scripts/bench-hub.sh "${args[@]}"
SUITE=$BENCH/suite
ES_PORT=${BENCH_ES_PORT:-9299}
ES_URL=http://127.0.0.1:$ES_PORT
ES_PREFIX=suite-
PG_DB=${HUB_BENCH_DB:-hub_bench}
export BENCH_PORT=$PORT BENCH_REPORT=$SUITE/report.tsv
ES_STARTED=false

stop_es() { if [ "$ES_STARTED" = true ]; then scripts/elasticsearch.sh stop "$SUITE/es" >&2 || true; fi; }
trap 'stop_hub; stop_es' EXIT

skipped() { [[ ",$SKIP," == *",$1,"* ]]; }
report() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$BENCH_SIZE" "$BENCH_ENGINE" "$2" "$3" >>"$BENCH_REPORT"; }
load_average() { cut -d' ' -f1 /proc/loadavg; }
pg() { PGPASSWORD=hub psql -q -tA -h 127.0.0.1 -U hub -d "$PG_DB" -c "$1"; }

es_indices() { # the hub's indices in the suite's cluster, one a line
  curl -fs "$ES_URL/_cat/indices/$ES_PREFIX*?h=index" | tr -d ' ' | grep . || true
}
es_bytes() { curl -fs "$ES_URL/_cat/indices/$ES_PREFIX*?bytes=b&h=store.size" | awk '{ s += $1 } END { print s + 0 }'; }

# The engines of a pair, as the hub's settings in the environment of every hub started after it;
# each starts empty.
use_engines() {
  local db=${1%-*} search=${1#*-}
  export BENCH_ENGINE="${db/pg/PostgreSQL}"
  BENCH_ENGINE="${BENCH_ENGINE/h2/H2} + ${search/es/Elasticsearch}"
  BENCH_ENGINE=${BENCH_ENGINE/lucene/Lucene}
  if [ "$db" = pg ]; then
    export HUB_DB_URL=jdbc:postgresql://127.0.0.1:5432/$PG_DB HUB_DB_USER=hub HUB_DB_PASSWORD=hub
    [ "$KEEP_DB" = true ] || pg 'drop schema if exists public cascade; create schema public'
  else
    unset HUB_DB_URL HUB_DB_USER HUB_DB_PASSWORD
  fi
  if [ "$search" = es ]; then
    export HUB_SEARCH_BACKEND=elasticsearch HUB_SEARCH_ELASTICSEARCH_HOSTS=127.0.0.1:$ES_PORT \
      HUB_SEARCH_ELASTICSEARCH_VERSION=8.15.0 HUB_SEARCH_ELASTICSEARCH_INDEX_PREFIX=$ES_PREFIX
    local index
    for index in $(es_indices); do curl -fs -o /dev/null -X DELETE "$ES_URL/$index"; done
  else
    unset HUB_SEARCH_BACKEND HUB_SEARCH_ELASTICSEARCH_HOSTS HUB_SEARCH_ELASTICSEARCH_VERSION \
      HUB_SEARCH_ELASTICSEARCH_INDEX_PREFIX
  fi
}

# Loads the demo datasets into a fresh hub (timed to the first search answer, as the search
# benchmark's first load), restarts it on them and waits until it is idle.
load_and_restart() {
  local pair=$1 started
  DATA=$SUITE/data-$pair-$DATASETS
  rm -rf "$DATA"
  mkdir -p "$DATA"
  if [ "$KEEP_DB" = true ]; then
    start_on_data
    report "start-up on the kept database, search index rebuilt, to first search answer" \
      "$(seconds "$RESTART_MS")" s
    return
  fi
  log "$BENCH_ENGINE, $DATASETS datasets: loading the demo datasets"
  started=$(now_ms)
  start_hub "$SUITE/hub-load-$pair-$DATASETS.log"
  local load_ms
  load_ms=$(time_to_first_answer "$started" "$SUITE/hub-load-$pair-$DATASETS.log" 14400)
  stop_hub
  report "demo load (generate, store, trace, index; with start-up)" \
    "$(awk -v n="$DATASETS" -v ms="$load_ms" 'BEGIN { printf "%.1f", n * 1000 / ms }')" datasets/s
  start_on_data
  report "start-up to first search answer" "$(seconds "$RESTART_MS")" s
}

disk_figures() {
  local db_bytes index_bytes
  if [ -n "${HUB_DB_URL:-}" ]; then
    db_bytes=$(pg "select pg_database_size('$PG_DB')")
  else
    db_bytes=$(du -sb "$DATA/db" | cut -f1)
  fi
  if [ -n "${HUB_SEARCH_BACKEND:-}" ]; then
    curl -fs -o /dev/null -X POST "$ES_URL/$ES_PREFIX*/_refresh"
    index_bytes=$(es_bytes)
  else
    index_bytes=$(du -sb "$DATA/index" | cut -f1)
  fi
  report "disk per dataset, database" $((db_bytes / DATASETS)) bytes
  report "disk per dataset, search index" $((index_bytes / DATASETS)) bytes
}

# On Lucene the search benchmark itself, which also times the search on the index directly; when
# it cannot (its check that both answers agree fails), or on Elasticsearch, the HTTP part alone.
search_figures() {
  SUMMARY=$SUITE/search-summary.properties
  rm -f "$SUMMARY"
  if [ -n "${HUB_SEARCH_BACKEND:-}" ] ||
    ! bench_java eu.imaginghub.bench.search.SearchBenchmark --url "$URL" \
      --index "$DATA/index/dataset" --requests "$REQUESTS" --warmup "$WARMUP" --threads 1,4 \
      --summary "$SUMMARY"; then
    bench_java eu.imaginghub.bench.search.HttpSearchBenchmark --url "$URL" --requests "$REQUESTS" \
      --warmup "$WARMUP"
    return
  fi
  report "faceted search, 1 thread, p50" "$(figure http.1.p50)" ms
  report "faceted search, 1 thread, p99" "$(figure http.1.p99)" ms
  report "faceted search, 4 threads" "$(figure http.4.rps)" requests/s
  report "same search on the Lucene index directly, p50" "$(figure lucene.1.p50)" ms
}

get_figures() { # warm-up run first, then the timed one
  bench_java eu.imaginghub.bench.PublicDatasets --url "$URL" --ids 2000 --out "$SUITE/ids.txt"
  BENCH_IDS=$SUITE/ids.txt BENCH_REPORT= wrk -t2 -c8 -d15s -s scripts/bench-get.lua "$URL" >/dev/null
  BENCH_IDS=$SUITE/ids.txt wrk -t2 -c8 -d30s -s scripts/bench-get.lua "$URL"
}

# One size on one engine pair: every figure of a running hub, then the harvest benchmark.
hub_figures() {
  local pair=$1
  use_engines "$pair"
  local load_before
  load_before=$(load_average)
  load_and_restart "$pair"
  disk_figures
  search_figures || log "the search benchmark failed"
  skipped get || get_figures || log "the dataset GET benchmark failed"
  report "heap after full GC" "$(heap_used_mb)" MB
  report "resident memory" $(($(ps -o rss= -p "$HUB_PID") / 1024)) MB
  skipped push || bench_java eu.imaginghub.bench.push.PushBenchmark --url "$URL" --records "$PUSH" ||
    log "the push benchmark failed"
  stop_hub
  rm -rf "$DATA"
  if ! skipped harvest; then
    use_engines "$pair"
    scripts/bench-harvest.sh --datasets "$DATASETS" || log "the harvest benchmark failed"
  fi
  report "machine load average (1 min), before" "$load_before" load
  report "machine load average (1 min), after" "$(load_average)" load
}

trace_figures() {
  log "trace log, $DATASETS traces, on PostgreSQL"
  (
    export BENCH_ENGINE=PostgreSQL
    unset HUB_DB_URL HUB_SEARCH_BACKEND HUB_SEARCH_ELASTICSEARCH_HOSTS \
      HUB_SEARCH_ELASTICSEARCH_VERSION HUB_SEARCH_ELASTICSEARCH_INDEX_PREFIX
    HUB_BENCH_DB=$PG_DB scripts/bench-trace.sh --traces "$DATASETS" --threads 8
  ) || log "the trace log benchmark failed"
}

prepare_tools() {
  command -v wrk >/dev/null || skipped get || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  }
  if [[ ",$ENGINES," == *",pg-"* ]] || ! skipped trace; then
    HUB_IT_PG_DB=$PG_DB scripts/postgresql.sh >&2
  fi
  if [[ ",$ENGINES," == *"-es,"* ]]; then
    scripts/elasticsearch.sh install >/dev/null
    ES_STARTED=true
    scripts/elasticsearch.sh start "$ES_PORT" "$SUITE/es" >&2
  fi
}

rm -rf "$SUITE"
mkdir -p "$SUITE"
if [ ! -f webapp/target/hub.war ] || curl -fs -o /dev/null "$URL/health/ready"; then
  log "no built hub, or something already answers on port $PORT"
  exit 1
fi
compile_bench
prepare_tools
STARTED_AT=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_START=$(uptime | sed 's/.*load average: //')
for size in ${SIZES//,/ }; do
  DATASETS=$size
  export BENCH_SIZE=$size
  for pair in ${ENGINES//,/ }; do
    hub_figures "$pair"
  done
  skipped trace || trace_figures
done

{
  echo "Benchmark suite: $STARTED_AT, commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . || echo ' (with local changes)'),"
  echo "$(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), load average at start $LOAD_START, at end $(uptime | sed 's/.*load average: //')"
  echo
  bench_java eu.imaginghub.bench.SuiteTable "$BENCH_REPORT"
} | tee "$SUITE/table.md"
