#!/usr/bin/env bash
# Installs, idempotently, the chain tools from npm into .engines/chain: anvil (an Ethereum dev
# node the tests anchor on) and solc (compiles the TraceRegistry contract). Prints anvil's path.
set -euo pipefail
cd "$(dirname "$0")/.."
ANVIL_VERSION=1.7.1
SOLC_VERSION=0.8.37
dir=.engines/chain
anvil=$dir/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil
if [ ! -x "$anvil" ] || ! grep -q "\"version\": \"$SOLC_VERSION\"" "$dir/node_modules/solc/package.json" 2>/dev/null; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-audit --no-fund --silent \
    "@foundry-rs/anvil-linux-amd64@$ANVIL_VERSION" "solc@$SOLC_VERSION" >&2
fi
"$anvil" --version >/dev/null
realpath "$anvil"
