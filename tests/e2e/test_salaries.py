"""Browser tests of the salary page: clicks and taps on bands, the link, a page switch and back."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.phone import chart_text_problems, horizontal_overflow, open_drawn, phone_context, tap
from tests.e2e.test_pages import RERUN_TIMEOUT_MS, RUN_TIMEOUT_MS, heading, open_app, wait_for_run

pytestmark = pytest.mark.e2e


def test_chart_draws_and_a_click_on_a_band_opens_its_figures(page: Page) -> None:
    """Four bands are drawn; clicking the team leader's shows its midpoint and the gap below."""
    open_app(page, "/salaries?lang=en")
    expect(heading(page, 1, "Salary bands")).to_be_visible()
    plot = page.get_by_test_id("stPlotlyChart").first.locator(".js-plotly-plot")
    source_bars = plot.locator("g.barlayer g.trace").first.locator("g.point")
    expect(source_bars).to_have_count(4, timeout=RUN_TIMEOUT_MS)
    expect(heading(page, 2, "Call-center operator (agent)")).to_be_visible()

    source_bars.nth(1).locator("path").click(force=True)
    expect(heading(page, 2, "Team leader")).to_be_visible(timeout=RERUN_TIMEOUT_MS)
    expect(page.get_by_test_id("stMetricValue").filter(has_text="$41,000")).to_be_visible()
    expect(page.get_by_test_id("stMetricValue").filter(has_text="gap of $3,000")).to_be_visible()
    expect(page).to_have_url(re.compile(r"[?&]role=team_leader(&|$)"))
    wait_for_run(page)
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_the_link_and_the_choices_survive_a_page_switch_and_back(page: Page) -> None:
    """Bound widgets keep `currency` and `payments` in the link; the page keeps the rest."""
    open_app(page, "/salaries?lang=en&currency=EUR&period=month&payments=14&role=team_leader")
    axis = page.locator(".js-plotly-plot .xtitle").first
    expect(axis).to_have_text("EUR per month, 14 payments")
    nav = page.get_by_test_id("stSidebarNav")
    nav.get_by_role("link", name="The career ladder").click()
    wait_for_run(page)
    nav.get_by_role("link", name="Salary bands").click()
    wait_for_run(page)
    expect(axis).to_have_text("EUR per month, 14 payments")
    expect(heading(page, 2, "Team leader")).to_be_visible()
    for param in ("currency=EUR", "payments=14", "period=month", "role=team_leader"):
        expect(page).to_have_url(re.compile(rf"[?&]{param}(&|$)"))


def test_a_tap_on_a_band_opens_it_on_the_first_tap(browser: Browser, base_url: str) -> None:
    """On a phone (touch, 390 px) the narrow chart is shown, readable, and one tap opens a band."""
    context = phone_context(browser, base_url)
    page = context.new_page()
    try:
        open_drawn(page, "/salaries?lang=it")
        narrow = page.locator(".st-key-phone_salaries_bands .js-plotly-plot")
        expect(narrow).to_be_visible()
        # A phone is not sent the wide chart at all (it would be laid out, then hidden).
        expect(page.locator(".st-key-wide_salaries_bands")).to_have_count(0)
        assert horizontal_overflow(page) == 0
        assert chart_text_problems(page) == []
        bars = narrow.locator("g.barlayer g.trace").first.locator("g.point path")
        bars.nth(1).scroll_into_view_if_needed()
        wait_for_run(page)  # scrolling may load lazy parts; tap once the page is still
        tap(bars.nth(1))
        expect(heading(page, 2, "Team leader (responsabile di team)")).to_be_visible(
            timeout=RERUN_TIMEOUT_MS
        )
        expect(page).to_have_url(re.compile(r"[?&]role=team_leader(&|$)"))
    finally:
        context.close()


def test_a_narrow_desktop_window_switches_charts_by_width(browser: Browser, base_url: str) -> None:
    """A desktop browser is sent both charts; at phone width CSS shows the narrow one, and
    widened again the wide one (no phone in the user agent, so the server cannot know)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=base_url)
    page = context.new_page()
    try:
        open_drawn(page, "/salaries?lang=en")
        wide = page.locator(".st-key-wide_salaries_bands")
        narrow = page.locator(".st-key-narrow_salaries_bands")
        expect(narrow.locator(".js-plotly-plot")).to_be_visible()
        expect(wide).to_be_hidden()
        page.set_viewport_size({"width": 1400, "height": 1000})
        expect(wide.locator(".js-plotly-plot")).to_be_visible()
        expect(narrow).to_be_hidden()
    finally:
        context.close()
