#!/usr/bin/env bash
# Installs what is missing, builds, and serves the demo: a host page on http://127.0.0.1:8080/
# embedding the widget (http://127.0.0.1:8081/, sandbox backend) with a live event log.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/setup.sh"
log "Building the widget"
"$ROOT/scripts/build.sh"
HOST_PORT="${HOST_PORT:-8080}"
WIDGET_PORT="${WIDGET_PORT:-8081}"
log "Demo: open http://127.0.0.1:$HOST_PORT/?widget=http://127.0.0.1:$WIDGET_PORT  (Ctrl-C stops it)"
echo "Sandbox Bank or Gringotts: username user_good, password pass_good (any other password is refused)."
HOST_PORT=$HOST_PORT WIDGET_PORT=$WIDGET_PORT exec "$ROOT/scripts/serve.sh"
