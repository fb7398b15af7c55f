#!/usr/bin/env bash
# Set up if needed, then run the nightly job on seeds/ into warehouse/flightwatch.duckdb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/python -m flows.nightly --source "${1:-seeds}" --warehouse "${2:-warehouse/flightwatch.duckdb}"
