#!/usr/bin/env bash
# Installs what is missing and runs every test: native `cargo test`, the browser tests in
# headless Chromium (wasm-bindgen-test), the end-to-end suite (Playwright + Debian's Chromium
# against the built iframe page and demo host), then the production size budget.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"

log "Native tests (cargo test)"
cargo test

log "Browser tests (wasm-bindgen-test in headless Chromium)"
browser_tests=()
for file in tests/browser_*.rs; do browser_tests+=(--test "$(basename "$file" .rs)"); done
cargo test --target wasm32-unknown-unknown "${browser_tests[@]}"

log "Building the iframe page"
"$ROOT/scripts/build.sh"

log "End-to-end tests (Playwright driving $CHROMIUM)"
export E2E_HOST_PORT="${E2E_HOST_PORT:-18080}" E2E_WIDGET_PORT="${E2E_WIDGET_PORT:-18081}"
HOST_PORT=$E2E_HOST_PORT WIDGET_PORT=$E2E_WIDGET_PORT "$ROOT/scripts/serve.sh" &
servers=$!
trap 'kill $servers 2>/dev/null; wait $servers 2>/dev/null || true' EXIT
for port in "$E2E_HOST_PORT" "$E2E_WIDGET_PORT"; do
  for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.2; done
done
node --test --test-concurrency=1 tests/e2e/*.test.mjs

log "Production size budget"
"$ROOT/scripts/size-budget.sh"
