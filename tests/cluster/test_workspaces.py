"""Workspaces on the shared PostgreSQL: saved through one process, opened through the other."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.cluster.conftest import Cluster, wait_until
from tests.cluster.test_topology import get
from tests.e2e.test_pages import wait_for_run
from tests.e2e.test_workspace import save_example


def cookie_for(cluster: Cluster, index: int) -> str:
    """An affinity cookie that nginx routes to app process `index` (new ones until one does)."""
    for _ in range(64):
        _, headers = get(f"{cluster.url}/readyz")
        cookie = headers["set-cookie"].split(";")[0].removeprefix("careers_node=")
        assert get(f"{cluster.url}/readyz", cookie)[0] == 200
        # nginx writes the log line just after the response: wait for it.
        wait_until(lambda c=cookie: cluster.upstreams_of(c), 5, "request not logged")
        (address,) = cluster.upstreams_of(cookie)
        if cluster.app_at(address) == index:
            return cookie
    raise AssertionError(f"no cookie reached process {index} in 64 tries")


@pytest.fixture
def pinned(browser: Browser, cluster: Cluster) -> Iterator[list[tuple[BrowserContext, Page]]]:
    """Two fresh browsers through nginx: the first on process 0, the second on process 1."""
    contexts = []
    for index in range(2):
        context = browser.new_context(
            viewport={"width": 1400, "height": 1000}, base_url=cluster.url
        )
        context.set_default_timeout(30_000)
        context.add_cookies(
            [{"name": "careers_node", "value": cookie_for(cluster, index), "url": cluster.url}]
        )
        contexts.append((context, context.new_page()))
    yield contexts
    for context, _ in contexts:
        context.close()


def test_workspace_saved_through_one_process_opens_through_the_other(
    cluster: Cluster, pinned: list[tuple[BrowserContext, Page]]
) -> None:
    (first_context, first), (second_context, second) = pinned
    edit, view = save_example(first, "en")
    second.goto(f"/ladder?lang=en&view={view}")
    wait_for_run(second)
    expect(second.locator(".st-key-dataset_badge")).to_contain_text("invented example")
    for context, index in ((first_context, 0), (second_context, 1)):
        cookie = next(c["value"] for c in context.cookies() if c["name"] == "careers_node")
        assert {cluster.app_at(a) for a in cluster.upstreams_of(cookie)} == {index}
