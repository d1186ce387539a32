#!/usr/bin/env bash
# Format and lint checks: `cargo fmt --check`, then clippy with warnings as errors for the native
# targets, the browser build (iframe page and browser tests) and the npm build.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
cargo fmt --check
cargo clippy --all-targets -- -D warnings
browser_tests=()
for file in tests/browser_*.rs; do browser_tests+=(--test "$(basename "$file" .rs)"); done
cargo clippy --target wasm32-unknown-unknown --lib --bins "${browser_tests[@]}" -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --no-default-features --features npm -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --no-default-features --features npm,split -- -D warnings   # as shipped
