"""Browser-test fixtures: one Streamlit server and one headless Chromium per test session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from scripts.server import ServerError, serve

# On a busy machine (two cores shared by a browser and a server) a chart can take a few seconds;
# assertions wait as long as a patient user would rather than Playwright's default 5 s.
expect.set_options(timeout=30_000)


@pytest.fixture(scope="session")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start the app's entry (asgi.py, as ./run.sh does) on a free port; yield its base URL."""
    log_path = tmp_path_factory.mktemp("streamlit") / "server.log"
    try:
        with serve(log_path=log_path) as (url, _pid):
            yield url
    except ServerError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    """A fresh browser context (no cookies, no session) with a 1400x1000 viewport."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, base_url=base_url)
    # The machine may be busy (two cores, a browser and a server): wait as long as a user would.
    context.set_default_timeout(30_000)
    page = context.new_page()
    yield page
    context.close()
