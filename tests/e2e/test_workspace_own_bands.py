"""In a real browser: the example "your bands" CSV uploaded on the salary page goes into the
table, is saved with a workspace and is drawn again when another browser opens the edit link."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from careers.store.engine import get_engine
from careers.store.workspaces import WorkspaceStore
from tests.e2e.test_pages import chart, wait_for_run
from tests.e2e.test_workspace import EDITING, new_page

pytestmark = pytest.mark.e2e

EXAMPLE_BANDS = Path(__file__).resolve().parents[2] / "docs" / "examples" / "your_bands.csv"
OWN_TITLE = {"it": "Le tue fasce retributive", "en": "Your bands"}
LOADED = {
    "it": "4 fasce caricate da «your_bands.csv» nella tabella qui sotto",
    "en": "4 bands loaded from “your_bands.csv” into the table below",
}
OWN_TAG = {"it": "tua", "en": "yours"}


def own_bars(page: Page) -> Locator:
    """The labels drawn on the user's own bars of the visible salary chart."""
    return chart(page).locator("g.barlayer text").filter(has_text=re.compile(r"^(tua|yours)$"))


@pytest.mark.parametrize("lang", ["it", "en"])
def test_uploaded_bands_are_saved_and_drawn_through_the_edit_link(
    browser: Browser, server: str, db_url: str, lang: str
) -> None:
    context, page = new_page(browser, server)
    page.goto(f"/salaries?lang={lang}")
    wait_for_run(page)
    expect(own_bars(page)).to_have_count(0)
    page.get_by_test_id("stExpander").filter(has_text=OWN_TITLE[lang]).locator("summary").click()
    page.get_by_test_id("stFileUploader").locator("input[type=file]").set_input_files(EXAMPLE_BANDS)
    expect(page.get_by_test_id("stAlert").filter(has_text=LOADED[lang])).to_be_visible()
    wait_for_run(page)
    expect(own_bars(page)).to_have_count(4)
    expect(own_bars(page).first).to_have_text(OWN_TAG[lang])
    # The uploader is empty again: the table holds the bands now.
    expect(page.get_by_test_id("stFileUploaderFile")).to_have_count(0)
    page.locator(".st-key-workspace_save button").first.click()
    wait_for_run(page)
    panel = page.locator(".st-key-workspace_panel")
    expect(panel).to_contain_text(EDITING[lang])
    panel.locator("details summary").first.click()
    found = re.search(r"workspace=([\w-]{43})", panel.get_by_test_id("stCode").first.inner_text())
    assert found
    edit = found.group(1)
    context.close()
    stored = WorkspaceStore(get_engine(db_url)).open(edit).payload.own_bands
    assert [row["role"] for row in stored] == [
        "operatore",
        "team_leader",
        "supervisore",
        "coordinatore",
    ]

    other, fresh = new_page(browser, server)  # another browser: nothing in common
    fresh.goto(f"/salaries?lang={lang}&workspace={edit}")
    wait_for_run(fresh)
    expect(own_bars(fresh)).to_have_count(4)
    other.close()
