#!/usr/bin/env bash
# Builds the iframe page into dist/ (release, with the sandbox): cargo, wasm-split, wasm-bindgen, then
# tools/bundle.mjs (wasm-opt, short import/export names, minified JS and CSS, hashed names).
#   --production   leave the sandbox out (the size budget measures this)
#   --dist DIR     build into DIR instead of dist/
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
features=() dist="$ROOT/dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --production) features=(--no-default-features) ;;
    --dist) dist="$2"; shift ;;
    *) echo "build.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
bindgen="$(mktemp -d)"
trap 'rm -rf "$bindgen"' EXIT
shipping_bindgen connect-widget-app app "$bindgen" --bin connect-widget-app "${features[@]}"
node tools/bundle.mjs page "$bindgen" "$dist"
