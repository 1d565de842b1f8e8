# Sourced by the benchmark scripts that time a running hub (scripts/bench-*.sh): starts the hub on
# Payara Micro on port 8099 with DATASETS demo datasets, the data directory under target-bench/
# kept between runs, so the datasets are generated only on the first run for a size (that first
# load is timed too). The caller sources it with its own arguments, after setting its default
# REQUESTS:
#   . scripts/bench-hub.sh [--datasets N] [--requests N] [--fresh]
# (DATASETS defaults to 100000; --fresh sets FRESH=true: generate the data again).
# prepare_data generates the data when needed; start_on_data starts the hub on it and waits until
# it answers and its background work is done; stop_hub stops it (also on exit).

DATASETS=100000
FRESH=false
while [ $# -gt 0 ]; do
  case "$1" in
    --datasets) DATASETS=$2; shift 2 ;;
    --requests) REQUESTS=$2; shift 2 ;;
    --fresh) FRESH=true; shift ;;
    *) echo "usage: $0 [--datasets N] [--requests N] [--fresh]" >&2; exit 2 ;;
  esac
done

PORT=${BENCH_PORT:-8099}
URL=http://127.0.0.1:$PORT
BENCH=$PWD/target-bench
DATA=$BENCH/data
if [ "$DATASETS" != 100000 ]; then
  DATA=$BENCH/data-$DATASETS # another size must not reuse (or wipe) the 100k data
fi
LOADED=$DATA/.loaded # written once the demo load finished: a partial load is redone
SUMMARY=$BENCH/summary.properties
HUB_PID=

log() { echo "[bench] $*" >&2; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# shellcheck source=scripts/payara.sh
. scripts/payara.sh

start_hub() { # the `hub` script's start_hub, on the benchmark's port, heap and data
  # shellcheck disable=SC2086 # BENCH_HUB_JAVA_OPTS holds several options
  HUB_DATA_DIR=$DATA HUB_LOGIN_MODE=dev CATALOGUE_DEMO_DATASETS=$DATASETS \
    start_payara "$BENCH/runtime" "$1" -Xmx"${BENCH_HUB_HEAP:-2g}" ${BENCH_HUB_JAVA_OPTS:-}
}

stop_hub() { # gracefully, so that H2 and Lucene close their files cleanly
  [ -n "$HUB_PID" ] || return 0
  kill "$HUB_PID" 2>/dev/null || true
  for _ in $(seq 1 120); do
    kill -0 "$HUB_PID" 2>/dev/null || break
    sleep 0.5
  done
  kill -9 "$HUB_PID" 2>/dev/null || true
  wait "$HUB_PID" 2>/dev/null || true
  HUB_PID=
}
trap stop_hub EXIT

# Start-up ends with the first successful search, not the readiness check: that is when users
# can search. Echoes milliseconds since the process started.
time_to_first_answer() {
  local started=$1 log=$2 timeout_s=$3
  local deadline=$((started + timeout_s * 1000))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    if curl -fs -o /dev/null "$URL/api/datasets?size=1"; then
      echo $(($(now_ms) - started))
      return 0
    fi
    if ! kill -0 "$HUB_PID" 2>/dev/null || deployment_failed "$log"; then
      log "the hub failed to start; see $log"
      tail -n 40 "$log" >&2
      return 1
    fi
    sleep 0.1
  done
  log "no search answer after ${timeout_s}s; see $log"
  return 1
}

# After a start on big data the hub may stay busy (anchoring the traces of a fresh load), and
# on 2 cores that contention shows in the timings: wait up to max_s for the hub to use under 10%
# of a core over 5 s, twice in a row. Echoes the milliseconds waited.
wait_until_idle() {
  local max_s=$1 started quiet=0
  started=$(now_ms)
  while [ $(($(now_ms) - started)) -lt $((max_s * 1000)) ] && [ $quiet -lt 2 ]; do
    if [ "$(hub_cpu_percent)" -lt 10 ]; then quiet=$((quiet + 1)); else quiet=0; fi
  done
  echo $(($(now_ms) - started))
}

hub_cpu_percent() { # the hub's CPU use over the next 5 s, in % of one core
  local before after
  before=$(awk '{ print $14 + $15 }' "/proc/$HUB_PID/stat")
  sleep 5
  after=$(awk '{ print $14 + $15 }' "/proc/$HUB_PID/stat")
  echo $(((after - before) * 100 / (5 * $(getconf CLK_TCK))))
}

heap_used_mb() { # after a full GC: what the hub keeps, not garbage awaiting collection
  jcmd "$HUB_PID" GC.run >/dev/null
  jcmd "$HUB_PID" GC.heap_info |
    awk '/total .*used/ { for (i = 1; i <= NF; i++) if ($i == "used") { sub(/K,?/, "", $(i + 1)); printf "%d", $(i + 1) / 1024; exit } }'
}

seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
figure() { sed -n "s/^$1=//p" "$SUMMARY"; }

# Checks that the hub is built and the port free, then generates the data when it is missing (or
# FRESH), timing that first load into FIRST_LOAD.
prepare_data() {
  if [ ! -f webapp/target/hub.war ] || [ ! -f webapp/target/payara-micro.jar ]; then
    log "no built hub: run ./hub bench, or build with mvn install -DskipTests first"
    exit 1
  fi
  if curl -fs -o /dev/null "$URL/health/ready"; then
    log "something already answers on port $PORT; stop it first"
    exit 1
  fi
  mkdir -p "$BENCH"

  FIRST_LOAD=
  if [ "$FRESH" = true ]; then
    rm -f "$LOADED"
  fi
  if [ ! -f "$LOADED" ]; then
    log "first start: generating $DATASETS demo datasets into $DATA (takes a while)"
    rm -rf "$DATA"
    mkdir -p "$DATA"
    local started
    started=$(now_ms)
    start_hub "$BENCH/hub-first-load.log"
    FIRST_LOAD_MS=$(time_to_first_answer "$started" "$BENCH/hub-first-load.log" 7200)
    stop_hub
    echo "$FIRST_LOAD_MS" >"$LOADED"
    log "first load: $(seconds "$FIRST_LOAD_MS") s"
    FIRST_LOAD="$(seconds "$FIRST_LOAD_MS")"
  else
    FIRST_LOAD="$(seconds "$(cat "$LOADED")") (measured on the run that generated the data)"
  fi
}

# Compiles the benchmarks now, so that a failure here does not lose a first load, and not while
# the hub runs.
compile_bench() {
  log "compiling the benchmark"
  mvn -B -o -q -pl bench compile -Dspotless.check.skip=true
  mvn -B -o -q -pl bench dependency:build-classpath -Dmdep.outputFile="$BENCH/classpath.txt"
}

bench_java() { # runs a benchmark class of the bench module
  java -Xmx1g -cp "bench/target/classes:$(cat "$BENCH/classpath.txt")" "$@"
}

start_on_data() {
  log "starting the hub on the existing data"
  local started
  started=$(now_ms)
  start_hub "$BENCH/hub.log"
  RESTART_MS=$(time_to_first_answer "$started" "$BENCH/hub.log" "${START_TIMEOUT_S:-900}")
  log "start-up to first answer: $(seconds "$RESTART_MS") s"
  log "waiting (at most 5 min) for the hub's background work to finish"
  SETTLE_MS=$(wait_until_idle 300)
  BUSY=$(hub_cpu_percent)
  [ "$BUSY" -lt 10 ] || log "the hub still uses ${BUSY}% of a core on its own; timing anyway"
}
