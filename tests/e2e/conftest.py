"""Browser-test fixtures: one Streamlit server and one headless Chromium per test session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from careers.store.engine import dispose
from scripts.server import ServerError, serve
from tests.support.app_server import app_server

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


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The test module's own SQLite file (a workspace test may restart its server on it)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'careers.sqlite3'}"
    yield url
    dispose(url)


@pytest.fixture(scope="module")
def server(db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on a free port over the module's database, for tests that do not kill it."""
    with app_server(db_url, tmp_path_factory.mktemp("log") / "server.log") as (url, _):
        yield url
