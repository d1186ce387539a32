#!/usr/bin/env bash
# Serves the built widget (dist/) and the demo host page on two loopback origins until stopped.
#   WIDGET_PORT (default 8081) — the widget; HOST_PORT (default 8080) — the host page.
#   WIDGET_CONNECT_SRC — origins the widget may fetch from besides its own (an HTTP backend).
# The widget's pages are served with the strict Content-Security-Policy of docs/embedding.md.
# Fails at once if a port is already taken (so tests never run against someone else's server).
set -euo pipefail
source "$(dirname "$0")/env.sh"
HOST_PORT="${HOST_PORT:-8080}"
WIDGET_PORT="${WIDGET_PORT:-8081}"
WIDGET_CSP="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'${WIDGET_CONNECT_SRC:+ $WIDGET_CONNECT_SRC}"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT INT TERM

# Starts a static server for $2 on port $1 (with the policy $3, if any) and waits until it answers.
serve() {
  local port=$1 dir=$2 policy=("${@:3}")
  if curl -fs -o /dev/null "http://127.0.0.1:$port/"; then
    echo "serve.sh: port $port is already in use" >&2
    exit 1
  fi
  python3 "$ROOT/scripts/static-server.py" "$port" "$dir" "${policy[@]}" >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/" && return 0
    kill -0 "${pids[-1]}" 2>/dev/null || break
    sleep 0.1
  done
  echo "serve.sh: could not serve $dir on port $port" >&2
  exit 1
}

serve "$WIDGET_PORT" "$ROOT/dist" "$WIDGET_CSP"
serve "$HOST_PORT" "$ROOT/demo/host"
echo "serving: host http://127.0.0.1:$HOST_PORT/  widget http://127.0.0.1:$WIDGET_PORT/"
wait
