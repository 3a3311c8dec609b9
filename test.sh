#!/usr/bin/env bash
# Run every test: lint, format, types, unit, AppTest, hardening, browser and cluster.
# First use creates .venv, installs the dev requirements and, when missing, the Debian packages
# the browser and cluster tests drive (see scripts/system_packages.sh).
#   ./test.sh                 everything (what CI runs)
#   ./test.sh --fast          no browser and no cluster: lint, types, unit, AppTest, hardening
#   ./test.sh tests/unit -k ladder    extra arguments go to pytest
set -euo pipefail
cd "$(dirname "$0")"
source scripts/venv.sh
ensure_venv requirements-dev.txt

fast=0
if [ "${1:-}" = "--fast" ]; then fast=1; shift; fi
source scripts/system_packages.sh
# The store's unit tests run on PostgreSQL too, so even --fast needs it.
ensure_postgresql
if [ "$fast" = 0 ]; then
  ensure_system_packages
fi

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
status=0
if [ "$fast" = 1 ]; then
  .venv/bin/python -m pytest -m "not e2e and not cluster" "$@" || status=$?
else
  .venv/bin/python -m pytest "$@" || status=$?
fi
if [ "$status" = 5 ]; then
  echo "No test ran: that is a failure." >&2
  exit 1
fi
exit "$status"
