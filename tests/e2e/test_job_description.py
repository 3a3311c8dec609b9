"""Browser tests: an edited job description downloads as a Word file that opens with the edit."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from scripts.browser import PHONE_USER_AGENT
from tests.e2e.test_pages import RERUN_TIMEOUT_MS, open_app, wait_for_run

pytestmark = pytest.mark.e2e


def preview(page: Page):
    """The bordered preview of the job description."""
    return page.locator(".st-key-jd_preview")


def test_edited_job_description_downloads_as_docx(page: Page, tmp_path: Path) -> None:
    """Reword the responsibilities and add a company; the .docx has both, under its headings."""
    open_app(page, "/job_description?role=team_leader&lang=en")
    expect(preview(page).get_by_role("heading", level=3, name="Team leader")).to_be_visible()

    duties = page.get_by_role("textbox", name="Responsibilities (one per line)")
    duties.fill("Coach six agents every week\nRun the Monday <b>huddle</b>")
    duties.press("Control+Enter")
    company = page.get_by_role("textbox", name="Company", exact=True)
    company.fill("Acme Contact Center")
    company.press("Enter")
    expect(preview(page).get_by_text("Run the Monday <b>huddle</b>")).to_be_visible(
        timeout=RERUN_TIMEOUT_MS
    )
    expect(preview(page).get_by_text("Acme Contact Center")).to_be_visible()
    wait_for_run(page)

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download as Word (.docx)").click()
    download = download_info.value
    assert download.suggested_filename == "job_description_team_leader_en.docx"
    target = tmp_path / download.suggested_filename
    download.save_as(target)

    document = docx.Document(str(target))
    paragraphs = [(p.style.name if p.style else None, p.text) for p in document.paragraphs]
    assert paragraphs[0] == ("Title", "Team leader")
    assert ("Normal", "Company: Acme Contact Center") in paragraphs
    start = paragraphs.index(("Heading 1", "Responsibilities"))
    assert paragraphs[start + 1 : start + 4] == [
        ("List Bullet", "Coach six agents every week"),
        ("List Bullet", "Run the Monday <b>huddle</b>"),
        ("Heading 1", "Skills and qualifications"),
    ]
    assert ("Normal", "$38,000 – $44,000 per year") in paragraphs


def test_markdown_download_in_italian_hides_salary_when_asked(page: Page, tmp_path: Path) -> None:
    """Switch the salary off: the Markdown file no longer has it, and is named for the role."""
    open_app(page, "/job_description?role=operatore&lang=it")
    page.get_by_text("Mostra la fascia retributiva").click()
    expect(preview(page).get_by_text("Fascia retributiva")).to_have_count(0)
    # The app's own note on the EU pay-transparency directive appears once the pay is hidden.
    expect(page.get_by_test_id("stAlert").filter(has_text="2023/970")).to_be_visible()
    wait_for_run(page)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Scarica in Markdown").click()
    download = download_info.value
    assert download.suggested_filename == "job_description_operatore_it.md"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    text = target.read_text(encoding="utf-8")
    # Only what Markdown would act on is escaped: the title's brackets stay as written.
    assert text.startswith("# Operatore di call center (agente)\n")
    assert "## Responsabilità" in text and "32.000" not in text


def test_plain_text_download_is_ready_to_paste(page: Page, tmp_path: Path) -> None:
    """The .txt download has the headings and bullets a person pastes, and no Markdown."""
    open_app(page, "/job_description?role=team_leader&lang=it")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Scarica come testo (.txt)").click()
    target = tmp_path / download_info.value.suggested_filename
    download_info.value.save_as(target)
    assert target.name == "job_description_team_leader_it.txt"
    text = target.read_text(encoding="utf-8")
    assert text.startswith("Team leader (responsabile di team)\n\nSintesi della posizione\n")
    assert "\nResponsabilità\n• " in text and "\\" not in text and "#" not in text


def sidebar_link(page: Page, name: str):
    """The sidebar's navigation link to a page."""
    return page.get_by_test_id("stSidebarNav").get_by_role("link", name=name)


def test_role_and_edits_survive_a_switch_to_another_page_and_back(page: Page) -> None:
    """Choose a role, edit its summary and the company, visit Salary bands, come back."""
    open_app(page, "/job_description?lang=en")
    page.get_by_test_id("stSelectbox").filter(has_text="Role").click()
    page.get_by_role("option", name="Team leader", exact=True).click()
    expect(preview(page).get_by_role("heading", level=3, name="Team leader")).to_be_visible(
        timeout=RERUN_TIMEOUT_MS
    )
    expect(page).to_have_url(re.compile(r"[?&]role=team_leader(&|$)"))
    summary = page.get_by_role("textbox", name="Job summary")
    summary.fill("Our own summary, typed once.")
    summary.press("Control+Enter")
    company = page.get_by_role("textbox", name="Company", exact=True)
    company.fill("Acme Contact Center")
    company.press("Enter")
    expect(preview(page).get_by_text("Our own summary, typed once.")).to_be_visible(
        timeout=RERUN_TIMEOUT_MS
    )
    wait_for_run(page)

    sidebar_link(page, "Salary bands").click()
    expect(page.get_by_role("heading", level=1, name="Salary bands")).to_be_visible(
        timeout=RERUN_TIMEOUT_MS
    )
    wait_for_run(page)
    sidebar_link(page, "Job description").click()
    expect(preview(page).get_by_role("heading", level=3, name="Team leader")).to_be_visible(
        timeout=RERUN_TIMEOUT_MS
    )
    expect(page.get_by_role("textbox", name="Job summary")).to_have_value(
        "Our own summary, typed once."
    )
    expect(page.get_by_role("textbox", name="Company", exact=True)).to_have_value(
        "Acme Contact Center"
    )
    expect(page).to_have_url(re.compile(r"[?&]role=team_leader(&|$)"))


# Phones held upright, as issue 14 tries every page: touch, 390 and 360 px wide.
PHONES = {"390": (390, 844), "360": (360, 800)}


def open_on_phone(browser: Browser, base_url: str, path: str, size: str) -> Page:
    """A fresh touch-screen page of the given phone size, at `path`, after its first run."""
    width, height = PHONES[size]
    context = browser.new_context(
        viewport={"width": width, "height": height},
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
        user_agent=PHONE_USER_AGENT,
        base_url=base_url,
    )
    context.set_default_timeout(30_000)
    page = context.new_page()
    open_app(page, path)
    page.wait_for_function("() => !document.querySelector('[data-testid=stSkeleton]')")
    return page


def assert_fits_and_passes_axe(page: Page, exclude: tuple[str, ...] = ()) -> None:
    """No sideways scrolling of the page, and no critical or serious axe-core violation.

    `exclude` names blocks another feature owns and checks (CSS selectors).
    """
    wider = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert wider <= 0, f"the page scrolls sideways by {wider} px"
    context = {"exclude": [[selector] for selector in exclude]} if exclude else None
    found = Axe().run(page, context=context).response["violations"]
    serious = [(v["id"], v["impact"]) for v in found if v["impact"] in ("critical", "serious")]
    assert serious == []


@pytest.mark.parametrize("size", list(PHONES))
@pytest.mark.parametrize("lang", ["it", "en"])
def test_job_description_reads_on_a_phone(
    browser: Browser, base_url: str, lang: str, size: str
) -> None:
    """One column on a phone: the role box, the editor and the preview fit the screen."""
    page = open_on_phone(browser, base_url, f"/job_description?role=team_leader&lang={lang}", size)
    try:
        assert_fits_and_passes_axe(page)
        width = PHONES[size][0]
        for part in (page.get_by_test_id("stSelectbox").first, preview(page)):
            box = part.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
        # A tap on the salary switch works on a touch screen and brings the app's note.
        page.get_by_text("Show the salary range" if lang == "en" else "Mostra la fascia").tap()
        expect(page.get_by_test_id("stAlert").filter(has_text="2023/970")).to_be_visible(
            timeout=RERUN_TIMEOUT_MS
        )
    finally:
        page.context.close()
