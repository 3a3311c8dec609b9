"""Browser tests: the pages load in both languages, the ladder chart opens roles, links work."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import Dialog, Locator, Page, expect

pytestmark = pytest.mark.e2e

RUN_TIMEOUT_MS = 30_000
RERUN_TIMEOUT_MS = 15_000

TITLES = {
    ("/", "it"): "Carriere nel call center",
    ("/", "en"): "Call-center careers",
    ("/ladder", "it"): "La scala di carriera",
    ("/ladder", "en"): "The career ladder",
}
OPERATOR = {"it": "Operatore di call center (agente)", "en": "Call-center operator (agent)"}
SUPERVISOR = {"it": "Supervisore del call center", "en": "Call-center supervisor"}


def wait_for_run(page: Page) -> None:
    """Wait until Streamlit has finished running the script for the current view."""
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-script-state", "notRunning", timeout=RUN_TIMEOUT_MS
    )


def open_app(page: Page, path: str) -> None:
    """Navigate to `path` and wait for the app's first run to finish."""
    page.goto(path)
    wait_for_run(page)


def heading(page: Page, level: int, name: str) -> Locator:
    """The heading of the given level whose whole text is `name`."""
    return page.get_by_role("heading", level=level, name=name, exact=True)


def chart(page: Page) -> Locator:
    """The (only) visible plotly chart on the page, after it has drawn its first point."""
    # Wide and phone versions of a chart are both sent; the screen's width shows one of them.
    plot = page.get_by_test_id("stPlotlyChart").filter(visible=True).locator(".js-plotly-plot")
    expect(plot.locator("g.scatterlayer g.trace path.point").first).to_be_attached()
    return plot


def data_traces(plot: Locator) -> list[Locator]:
    """The scatter traces that drew at least one point (legend-only traces draw none)."""
    traces = plot.locator("g.scatterlayer g.trace")
    return [
        traces.nth(i) for i in range(traces.count()) if traces.nth(i).locator("path.point").count()
    ]


def chart_labels(plot: Locator) -> list[str]:
    """The text drawn beside each point, with wrapped lines joined by a space."""
    # The script maps each text element to a string.
    labels: list[str] = plot.locator("g.textpoint text").evaluate_all(
        """texts => texts.map(text => {
            const lines = text.querySelectorAll(':scope > tspan.line');
            return lines.length
                ? Array.from(lines, line => line.textContent).join(' ')
                : text.textContent;
        })"""
    )
    return labels


@pytest.mark.parametrize(("path", "lang"), list(TITLES))
def test_page_loads_with_title_and_chart(page: Page, path: str, lang: str) -> None:
    """Each page shows its title in the chosen language, no exception and a drawn chart."""
    open_app(page, f"{path}?lang={lang}")
    expect(heading(page, 1, TITLES[path, lang])).to_be_visible()
    assert chart(page).locator("g.scatterlayer g.trace path.point").count() > 0
    expect(page.get_by_test_id("stException")).to_have_count(0)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_ladder_chart_has_one_marker_per_role(page: Page, lang: str) -> None:
    """The ladder chart draws 8 markers (4 steps, 4 lateral) labelled in the chosen language."""
    open_app(page, f"/ladder?lang={lang}")
    plot = chart(page)
    counts = [trace.locator("path.point").count() for trace in data_traces(plot)]
    assert counts == [4, 4]
    labels = chart_labels(plot)
    other = "en" if lang == "it" else "it"
    assert any(SUPERVISOR[lang] in label for label in labels), labels
    assert not any(SUPERVISOR[other] in label for label in labels), labels


def test_clicking_a_step_opens_that_role(page: Page) -> None:
    """Clicking the team leader's marker shows the team leader's card and puts it in the URL."""
    open_app(page, "/ladder?lang=en")
    expect(heading(page, 2, OPERATOR["en"])).to_be_visible()
    ladder_trace = next(t for t in data_traces(chart(page)) if t.locator("path.point").count() == 4)
    ladder_trace.locator("path.point").nth(1).click(force=True)
    expect(heading(page, 2, "Team leader")).to_be_visible(timeout=RERUN_TIMEOUT_MS)
    expect(heading(page, 4, "$38,000 – $44,000 per year")).to_be_visible()
    expect(page).to_have_url(re.compile(r"[?&]role=team_leader(&|$)"))
    wait_for_run(page)
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_link_opens_coordinator_in_italian(page: Page) -> None:
    """A link with ?role=coordinatore shows the coordinator and its open-ended band."""
    open_app(page, "/ladder?role=coordinatore&lang=it")
    expect(
        heading(page, 2, "Coordinatore del call center (responsabile del call center)")
    ).to_be_visible()
    expect(heading(page, 4, "63.000 USD – oltre 100.000 USD all'anno")).to_be_visible()


def test_link_opens_supervisor_with_estimate_warning(page: Page) -> None:
    """A link with ?role=supervisore shows the supervisor, its band flagged as an estimate."""
    open_app(page, "/ladder?role=supervisore&lang=en")
    expect(heading(page, 2, SUPERVISOR["en"])).to_be_visible()
    expect(
        page.get_by_test_id("stAlert").filter(has_text="Estimate, not from the sources")
    ).to_be_visible()


def test_unknown_role_falls_back_to_operator(page: Page) -> None:
    """An unknown ?role= shows a warning naming it and opens the operator instead."""
    open_app(page, "/ladder?role=nope&lang=en")
    expect(page.get_by_test_id("stAlert").filter(has_text="“nope”")).to_be_visible()
    expect(heading(page, 2, OPERATOR["en"])).to_be_visible()


def test_role_link_with_markup_is_shown_as_text(page: Page) -> None:
    """A ?role= holding a script tag is shown literally in the warning and never runs."""
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        """Record the dialog's message and close it so the page does not hang."""
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    payload = "<script>alert(1)</script>"
    open_app(page, f"/ladder?role={quote(payload)}&lang=en")
    expect(page.get_by_test_id("stAlert").filter(has_text=payload)).to_be_visible()
    expect(heading(page, 2, OPERATOR["en"])).to_be_visible()
    assert dialogs == []


def test_sidebar_switches_language(page: Page) -> None:
    """Choosing English in the sidebar turns the Italian home page into the English one."""
    open_app(page, "/?lang=it")
    expect(heading(page, 1, TITLES["/", "it"])).to_be_visible()
    page.get_by_test_id("stSidebar").get_by_text("English", exact=True).click()
    expect(heading(page, 1, TITLES["/", "en"])).to_be_visible(timeout=RERUN_TIMEOUT_MS)
    expect(page).to_have_url(re.compile(r"[?&]lang=en(&|$)"))


@pytest.mark.parametrize(
    ("lang", "link"),
    [("it", "Il ruolo d'ingresso, per intero"), ("en", "The entry role, in full")],
)
def test_home_seeker_link_opens_operator(page: Page, lang: str, link: str) -> None:
    """The job seeker's starting point on the home page opens the ladder at the operator."""
    open_app(page, f"/?lang={lang}")
    page.get_by_role("link", name=link).click()
    expect(heading(page, 1, TITLES["/ladder", lang])).to_be_visible(timeout=RERUN_TIMEOUT_MS)
    expect(heading(page, 2, OPERATOR[lang])).to_be_visible(timeout=RERUN_TIMEOUT_MS)
    expect(page).to_have_url(re.compile(r"/ladder\?(.*&)?role=operatore(&|$)"))
    expect(page.get_by_test_id("stAlert")).to_have_count(0)


def test_home_hr_link_opens_workshop_mode(page: Page) -> None:
    """The HR starting point opens workshop mode, in the same language."""
    open_app(page, "/?lang=en")
    page.get_by_role("link", name="Workshop mode").last.click()
    expect(page).to_have_url(re.compile(r"/workshop\?"), timeout=RERUN_TIMEOUT_MS)
    expect(page.get_by_role("button", name="Next")).to_be_visible(timeout=RERUN_TIMEOUT_MS)


def test_the_ladder_chart_s_data_opens_as_a_table(page: Page) -> None:
    """One click on the expander under the chart shows the table of what the chart draws."""
    open_app(page, "/ladder?lang=en")
    page.get_by_text("The chart's data as a table").click()
    table = page.get_by_test_id("stDataFrame")
    expect(table).to_be_visible(timeout=RERUN_TIMEOUT_MS)
