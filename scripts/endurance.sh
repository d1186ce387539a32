#!/usr/bin/env bash
# Memory and endurance of the npm package in headless Chromium (tests/e2e/endurance.mjs): CYCLES
# mount/destroy cycles (default 100) and MINUTES minutes of page time of polling (default 30).
# Prints JS heap, wasm memory, DOM nodes, listeners and pending timers; exits 1 on growth.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
[ -f "$ROOT"/target/npm/connect-widget-*.tgz ] || "$ROOT/scripts/npm-pack.sh" >/dev/null
E2E_NPM_PORT="${E2E_NPM_PORT:-18092}" node tests/e2e/endurance.mjs
