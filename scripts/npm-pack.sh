#!/usr/bin/env bash
# Builds the npm package (wasm-bindgen --target web, wasm-opt, hand-written package.json, JS entry
# and TypeScript types) into target/npm/package and packs it as target/npm/connect-widget-<v>.tgz.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
out="$ROOT/target/npm"
rm -rf "$out" && mkdir -p "$out/package"
cargo build --release --lib --target wasm32-unknown-unknown --no-default-features --features npm
wasm-bindgen --target web --no-typescript --out-dir "$out/package" --out-name connect_widget \
  target/wasm32-unknown-unknown/release/connect_widget.wasm
wasm-opt -Oz --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-multivalue "$out/package/connect_widget_bg.wasm" -o "$out/package/connect_widget_bg.wasm"
cp npm/package.json npm/index.js npm/index.d.ts npm/element.js npm/element.d.ts npm/embed.js npm/embed.d.ts npm/oauth-return.d.ts oauth/oauth-return.js npm/README.md "$out/package/"
cp style/widget.css "$out/package/widget.css"
(cd "$out/package" && npm pack --silent --pack-destination "$out" >/dev/null)
ls "$out"/*.tgz
