#!/usr/bin/env bash
# Elasticsearch for the integration tests and for trying the hub on it, from Maven Central's
# integ-test distribution (no bundled JDK: it runs on the system's Java 17).
#   scripts/elasticsearch.sh install         fetch it into .engines/elasticsearch, idempotently; print its home
#   scripts/elasticsearch.sh start PORT DIR  start a single node on 127.0.0.1:PORT, security off, small heap,
#                                            its configuration, data and logs in DIR; wait until it is healthy
#   scripts/elasticsearch.sh stop DIR        stop the node started in DIR, if it runs
# Elasticsearch refuses to run as root: as root, the node runs as an unprivileged user
# (HUB_ES_USER, default elasticsearch), created when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=8.15.0
LUCENE=9.11.1 # the Lucene of this Elasticsearch version, in its lib/
ENGINES=$PWD/.engines/elasticsearch
ES_HOME=$ENGINES/elasticsearch-$VERSION
RUN_USER=${HUB_ES_USER:-elasticsearch}
HEAP=${HUB_ES_HEAP:-512m}

install() {
  if [ ! -x "$ES_HOME/bin/elasticsearch" ]; then
    mkdir -p "$ENGINES"
    mvn -B -ntp -q -N dependency:unpack \
      -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$VERSION:zip" \
      -DoutputDirectory="$ENGINES" >&2
    chmod -R a+rX "$ES_HOME"
    chmod a+x "$ES_HOME"/bin/*
  fi
  install_analysis
}

# The integ-test distribution lacks the analysis-common module, and with it the language analysers
# the hub's index uses; a small plugin (scripts/elasticsearch-analysis) defines them, compiled here
# against the distribution's own jars.
install_analysis() {
  local plugin=$ES_HOME/plugins/hub-analysis src=scripts/elasticsearch-analysis
  if [ -f "$plugin/hub-analysis.jar" ] && [ "$plugin/hub-analysis.jar" -nt "$src/LanguageAnalyzers.java" ]; then
    return 0
  fi
  local build classes lib=$ES_HOME/lib
  build=$(mktemp -d)
  classes=$build/classes
  "$(java_home)/bin/javac" --release 17 -d "$classes" \
    -cp "$lib/lucene-core-$LUCENE.jar:$lib/lucene-analysis-common-$LUCENE.jar:$lib/elasticsearch-plugin-api-$VERSION.jar:$lib/elasticsearch-plugin-analysis-api-$VERSION.jar" \
    "$src/LanguageAnalyzers.java"
  rm -rf "$plugin"
  mkdir -p "$plugin"
  "$(java_home)/bin/jar" --create --file "$plugin/hub-analysis.jar" -C "$classes" .
  cat >"$plugin/stable-plugin-descriptor.properties" <<PROPERTIES
description=Language analysers of Lucene under Elasticsearch's names
version=1.0
name=hub-analysis
elasticsearch.version=$VERSION
java.version=17
PROPERTIES
  local c=eu.imaginghub.elasticsearch.analysis.LanguageAnalyzers
  {
    printf '{"org.elasticsearch.plugin.analysis.AnalyzerFactory":{'
    printf '"english":"%s$English","spanish":"%s$Spanish","french":"%s$French","german":"%s$German",' $c $c $c $c
    printf '"italian":"%s$Italian","dutch":"%s$Dutch","greek":"%s$Greek","portuguese":"%s$Portuguese"}}\n' $c $c $c $c
  } >"$plugin/named_components.json"
  chmod -R a+rX "$plugin"
  rm -rf "$build"
}

java_home() {
  if [ -n "${ES_JAVA_HOME:-}" ]; then
    echo "$ES_JAVA_HOME"
  elif [ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]; then
    echo /usr/lib/jvm/java-17-openjdk-amd64
  else
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"
  fi
}

# Runs a command as the user the node runs as: root may not run Elasticsearch.
as_node_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$RUN_USER" -- "$@"
  else
    "$@"
  fi
}

ensure_user() {
  if [ "$(id -u)" -eq 0 ] && ! id "$RUN_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER" 2>/dev/null ||
      id "$RUN_USER" >/dev/null # created meanwhile by another start
  fi
}

start() {
  local port=$1 dir
  dir=$(realpath -m "$2")
  install
  ensure_user
  mkdir -p "$dir/data" "$dir/logs"
  if [ ! -d "$dir/config" ]; then
    cp -r "$ES_HOME/config" "$dir/config"
    # GC logs and heap dumps would go below the distribution, which this node does not own
    sed -i -e '/-Xlog:gc/d' -e '/HeapDumpPath/d' -e '/ErrorFile/d' "$dir/config/jvm.options"
  fi
  if [ "$(id -u)" -eq 0 ]; then
    chown -R "$RUN_USER" "$dir"
  fi
  as_node_user env ES_JAVA_HOME="$(java_home)" ES_JAVA_OPTS="-Xms$HEAP -Xmx$HEAP" \
    ES_PATH_CONF="$dir/config" \
    "$ES_HOME/bin/elasticsearch" -d -p "$dir/elasticsearch.pid" \
    -E cluster.name=imaging-hub -E node.name=hub-node \
    -E discovery.type=single-node -E network.host=127.0.0.1 -E http.port="$port" \
    -E xpack.security.enabled=false \
    -E cluster.routing.allocation.disk.threshold_enabled=false \
    -E path.data="$dir/data" -E path.logs="$dir/logs" >"$dir/start.log" 2>&1 || {
    cat "$dir/start.log" >&2
    exit 1
  }
  for _ in $(seq 1 240); do
    if curl -fs "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" \
      >/dev/null 2>&1; then
      echo "Elasticsearch $VERSION ready on http://127.0.0.1:$port (data in $dir)"
      return 0
    fi
    sleep 0.5
  done
  echo "Elasticsearch did not become healthy; see $dir/logs" >&2
  exit 1
}

stop() {
  local dir pid
  dir=$(realpath -m "$1")
  [ -f "$dir/elasticsearch.pid" ] || return 0
  pid=$(cat "$dir/elasticsearch.pid")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 120); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
  fi
  rm -f "$dir/elasticsearch.pid"
}

case "${1:-}" in
  install) install && echo "$ES_HOME" ;;
  start) [ $# -eq 3 ] || { echo "usage: $0 start PORT DIR" >&2; exit 2; }; start "$2" "$3" ;;
  stop) [ $# -eq 2 ] || { echo "usage: $0 stop DIR" >&2; exit 2; }; stop "$2" ;;
  *) echo "usage: $0 install | start PORT DIR | stop DIR" >&2; exit 2 ;;
esac
