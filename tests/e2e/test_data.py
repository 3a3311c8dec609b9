"""Browser test: an upload in one session is invisible in another, and its download round-trips."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from careers import load_dataset
from careers.dataset.export import EXAMPLE_DATASET
from tests.e2e.test_job_description import PHONES, assert_fits_and_passes_axe, open_on_phone
from tests.e2e.test_pages import RERUN_TIMEOUT_MS, heading, open_app, wait_for_run

pytestmark = pytest.mark.e2e

EXAMPLE = load_dataset(EXAMPLE_DATASET)


def sidebar_badge(page: Page):
    """The sidebar box naming the dataset in use."""
    return page.get_by_test_id("stSidebar").locator(".st-key-dataset_badge")


def test_an_upload_in_one_browser_is_invisible_in_another(
    browser: Browser, base_url: str, tmp_path: Path
) -> None:
    """Upload the example in context A; context B still shows the default data and badge."""
    contexts = [
        browser.new_context(viewport={"width": 1400, "height": 1000}, base_url=base_url)
        for _ in range(2)
    ]
    try:
        alice, bob = (context.new_page() for context in contexts)
        open_app(alice, "/data?lang=en")
        open_app(bob, "/data?lang=en")

        alice.get_by_role("tab", name="Upload your data").click()
        alice.get_by_test_id("stFileUploader").locator("input[type=file]").set_input_files(
            str(EXAMPLE_DATASET)
        )
        expect(
            alice.get_by_test_id("stAlert").filter(has_text="banca_contact_center.yaml")
        ).to_be_visible(timeout=RERUN_TIMEOUT_MS)
        wait_for_run(alice)
        expect(sidebar_badge(alice)).to_contain_text(EXAMPLE.name.en)
        expect(sidebar_badge(alice)).to_contain_text("uploaded by you")

        # Bob's session has not changed: his page, once rerun, still shows the default data.
        bob.get_by_role("tab", name="Tables").click()
        bob.get_by_test_id("stSidebar").get_by_text("Italiano", exact=True).click()
        wait_for_run(bob)
        expect(sidebar_badge(bob)).to_contain_text("Carriere nel call center")
        expect(sidebar_badge(bob)).to_contain_text("predefiniti")
        expect(sidebar_badge(bob)).not_to_contain_text("Esempio inventato")
        open_app(bob, "/?lang=en")
        expect(sidebar_badge(bob)).to_contain_text("default")
        expect(bob.get_by_text("Bank contact-center operator")).to_have_count(0)

        # Alice keeps her data from page to page and can download it as YAML that loads back.
        alice.get_by_test_id("stSidebarNav").get_by_role("link", name="The career ladder").click()
        expect(heading(alice, 2, "Bank contact-center operator")).to_be_visible(
            timeout=RERUN_TIMEOUT_MS
        )
        alice.get_by_test_id("stSidebarNav").get_by_role("link", name="Data").click()
        wait_for_run(alice)
        with alice.expect_download() as download:
            alice.get_by_role("button", name="Download the data in use (YAML)").click()
        saved = tmp_path / download.value.suggested_filename
        download.value.save_as(saved)
        assert saved.name == f"{EXAMPLE.id}.yaml"
        assert load_dataset(saved.read_bytes()) == EXAMPLE
    finally:
        for context in contexts:
            context.close()


def test_an_italian_figure_typed_in_the_band_editor_is_read_the_italian_way(page: Page) -> None:
    """Type 30.000 as the operator's minimum on the Italian page: stored as thirty thousand."""
    open_app(page, "/data?lang=it")
    page.get_by_role("tab", name="Modifica le fasce").click()
    grid = page.get_by_test_id("stDataFrame").filter(visible=True).first
    expect(grid).to_be_visible()
    # The grid is a canvas: reach the first row's minimum from its role cell with the keyboard.
    # It draws (and takes clicks) a moment after it is attached, later on a busy machine: try
    # again until the cell's editor opens.
    cell = page.locator("#portal textarea.gdg-input")
    for _attempt in range(5):
        page.wait_for_timeout(1500)
        box = grid.bounding_box()
        assert box is not None
        page.mouse.click(box["x"] + 60, box["y"] + 52)
        for _ in range(3):  # role -> currency -> period -> minimum
            page.keyboard.press("ArrowRight")
        page.keyboard.press("Enter")  # open the cell's editor, holding "32.000"
        try:
            cell.wait_for(timeout=5_000)
            break
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    expect(cell).to_have_value("32.000")
    cell.fill("30.000")
    cell.press("Enter")
    expect(cell).to_have_count(0)
    page.wait_for_timeout(1000)  # the grid sends the edit once its editor has closed
    wait_for_run(page)
    page.get_by_role("button", name="Applica le modifiche").click()
    expect(page.get_by_test_id("stAlert").filter(has_text="Fasce aggiornate")).to_be_visible(
        timeout=RERUN_TIMEOUT_MS
    )
    expect(sidebar_badge(page)).to_contain_text("modificati da te")
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="La scala di carriera").click()
    # The ladder chart now draws the edited band, marked as an estimate (entered by hand).
    edited = re.compile(r"30\.000\sUSD – 35\.000\sUSD all'anno · stima")  # no-break spaces
    expect(page.get_by_role("img").filter(has_text=edited).first).to_be_attached(
        timeout=RERUN_TIMEOUT_MS
    )


@pytest.mark.parametrize("size", list(PHONES))
@pytest.mark.parametrize("lang", ["it", "en"])
def test_data_tables_fit_a_phone(browser: Browser, base_url: str, lang: str, size: str) -> None:
    """On a phone the tables stay within the screen (their columns scroll inside them).

    The grid is a canvas: which columns show first, and the pinned one, are checked in
    tests/app/test_data.py through the settings sent to it.
    """
    page = open_on_phone(browser, base_url, f"/data?lang={lang}", size)
    try:
        # The workspace panel (owner: ws) is checked with the workspace's own pages.
        assert_fits_and_passes_axe(page, exclude=(".st-key-data_workspace_panel",))
        width = PHONES[size][0]
        for grid in page.get_by_test_id("stDataFrame").filter(visible=True).all():
            box = grid.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
    finally:
        page.context.close()
