# Starts the built hub on Payara Micro and waits for it: sourced by the hub script and the
# benchmarks, so that every hub they start runs with the same command line.
#   start_payara RUNTIME LOG [JAVA_OPTION...]   starts it in the background on port $PORT; sets HUB_PID
#   wait_ready PID LOG                          waits until it answers its readiness check
#   deployment_failed LOG                       whether Payara Micro runs on without the hub

start_payara() {
  local runtime=$1 log=$2
  shift 2
  # Payara Micro works in RUNTIME, made afresh at every start: by default a killed hub leaves a
  # directory of some 260 MB under /tmp behind, and one kept from a killed hub would deploy the
  # hub a second time beside the new one.
  rm -rf "$runtime"
  java "$@" -jar webapp/target/payara-micro.jar --deploy webapp/target/hub.war --contextroot / \
    --port "$PORT" --rootdir "$runtime" --nocluster --disablephonehome >"$log" 2>&1 &
  HUB_PID=$!
}

wait_ready() {
  local pid=$1 log=$2
  for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/health/ready"; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "The hub stopped during start-up; see $log" >&2
      tail -n 40 "$log" >&2
      return 1
    fi
    if deployment_failed "$log"; then
      echo "The hub failed to deploy; see $log" >&2
      tail -n 40 "$log" >&2
      kill "$pid" 2>/dev/null || true
      return 1
    fi
    sleep 0.5
  done
  echo "The hub did not become ready; see $log" >&2
  return 1
}

# Payara Micro keeps running when the hub's deployment fails (a database it cannot reach, a bad
# setting): its log says so, and waiting longer would not help.
deployment_failed() {
  grep -q "Exception while loading the app" "$1"
}
