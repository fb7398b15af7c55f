#!/usr/bin/env bash
# Set up if needed, then run the lint, the type check and the tests.
#   bash scripts/test.sh          the whole suite (what CI runs)
#   bash scripts/test.sh --fast   the fast tier: no flow, process, server, install or browser (about a minute)
set -euo pipefail
cd "$(dirname "$0")/.."
fast=0
if [ "${1:-}" = "--fast" ]; then
  fast=1
  shift
fi
bash scripts/bootstrap.sh
[ "$fast" = 1 ] || bash scripts/browser.sh
.venv/bin/ruff check .
.venv/bin/ruff format --check --quiet transforms  # the extraction rules keep one layout, lines of 110 at most
.venv/bin/mypy
if [ "$fast" = 1 ]; then
  exec env FLIGHTWATCH_FAST_TIER=1 .venv/bin/python -m pytest -m "not flow and not process" "$@"
fi
exec .venv/bin/python -m pytest "$@"
