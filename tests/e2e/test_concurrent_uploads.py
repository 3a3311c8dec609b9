"""Browser test: two people upload different data at the same moment; each sees only their own.

Two browser contexts (two users, two Streamlit sessions) upload two different datasets at once:
both files are chosen before either upload is waited for. Each session then visits the ladder
and the data page and finds only its own roles and badge; a third, fresh session still sees
the default data.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from careers import DEFAULT_DATASET, Dataset, load_dataset
from careers.dataset.export import EXAMPLE_DATASET
from careers.text.i18n import Translator
from tests.conftest import as_yaml, small_dataset
from tests.e2e.test_pages import RERUN_TIMEOUT_MS, heading, open_app, wait_for_run

pytestmark = pytest.mark.e2e

T = Translator("en")
DEFAULT = load_dataset(DEFAULT_DATASET)
BANK = load_dataset(EXAMPLE_DATASET)


def _zeta() -> bytes:
    """A small dataset whose names appear in no other dataset."""
    document = small_dataset()
    document["id"] = "zeta_telecom"
    document["name"] = {"it": "Zeta Telecom (prova)", "en": "Zeta Telecom (trial)"}
    titles = {"agent": "Zeta phone agent", "lead": "Zeta shift lead", "desk": "Zeta help desk"}
    for role in document["roles"]:
        role["title"] = {"it": f"{titles[role['id']]} (it)", "en": titles[role["id"]]}
    return as_yaml(document)


ZETA_RAW = _zeta()
ZETA = load_dataset(ZETA_RAW)


def badge(page: Page):
    """The sidebar box naming the dataset in use."""
    return page.get_by_test_id("stSidebar").locator(".st-key-dataset_badge")


def go(page: Page, stem: str) -> None:
    """Click a page in the sidebar: it keeps the session, where a reload would start a new one."""
    page.get_by_test_id("stSidebarNav").get_by_role(
        "link", name=T(f"nav.{stem}"), exact=True
    ).click()


def titles(dataset: Dataset) -> list[str]:
    """The English titles of the dataset's roles."""
    return [role.title.en for role in dataset.roles]


def assert_only(page: Page, own: Dataset, others: list[Dataset]) -> None:
    """The ladder and the data page show `own` data, and no name or role of `others`."""
    go(page, "ladder")
    expect(heading(page, 1, T("ladder.title"))).to_be_visible(timeout=RERUN_TIMEOUT_MS)
    expect(heading(page, 2, own.roles[0].title.en)).to_be_visible(timeout=RERUN_TIMEOUT_MS)
    wait_for_run(page)
    expect(badge(page)).to_contain_text(own.name.en)
    main = page.get_by_test_id("stMain")
    for other in others:
        expect(badge(page)).not_to_contain_text(other.name.en)
        for title in titles(other):
            if title not in titles(own):
                expect(main.get_by_text(title, exact=True)).to_have_count(0)
    go(page, "data")
    expect(page.get_by_text(T("data.in_use", name=own.name.en), exact=True)).to_be_visible(
        timeout=RERUN_TIMEOUT_MS
    )
    wait_for_run(page)
    for other in others:
        expect(main.get_by_text(other.name.en, exact=False)).to_have_count(0)
    expect(page.get_by_test_id("stException")).to_have_count(0)


@pytest.fixture
def pages(browser: Browser, base_url: str) -> Iterator[list[Page]]:
    """Three separate browser contexts: three users with their own Streamlit sessions."""
    contexts = [
        browser.new_context(viewport={"width": 1400, "height": 1000}, base_url=base_url)
        for _ in range(3)
    ]
    for context in contexts:
        context.set_default_timeout(30_000)
    try:
        yield [context.new_page() for context in contexts]
    finally:
        for context in contexts:
            context.close()


def test_two_uploads_at_once_stay_in_their_own_sessions(pages: list[Page]) -> None:
    alice, bob, carol = pages
    for page in (alice, bob):
        open_app(page, "/data?lang=en")
        page.get_by_role("tab", name=T("data.tab_upload")).click()

    # Both files are chosen before either upload is waited for.
    uploads = {
        alice: ("banca_contact_center.yaml", EXAMPLE_DATASET.read_bytes()),
        bob: ("zeta.yaml", ZETA_RAW),
    }
    for page, (name, raw) in uploads.items():
        page.get_by_test_id("stFileUploader").locator("input[type=file]").set_input_files(
            {"name": name, "mimeType": "application/yaml", "buffer": raw}
        )
    for page, (name, _) in uploads.items():
        expect(page.get_by_test_id("stAlert").filter(has_text=name)).to_be_visible(
            timeout=RERUN_TIMEOUT_MS
        )
        expect(badge(page)).to_contain_text(T("data.badge.uploaded"))

    assert_only(alice, BANK, [ZETA, DEFAULT])
    assert_only(bob, ZETA, [BANK, DEFAULT])

    # A third user arriving now gets the default data, not either upload.
    open_app(carol, "/ladder?lang=en")
    expect(heading(carol, 2, DEFAULT.roles[0].title.en)).to_be_visible()
    expect(badge(carol)).to_contain_text(T("data.badge.default"))
    for other in (BANK, ZETA):
        expect(badge(carol)).not_to_contain_text(other.name.en)
        for title in titles(other):
            expect(carol.get_by_test_id("stMain").get_by_text(title, exact=True)).to_have_count(0)

    # And the first two still have their own after the third arrived.
    assert_only(bob, ZETA, [BANK, DEFAULT])
    assert_only(alice, BANK, [ZETA, DEFAULT])
