#!/usr/bin/env bash
# Installs and starts, idempotently, what the integration tests need besides Maven artifacts:
# a PostgreSQL server, Chromium with its driver for the browser tests (Debian packages), the
# Ethereum development node the chain-anchoring tests run against and the accessibility engine the
# browser tests run in the page (npm), Keycloak with the Java 21+ JDK it needs and Elasticsearch
# (Maven Central), which the production-engines test run starts itself.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "Installing Chromium and ChromeDriver from Debian packages..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
echo "Chromium ready: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"

./postgresql.sh
echo "Chain node ready: $(./chain-tools.sh)"
echo "Accessibility engine ready: $(./ui-tools.sh)"
echo "Keycloak ready: $(./keycloak.sh install) (Java: $(./keycloak.sh java-home))"
echo "Elasticsearch installed: $(./elasticsearch.sh install)"
