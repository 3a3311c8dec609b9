"""Workspaces in a real browser: save, reload, restore on every page; read-only; two editors;
a server killed with SIGKILL keeps every acknowledged save; hostile tokens on every page."""

from __future__ import annotations

import os
import re
import signal
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Dialog, Page, expect

from app_pages.registry import PAGES
from careers.store.engine import dispose, get_engine
from careers.store.workspaces import WorkspaceStore
from tests.e2e.test_pages import wait_for_run
from tests.support.app_server import app_server

pytestmark = pytest.mark.e2e

EXAMPLE = {"it": "esempio inventato", "en": "invented example"}
READ_ONLY = {"it": "sola lettura", "en": "read-only"}
EDITING = {"it": "in modifica", "en": "editing"}
NOT_FOUND = {
    "it": "Questo link a uno spazio di lavoro non funziona",
    "en": "This workspace link does not work",
}
CONFLICT = {
    "it": "Qualcun altro ha salvato questo spazio di lavoro",
    "en": "Someone else saved this workspace",
}
NEXT = {"it": "Avanti", "en": "Next"}


def new_page(browser: Browser, base_url: str) -> tuple[BrowserContext, Page]:
    """A fresh context (no session) with a desktop viewport."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, base_url=base_url)
    context.set_default_timeout(30_000)
    return context, context.new_page()


def save_example(page: Page, lang: str) -> tuple[str, str]:
    """On the data page: use the example data, save it as a workspace; return (edit, view)."""
    page.goto(f"/data?lang={lang}")
    wait_for_run(page)
    page.get_by_role("tab", name=re.compile("Carica|Upload")).click()
    page.locator(".st-key-data_example button").click()
    wait_for_run(page)
    page.locator(".st-key-data_workspace_save button").first.click()
    wait_for_run(page)
    panel = page.locator(".st-key-data_workspace_panel")
    expect(panel).to_contain_text(EDITING[lang])
    panel.locator("details summary").first.click()
    codes = panel.locator("[data-testid='stCode']")
    expect(codes).to_have_count(2)
    edit = re.search(r"workspace=([\w-]{43})", codes.nth(0).inner_text())
    view = re.search(r"view=([\w-]{43})", codes.nth(1).inner_text())
    assert edit and view
    return edit.group(1), view.group(1)


def badge(page: Page) -> str:
    """The text of the sidebar's dataset badge."""
    return page.locator(".st-key-dataset_badge").inner_text()


@pytest.mark.parametrize("lang", ["it", "en"])
def test_save_reload_and_restore_on_every_page(browser: Browser, server: str, lang: str) -> None:
    context, page = new_page(browser, server)
    edit, view = save_example(page, lang)
    assert f"workspace={edit}" in page.url
    page.reload()
    wait_for_run(page)
    expect(page.locator(".st-key-dataset_badge")).to_contain_text(EXAMPLE[lang])
    context.close()
    for spec in PAGES:
        for param, token, mode in (("workspace", edit, EDITING), ("view", view, READ_ONLY)):
            other, fresh = new_page(browser, server)  # another browser: nothing in common
            fresh.goto(f"{spec.url_path}?lang={lang}&{param}={token}")
            wait_for_run(fresh)
            expect(fresh.locator(".st-key-dataset_badge")).to_contain_text(EXAMPLE[lang])
            expect(fresh.locator(".st-key-workspace_panel")).to_contain_text(mode[lang])
            other.close()


def test_read_only_link_never_changes_the_workspace(
    browser: Browser, server: str, db_url: str
) -> None:
    context, page = new_page(browser, server)
    edit, view = save_example(page, "en")
    context.close()
    context, page = new_page(browser, server)
    page.goto(f"/workshop?lang=en&view={view}")
    wait_for_run(page)
    page.get_by_role("button", name=NEXT["en"]).click()
    wait_for_run(page)
    page.get_by_role("button", name=NEXT["en"]).click()
    wait_for_run(page)
    context.close()
    stored = WorkspaceStore(get_engine(db_url)).open(edit)
    assert stored.version == 1 and "step" not in stored.payload.workshop


def test_two_browsers_editing_get_the_conflict_choice(browser: Browser, server: str) -> None:
    context, page = new_page(browser, server)
    edit, _ = save_example(page, "en")
    context.close()
    first_context, first = new_page(browser, server)
    second_context, second = new_page(browser, server)
    for page in (first, second):
        page.goto(f"/workshop?lang=en&workspace={edit}")
        wait_for_run(page)
    first.get_by_role("button", name=NEXT["en"]).click()
    wait_for_run(first)
    second.get_by_role("button", name=NEXT["en"]).click()
    wait_for_run(second)
    panel = second.locator(".st-key-workspace_panel")
    expect(panel).to_contain_text(CONFLICT["en"])
    expect(panel.get_by_role("button", name="Load their version")).to_be_attached()
    expect(panel.get_by_role("button", name="Keep mine")).to_be_attached()
    first_context.close()
    second_context.close()


def test_sigkill_keeps_every_acknowledged_save(browser: Browser, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'killed.sqlite3'}"
    log = tmp_path / "server.log"
    with app_server(url, log) as (base, process):
        context, page = new_page(browser, base)
        edit, _ = save_example(page, "en")
        page.goto(f"/workshop?lang=en&workspace={edit}")
        wait_for_run(page)
        for step in (2, 3, 4):
            page.get_by_role("button", name=NEXT["en"]).click()
            expect(page.get_by_text(f"Step {step} of", exact=False)).to_be_visible()
            wait_for_run(page)
        # The run that drew step 4 saved it before drawing the sidebar's "saved at": done.
        expect(page.locator(".st-key-workspace_panel")).to_contain_text("Saved at")
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        context.close()
    with app_server(url, log) as (base, _):
        context, page = new_page(browser, base)
        page.goto(f"/workshop?lang=en&workspace={edit}")
        wait_for_run(page)
        expect(page.locator(".st-key-dataset_badge")).to_contain_text(EXAMPLE["en"])
        expect(page.get_by_text("Step 4 of", exact=False)).to_be_visible()
        context.close()
    dispose(url)


HOSTILE = [
    "<script>alert(1)</script>",
    "A" * 43,
    "'%20OR%201=1--",
    "**x**%20[y](javascript:alert(1))",
]


def test_hostile_and_wrong_tokens_on_every_page(browser: Browser, server: str) -> None:
    context, page = new_page(browser, server)
    dialogs: list[str] = []

    def refuse(dialog: Dialog) -> None:
        """Record and dismiss any dialog: an injected script's alert() would open one."""
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", refuse)
    for number, spec in enumerate(PAGES):
        for param in ("workspace", "view"):
            lang = "it" if number % 2 else "en"
            token = HOSTILE[(number + len(param)) % len(HOSTILE)]
            page.goto(f"{spec.url_path}?lang={lang}&{param}={token}")
            wait_for_run(page)
            expect(page.get_by_text(NOT_FOUND[lang])).to_be_visible()
            expect(page.get_by_test_id("stException")).to_have_count(0)
            assert "alert(1)" not in page.locator("[data-testid='stMain']").inner_text()
            assert f"{param}=" not in page.url
    assert dialogs == []
    context.close()
