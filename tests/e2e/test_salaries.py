"""Browser test: the salary chart draws its bands, and a click on a band changes the panel below."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_pages import RERUN_TIMEOUT_MS, RUN_TIMEOUT_MS, heading, open_app, wait_for_run

pytestmark = pytest.mark.e2e


def test_chart_draws_and_a_click_on_a_band_opens_its_figures(page: Page) -> None:
    """Four bands are drawn; clicking the team leader's shows its midpoint and the gap below."""
    open_app(page, "/salaries?lang=en")
    expect(heading(page, 1, "Salary bands")).to_be_visible()
    plot = page.get_by_test_id("stPlotlyChart").first.locator(".js-plotly-plot")
    source_bars = plot.locator("g.barlayer g.trace").first.locator("g.point")
    expect(source_bars).to_have_count(4, timeout=RUN_TIMEOUT_MS)
    expect(heading(page, 3, "Call-center operator (agent)")).to_be_visible()

    source_bars.nth(1).locator("path").click(force=True)
    expect(heading(page, 3, "Team leader")).to_be_visible(timeout=RERUN_TIMEOUT_MS)
    expect(page.get_by_test_id("stMetricValue").filter(has_text="$41,000")).to_be_visible()
    expect(page.get_by_test_id("stMetricValue").filter(has_text="gap of $3,000")).to_be_visible()
    expect(page).to_have_url(re.compile(r"[?&]role=team_leader(&|$)"))
    wait_for_run(page)
    expect(page.get_by_test_id("stException")).to_have_count(0)
