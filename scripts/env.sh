# Sourced by the other scripts: tool locations and pinned versions. Not meant to be run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
WASM_BINDGEN_VERSION=0.2.130
export PATH="$ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"   # binaryen 132's wasm-opt first
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROMIUM=/usr/bin/chromium
export WASM_BINDGEN_TEST_TIMEOUT=120
# What hosts load is built by a pinned nightly that rebuilds std with panic=immediate-abort and no
# Debug formatting (docs/architecture.md#size): 19 KB gzip less than stable's panic=abort.
SHIPPING_TOOLCHAIN=nightly-2026-05-19
unset RUST_BACKTRACE   # the test runner's errors are unreadable with it

log() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# `cargo build --release --target wasm32-unknown-unknown "$@"` as shipped: the pinned nightly, std
# rebuilt for size, panics trap at once (no message, no hook). Output under target/shipping/.
shipping_build() {
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none" \
    CARGO_TARGET_DIR="$ROOT/target/shipping" \
    cargo "+$SHIPPING_TOOLCHAIN" build --release --target wasm32-unknown-unknown \
    -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size "$@"
}
SHIPPING_WASM_DIR="$ROOT/target/shipping/wasm32-unknown-unknown/release"
