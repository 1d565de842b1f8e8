#!/usr/bin/env bash
# Installs, idempotently, axe-core from npm into .engines/ui: the accessibility engine the browser
# tests run in the page. Prints the path of axe.min.js.
set -euo pipefail
cd "$(dirname "$0")/.."
AXE_VERSION=4.14.1
dir=.engines/ui
axe=$dir/node_modules/axe-core/axe.min.js
if [ ! -f "$axe" ] || ! grep -q "\"version\": \"$AXE_VERSION\"" "$dir/node_modules/axe-core/package.json" 2>/dev/null; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-audit --no-fund --silent "axe-core@$AXE_VERSION" >&2
fi
realpath "$axe"
