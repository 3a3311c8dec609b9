"""Security headers added to every HTTP response the server sends."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import streamlit
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from components.style import page_head_script_hashes

INDEX_HTML = Path(streamlit.__file__).parent / "static" / "index.html"


def inline_script_hashes(index_html: Path = INDEX_HTML) -> list[str]:
    """CSP source expressions ('sha256-...') for each inline <script> of Streamlit's page.

    Read from the installed frontend, so a Streamlit upgrade that changes its one inline
    script (today `window.prerenderReady = false`) keeps the policy right without an edit.
    """
    html = index_html.read_text(encoding="utf-8")
    bodies = re.findall(r"<script>(.*?)</script>", html, flags=re.DOTALL)
    digests = (base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() for b in bodies)
    return [f"'sha256-{digest}'" for digest in digests]


# What Streamlit's frontend and plotly.js need, and nothing more (checked in Chromium by
# tests/serving/test_browser_headers.py: no CSP violation, charts draw):
# - style-src 'unsafe-inline': the frontend's CSS-in-JS (emotion) and plotly.js write <style>
#   elements and style attributes at run time;
# - img-src data: blob:: icons and plotly's images are data URIs, downloads are blob URLs;
# - connect-src 'self': the websocket and the fetches go to the same origin (CSP3 lets 'self'
#   match ws:/wss: of the same host);
# - worker-src blob:: the frontend starts workers from blob URLs;
# - frame-src 'self': components and st.html iframes come from this server;
# - script-src 'wasm-unsafe-eval': the frontend compiles WebAssembly (Chromium reports
#   "script-src wasm-eval" without it); it allows no JavaScript eval.
# Scripts only from this origin, plus the page's own inline script by its hash; nothing may
# frame the app.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        " ".join(
            [
                "script-src 'self' 'wasm-unsafe-eval'",
                *inline_script_hashes(),
                # The page head's script (<html lang>, first-tap chart selection), by its hash.
                *page_head_script_hashes(),
            ]
        ),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "frame-src 'self'",
        "media-src 'self' data: blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

SECURITY_HEADERS: dict[str, str] = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    # Workspace and room links carry secrets in their query: never send them as a Referer.
    "referrer-policy": "no-referrer",
    # For browsers that predate frame-ancestors.
    "x-frame-options": "DENY",
}


class SecurityHeaders:
    """ASGI middleware: set SECURITY_HEADERS on every HTTP response, replacing any same-named
    header the app set (websocket traffic passes untouched)."""

    def __init__(self, app: ASGIApp, headers: dict[str, str] | None = None) -> None:
        """Wrap `app`; `headers` (lower-case names) defaults to SECURITY_HEADERS."""
        self.app = app
        self.headers = [
            (name.encode("latin-1"), value.encode("latin-1"))
            for name, value in (headers or SECURITY_HEADERS).items()
        ]
        self.names = {name for name, _ in self.headers}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, adding the headers to the response's start message."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [
                    (k, v) for k, v in message.get("headers", []) if k.lower() not in self.names
                ]
                message["headers"] = kept + self.headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
