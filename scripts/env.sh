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
# Linked with relocations kept, which wasm-split needs.
shipping_build() {
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none -Clink-arg=--emit-relocs" \
    CARGO_TARGET_DIR="$ROOT/target/shipping" \
    cargo "+$SHIPPING_TOOLCHAIN" build --release --target wasm32-unknown-unknown \
    -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size "$@"
}
SHIPPING_WASM_DIR="$ROOT/target/shipping/wasm32-unknown-unknown/release"
WASM_SPLIT_VERSION=0.2.4

# shipping_bindgen CRATE_WASM NAME OUT_DIR CARGO_ARGS…: builds as shipped with the `split` feature,
# cuts the lazily loaded modules off with wasm-split (docs/architecture.md#lazily-loaded-modules),
# runs wasm-bindgen on the main module and puts its output (NAME.js, NAME_bg.wasm), the lazily
# loaded modules and wasm-split's link module (__wasm_split.js) into OUT_DIR for tools/bundle.mjs.
shipping_bindgen() {
  local crate_wasm=$1 name=$2 out=$3 split
  shift 3
  shipping_build --features split "$@"
  split="$(mktemp -d)"
  wasm-split-cli --out-name "$name" "$SHIPPING_WASM_DIR/$crate_wasm.wasm" "$split"
  # --keep-lld-exports: the lazily loaded modules import the main module's function table.
  wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$out" --out-name "$name" "$split/$name.wasm"
  rm "$split/$name.wasm"
  mv "$split"/* "$out/"
  rmdir "$split"
}
