"""Every page on a phone (390x844, 360x800, touch) and at a desk, in both languages.

Each page is opened once per language and size; the checks read that one drawn page: no sideways
scrolling, no chart text cut off or drawn over another, tables' first columns in view, headings
that do not skip a level, `<html lang>` in the page's language, and no critical or serious axe-core
violation. Failures name the page, the size and what a user would see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from app_pages.registry import PAGES
from tests.e2e.phone import (
    PHONES,
    axe_violations,
    chart_text_problems,
    desktop_context,
    grid_columns,
    heading_skips,
    hidden_columns,
    horizontal_overflow,
    html_lang,
    open_drawn,
    phone_context,
    tap,
    wait_drawn,
)

pytestmark = pytest.mark.e2e

LANGS = ("it", "en")
SIZES = (*PHONES, "desktop")
# Tables whose first two columns must be in view without swiping (the row's name and its value).
TABLES = "[data-testid=stTable] table, [data-testid=stDataFrame]"


@dataclass
class Report:
    """What one drawn page showed: every check's problems, read while the page was open."""

    overflow: int = 0
    charts: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    lang: str = ""
    axe: list[str] = field(default_factory=list)


def _table_problems(page: Page) -> list[str]:
    """Tables whose first two columns (what the row is, its main value) are not both in view."""
    problems = []
    for i, table in enumerate(page.locator("[data-testid=stTable] table").all(), start=1):
        if table.is_visible():
            headers = [h.strip() for h in table.locator("th").all_inner_texts() if h.strip()]
            off = hidden_columns(table, headers[:2])
            problems += [f"table {i}: column {name!r} off screen" for name in off]
    for i, grid in enumerate(page.locator("[data-testid=stDataFrame]").all(), start=1):
        if grid.is_visible():
            drawn, total = grid_columns(grid)
            if len(drawn) < min(2, total):
                problems.append(f"dataframe {i}: only {drawn} in view of {total} columns")
    return problems


def _read(page: Page, path: str) -> Report:
    """Open `path` and run every check on it."""
    open_drawn(page, path)
    return Report(
        overflow=horizontal_overflow(page),
        charts=chart_text_problems(page),
        tables=_table_problems(page),
        headings=heading_skips(page),
        lang=html_lang(page),
        axe=axe_violations(page),
    )


@pytest.fixture(scope="module")
def reports(browser: Browser, base_url: str) -> Iterator[Callable[[str, str, str], Report]]:
    """Each (page, language, size) opened once in its own context and checked, on demand."""
    seen: dict[tuple[str, str, str], Report] = {}

    def report(stem: str, lang: str, size: str) -> Report:
        """The report for one page, language and size (read once, then remembered)."""
        if (stem, lang, size) not in seen:
            context: BrowserContext = (
                desktop_context(browser, base_url)
                if size == "desktop"
                else phone_context(browser, base_url, size)
            )
            try:
                spec = next(p for p in PAGES if p.stem == stem)
                seen[stem, lang, size] = _read(context.new_page(), f"{spec.url_path}?lang={lang}")
            finally:
                context.close()
        return seen[stem, lang, size]

    yield report


CASES = [(p.stem, lang, size) for p in PAGES for lang in LANGS for size in SIZES]
PHONE_CASES = [case for case in CASES if case[2] != "desktop"]


@pytest.mark.parametrize(("stem", "lang", "size"), PHONE_CASES)
def test_no_sideways_scrolling(reports: Callable[..., Report], stem: str, lang: str, size: str):
    """The page is no wider than the phone's screen."""
    assert reports(stem, lang, size).overflow <= 0, f"{stem} {lang} {size}: page scrolls sideways"


@pytest.mark.parametrize(("stem", "lang", "size"), CASES)
def test_chart_texts_fit_and_do_not_collide(
    reports: Callable[..., Report], stem: str, lang: str, size: str
) -> None:
    """Every chart text lies inside its chart and apart from every other text."""
    assert reports(stem, lang, size).charts == []


@pytest.mark.parametrize(("stem", "lang", "size"), PHONE_CASES)
def test_tables_show_their_key_columns(
    reports: Callable[..., Report], stem: str, lang: str, size: str
) -> None:
    """Each table's first two columns (what the row is, its main value) are in view."""
    assert reports(stem, lang, size).tables == []


@pytest.mark.parametrize(("stem", "lang", "size"), CASES)
def test_headings_do_not_skip_levels(
    reports: Callable[..., Report], stem: str, lang: str, size: str
) -> None:
    """Headings go down one level at a time, as a screen reader's outline expects."""
    assert reports(stem, lang, size).headings == []


@pytest.mark.parametrize(("stem", "lang", "size"), CASES)
def test_html_lang_is_the_page_language(
    reports: Callable[..., Report], stem: str, lang: str, size: str
) -> None:
    """The document says which language it is in, so a screen reader pronounces it right."""
    assert reports(stem, lang, size).lang == lang


@pytest.mark.parametrize(("stem", "lang", "size"), CASES)
def test_no_serious_accessibility_violation(
    reports: Callable[..., Report], stem: str, lang: str, size: str
) -> None:
    """axe-core finds no critical or serious violation."""
    assert reports(stem, lang, size).axe == []


@pytest.mark.parametrize("size", list(PHONES))
def test_first_tap_on_a_rung_opens_it(browser: Browser, base_url: str, size: str) -> None:
    """On a phone, one tap on a rung (real touch events) opens that role; the next tap, the next."""
    context = phone_context(browser, base_url, size)
    try:
        page = context.new_page()
        open_drawn(page, "/ladder?lang=en")
        for rung, title in ((1, "Team leader"), (2, "Call-center supervisor")):
            chart = page.get_by_test_id("stPlotlyChart").filter(visible=True)
            tap(chart.locator("g.scatterlayer g.trace").first.locator("path.point").nth(rung))
            expect(page.get_by_role("heading", level=2, name=title, exact=True)).to_be_visible()
            wait_drawn(page)
    finally:
        context.close()


def test_html_lang_follows_the_language_switch(browser: Browser, base_url: str) -> None:
    """Switching language in the sidebar changes `<html lang>` without reloading the page."""
    context = desktop_context(browser, base_url)
    try:
        page = context.new_page()
        open_drawn(page, "/ladder?lang=it")
        assert html_lang(page) == "it"
        page.get_by_test_id("stSidebar").get_by_text("English", exact=True).click()
        expect(page.get_by_role("heading", level=1, name="The career ladder")).to_be_visible()
        page.wait_for_function("() => document.documentElement.lang === 'en'")
    finally:
        context.close()
