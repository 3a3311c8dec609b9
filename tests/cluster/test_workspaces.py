"""Workspaces on the shared PostgreSQL: saved through one process, opened through the other; a
save while PostgreSQL is stopped gets a clear message, and saving works again once it is back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from careers.store.engine import get_engine
from careers.store.workspaces import WorkspaceStore
from tests.cluster.conftest import Cluster, pinned_page, processes_of
from tests.e2e.test_pages import wait_for_run
from tests.e2e.test_workspace import NEXT, save_example


@pytest.fixture
def pinned(browser: Browser, cluster: Cluster) -> Iterator[list[tuple[BrowserContext, Page]]]:
    """Two fresh browsers through nginx: the first on process 0, the second on process 1."""
    contexts = [pinned_page(browser, cluster, index) for index in range(2)]
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
    assert processes_of(cluster, first_context) == {0}
    assert processes_of(cluster, second_context) == {1}


@pytest.mark.parametrize(
    ("lang", "unreachable", "saved_at"),
    [
        ("en", "The workspace server cannot be reached right now", "Saved at"),
        ("it", "Il server degli spazi di lavoro non risponde", "Salvato alle"),
    ],
)
def test_saving_while_postgresql_is_down_says_so_and_saves_once_it_is_back(
    cluster: Cluster,
    pinned: list[tuple[BrowserContext, Page]],
    lang: str,
    unreachable: str,
    saved_at: str,
) -> None:
    _, page = pinned[0]
    edit, _view = save_example(page, lang)
    page.goto(f"/workshop?lang={lang}&workspace={edit}")
    wait_for_run(page)
    panel = page.get_by_test_id("stSidebar")
    store = WorkspaceStore(get_engine(cluster.env["CAREERS_DATABASE_URL"]))
    before = store.open(edit).version
    cluster.postgres.stop()
    try:
        page.get_by_role("button", name=NEXT[lang]).click()
        wait_for_run(page)
        # The workshop keeps the sidebar collapsed; the panel in it says what happened.
        expect(panel).to_contain_text(unreachable)
        expect(page.get_by_text("Traceback")).to_have_count(0)
    finally:
        cluster.postgres.start()
    # Nothing saved before the outage was lost; the step taken during it is saved on the next run.
    assert store.open(edit).version == before
    page.get_by_role("button", name=NEXT[lang]).click()
    wait_for_run(page)
    expect(panel).to_contain_text(saved_at, timeout=15_000)
    expect(panel).not_to_contain_text(unreachable)
    stored = store.open(edit)
    assert stored.version == before + 1 and stored.payload.workshop["step"] == 3
