"""The hardened entry (asgi.py) in a real browser and over HTTP: headers, CSP, framing,
upload limit, XSRF, readiness, and an uncaught error shown with an id."""

from __future__ import annotations

import http.client
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from scripts.server import serve
from serving.headers import SECURITY_HEADERS

pytestmark = pytest.mark.e2e
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"
CHART = ".js-plotly-plot .main-svg"
# Collected by the page itself, so nothing is missed between Playwright events.
VIOLATIONS = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e =>
  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def fetch(
    url: str, method: str = "GET", body: bytes | None = None
) -> tuple[int, dict[str, str], bytes]:
    """(status, lower-cased headers, body) of one request, errors included."""
    request = urllib.request.Request(url, data=body, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, b""
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


@pytest.mark.parametrize("path", ["/", "/ladder", "/_stcore/health", "/readyz", "/nowhere"])
def test_every_response_carries_the_security_headers(base_url: str, path: str) -> None:
    _status, headers, _ = fetch(base_url + path)
    for name, value in SECURITY_HEADERS.items():
        assert headers[name] == value, name


def test_static_script_carries_the_headers(base_url: str) -> None:
    with urllib.request.urlopen(base_url, timeout=30) as response:
        found = re.search(r'src="\./(static/js/[^"]+)"', response.read().decode())
    assert found, "no script in the page"
    script = found.group(1)
    status, headers, _ = fetch(f"{base_url}/{script}")
    assert status == 200
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["content-security-policy"] == SECURITY_HEADERS["content-security-policy"]


def test_ready_once_warm(base_url: str) -> None:
    with urllib.request.urlopen(f"{base_url}/readyz", timeout=30) as response:
        assert response.status == 200
        assert b'"warm_up":"done"' in response.read()


@pytest.mark.parametrize("path", ["/", "/ladder", "/salaries", "/channels", "/compare"])
def test_pages_draw_their_charts_with_no_csp_violation(page: Page, path: str) -> None:
    page.add_init_script(VIOLATIONS)
    messages: list[str] = []
    page.on("console", lambda m: messages.append(m.text) if m.type == "error" else None)
    page.goto(f"{path}?lang=en")
    page.locator(IDLE).wait_for()
    expect(page.locator(CHART).first).to_be_visible()
    page.wait_for_timeout(500)  # late style and font loads would report here
    assert page.evaluate("window.__csp") == []
    assert not [m for m in messages if "Content Security Policy" in m]


def test_framing_is_refused(browser: Browser, base_url: str) -> None:
    context = browser.new_context()
    try:
        host = context.new_page()
        refused: list[str] = []
        host.on("console", lambda m: refused.append(m.text))
        host.set_content(f'<iframe id="f" src="{base_url}/" width="800" height="600"></iframe>')
        host.wait_for_timeout(3000)
        frame = host.frame_locator("#f")
        assert frame.locator("[data-testid=stApp]").count() == 0
        assert any("frame-ancestors" in m or "X-Frame-Options" in m for m in refused)
    finally:
        context.close()


def test_oversized_upload_is_refused_before_it_is_read(base_url: str) -> None:
    # Only the headers are sent: the server must answer from the declared length alone. Sending
    # the body too would race the server closing the socket after its 413 (a broken pipe).
    host, port = urllib.parse.urlsplit(base_url).netloc.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        connection.putrequest("PUT", "/_stcore/upload_file/s/f")
        connection.putheader("Content-Length", str(3 * 1024 * 1024 + 1))
        connection.endheaders()
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    assert response.status == 413
    assert b"too large" in body
    assert response.getheader("X-Frame-Options") == "DENY"


def test_upload_without_xsrf_token_is_refused(base_url: str) -> None:
    status, _, _ = fetch(f"{base_url}/_stcore/upload_file/s/f", "PUT", b"small")
    assert status == 403


@pytest.fixture(scope="module")
def failing_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A server whose only page raises, with the app's error handler; (URL, its log)."""
    log = tmp_path_factory.mktemp("failing") / "server.log"
    with serve("tests/e2e/failing_app/entry.py", log) as (url, _pid):
        yield url, log


@pytest.mark.parametrize(
    ("lang", "text"), [("en", "Something went wrong"), ("it", "Si è verificato un errore")]
)
def test_uncaught_error_shows_an_id_not_a_traceback(
    browser: Browser, failing_url: tuple[str, Path], lang: str, text: str
) -> None:
    url, log = failing_url
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{url}/?lang={lang}")
        alert = page.get_by_role("alert").filter(has_text=text)
        expect(alert).to_be_visible()
        found = re.search(r"\b([0-9a-f]{8})\b", alert.inner_text())
        assert found, "no error id in the message"
        error_id = found.group(1)
        screen = page.locator("[data-testid=stApp]").inner_text()
        assert "Before the failure" in screen
        for leak in ("Traceback", "RuntimeError", "secret internal detail", "page.py"):
            assert leak not in screen
    finally:
        context.close()
    logged = log.read_text()
    at = logged.index(f"Uncaught error {error_id}")
    assert "Traceback" in logged[at:] and "secret internal detail 7f3a" in logged[at:]
