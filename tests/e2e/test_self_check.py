"""Browser test of the self-check page: the coverage chart draws, ticking a skill rescores."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_pages import RERUN_TIMEOUT_MS, heading, open_app, wait_for_run

pytestmark = pytest.mark.e2e


def test_chart_draws_and_ticking_a_skill_raises_the_score(page: Page) -> None:
    """From a link with answers, ticking one more skill moves the score and the link."""
    open_app(page, "/self_check?lang=it&skills=communication&edu=high_school&years=1")
    expect(heading(page, 1, "A che punto sono?")).to_be_visible()
    plot = page.get_by_test_id("stPlotlyChart").locator(".js-plotly-plot")
    expect(plot.locator("g.barlayer path").first).to_be_attached(timeout=RERUN_TIMEOUT_MS)
    metric = page.get_by_test_id("stMetricValue")
    expect(metric).to_have_text("35%")  # 1 skill + diploma 2 + two experiences 2 + 2: 7 of 20
    page.get_by_test_id("stCheckbox").filter(has_text="Ascolto").locator("label").click()
    expect(metric).to_have_text("40%", timeout=RERUN_TIMEOUT_MS)  # 8 of 20
    expect(page).to_have_url(re.compile(r"[?&]skills=communication(%2C|,)listening(&|$)"))
    wait_for_run(page)
    expect(page.get_by_test_id("stException")).to_have_count(0)
