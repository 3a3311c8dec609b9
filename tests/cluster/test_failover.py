"""One app process killed mid-use, and PostgreSQL stopped for a while: the cluster carries on."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

from playwright.sync_api import Browser, Locator, Page, expect

from tests.cluster.conftest import Cluster, wait_until

IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"


def readiness(url: str) -> tuple[int, dict[str, object]]:
    """(status, body) of GET /readyz at `url`."""
    try:
        with urllib.request.urlopen(f"{url}/readyz", timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_killed_process_browsers_come_back_on_the_other_within_10_s(
    cluster: Cluster, browser: Browser
) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        page.goto(f"{cluster.url}/ladder?lang=en&role=team_leader")
        page.locator(IDLE).wait_for(timeout=60_000)
        expect(page.get_by_role("heading", name="Team leader").first).to_be_visible(timeout=30_000)
        cookie = next(c["value"] for c in context.cookies() if c["name"] == "careers_node")
        (address,) = cluster.upstreams_of(cookie)
        victim = cluster.app_at(address)

        killed_at = time.monotonic()
        cluster.kill(victim)
        # The frontend reconnects by itself; the other process reruns the page from its link.
        # Switching the language proves the session is live again, on the survivor.
        sidebar = page.get_by_test_id("stSidebar")
        wait_until(lambda: _switched(page, sidebar), 10, "the page did not come back within 10 s")
        back_after = time.monotonic() - killed_at
        expect(page.get_by_role("heading", name="La scala di carriera")).to_be_visible()
        expect(page.get_by_role("heading", name="Team leader").first).to_be_visible()
        assert "role=team_leader" in page.url
        assert back_after < 10
    finally:
        context.close()
        cluster.restart(victim)


def _switched(page: Page, sidebar: Locator) -> bool:
    """Click "Italiano" if the app answers; whether the Italian title is shown."""
    title = page.get_by_role("heading", name="La scala di carriera")
    if title.count():
        return True
    try:
        sidebar.get_by_text("Italiano", exact=True).click(timeout=1000)
        title.wait_for(timeout=1500)
        return True
    except Exception:  # not connected yet: the click is lost or the rerun does not come
        return False


def test_database_outage_is_seen_and_recovered_from_without_restart(cluster: Cluster) -> None:
    for app in cluster.apps:
        assert readiness(app.url)[0] == 200
    cluster.postgres.stop()
    try:
        for app in cluster.apps:
            status, body = readiness(app.url)
            assert (status, body["database"]) == (503, "unavailable")
            assert body["warm_up"] == "done"
    finally:
        cluster.postgres.start()
    for app in cluster.apps:
        wait_until(lambda app=app: readiness(app.url)[0] == 200, 15, "no recovery")
