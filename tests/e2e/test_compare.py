"""Browser test of the compare page: the matrix draws, choosing role B updates view and link."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_pages import RERUN_TIMEOUT_MS, heading, open_app, wait_for_run

pytestmark = pytest.mark.e2e


def test_matrix_draws_and_choosing_b_updates_the_link(page: Page) -> None:
    """The heatmap draws with B named on top; picking the coordinator as B shows and links it."""
    open_app(page, "/compare?lang=en")
    expect(heading(page, 1, "Compare two roles")).to_be_visible()
    plot = page.get_by_test_id("stPlotlyChart").locator(".js-plotly-plot")
    expect(plot.locator("g.heatmaplayer image, g.heatmaplayer g.hm").first).to_be_attached(
        timeout=RERUN_TIMEOUT_MS
    )
    expect(plot.locator("g.xtick text").filter(has_text="B · Team leader")).to_have_count(1)
    expect(plot.locator("text.textpoint, g.heatmaplayer text").first).to_be_attached()
    box = page.get_by_test_id("stSelectbox").filter(has_text="Second role (B)")
    box.locator("input").click()
    page.get_by_role("option", name="Call-center coordinator (call-center manager)").click()
    expect(heading(page, 2, "B · Call-center coordinator (call-center manager)")).to_be_visible(
        timeout=RERUN_TIMEOUT_MS
    )
    expect(page).to_have_url(re.compile(r"[?&]b=coordinatore(&|$)"))
    # The coordinator's band is open at the top: a bound, not "no difference".
    expect(page.get_by_test_id("stMetricValue")).to_have_text(
        "at least +$48,000"
    )  # 81,500 - 33,500
    wait_for_run(page)
    expect(page.get_by_test_id("stException")).to_have_count(0)
