"""Browser test: a dataset full of markup and script, uploaded, then shown on every page as text.

The app's own dataset with every bilingual text replaced by a hostile sample (script tags, an
image with onerror, javascript: links, Streamlit Markdown, odd Unicode) is uploaded on the data
page; the sidebar then visits every page in the same session. Nothing may run (`window.__xss`
stays unset, no dialog), nothing from the payload may become an element (no javascript: link, no
injected image, no onerror attribute, no link inside a chart), and the script tag must be
readable as text.
"""

from __future__ import annotations

import re

import pytest
import yaml
from playwright.sync_api import Dialog, Page, expect

from careers import DEFAULT_DATASET, load_dataset
from careers.text.i18n import Translator
from tests.e2e.test_pages import RERUN_TIMEOUT_MS, heading, open_app, wait_for_run
from tests.hardening.corpus import hostile_dataset

pytestmark = pytest.mark.e2e

RAW = yaml.safe_dump(
    hostile_dataset(yaml.safe_load(DEFAULT_DATASET.read_text("utf-8"))), allow_unicode=True
).encode("utf-8")
HOSTILE = load_dataset(RAW)
T = Translator("en")
STEMS = ["ladder", "salaries", "channels", "compare", "self_check", "job_description", "workshop"]
# Elements or attributes that only exist if the payload became markup.
INJECTED = (
    'a[href^="javascript:" i], [href^="javascript:" i], [src^="javascript:" i], '
    'img[src="x"], [onerror], iframe[src^="javascript:" i]'
)


def title_of(stem: str) -> str:
    """The page's h1 as the user sees it (the workshop opens on the data's own name)."""
    if stem == "workshop":
        return HOSTILE.name.en
    return T(f"{stem}.title")


def assert_nothing_ran(page: Page, dialogs: list[str], where: str) -> None:
    """No script of the payload ran and none of its markup became an element."""
    assert page.evaluate("() => window.__xss") is None, f"script ran on {where}"
    assert dialogs == [], f"a dialog opened on {where}: {dialogs}"
    injected = page.locator(INJECTED).evaluate_all(
        "nodes => nodes.map(n => n.outerHTML.slice(0, 200))"
    )
    assert injected == [], f"payload markup on {where}: {injected}"
    # Markdown of the payload turned into elements: its link texts as links, its bold as bold.
    formatted = page.locator("a, strong, b").evaluate_all(
        """nodes => nodes
            .filter(n => ['link', 'click', 'bold'].includes(n.textContent.trim()))
            .map(n => n.outerHTML.slice(0, 200))"""
    )
    assert formatted == [], f"payload Markdown rendered on {where}: {formatted}"
    scripts = page.locator("script").evaluate_all(
        "nodes => nodes.filter(n => n.textContent.includes('__xss')).length"
    )
    assert scripts == 0, f"a payload script element on {where}"
    # Plotly renders <a href> in labels as an SVG link: the payload must stay SVG text.
    charts = page.locator(".js-plotly-plot svg")
    links = charts.locator("a").count()
    assert links == 0, f"a link inside a chart on {where}"
    expect(page.get_by_test_id("stException")).to_have_count(0)


def chart_texts(page: Page) -> list[str]:
    """The text of every SVG text element of the page's plotly charts."""
    # The script maps each node to its text (an SVG text element's textContent is a string).
    texts: list[str] = page.locator(".js-plotly-plot svg text").evaluate_all(
        "nodes => nodes.map(n => n.textContent)"
    )
    return texts


def test_hostile_upload_is_shown_as_text_on_every_page(page: Page) -> None:
    """Upload the hostile dataset, then visit every page: nothing runs, the markup reads as text."""
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        """Record the dialog and close it so the page does not hang."""
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    open_app(page, "/data?lang=en")
    page.get_by_role("tab", name=T("data.tab_upload")).click()
    page.get_by_test_id("stFileUploader").locator("input[type=file]").set_input_files(
        {"name": "hostile.yaml", "mimeType": "application/yaml", "buffer": RAW}
    )
    expect(page.get_by_test_id("stAlert").filter(has_text="hostile.yaml")).to_be_visible(
        timeout=RERUN_TIMEOUT_MS
    )
    wait_for_run(page)
    badge = page.get_by_test_id("stSidebar").locator(".st-key-dataset_badge")
    expect(badge).to_contain_text(HOSTILE.name.en)
    expect(badge).to_contain_text(T("data.badge.uploaded"))
    assert_nothing_ran(page, dialogs, "data")

    nav = page.get_by_test_id("stSidebarNav")
    shown_script: dict[str, bool] = {}
    chart_markup: list[str] = []
    shown_markdown = 0
    for stem in ["home", *STEMS]:
        # A click in the sidebar keeps the Streamlit session (a reload would start a new one).
        nav.get_by_role("link", name=T(f"nav.{stem}"), exact=True).click()
        if stem != "home":
            expect(page).to_have_url(re.compile(rf"/{stem}(\?|$)"))
        title = T("home.title") if stem == "home" else title_of(stem)
        expect(heading(page, 1, title)).to_be_visible(timeout=RERUN_TIMEOUT_MS)
        wait_for_run(page)
        expect(badge).to_contain_text(T("data.badge.uploaded"))
        assert_nothing_ran(page, dialogs, stem)
        main = page.get_by_test_id("stMain")
        shown_script[stem] = main.get_by_text("<script>", exact=False).first.is_visible()
        shown_markdown += main.get_by_text("[link](javascript:", exact=False).count()
        chart_markup += [text for text in chart_texts(page) if "<" in text]

    # The payload reads as typed text: on pages that show role titles, and in the charts.
    assert shown_script["ladder"] and shown_script["compare"], shown_script
    assert shown_markdown, "the Markdown sample must read as typed somewhere"
    assert any(re.search(r"<(script|img|a )", text) for text in chart_markup), chart_markup
    # The session kept the upload from page to page: the data page still names it. (Workshop
    # mode folds the sidebar away for the projector: open it again first.)
    page.get_by_test_id("stExpandSidebarButton").click()
    nav.get_by_role("link", name=T("nav.data"), exact=True).click()
    expect(page.get_by_text(f"Data in use: {HOSTILE.name.en}", exact=True)).to_be_visible(
        timeout=RERUN_TIMEOUT_MS
    )
    assert_nothing_ran(page, dialogs, "data, again")
