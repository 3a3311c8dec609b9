"""A live room across processes: presented through one, followed through the other, in step;
a process killed mid-workshop loses neither its participants nor their answers; PostgreSQL
stopped for a while: presenter and phones say so, and carry on by themselves once it is back."""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from sqlalchemy import func, select

from careers import DEFAULT_DATASET, load_dataset
from careers.rooms.questions import step_questions
from careers.store.engine import get_engine
from careers.store.room_answers import answers, participants
from careers.workshop.steps import workshop_steps
from scripts.browser import PHONE_USER_AGENT
from tests.cluster.conftest import Cluster, pinned_page, processes_of, wait_until
from tests.e2e.test_pages import wait_for_run

PHONE = {
    "viewport": {"width": 390, "height": 844},
    "is_mobile": True,
    "has_touch": True,
    "user_agent": PHONE_USER_AGENT,
}
PROGRESS = {"en": "Step {step} of {count}", "it": "Passo {step} di {count}"}
UNREACHABLE = {
    "en": "The room cannot be reached right now",
    "it": "La sala non è raggiungibile in questo momento",
}
# Step-to-phone target (issue 15/17): a phone polls the room once a second, then redraws. The
# target itself is measured by bench/cluster_load (docs/benchmarks.md); this test checks that the
# phone keeps in step, typically within the target, with room for one slow redraw on a test
# machine that is also running both browsers, two app processes, PostgreSQL and nginx.
STEP_BOUND_S = 2.0
SLOWEST_STEP_S = 5.0
DATASET = load_dataset(DEFAULT_DATASET)
STEPS = workshop_steps(DATASET)
COUNT = len(STEPS)
# The first rung's question (step 2): the one the room answers before the kill.
(QUESTION,) = step_questions(DATASET, STEPS[1])


@pytest.fixture
def browsers(browser: Browser, cluster: Cluster) -> Iterator[list[BrowserContext]]:
    """Contexts opened by the test (closed afterwards, even when it fails)."""
    contexts: list[BrowserContext] = []
    yield contexts
    for context in contexts:
        context.close()


def presenter_on(
    browser: Browser, cluster: Cluster, index: int, contexts: list[BrowserContext]
) -> tuple[Page, str]:
    """A presenter on process `index` who started a room; (their page, the room's code)."""
    context, page = pinned_page(browser, cluster, index)
    contexts.append(context)
    page.goto("/workshop?lang=en&step=1")
    wait_for_run(page)
    page.locator(".st-key-ws_start_room button").first.click()
    expect(page.get_by_text("The room is open")).to_be_visible()
    found = re.search(r"/workshop\?room=(\w+)", page.locator("body").inner_text())
    assert found, "no join link on the projector"
    return page, found.group(1)


def phone_on(
    browser: Browser,
    cluster: Cluster,
    index: int,
    code: str,
    lang: str,
    contexts: list[BrowserContext],
) -> Page:
    """A participant's phone on process `index`, following room `code` in `lang`."""
    context, page = pinned_page(browser, cluster, index, **PHONE)
    contexts.append(context)
    page.goto(f"/workshop?room={code}&lang={lang}")
    return page


def progress(page: Page, lang: str, step: int) -> Locator:
    """The "Step N of M" line of `page` for `step`."""
    return page.get_by_text(PROGRESS[lang].format(step=step, count=COUNT), exact=True).first


def click_step(presenter: Page, button: str) -> float:
    """Press the projector's Previous/Next button; the moment of the click."""
    clicked = time.monotonic()
    presenter.locator(f".st-key-{button} button").first.click()
    return clicked


def test_a_room_presented_through_one_process_is_followed_through_the_other_in_step(
    browser: Browser, cluster: Cluster, browsers: list[BrowserContext]
) -> None:
    presenter, code = presenter_on(browser, cluster, 0, browsers)
    phone = phone_on(browser, cluster, 1, code, "it", browsers)
    progress(phone, "it", 1).wait_for()
    delays: dict[int, float | None] = {}
    for step in range(2, COUNT + 1):
        clicked = click_step(presenter, "ws_next")
        progress(presenter, "en", step).wait_for()
        try:
            # wait_for watches the page itself (no coarse polling): this is the phone's delay.
            progress(phone, "it", step).wait_for(timeout=15_000)
            delays[step] = round(time.monotonic() - clicked, 2)
        except PlaywrightTimeoutError:
            delays[step] = None
    print(f"step-to-phone across processes, s: {delays}")
    arrived = [d for d in delays.values() if d is not None]
    assert len(arrived) == len(delays), f"steps the phone never showed: {delays}"
    assert statistics.median(arrived) < STEP_BOUND_S, delays
    assert max(arrived) < SLOWEST_STEP_S, delays
    assert processes_of(cluster, browsers[0]) == {0}
    assert processes_of(cluster, browsers[1]) == {1}


def answer_rows(cluster: Cluster, code: str) -> list[tuple[str, str]]:
    """(participant hash, option) of every stored answer to QUESTION in room `code`."""
    engine = get_engine(cluster.env["CAREERS_DATABASE_URL"])
    query = select(answers.c.participant_hash, answers.c.option_id).where(
        answers.c.room_code == code, answers.c.question_id == QUESTION.id
    )
    with engine.connect() as connection:
        return [(row[0], row[1]) for row in connection.execute(query)]


def participant_count(cluster: Cluster, code: str) -> int:
    """How many participants room `code` has counted."""
    engine = get_engine(cluster.env["CAREERS_DATABASE_URL"])
    query = select(func.count()).where(participants.c.room_code == code)
    with engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def test_killing_the_phones_process_mid_workshop_loses_no_participant_and_no_answer(
    browser: Browser, cluster: Cluster, browsers: list[BrowserContext]
) -> None:
    presenter, code = presenter_on(browser, cluster, 0, browsers)
    click_step(presenter, "ws_next")
    progress(presenter, "en", 2).wait_for()
    phones = {lang: phone_on(browser, cluster, 1, code, lang, browsers) for lang in ("en", "it")}
    chosen = {"en": QUESTION.option_ids()[0], "it": QUESTION.option_ids()[1]}
    for lang, phone in phones.items():
        progress(phone, lang, 2).wait_for()
        phone.get_by_text(QUESTION.option_text(chosen[lang], lang), exact=True).click()
        wait_for_run(phone)
    expect(presenter.get_by_text("Answers: 2", exact=True)).to_be_visible(timeout=10_000)
    assert sorted(o for _, o in answer_rows(cluster, code)) == sorted(chosen.values())

    killed = time.monotonic()
    cluster.kill(1)
    try:
        # The presenter moves on while the phones' process is gone.
        click_step(presenter, "ws_next")
        for lang, phone in phones.items():
            wait_until(
                lambda p=phone, lang=lang: progress(p, lang, 3).is_visible(),
                10 - (time.monotonic() - killed),
                f"the {lang} phone was not back at step 3 within 10 s of the kill",
            )
        print(f"phones back at the current step {time.monotonic() - killed:.1f} s after the kill")
        # Back to the question: each phone shows its own answer, and the count has not moved.
        click_step(presenter, "ws_previous")
        for lang, phone in phones.items():
            progress(phone, lang, 2).wait_for(timeout=10_000)
            label = QUESTION.option_text(chosen[lang], lang)
            expect(phone.get_by_role("radio", name=label)).to_be_checked()
        expect(presenter.get_by_text("Answers: 2", exact=True)).to_be_visible()
        # Changing one's mind after the failover replaces the answer; it is not a second vote.
        changed = QUESTION.option_ids()[2]
        phones["en"].get_by_text(QUESTION.option_text(changed, "en"), exact=True).click()
        wait_for_run(phones["en"])
        wait_until(
            lambda: (
                sorted(o for _, o in answer_rows(cluster, code)) == sorted([changed, chosen["it"]])
            ),
            10,
            "the changed answer was not stored in place of the first",
        )
        expect(presenter.get_by_text("Answers: 2", exact=True)).to_be_visible()
        assert len({p for p, _ in answer_rows(cluster, code)}) == 2
        assert participant_count(cluster, code) == 2
        for context in browsers[1:]:
            assert 0 in processes_of(cluster, context)
    finally:
        cluster.restart(1)


def test_postgresql_stopped_presenter_and_phone_say_so_and_recover_by_themselves(
    browser: Browser, cluster: Cluster, browsers: list[BrowserContext]
) -> None:
    presenter, code = presenter_on(browser, cluster, 0, browsers)
    phone = phone_on(browser, cluster, 1, code, "it", browsers)
    progress(phone, "it", 1).wait_for()
    cluster.postgres.stop()
    try:
        # The phone keeps its screen and says the room cannot be reached.
        expect(phone.get_by_text(UNREACHABLE["it"])).to_be_visible(timeout=10_000)
        progress(phone, "it", 1).wait_for()
        # The presenter's move cannot reach the room: the projector says so, no traceback.
        click_step(presenter, "ws_next")
        expect(presenter.get_by_text(UNREACHABLE["en"]).first).to_be_visible(timeout=10_000)
        for page in (presenter, phone):
            expect(page.get_by_text("Traceback")).to_have_count(0)
            expect(page.get_by_test_id("stException")).to_have_count(0)
    finally:
        cluster.postgres.start()
    # Both pages come back by themselves, at the step the room is at (the lost move was not made).
    for page in (presenter, phone):
        expect(page.get_by_text(UNREACHABLE["en" if page is presenter else "it"])).to_have_count(
            0, timeout=15_000
        )
    # Within half a minute: under the full suite's load the restarted database, the pages'
    # once-a-second check and their full rerun take longer than on a quiet machine (~2 s).
    for page, lang in ((presenter, "en"), (phone, "it")):
        try:
            progress(page, lang, 1).wait_for(timeout=30_000)
        except PlaywrightTimeoutError:
            shown = page.locator("[data-testid=stMain]").inner_text(timeout=5_000)[:1500]
            raise AssertionError(f"the {lang} page did not come back at step 1:\n{shown}") from None
    # And the room works again: the next move reaches the phone.
    click_step(presenter, "ws_next")
    progress(phone, "it", 2).wait_for(timeout=10_000)
