#!/usr/bin/env bash
# Builds what a host loads — the production iframe page (no sandbox) and the npm package's mount()
# path — and prints the raw, gzip -9 and brotli -q 11 size of each file, the lazily loaded modules
# apart. Fails when the gzip total of either first load is over its budget
# (docs/architecture.md#size has the history of what bought and cost bytes).
#   --no-build   measure target/budget-dist and target/npm/package as they are
set -euo pipefail
source "$(dirname "$0")/env.sh"
PAGE_BUDGET_GZIP_BYTES="${PAGE_BUDGET_GZIP_BYTES:-180000}"
NPM_BUDGET_GZIP_BYTES="${NPM_BUDGET_GZIP_BYTES:-185000}"
page="$ROOT/target/budget-dist"
npm="$ROOT/target/npm/package"
cd "$ROOT"
if [ "${1:-}" != "--no-build" ]; then
  build_log="$(mktemp)"
  trap 'rm -f "$build_log"' EXIT
  if ! { "$ROOT/scripts/build.sh" --production --dist "$page" && "$ROOT/scripts/npm-pack.sh"; } >"$build_log" 2>&1; then
    cat "$build_log" >&2
    echo "size-budget: the build failed" >&2
    exit 1
  fi
fi

failed=0
# Prints one table for the files $2… and checks their gzip total against the budget $1 (0: none).
measure() {
  local budget=$1 label=$2 total=0 raw gz br file
  shift 2
  printf '\n%s\n%-36s %10s %10s %10s\n' "$label" file raw gzip brotli
  for file in "$@"; do
    raw=$(stat -c %s "$file")
    gz=$(gzip -9 -c "$file" | wc -c)
    br=$(brotli -q 11 -c "$file" | wc -c)
    total=$((total + gz))
    printf '%-36s %10d %10d %10d\n' "$(basename "$file")" "$raw" "$gz" "$br"
  done
  if [ "$budget" = 0 ]; then
    printf 'total gzip: %d bytes\n' "$total"
    return
  fi
  printf 'total gzip: %d bytes, budget %d bytes\n' "$total" "$budget"
  if [ "$total" -gt "$budget" ]; then
    echo "size budget exceeded: $label" >&2
    failed=1
  fi
}
measure "$PAGE_BUDGET_GZIP_BYTES" "iframe page, first load (wasm + JS + CSS)" "$page"/app-*.wasm "$page"/*.js "$page"/*.css
measure "$NPM_BUDGET_GZIP_BYTES" "npm package, mount() path (wasm + index.js + CSS)" \
  "$npm/connect_widget_bg.wasm" "$npm/index.js" "$npm/widget.css"
# The lazily loaded modules, fetched only by the widgets that need them (not in the budgets above);
# chunk_*.wasm holds code that two of them share, fetched with the first of them.
shopt -s nullglob
measure 0 "iframe page, fetched when first needed" "$page"/split_*.wasm "$page"/chunk_*.wasm
measure 0 "npm package, fetched when first needed" "$npm"/split_*.wasm "$npm"/chunk_*.wasm
exit "$failed"
