#!/usr/bin/env bash
# A long fuzz campaign over every parser of untrusted input (CI runs a few hundred cases of each):
#   - the native targets in tests/fuzz/targets.rs (backend and host answers, bridge messages,
#     configuration, OAuth), CASES each (default 65,000: 16 targets, over a million cases);
#   - the host-options check of the npm package (tests/js/options.fuzz.test.mjs), JS_CASES;
#   - JavaScript values read as JSON in headless Chromium (tests/browser_js_json.rs), BROWSER_CASES.
# Prints cases, seconds, cases per second and findings per target; exits non-zero on a finding.
#   usage: scripts/fuzz.sh [CASES] [JS_CASES] [BROWSER_CASES]
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
cases="${1:-65000}" js_cases="${2:-200000}" browser_cases="${3:-20000}"
findings=0

# Prints one row of the table: target, cases, seconds, findings.
row() { awk -v t="$1" -v c="$2" -v s="$3" -v f="$4" 'BEGIN { printf "%-44s %10d %10.1f %12.0f  %d\n", t, c, s, c / (s > 0 ? s : 1e-9), f }'; }
# Seconds since $1 (a `date +%s.%N`).
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { print b - a }'; }

log "Native targets: $cases cases each (cargo test --release)"
cargo test --release --test parser_fuzz --no-run -q 2>/dev/null
if ! FUZZ_CASES="$cases" cargo test --release -q --test parser_fuzz every_parser -- --nocapture; then findings=1; fi

log "npm options check and JavaScript values in Chromium"
js_log="$(mktemp)" browser_log="$(mktemp)"
trap 'rm -f "$js_log" "$browser_log"' EXIT
js_found=0 browser_found=0
FUZZ_CASES="$browser_cases" cargo test --target wasm32-unknown-unknown --test browser_js_json --no-run -q 2>/dev/null
start=$(date +%s.%N)
FUZZ_CASES="$js_cases" node --test tests/js/ >"$js_log" 2>&1 || js_found=1
js_seconds=$(since "$start")
start=$(date +%s.%N)
FUZZ_CASES="$browser_cases" cargo test --target wasm32-unknown-unknown --test browser_js_json >"$browser_log" 2>&1 \
  || browser_found=1
browser_seconds=$(since "$start")
printf '%-44s %10s %10s %12s  %s\n' target cases seconds cases/s findings
row "npm options check (node)" "$js_cases" "$js_seconds" "$js_found"
row "JavaScript values as JSON (Chromium)" "$browser_cases" "$browser_seconds" "$browser_found"
for failed in "$js_found:$js_log" "$browser_found:$browser_log"; do
  if [ "${failed%%:*}" = 1 ]; then cat "${failed#*:}"; findings=1; fi
done
exit "$findings"
