#!/usr/bin/env bash
# Installs whatever is missing, at pinned versions: Chromium + ChromeDriver + brotli (Debian),
# the wasm32 target, rustfmt and clippy, the shipping nightly with rust-src, wasm-bindgen-cli and wasm-split-cli (crates.io), wasm-opt 132 and esbuild
# (tools/, npm), Playwright and axe-core (tests/e2e/, npm). Quick when everything is already there.
set -euo pipefail
source "$(dirname "$0")/env.sh"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v brotli >/dev/null; then
  log "Installing Chromium, ChromeDriver and brotli (apt)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver brotli >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
  log "Adding rustfmt and clippy"
  rustup component add rustfmt clippy
fi

if ! rustup run "$SHIPPING_TOOLCHAIN" rustc --print sysroot >/dev/null 2>&1 \
  || [ ! -d "$(rustup run "$SHIPPING_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/src" ]; then
  log "Installing the shipping toolchain $SHIPPING_TOOLCHAIN with rust-src (about 1 minute)"
  rustup toolchain install "$SHIPPING_TOOLCHAIN" --profile minimal --component rust-src
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  # No --locked: its lockfile pins a webpki-roots the registry does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  log "Installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force
fi

for dir in tools tests/e2e; do
  if [ ! -d "$ROOT/$dir/node_modules" ] || [ "$ROOT/$dir/package-lock.json" -nt "$ROOT/$dir/node_modules" ]; then
    log "Installing npm packages in $dir"
    (cd "$ROOT/$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
