#!/usr/bin/env bash
# Run the app on http://127.0.0.1:${PORT:-8501} through its hardened entry (asgi.py: security
# headers, readiness route, warm start). First use creates .venv and installs the pinned
# requirements. Extra arguments go to `streamlit run`.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/venv.sh
ensure_venv requirements.txt
exec .venv/bin/python -m streamlit run asgi.py \
  --server.address="${ADDRESS:-127.0.0.1}" --server.port="${PORT:-8501}" \
  --server.headless=true --browser.gatherUsageStats=false "$@"
