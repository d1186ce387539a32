#!/usr/bin/env bash
# Builds the production bundle (no sandbox) and prints raw, gzip and brotli sizes of its wasm,
# JS and CSS. Fails when wasm + JS + CSS exceed the gzip budget.
set -euo pipefail
source "$(dirname "$0")/env.sh"
# 200,000: see docs/architecture.md#size for what the bytes buy and why the budget moved from 150,000.
BUDGET_GZIP_BYTES="${BUDGET_GZIP_BYTES:-200000}"
out="$ROOT/target/budget-dist"
cd "$ROOT"
trunk build --release --no-default-features --dist "$out" >/dev/null

total=0
printf '%-36s %10s %10s %10s\n' file raw gzip brotli
for file in "$out"/*.wasm "$out"/*.js "$out"/*.css; do
  raw=$(stat -c %s "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  br=$(brotli -q 11 -c "$file" | wc -c)
  total=$((total + gz))
  printf '%-36s %10d %10d %10d\n' "$(basename "$file")" "$raw" "$gz" "$br"
done
printf 'total gzip (wasm + js + css): %d bytes, budget %d bytes\n' "$total" "$BUDGET_GZIP_BYTES"
if [ "$total" -gt "$BUDGET_GZIP_BYTES" ]; then
  echo "size budget exceeded" >&2
  exit 1
fi
