#!/usr/bin/env bash
# Speed and memory of the npm package in headless Chromium (tests/e2e/bench.mjs): medians over RUNS
# runs (default 15) at full speed and at 4× CPU slowdown; LATENCY (default 50) ms before the host's
# backend answers. Builds the package first.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/npm-pack.sh" >/dev/null
E2E_NPM_PORT="${E2E_NPM_PORT:-18094}" node tests/e2e/bench.mjs
