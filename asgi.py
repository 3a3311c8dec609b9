"""The hardened server entry: the app (app.py) on Streamlit's ASGI entry, `st.App`.

Started by ./run.sh (`streamlit run asgi.py`, which finds `app` below and serves it with
uvicorn) or by any ASGI server (`uvicorn asgi:app`). On top of Streamlit: security headers on
every response, request bodies capped at the app's upload limit, a readiness route, a warm start
before the first request, and uncaught script errors shown as a short message with an id.
Settings that live in Streamlit's config (XSRF, upload limit, error details) are in
.streamlit/config.toml.
"""

import logging

import streamlit as st
from starlette.middleware import Middleware

from careers.store.engine import ping
from serving.errors import on_script_error
from serving.headers import SecurityHeaders
from serving.limits import BodyLimit
from serving.readiness import Readiness
from serving.warmup import warm_start

# Our own log lines (warm-up, readiness, error ids with their tracebacks) on stderr, with time.
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

readiness = Readiness(checks={"database": ping})

app = st.App(
    "app.py",
    lifespan=warm_start(readiness),
    routes=[readiness.route()],
    # Headers outermost, so that even a refused body's 413 carries them.
    middleware=[Middleware(SecurityHeaders), Middleware(BodyLimit)],
    on_script_error=on_script_error,
)
