"""The job-description page: pre-filled per role, edited line by line, with a live preview."""

from __future__ import annotations

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from careers import DEFAULT_DATASET, load_dataset
from careers.job_description.drafts import list_drafts, restore_drafts
from tests.app.conftest import APP, PAGE_FILES, open_page, plain, screen_text
from tests.conftest import small_dataset

DATASET = load_dataset(DEFAULT_DATASET)
SALARY = {"it": "32.000\u00a0USD – 35.000\u00a0USD all'anno", "en": "$32,000 – $35,000 per year"}
HEADINGS = {
    "it": ("#### Sintesi della posizione", "#### Responsabilità", "#### Competenze e qualifiche"),
    "en": ("#### Job summary", "#### Responsibilities", "#### Skills and qualifications"),
}


def preview_source(at: AppTest) -> str:
    """The preview's Markdown source (the page's only text starting with `### `: its headings
    follow the page's h1 and the preview's h2)."""
    shown = [m.value for m in at.markdown if m.value.startswith("### ")]
    assert len(shown) == 1, shown
    return shown[0]


def preview(at: AppTest) -> str:
    """The preview as a user reads it."""
    return plain(preview_source(at))


def box(at: AppTest, part: str):
    """The text box of one part (summary, responsibilities, qualifications) of the shown role."""
    return next(w for w in at.text_area if (w.key or "").endswith(f"_{part}"))


def salary_input(at: AppTest):
    """The salary line's text input."""
    return next(w for w in at.text_input if (w.key or "").endswith("_salary"))


def salary_toggle(at: AppTest):
    """The switch that shows or hides the salary line."""
    return next(w for w in at.toggle if (w.key or "").endswith("_show_salary"))


@pytest.mark.parametrize("lang", ["it", "en"])
def test_first_ladder_role_is_prefilled_and_previewed(lang):
    at = open_page("job_description", lang)
    assert not at.exception
    operator = DATASET.role("operatore")
    assert at.selectbox(key="jd_role").value == "operatore"
    shown = preview(at)
    assert shown.startswith(f"### {operator.title.get(lang)}")
    for heading in HEADINGS[lang]:
        assert heading in shown
    assert operator.summary is not None
    assert operator.summary.text.get(lang) in shown
    for item in operator.responsibilities:
        assert item.text.get(lang) in shown
    assert SALARY[lang] in shown
    assert box(at, "summary").value == operator.summary.text.get(lang)
    assert at.query_params["role"] == "operatore"
    assert not at.info  # the salary is shown: no pay-transparency note


@pytest.mark.parametrize("lang", ["it", "en"])
def test_editing_a_line_changes_the_preview(lang):
    at = open_page("job_description", lang)
    lines = box(at, "responsibilities").value.splitlines()
    reworded = ["Answer 80 calls a day", *lines[1:3], "Train *new* colleagues"]
    box(at, "responsibilities").set_value("\n".join(reworded)).run()
    shown = preview(at)
    assert "- Answer 80 calls a day\n" in shown
    assert "- Train *new* colleagues" in shown
    assert "Train \\*new\\* colleagues" in preview_source(at)  # as typed, not as emphasis
    assert lines[0] not in shown and lines[4] not in shown
    assert lines[1] in shown


def test_company_location_and_contract_appear_in_the_preview():
    at = open_page("job_description", "en")
    at.text_input(key="jd_company").set_value("Acme <b>Contact</b>").run()
    at.text_input(key="jd_contract").set_value("Permanent, full-time").run()
    shown = preview(at)
    assert "**Company:** Acme <b>Contact</b>" in shown
    assert "Acme \\<b\\>Contact\\</b\\>" in preview_source(at)
    assert "**Contract:** Permanent, full-time" in shown
    assert "Location" not in shown


@pytest.mark.parametrize("lang", ["it", "en"])
def test_salary_line_can_be_hidden_and_reworded(lang):
    at = open_page("job_description", lang)
    salary_toggle(at).set_value(False).run()
    assert SALARY[lang] not in preview(at)
    salary_toggle(at).set_value(True).run()
    salary_input(at).set_value("€30,000 gross").run()
    assert "€30,000 gross" in preview(at) and SALARY[lang] not in preview(at)


def test_open_ended_and_estimated_bands_read_as_such():
    at = open_page("job_description", "en", role="coordinatore")
    assert "$63,000 – over $100,000 per year" in preview(at)
    at.selectbox(key="jd_role").set_value("supervisore").run()
    assert "(estimate: the sources give no figure for this role)" in preview(at)
    assert at.query_params["role"] == "supervisore"


def test_edits_survive_switching_roles_and_reset_brings_the_data_back():
    at = open_page("job_description", "en")
    original = box(at, "summary").value
    box(at, "summary").set_value("Our own summary.").run()
    at.selectbox(key="jd_role").set_value("team_leader").run()
    assert "Our own summary." not in preview(at)
    at.selectbox(key="jd_role").set_value("operatore").run()
    assert box(at, "summary").value == "Our own summary."
    assert "Our own summary." in preview(at)
    at.button(key="jd_reset").click().run()
    assert box(at, "summary").value == original
    assert original in preview(at)


def test_each_language_keeps_its_own_text():
    at = open_page("job_description", "en")
    box(at, "summary").set_value("English edit.").run()
    at.sidebar.radio(key="lang").set_value("it").run()
    summary = DATASET.role("operatore").summary
    assert summary is not None
    assert box(at, "summary").value == summary.text.get("it")
    at.sidebar.radio(key="lang").set_value("en").run()
    assert box(at, "summary").value == "English edit."


def test_lateral_role_without_band_says_so():
    at = open_page("job_description", "en", role="receptionist")
    assert not at.exception
    assert salary_toggle(at).value is False
    assert "The data gives no salary for this role" in screen_text(at)
    assert "Salary range" not in preview(at)


@pytest.mark.parametrize(
    ("lang", "value", "notice"),
    [
        ("en", "<script>alert(1)</script>", "The role “<script>alert(1)</script>” in the link"),
        ("it", "nessuno", "Il ruolo «nessuno» del link non è in questi dati"),
    ],
)
def test_unknown_role_in_link_falls_back_with_a_notice(lang, value, notice):
    at = open_page("job_description", lang, role=value)
    assert not at.exception
    assert notice in plain(at.warning[0].value)
    assert at.selectbox(key="jd_role").value == "operatore"
    assert at.query_params["role"] == "operatore"


def test_huge_role_value_is_truncated_in_the_notice():
    at = open_page("job_description", "en", role="x" * 5000)
    assert "x" * 60 in plain(at.warning[0].value)
    assert "x" * 61 not in plain(at.warning[0].value)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_another_dataset_starts_from_its_own_first_rung(lang):
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["dataset"] = load_dataset(yaml.safe_dump(small_dataset()).encode())
    at.query_params["lang"] = lang
    at.run()
    at.switch_page(PAGE_FILES["job_description"]).run()
    assert not at.exception
    assert at.selectbox(key="jd_role").value == "agent"
    assert at.selectbox(key="jd_role").options == (
        ["Agente", "Capo", "Banco"] if lang == "it" else ["Agent", "Lead", "Desk"]
    )
    shown = preview(at)
    assert ("€20,000 – €24,000 per year" if lang == "en" else "20.000\u00a0€ – 24.000\u00a0€") in (
        shown
    )
    assert box(at, "qualifications").value == ("Parlare" if lang == "it" else "Talking")


@pytest.mark.parametrize("lang", ["it", "en"])
def test_choices_and_edits_survive_a_page_switch_and_back(lang):
    at = open_page("job_description", lang, role="team_leader")
    box(at, "summary").set_value("Sintesi tutta nostra.").run()
    at.text_input(key="jd_company").set_value("Acme").run()
    salary_toggle(at).set_value(False).run()
    at.switch_page(PAGE_FILES["salaries"]).run()
    assert not at.exception
    at.switch_page(PAGE_FILES["job_description"]).run()
    assert not at.exception
    assert at.selectbox(key="jd_role").value == "team_leader"
    assert at.query_params["role"] == "team_leader"
    assert box(at, "summary").value == "Sintesi tutta nostra."
    assert at.text_input(key="jd_company").value == "Acme"
    assert salary_toggle(at).value is False
    assert "Acme" in preview(at) and "Sintesi tutta nostra." in preview(at)


def test_a_new_role_link_wins_over_the_kept_choice():
    at = open_page("job_description", "en", role="team_leader")
    at.query_params["role"] = "coordinatore"
    at.run()
    assert at.selectbox(key="jd_role").value == "coordinatore"
    assert not at.warning


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("it", ("Nota dell'app, non delle fonti.", "(UE) 2023/970", "7 giugno 2026")),
        ("en", ("The app's note, not the sources'.", "(EU) 2023/970", "7 June 2026")),
    ],
)
def test_hidden_salary_brings_the_pay_transparency_note(lang, words):
    at = open_page("job_description", lang)
    assert not at.info
    salary_toggle(at).set_value(False).run()
    note = plain(at.info[0].value)
    for word in words:
        assert word in note
    salary_toggle(at).set_value(True).run()
    salary_input(at).set_value("  ").run()
    assert at.info  # an empty salary line says nothing either
    assert open_page("job_description", lang, role="receptionist").info


@pytest.mark.parametrize(
    ("lang", "start"),
    [
        ("it", "Operatore di call center (agente)\n\nSintesi della posizione\n"),
        ("en", "Call-center operator (agent)\n\nJob summary\n"),
    ],
)
def test_text_to_paste_has_no_markup(lang, start):
    at = open_page("job_description", lang)
    text = at.code[0].value
    assert text.startswith(start)
    assert "\\" not in text and "**" not in text and "#" not in text
    assert SALARY[lang] in text


def test_drafts_listed_from_one_session_come_back_in_another():
    at = open_page("job_description", "it", role="team_leader")
    box(at, "summary").set_value("Sintesi salvata.").run()
    at.text_input(key="jd_company").set_value("Acme").run()
    # What the workspace reads in the app is st.session_state; AppTest wraps the same state.
    saved = list_drafts(at.session_state._state.filtered_state)
    assert saved["details"]["company"] == "Acme"
    assert any(d.get("summary") == "Sintesi salvata." for d in saved["drafts"])

    other = open_page("job_description", "it")
    fresh: dict[str, object] = {}
    restore_drafts(saved, fresh)
    for key, value in fresh.items():
        other.session_state[key] = value
    other.selectbox(key="jd_role").set_value("team_leader").run()
    assert box(other, "summary").value == "Sintesi salvata."
    assert other.text_input(key="jd_company").value == "Acme"
