#!/usr/bin/env bash
# Regenerates the TraceRegistry contract's ABI and bytecode (committed as tracer resources) with
# solc from npm, pinned in scripts/chain-tools.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/chain-tools.sh >/dev/null
src=tracer/src/main/solidity/TraceRegistry.sol
out=tracer/src/main/resources/contracts
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
.engines/chain/node_modules/.bin/solcjs --optimize --bin --abi -o "$tmp" "$src" >/dev/null
mkdir -p "$out"
cp "$tmp"/*TraceRegistry.abi "$out/TraceRegistry.abi"
cp "$tmp"/*TraceRegistry.bin "$out/TraceRegistry.bin"
echo "Wrote $out/TraceRegistry.abi and $out/TraceRegistry.bin"
