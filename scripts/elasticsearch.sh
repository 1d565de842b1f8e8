#!/usr/bin/env bash
# Elasticsearch for the integration tests and for trying the hub on it, from Maven Central's
# integ-test distribution (no bundled JDK: it runs on the system's Java 17).
#   scripts/elasticsearch.sh install         fetch it into .engines/elasticsearch, idempotently; print its home
#   scripts/elasticsearch.sh start PORT DIR  start a single node on 127.0.0.1:PORT, security off, small heap,
#                                            its configuration, data and logs in DIR; wait until it is healthy
#   scripts/elasticsearch.sh stop DIR        stop the node started in DIR, if it runs
# Elasticsearch refuses to run as root: as root, the node runs as an unprivileged user
# (HUB_ES_USER, default elasticsearch), created when missing. That user may be unable to enter the
# checkout (a clone inside a mode-700 directory, say): then the distribution is mirrored, and DIR's
# node kept, below HUB_ES_SHARED (default /var/tmp/imaging-hub-elasticsearch), which it can read;
# DIR/node then points there.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=8.15.0
LUCENE=9.11.1 # the Lucene of this Elasticsearch version, in its lib/
ENGINES=$PWD/.engines/elasticsearch
ES_HOME=$ENGINES/elasticsearch-$VERSION
RUN_USER=${HUB_ES_USER:-elasticsearch}
HEAP=${HUB_ES_HEAP:-512m}
SHARED=${HUB_ES_SHARED:-/var/tmp/imaging-hub-elasticsearch}

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

# Whether the node's user may read and enter (and with "w", write) a path.
node_user_can() {
  local path=$1 mode=${2:-}
  [ "$(id -u)" -ne 0 ] && return 0
  if [ "$mode" = w ]; then
    runuser -u "$RUN_USER" -- test -w "$path" -a -x "$path" 2>/dev/null
  else
    runuser -u "$RUN_USER" -- test -r "$path" -a -x "$path" 2>/dev/null
  fi
}

# The distribution the node's user runs: the checkout's, or a mirror of it under $SHARED when that
# user cannot enter the checkout. The mirror is refreshed when the analysis plugin changed, and
# replaced in one rename, so a second start at the same time finds either copy whole.
runnable_home() {
  if node_user_can "$ES_HOME/bin/elasticsearch"; then
    echo "$ES_HOME"
    return 0
  fi
  local mirror=$SHARED/elasticsearch-$VERSION plugin=plugins/hub-analysis/hub-analysis.jar tmp
  if [ ! -x "$mirror/bin/elasticsearch" ] || ! cmp -s "$ES_HOME/$plugin" "$mirror/$plugin"; then
    mkdir -p "$SHARED"
    chmod 755 "$SHARED"
    tmp=$(mktemp -d "$SHARED/.copy.XXXXXX")
    cp -a "$ES_HOME/." "$tmp/"
    chmod -R a+rX "$tmp"
    rm -rf "$mirror.old"
    [ -e "$mirror" ] && mv "$mirror" "$mirror.old"
    mv "$tmp" "$mirror"
    rm -rf "$mirror.old"
  fi
  if ! node_user_can "$mirror/bin/elasticsearch"; then
    echo "User $RUN_USER cannot run $mirror/bin/elasticsearch: make $SHARED readable by it" \
      "(HUB_ES_SHARED chooses another place)" >&2
    exit 1
  fi
  echo "$mirror"
}

# Where the node started for DIR keeps its configuration, data, logs and pid: DIR itself, or, when
# the node's user cannot write there, a directory of its own under $SHARED named after DIR, which
# DIR/node points to. Start and stop compute the same place.
node_dir() {
  local dir=$1 own
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown "$RUN_USER" "$dir"
  if node_user_can "$dir" w; then
    echo "$dir"
    return 0
  fi
  own=$SHARED/nodes/$(printf '%s' "$dir" | sha256sum | cut -c1-16)
  # a DIR made anew (no link yet) starts a node anew, as a DIR inside the checkout would
  [ -L "$dir/node" ] || rm -rf "$own"
  mkdir -p "$own"
  chmod 755 "$SHARED" "$SHARED/nodes"
  chown "$RUN_USER" "$own"
  ln -sfn "$own" "$dir/node"
  if ! node_user_can "$own" w; then
    echo "User $RUN_USER can write neither $dir nor $own: run from a directory it can enter" >&2
    exit 1
  fi
  echo "$own"
}

ensure_user() {
  if [ "$(id -u)" -eq 0 ] && ! id "$RUN_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER" 2>/dev/null ||
      id "$RUN_USER" >/dev/null # created meanwhile by another start
  fi
}

start() {
  local port=$1 dir home
  install
  ensure_user
  home=$(runnable_home)
  dir=$(node_dir "$(realpath -m "$2")")
  mkdir -p "$dir/data" "$dir/logs"
  if [ ! -d "$dir/config" ]; then
    cp -r "$home/config" "$dir/config"
    # GC logs and heap dumps would go below the distribution, which this node does not own
    sed -i -e '/-Xlog:gc/d' -e '/HeapDumpPath/d' -e '/ErrorFile/d' "$dir/config/jvm.options"
  fi
  if [ "$(id -u)" -eq 0 ]; then
    chown -R "$RUN_USER" "$dir"
  fi
  as_node_user env ES_JAVA_HOME="$(java_home)" ES_JAVA_OPTS="-Xms$HEAP -Xmx$HEAP" \
    ES_PATH_CONF="$dir/config" \
    "$home/bin/elasticsearch" -d -p "$dir/elasticsearch.pid" \
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
  # a node kept under $SHARED for this DIR is found through DIR/node
  [ -L "$dir/node" ] && dir=$(readlink "$dir/node")
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
