"""Browser tests of the inbound / outbound page: the chart draws, a click shows the source."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.test_pages import (
    RERUN_TIMEOUT_MS,
    RUN_TIMEOUT_MS,
    chart_labels,
    data_traces,
    open_app,
)

pytestmark = pytest.mark.e2e


def chart(page: Page, variant: str = "wide") -> Locator:
    """The comparison chart once plotly has drawn its points (a long page: give it time).

    The page sends a wide and a stacked (phone) chart; CSS shows the one that fits.
    """
    box = page.locator(f".st-key-{variant}_channels_chart")
    plot = box.get_by_test_id("stPlotlyChart").locator(".js-plotly-plot")
    points = plot.locator("g.scatterlayer g.trace path.point")
    expect(points.first).to_be_attached(timeout=RUN_TIMEOUT_MS)
    return plot


@pytest.mark.parametrize(
    ("lang", "title", "telesales"),
    [("it", "Inbound e outbound", "Televendite"), ("en", "Inbound vs outbound", "Telesales")],
)
def test_chart_draws_three_columns_of_items(page: Page, lang: str, title: str, telesales: str):
    """The chart draws inbound, shared and outbound items, labelled in the chosen language."""
    open_app(page, f"/channels?lang={lang}")
    expect(page.get_by_role("heading", level=1, name=title, exact=True)).to_be_visible()
    plot = chart(page)
    counts = [trace.locator("path.point").count() for trace in data_traces(plot)]
    assert counts == [11, 4, 11]
    assert telesales in chart_labels(plot)
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_clicking_an_item_shows_its_source(page: Page):
    """Clicking 'Telesales' opens the panel with its source sentence and citation."""
    open_app(page, "/channels?lang=en&channel=outbound")
    plot = chart(page)
    outbound = data_traces(plot)[2]
    outbound.locator("path.point").nth(1).click(force=True)
    panel = page.get_by_text("Telesales (up-selling and cross-selling).", exact=True)
    expect(panel.first).to_be_visible(timeout=RERUN_TIMEOUT_MS)
    expect(page.get_by_text(re.compile(r"From the source · Telesales"))).to_be_visible()
    expect(page).to_have_url(re.compile(r"[?&]channel=outbound(&|$)"))
    expect(page.get_by_test_id("stException")).to_have_count(0)
