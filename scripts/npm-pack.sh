#!/usr/bin/env bash
# Builds the npm package (wasm-split, wasm-bindgen --target web, then tools/bundle.mjs: wasm-opt, short import/export
# names, the JS entry and glue as one minified index.js; the hand-written package.json, element,
# loader and TypeScript types) into target/npm/package and packs it as target/npm/connect-widget-<v>.tgz.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
out="$ROOT/target/npm"
rm -rf "$out" && mkdir -p "$out/package"
mkdir -p "$out/bindgen"
shipping_bindgen connect_widget connect_widget "$out/bindgen" --lib --no-default-features --features npm
node tools/bundle.mjs npm "$out/bindgen" "$out/package"
cp npm/package.json npm/index.d.ts npm/options.js npm/element.js npm/element.d.ts npm/embed.js npm/embed.d.ts npm/oauth-return.d.ts oauth/oauth-return.js npm/README.md "$out/package/"
(cd "$out/package" && npm pack --silent --pack-destination "$out" >/dev/null)
ls "$out"/*.tgz
