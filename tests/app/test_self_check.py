"""The self-check page: answers in, scores, gaps, steps, chart and link out, in both languages."""

from __future__ import annotations

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from careers import load_dataset
from careers.text.i18n import Translator
from tests.app.conftest import (
    APP,
    away_and_back,
    chart_spec,
    lines_with,
    note_lines,
    note_marks,
    open_expander,
    open_page,
    plain,
    screen_text,
)
from tests.conftest import small_dataset

SENIOR = {"skills": "leadership,data_analysis", "edu": "none", "years": "8", "lead": "1"}


def scores(at: AppTest) -> dict[str, object]:
    """Role title → score shown in the overview table."""
    frame = at.dataframe[0].value
    return dict(zip(frame.iloc[:, 0], frame.iloc[:, 1], strict=True))


OPERATOR = {"it": "Operatore di call center (agente)", "en": "Call-center operator (agent)"}


@pytest.mark.parametrize(("lang", "operator"), list(OPERATOR.items()))
def test_no_answers_yet(lang, operator):
    at = open_page("self_check", lang)
    assert not at.exception
    assert scores(at)[operator] == 0
    assert at.metric[0].value == "0%"
    assert operator in [plain(h.value) for h in at.header]  # the chosen role's section
    assert at.query_params["role"] == "operatore" and at.query_params["skills"] == ""
    text = screen_text(at)
    assert (
        "Formazione — Tecniche di ascolto" if lang == "it" else "Training — Listening techniques"
    ) in text
    _, spec = chart_spec(at, "self_check_coverage")
    # communication: 0 met, 3 missing (foreign languages are asked "in some contexts" only)
    assert [trace["x"][0] for trace in spec["data"]] == [0, 3]


def test_ticking_answers_changes_the_result_and_the_link():
    at = open_page("self_check", "en")
    for skill in ("communication", "listening", "patience"):
        at.checkbox(key=f"self_check_skill_{skill}").check()
    at.selectbox(key="self_check_edu").set_value("high_school")
    at.text_input(key="self_check_years_text").input("2").run()
    assert not at.exception
    # 3 skills + diploma (2) + two required experiences (2 + 2) = 9 of 20
    assert at.metric[0].value == "45%"
    assert scores(at)["Call-center operator (agent)"] == 45
    assert at.query_params["skills"] == "communication,listening,patience"
    assert at.query_params["edu"] == "high_school" and at.query_params["years"] == "2"
    _, spec = chart_spec(at, "self_check_coverage")
    assert spec["data"][0]["x"][0] == 2  # two communication skills met
    code = at.code[0].value
    assert "skills=communication,listening,patience&edu=high_school&years=2&lead=0" in code


@pytest.mark.parametrize(
    ("lang", "rule"),
    [
        ("it", "un'esperienza significativa può sostituire"),
        ("en", "significant experience can stand in"),
    ],
)
def test_link_restores_answers_and_applies_the_faq_rule(lang, rule):
    at = open_page("self_check", lang, role="coordinatore", **SENIOR)
    assert not at.exception
    assert at.checkbox(key="self_check_skill_leadership").value
    assert at.text_input(key="self_check_years_text").value == "8"
    assert at.checkbox(key="self_check_lead").value
    assert at.selectbox(key="self_check_role").value == "coordinatore"
    assert rule in plain(at.success[0].value)
    # 2 of 4 skills + degree via experience (2) + required (2) + preferred (1) experience = 7/9
    assert at.metric[0].value == "78%"


def test_same_answers_without_leadership_give_a_lower_score():
    at = open_page("self_check", "en", role="coordinatore", **{**SENIOR, "lead": "0"})
    assert not at.success
    assert at.metric[0].value == "22%"
    assert "needs team-leading experience" in screen_text(at)


@pytest.mark.parametrize(
    "params",
    [
        {"skills": "listening,nope", "years": "abc", "edu": "phd", "role": "boss"},
        {"skills": "<script>alert(1)</script>", "lead": "x" * 5000},
    ],
)
def test_bad_link_values_are_ignored_with_a_notice(params):
    at = open_page("self_check", "en", **params)
    assert not at.exception
    notice = plain(at.warning[0].value)
    assert notice.startswith("Some values in the link are not valid answers")
    assert len(notice) < 400
    assert "Call-center operator (agent)" in [plain(h.value) for h in at.header]
    assert at.text_input(key="self_check_years_text").value == "0"


def test_other_dataset_with_its_own_ids():
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["dataset"] = load_dataset(yaml.safe_dump(small_dataset()).encode())
    at.query_params["lang"] = "it"
    at.query_params["skills"] = "talk,listening"
    at.run()
    at.switch_page("app_pages/self_check.py").run()
    assert not at.exception
    assert "«listening»" in plain(at.warning[0].value)
    shown = scores(at)
    assert (shown["Agente"], shown["Capo"]) == (100, 50)
    assert shown["Banco"] != shown["Banco"]  # NaN: nothing to score for the lateral role
    at.selectbox(key="self_check_role").set_value("lead").run()
    assert at.metric[0].value == "50%"
    assert "Sviluppa queste competenze: Guidare." in screen_text(at)


def test_the_coverage_chart_as_a_table_holds_the_drawn_bars():
    at = open_page("self_check", "en")
    at.checkbox(key="self_check_skill_communication").check()
    at.text_input(key="self_check_years_text").input("2").run()
    _, spec = chart_spec(at, "self_check_coverage")
    met, missing = spec["data"]
    open_expander(at, "self_check_chart_table")
    expander = next(e for e in at.expander if e.label == "The chart's data as a table")
    table = expander.dataframe[0].value
    assert list(table.columns) == ["Area", "You have", "Missing", "Listed by the sources"]
    assert [y.replace("<br>", " ") for y in met["y"]] == list(table["Area"])
    assert list(table["You have"]) == met["x"] and list(table["Missing"]) == missing["x"]
    assert list(table["Listed by the sources"]) == [
        a + b for a, b in zip(met["x"], missing["x"], strict=True)
    ]
    assert "Experience" in list(table["Area"])


def test_a_dataset_of_100_roles_scores_every_role():
    at = AppTest.from_file(APP, default_timeout=60)
    from tests.support.synthetic import make_yaml

    at.session_state["dataset"] = load_dataset(make_yaml(100))
    at.query_params["lang"] = "en"
    at.run()
    at.switch_page("app_pages/self_check.py").run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 100
    at.selectbox(key="self_check_role").set_value("d19_r3").run()
    assert not at.exception and at.query_params["role"] == "d19_r3"


@pytest.mark.parametrize(("lang", "typed", "link"), [("it", "1,5", "1.5"), ("en", "1.5", "1.5")])
def test_years_are_typed_the_page_s_way_and_linked_with_a_point(lang, typed, link):
    at = open_page("self_check", lang)
    at.text_input(key="self_check_years_text").input(typed).run()
    assert not at.exception and not at.error
    assert at.query_params["years"] == link  # 1.5 years, not 15


@pytest.mark.parametrize(
    ("lang", "typed", "message"),
    [
        ("it", "1.5", "non è scritto all'italiana"),
        ("en", "1,5", "is not written the English way"),
        ("en", "two", "is not a number"),
        ("it", "99", "tra 0 e 60"),
    ],
)
def test_years_that_cannot_be_read_say_why_and_keep_the_previous_value(lang, typed, message):
    at = open_page("self_check", lang, years="2")
    at.text_input(key="self_check_years_text").input(typed).run()
    assert not at.exception
    assert message in plain(at.error[0].value)
    assert at.query_params["years"] == "2"


def test_answers_survive_a_switch_to_another_page_and_back():
    at = open_page("self_check", "en", role="team_leader", **SENIOR)
    at.checkbox(key="self_check_skill_patience").check()
    at.text_input(key="self_check_years_text").input("3.5").run()
    at = away_and_back(at, "self_check")
    assert not at.exception
    assert at.checkbox(key="self_check_skill_patience").value
    assert at.checkbox(key="self_check_lead").value
    assert at.text_input(key="self_check_years_text").value == "3.5"
    assert at.selectbox(key="self_check_role").value == "team_leader"
    assert at.query_params["years"] == "3.5" and "patience" in at.query_params["skills"]


@pytest.mark.parametrize(("lang", "words"), [("it", "non valutabile"), ("en", "not scored")])
def test_roles_with_nothing_to_score_do_not_read_as_ready(lang, words):
    frame = open_page("self_check", lang).dataframe[0].value
    supervisor = frame[frame.iloc[:, 0].str.startswith(("Supervisore", "Call-center supervisor"))]
    assert words in str(supervisor.iloc[0, 2])


@pytest.mark.parametrize(
    ("lang", "operator", "supervisor"),
    [
        ("it", "**Operatore di call center (agente)**: 45% · mancano ", "non valutabile"),
        ("en", "**Call-center operator (agent)**: 45% · ", "not scored"),
    ],
)
def test_phones_read_the_overview_as_one_line_per_role(lang, operator, supervisor):
    at = open_page(
        "self_check", lang, skills="communication,listening,patience", edu="high_school", years="2"
    )
    block = next(plain(m.value) for m in at.markdown if operator in plain(m.value))
    lines = block.split("\n")
    assert lines[0].startswith("- " + operator)
    assert any(supervisor in line for line in lines if "upervis" in line)


# Where the operator's "Communication" comes from, as its note reads on each language's page.
ENTRY_NOTE = {
    "it": "[1] Descrizioni delle posizioni nel call center: ruoli base, intermedio e senior "
    "(titolo dato dall'app, l'articolo non ne ha uno), § Ruolo di Base: Agente del Call Center",
    "en": "[1] Call-center job descriptions: entry, intermediate and senior roles "
    "(title given by the app, the article has none), "
    "§ Ruolo di Base: Agente del Call Center (Entry role: call-center agent)",
}
COMMUNICATION = {"it": "Comunicazione", "en": "Communication"}


@pytest.mark.parametrize("lang", ["it", "en"])
def test_each_requirement_has_a_note_mark_and_its_note_names_the_source(lang):
    at = open_page("self_check", lang)
    (line,) = lines_with(at, f"] {COMMUNICATION[lang]} :gray[")  # under "what is missing"
    (mark,) = note_marks(line)
    notes = note_lines(at)
    assert f"{mark} {ENTRY_NOTE[lang]}" in notes
    if lang == "it":
        assert not [n for n in notes if "(Entry role" in n]
    # Every step and note carries marks; no citation is spelt out beside a fact.
    assert not [line for line in lines_with(at, "§") if line.removeprefix("- ") not in notes]
    training = [
        line for line in lines_with(at, "- ") if "Formazione — " in line or "Training — " in line
    ]
    assert training and all(note_marks(line) for line in training)


@pytest.mark.parametrize(("lang", "label"), [("it", "A che punto sono?"), ("en", "Am I ready?")])
def test_the_nav_label_and_the_page_title_say_the_same(lang, label):
    at = open_page("self_check", lang)
    assert [plain(title.value) for title in at.title] == [label]
    assert Translator(lang)("nav.self_check") == label


@pytest.mark.parametrize(
    ("lang", "words"),
    [("it", "ciò che danno come semplice indicazione"), ("en", "what they give for reference")],
)
def test_the_score_rule_names_what_counts_nothing_in_plain_words(lang, words):
    assert words in screen_text(open_page("self_check", lang))
