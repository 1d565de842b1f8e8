#!/usr/bin/env bash
# Keycloak for the hub, from the keycloak-quarkus-dist zip on Maven Central.
#   scripts/keycloak.sh install        unpack it into .engines/keycloak (once); print its home
#   scripts/keycloak.sh java-home      print the Java 21+ JDK it runs on
#   scripts/keycloak.sh start [port]   start it in dev mode on the port (default 8180) with the
#                                      imaging-hub realm (keycloak/imaging-hub-realm.json) imported
# Dev mode keeps its data in .engines/keycloak/<version>/data; an existing realm is not imported
# again. KC_DB=dev-mem keeps everything in memory instead (the tests do so). The bootstrap admin
# of the master realm is admin/admin unless KC_BOOTSTRAP_ADMIN_USERNAME/_PASSWORD say otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=26.4.7
engines=.engines/keycloak
home=$engines/keycloak-$VERSION

install() {
  if [ ! -x "$home/bin/kc.sh" ]; then
    mkdir -p "$engines"
    mvn -B -ntp -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
      -Dartifact=org.keycloak:keycloak-quarkus-dist:$VERSION:zip \
      -DoutputDirectory="$PWD/$engines" >&2
  fi
  realpath "$home"
}

java_major() { # prints the feature version of a java binary, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

java_home() { # Keycloak 26 needs Java 21 or newer; the hub itself runs on 17
  local candidates=()
  [ -n "${KC_JAVA_HOME:-}" ] && candidates+=("$KC_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for dir in /usr/lib/jvm/temurin-*-jdk* /usr/lib/jvm/*; do
    [ -d "$dir" ] && candidates+=("$dir")
  done
  for dir in "${candidates[@]}"; do
    if [ -x "$dir/bin/java" ]; then
      local major
      major=$(java_major "$dir/bin/java")
      if [ -n "$major" ] && [ "$major" -ge 21 ]; then
        realpath "$dir"
        return 0
      fi
    fi
  done
  echo "Keycloak $VERSION needs a Java 21+ JDK, and none was found (looked at KC_JAVA_HOME," \
    "JAVA_HOME and /usr/lib/jvm/*). Install one (e.g. a Temurin 21 or 25 JDK) or set KC_JAVA_HOME." >&2
  return 1
}

start() {
  local port=${1:-8180}
  local kc java
  kc=$(install)
  java=$(java_home)
  mkdir -p "$kc/data/import"
  cp keycloak/imaging-hub-realm.json "$kc/data/import/"
  echo "Keycloak on http://127.0.0.1:$port/ (issuer http://127.0.0.1:$port/realms/imaging-hub), Java $java" >&2
  JAVA_HOME=$java \
    KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} \
    KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin} \
    exec "$kc/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" \
    --http-management-port="${KC_MANAGEMENT_PORT:-$((port + 1))}" --import-realm
}

case "${1:-}" in
  install) install ;;
  java-home) java_home ;;
  start) start "${2:-}" ;;
  *)
    echo "usage: $0 install | java-home | start [port]" >&2
    exit 2
    ;;
esac
