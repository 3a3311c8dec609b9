#!/usr/bin/env bash
# Run every test: lint, unit, AppTest and browser. First use creates .venv, installs the dev
# requirements and, when missing, Debian's Chromium (browser tests) and PostgreSQL (store tests).
# Extra arguments go to pytest (e.g. ./test.sh tests/unit -k ladder).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/venv.sh
ensure_venv requirements-dev.txt

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium from Debian's packages for the browser tests ..."
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing PostgreSQL from Debian's packages for the database tests ..."
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
fi

echo "== ruff"
.venv/bin/ruff check .
echo "== pytest"
status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ "$status" = 5 ]; then
  echo "No test ran: that is a failure." >&2
  exit 1
fi
exit "$status"
