"""Browser tests: workshop stepping by button and by key, and a reload that keeps the step."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_pages import OPERATOR, RERUN_TIMEOUT_MS, heading, open_app, wait_for_run

pytestmark = pytest.mark.e2e


def step_in_url(number: int) -> re.Pattern[str]:
    """The page's URL once it shows step `number`."""
    return re.compile(rf"/workshop\?(.*&)?step={number}(&|$)")


def test_next_previous_and_reload_keep_the_step(page: Page) -> None:
    """Next and previous change the screen and the link; a reload stays on the same step."""
    open_app(page, "/workshop?step=2&lang=en")
    expect(heading(page, 1, OPERATOR["en"])).to_be_visible()
    page.get_by_role("button", name="Next").click()
    expect(heading(page, 1, "Team leader")).to_be_visible(timeout=RERUN_TIMEOUT_MS)
    expect(page).to_have_url(step_in_url(3))
    wait_for_run(page)

    page.reload()
    wait_for_run(page)
    expect(heading(page, 1, "Team leader")).to_be_visible()
    expect(page.get_by_text("Step 3 of 7")).to_be_visible()

    page.get_by_role("button", name="Previous").click()
    expect(heading(page, 1, OPERATOR["en"])).to_be_visible(timeout=RERUN_TIMEOUT_MS)
    expect(page).to_have_url(step_in_url(2))


def test_arrow_keys_step_and_reveal_shows_the_band(page: Page) -> None:
    """The right arrow moves on; the salary appears only after Reveal."""
    open_app(page, "/workshop?step=2&lang=it")
    expect(page.get_by_text("32.000 USD – 35.000 USD all'anno")).to_have_count(0)
    page.get_by_role("button", name="Mostra lo stipendio").click()
    expect(page.get_by_text("32.000 USD – 35.000 USD all'anno")).to_be_visible(
        timeout=RERUN_TIMEOUT_MS
    )
    wait_for_run(page)
    page.keyboard.press("ArrowRight")
    expect(heading(page, 1, "Team leader (responsabile di team)")).to_be_visible(
        timeout=RERUN_TIMEOUT_MS
    )
    expect(page).to_have_url(step_in_url(3))


def test_sidebar_starts_collapsed(page: Page) -> None:
    """On a projector the sidebar stays out of the way."""
    open_app(page, "/workshop?lang=en")
    expect(page.get_by_test_id("stSidebar")).to_have_attribute("data-collapsed", "true")


def test_arrow_keys_still_work_after_hiding_all_pay(page: Page) -> None:
    """The hide-all-pay switch keeps no keyboard focus that swallows the arrows (issue 13)."""
    open_app(page, "/workshop?step=2&lang=en")
    page.get_by_role("button", name="Hide all pay figures").click()
    expect(page.get_by_text("Pay figures are hidden for this audience.")).to_be_visible(
        timeout=RERUN_TIMEOUT_MS
    )
    wait_for_run(page)
    page.keyboard.press("ArrowRight")
    expect(heading(page, 1, "Team leader")).to_be_visible(timeout=RERUN_TIMEOUT_MS)
    expect(page).to_have_url(step_in_url(3))
    wait_for_run(page)
    page.keyboard.press("ArrowLeft")
    expect(heading(page, 1, OPERATOR["en"])).to_be_visible(timeout=RERUN_TIMEOUT_MS)
