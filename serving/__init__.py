"""Serving the app: the ASGI entry's headers, limits, readiness, warm-up and error handling.

Nothing here draws a page; `asgi.py` at the repository root puts these parts on `st.App`.
"""
