"""Workshop mode: stepping through the ladder, the step in the link, pay revealed or hidden."""

from __future__ import annotations

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from careers import DEFAULT_DATASET, load_dataset
from tests.app.conftest import APP, PAGES, open_page, plain, screen_text
from tests.conftest import small_dataset
from tests.support.synthetic import make_yaml

DATASET = load_dataset(DEFAULT_DATASET)
LADDER = ["operatore", "team_leader", "supervisore", "coordinatore"]
OPERATOR_BAND = {
    "it": "32.000\u00a0USD – 35.000\u00a0USD all'anno",
    "en": "$32,000 – $35,000 per year",
}
PROGRESS = {"it": "Passo {} di 7", "en": "Step {} of 7"}


def stage_title(at: AppTest) -> str:
    """The big title of the screen shown (the page's only h1)."""
    assert len(at.title) == 1
    return plain(at.title[0].value)


def figures_shown(at: AppTest) -> bool:
    """Whether any pay figure (a dollar or USD amount) is on screen."""
    text = screen_text(at)
    return "USD" in text or "$" in text


@pytest.mark.parametrize("lang", ["it", "en"])
def test_opens_on_the_title_screen(lang):
    at = open_page("workshop", lang)
    assert not at.exception
    assert stage_title(at) == DATASET.name.get(lang)
    text = screen_text(at)
    for role_id in LADDER:
        assert DATASET.role(role_id).title.get(lang) in text
    assert PROGRESS[lang].format(1) in text
    assert at.button(key="ws_previous").disabled
    # The step is a widget bound to `?step=`: its default, step 1, keeps the link clean.
    assert "step" not in at.query_params
    assert not figures_shown(at)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_next_and_previous_walk_the_ladder_in_order(lang):
    at = open_page("workshop", lang)
    for number, role_id in enumerate(LADDER, start=2):
        at.button(key="ws_next").click().run()
        role = DATASET.role(role_id)
        assert stage_title(at) == role.title.get(lang)
        assert at.query_params["step"] == str(number)
        assert PROGRESS[lang].format(number) in screen_text(at)
    at.button(key="ws_next").click().run()
    quiz = {
        "it": "Inbound o outbound: quale fa per te?",
        "en": "Inbound or outbound: which suits you?",
    }
    assert stage_title(at) == quiz[lang]
    at.button(key="ws_next").click().run()
    assert stage_title(at) == ("Domande?" if lang == "it" else "Questions?")
    assert at.button(key="ws_next").disabled
    at.button(key="ws_previous").click().run()
    at.button(key="ws_previous").click().run()
    assert stage_title(at) == DATASET.role("coordinatore").title.get(lang)
    assert at.query_params["step"] == "5"


@pytest.mark.parametrize("lang", ["it", "en"])
def test_role_screen_shows_duties_and_skills_but_not_pay_until_revealed(lang):
    at = open_page("workshop", lang, step="2")
    operator = DATASET.role("operatore")
    text = screen_text(at)
    for item in operator.responsibilities:
        assert item.title is not None
        assert item.title.get(lang) in text
    for role_skill in operator.skills:
        assert DATASET.skill(role_skill.skill).name.get(lang) in text
    assert not figures_shown(at)
    at.button(key="ws_reveal_operatore").click().run()
    assert OPERATOR_BAND[lang] in screen_text(at)
    # Revealing is per step: the next rung starts hidden again, and the operator stays shown.
    at.button(key="ws_next").click().run()
    assert not figures_shown(at)
    at.button(key="ws_previous").click().run()
    assert OPERATOR_BAND[lang] in screen_text(at)
    at.button(key="ws_conceal_operatore").click().run()
    assert not figures_shown(at)


def test_revealed_estimate_and_open_ended_bands_say_so():
    at = open_page("workshop", "en", step="4")
    at.button(key="ws_reveal_supervisore").click().run()
    assert "$44,000 – $63,000 per year" in screen_text(at)
    assert ":orange-badge[estimate]" in [m.value for m in at.markdown]
    at.button(key="ws_next").click().run()
    at.button(key="ws_reveal_coordinatore").click().run()
    assert "$63,000 – over $100,000 per year" in screen_text(at)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_hide_all_figures_removes_pay_and_the_reveal_button(lang):
    at = open_page("workshop", lang, step="2")
    at.button(key="ws_reveal_operatore").click().run()
    at.button(key="ws_hide_pay_button").click().run()
    assert not figures_shown(at)
    assert not [b for b in at.button if (b.key or "").startswith("ws_reveal_")]
    note = {"it": "Le cifre sugli stipendi sono nascoste", "en": "Pay figures are hidden"}[lang]
    assert note in screen_text(at)
    for _ in LADDER:
        at.button(key="ws_next").click().run()
        assert not figures_shown(at)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_closing_screen_has_the_faq(lang):
    at = open_page("workshop", lang, step="7")
    assert not at.exception
    labels = [plain(e.label) for e in at.expander]
    assert labels == [entry.question.get(lang) for entry in DATASET.faq]
    text = screen_text(at)
    for entry in DATASET.faq:
        assert entry.answer.get(lang) in text


@pytest.mark.parametrize(
    ("lang", "value", "step", "notice"),
    [
        ("en", "abc", 1, "The step “abc” in the link is not a number"),
        ("it", "<b>x</b>", 1, "Il passo «<b>x</b>» del link non è un numero"),
        ("en", "99", 7, "There is no step “99” (the workshop has 7): showing step 7."),
        ("it", "0", 1, "Il passo «0» non esiste (il workshop ne ha 7): viene mostrato il passo 1."),
        ("en", "9" * 500, 7, "There is no step “" + "9" * 20 + "”"),
    ],
)
def test_bad_step_in_link_is_clamped_with_a_notice(lang, value, step, notice):
    at = open_page("workshop", lang, step=value)
    assert not at.exception
    assert notice in plain(at.warning[0].value)
    assert PROGRESS[lang].format(step) in screen_text(at)
    # The notice goes once the presenter moves on, and the link follows the step.
    at.button(key="ws_previous" if step == 7 else "ws_next").click().run()
    assert not at.warning
    assert at.query_params["step"] == str(step - 1 if step == 7 else step + 1)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_another_dataset_has_its_own_steps(lang):
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["dataset"] = load_dataset(yaml.safe_dump(small_dataset()).encode())
    at.query_params["lang"] = lang
    at.query_params["step"] = "3"
    at.run()
    workshop = PAGES["workshop"]
    assert workshop is not None
    at.switch_page(workshop).run()
    assert not at.exception
    assert stage_title(at) == ("Capo" if lang == "it" else "Lead")
    assert ("Passo 3 di 4" if lang == "it" else "Step 3 of 4") in screen_text(at)
    at.button(key="ws_reveal_lead").click().run()
    assert ("26.000\u00a0€ – 30.000\u00a0€" if lang == "it" else "€26,000 – €30,000") in (
        screen_text(at)
    )
    at.button(key="ws_next").click().run()
    assert stage_title(at) == ("Domande?" if lang == "it" else "Questions?")
    no_faq = {"it": "I dati non contengono domande frequenti", "en": "The data has no frequently"}
    assert no_faq[lang] in screen_text(at)
    assert not at.expander


def test_a_long_ladder_fits_the_title_screen():
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["dataset"] = load_dataset(make_yaml(100))
    at.query_params["lang"] = "en"
    at.run()
    at.switch_page("app_pages/workshop.py").run()
    assert not at.exception
    text = screen_text(at)
    assert "Role 7.0" in text and "Role 8.0" not in text
    assert "9. … (+72)" in text
