"""Security headers on every HTTP response."""

from __future__ import annotations

from pathlib import Path

from starlette.types import Receive, Scope, Send

from serving.headers import CONTENT_SECURITY_POLICY, SecurityHeaders, inline_script_hashes
from tests.unit.serving.asgi_calls import call


async def app_with_own_headers(scope: Scope, receive: Receive, send: Send) -> None:
    """An app that sets its own, weaker, frame and referrer headers."""
    headers = [(b"x-frame-options", b"SAMEORIGIN"), (b"Referrer-Policy", b"unsafe-url")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": b"ok"})


def test_every_header_is_set_and_replaces_the_apps_own() -> None:
    reply = call(SecurityHeaders(app_with_own_headers), method="GET")
    assert reply.headers["x-frame-options"] == "DENY"
    assert reply.headers["referrer-policy"] == "no-referrer"
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in reply.headers["content-security-policy"]
    assert "Referrer-Policy" not in reply.headers  # the app's weaker one is gone
    assert reply.body == b"ok"


def test_policy_allows_scripts_only_from_the_server() -> None:
    directives = dict(d.split(" ", 1) for d in CONTENT_SECURITY_POLICY.split("; "))
    sources = directives["script-src"].split()
    assert sources[:2] == ["'self'", "'wasm-unsafe-eval'"]
    assert all(s.startswith("'sha256-") for s in sources[2:])
    assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources
    assert directives["object-src"] == "'none'"


def test_inline_script_hash_matches_csp_spec(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    # The CSP3 spec's own example value: sha256 of "alert('Hello, world.');".
    page.write_text("<html><script>alert('Hello, world.');</script><script src=x></script></html>")
    assert inline_script_hashes(page) == ["'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"]
