#!/usr/bin/env bash
# Set up if needed, then run the nightly job (by default on seeds/ into warehouse/flightwatch.duckdb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
args=()
[ $# -ge 1 ] && args+=(--source "$1")
[ $# -ge 2 ] && args+=(--warehouse "$2")
exec .venv/bin/flightwatch run "${args[@]}"
