#!/usr/bin/env bash
# Serves the built widget (dist/) and the demo host page on two loopback origins until stopped.
#   WIDGET_PORT (default 8081) — the widget; HOST_PORT (default 8080) — the host page.
set -euo pipefail
source "$(dirname "$0")/env.sh"
HOST_PORT="${HOST_PORT:-8080}"
WIDGET_PORT="${WIDGET_PORT:-8081}"
python3 -m http.server "$WIDGET_PORT" --bind 127.0.0.1 --directory "$ROOT/dist" >/dev/null 2>&1 &
widget_pid=$!
python3 -m http.server "$HOST_PORT" --bind 127.0.0.1 --directory "$ROOT/demo/host" >/dev/null 2>&1 &
host_pid=$!
trap 'kill $widget_pid $host_pid 2>/dev/null' EXIT INT TERM
wait
