#!/usr/bin/env bash
# Installs what is missing and runs every test: format and lint checks, native `cargo test`, the
# package scripts' node tests, the browser tests in
# headless Chromium (wasm-bindgen-test), the end-to-end suite (Playwright + Debian's Chromium
# against the built iframe page and demo host), then the production size budget.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"

log "Format and lint (cargo fmt --check, cargo clippy -D warnings)"
"$ROOT/scripts/lint.sh"

log "Native tests (cargo test)"
cargo test

log "JavaScript tests of the package's scripts (node --test)"
node --test tests/js/

log "Browser tests (wasm-bindgen-test in headless Chromium)"
browser_tests=()
for file in tests/browser_*.rs; do browser_tests+=(--test "$(basename "$file" .rs)"); done
cargo test --target wasm32-unknown-unknown "${browser_tests[@]}"

log "Building the iframe page"
"$ROOT/scripts/build.sh"

log "Building the npm package and checking its TypeScript types"
"$ROOT/scripts/npm-pack.sh"
"$ROOT/tests/e2e/node_modules/.bin/tsc" --noEmit --strict --target es2022 --module es2022 \
  --moduleResolution bundler --lib dom,es2022 "$ROOT/tests/types/usage.ts"

log "End-to-end tests (Playwright driving $CHROMIUM)"
export E2E_HOST_PORT="${E2E_HOST_PORT:-18080}" E2E_WIDGET_PORT="${E2E_WIDGET_PORT:-18081}" E2E_API_PORT="${E2E_API_PORT:-18083}"
export WIDGET_CONNECT_SRC="http://127.0.0.1:$E2E_API_PORT"   # the HTTP tests' reference server
ready="$(mktemp)"
HOST_PORT=$E2E_HOST_PORT WIDGET_PORT=$E2E_WIDGET_PORT "$ROOT/scripts/serve.sh" >"$ready" &
servers=$!
trap 'kill $servers 2>/dev/null || true; rm -f "$ready"' EXIT
until grep -q '^serving' "$ready"; do
  kill -0 $servers 2>/dev/null || { echo "the e2e servers did not start" >&2; exit 1; }
  sleep 0.1
done
node --test --test-concurrency=1 tests/e2e/*.test.mjs

log "Production size budget"
"$ROOT/scripts/size-budget.sh"
