"""Sticky sessions, websockets and the app's limits through nginx."""

from __future__ import annotations

import urllib.error
import urllib.request

from playwright.sync_api import Browser, expect

from serving.headers import SECURITY_HEADERS
from tests.cluster.conftest import Cluster, get, wait_until

IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"


def test_each_browser_stays_on_one_process_and_browsers_spread(cluster: Cluster) -> None:
    cookies = []
    for _ in range(16):
        status, headers = get(f"{cluster.url}/readyz")
        assert status == 200
        cookie = headers["set-cookie"].split(";")[0].removeprefix("careers_node=")
        cookies.append(cookie)
        for _ in range(4):
            status, headers = get(f"{cluster.url}/readyz", cookie)
            assert status == 200 and "set-cookie" not in headers
    for cookie in cookies:
        assert len(cluster.upstreams_of(cookie)) == 1, cookie
    used = set().union(*(cluster.upstreams_of(c) for c in cookies))
    assert len(used) == 2  # 16 random browsers all on one process: odds 1 in 32,768


def test_page_and_websocket_reach_the_same_process(cluster: Cluster, browser: Browser) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{cluster.url}/ladder?lang=en")
        page.locator(IDLE).wait_for(timeout=60_000)
        expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=30_000)
        cookie = next(c["value"] for c in context.cookies() if c["name"] == "careers_node")
    finally:
        context.close()

    def websocket_logged() -> bool:
        """nginx logs a websocket once it has closed."""
        return any(e[0] == cookie and e[4] == "/_stcore/stream" for e in cluster.nginx.access_log())

    wait_until(websocket_logged, 10, "the websocket did not go through nginx")
    assert len(cluster.upstreams_of(cookie)) == 1


def test_a_secret_link_leaves_no_trace_in_nginx_s_access_log(cluster: Cluster) -> None:
    secret = "Zq7" + "x" * 40
    for path in (f"/salaries?workspace={secret}", f"/workshop?present={secret}&lang=en"):
        status, _ = get(f"{cluster.url}{path}")
        assert status == 200

    def both_logged() -> bool:
        """nginx writes a request's line once it has answered it."""
        log = cluster.nginx.private_log()
        return "GET /salaries HTTP/1.1" in log and "GET /workshop HTTP/1.1" in log

    wait_until(both_logged, 10, "nginx did not log the two requests")
    log = cluster.nginx.private_log()
    assert secret not in log and "workspace=" not in log and "present=" not in log


def test_headers_and_body_limit_through_nginx(cluster: Cluster) -> None:
    status, headers = get(f"{cluster.url}/")
    assert status == 200
    for name, value in SECURITY_HEADERS.items():
        assert headers[name] == value
    body = b"x" * (3 * 1024 * 1024 + 1)
    request = urllib.request.Request(f"{cluster.url}/_stcore/upload_file/s/f", body, method="PUT")
    try:
        urllib.request.urlopen(request, timeout=30)
        raise AssertionError("an oversized body was accepted")
    except urllib.error.HTTPError as error:
        assert error.code == 413
