# Sourced by the other scripts: tool locations and pinned versions. Not meant to be run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
WASM_BINDGEN_VERSION=0.2.130
export PATH="$ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"   # binaryen 132's wasm-opt first
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROMIUM=/usr/bin/chromium
export WASM_BINDGEN_TEST_TIMEOUT=120
unset RUST_BACKTRACE   # the test runner's errors are unreadable with it

log() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
