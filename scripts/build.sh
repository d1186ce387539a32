#!/usr/bin/env bash
# Builds the iframe page into dist/ (release, with the sandbox). Extra arguments go to trunk.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
trunk build --release "$@"
