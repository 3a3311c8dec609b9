"""The ladder page: a role chosen by click, by list, by link; its content in both languages."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from careers import DEFAULT_DATASET, load_dataset
from tests.app.conftest import (
    APP,
    chart_spec,
    click_point,
    lines_with,
    note_lines,
    note_marks,
    open_page,
    plain,
    screen_text,
)
from tests.conftest import as_yaml
from tests.support.synthetic import make_yaml

DATASET = load_dataset(DEFAULT_DATASET)


def header(at) -> str:
    """The role shown (the page's only h2)."""
    return plain(at.header[0].value)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_default_role_is_the_operator_in_full(lang):
    at = open_page("ladder", lang)
    assert not at.exception
    operator = DATASET.role("operatore")
    assert header(at) == operator.title.get(lang)
    text = screen_text(at)
    for item in operator.responsibilities + operator.education + operator.experience:
        assert item.text.get(lang) in text
    for role_skill in operator.skills:
        assert DATASET.skill(role_skill.skill).name.get(lang) in text
    assert operator.summary is not None
    assert operator.summary.text.get(lang) in text
    assert (
        "32.000\u00a0USD – 35.000\u00a0USD all'anno"
        if lang == "it"
        else "$32,000 – $35,000 per year"
    ) in text
    assert at.query_params["role"] == "operatore"


@pytest.mark.parametrize("lang", ["it", "en"])
@pytest.mark.parametrize("role_id", [r.id for r in DATASET.roles])
def test_every_role_opens_from_a_link(role_id, lang):
    at = open_page("ladder", lang, role=role_id)
    assert not at.exception
    role = DATASET.role(role_id)
    assert header(at) == role.title.get(lang)
    assert at.selectbox(key="ladder_role").value == role_id
    text = screen_text(at)
    for item in role.responsibilities:
        assert item.text.get(lang) in text
    if role.description:
        assert role.description.text.get(lang) in text


@pytest.mark.parametrize(
    ("lang", "estimate", "basis_word"),
    [
        ("it", "Stima, non dalle fonti", "44.000"),
        ("en", "Estimate, not from the sources", "44,000"),
    ],
)
def test_supervisor_band_is_shown_as_an_estimate(lang, estimate, basis_word):
    at = open_page("ladder", lang, role="supervisore")
    warning = plain(at.warning[0].value)
    assert estimate in warning and basis_word in warning


@pytest.mark.parametrize(
    ("lang", "band", "open_note"),
    [
        ("it", "63.000\u00a0USD – oltre 100.000\u00a0USD all'anno", "Fascia aperta"),
        ("en", "$63,000 – over $100,000 per year", "Open-ended band"),
    ],
)
def test_coordinator_band_is_open_ended(lang, band, open_note):
    text = screen_text(open_page("ladder", lang, role="coordinatore"))
    assert band in text and open_note in text


def test_next_step_shows_pay_change_and_new_skills():
    at = open_page("ladder", "en", role="operatore")
    assert "The next step: from Call-center operator (agent) to Team leader" in screen_text(at)
    metric = at.metric[0]
    assert metric.value == "$7,500" and metric.delta == "+22.4%"
    assert "Midpoints: from $33,500 to $41,000" in screen_text(at)
    assert "Leadership" in screen_text(at)


def test_click_on_a_step_opens_that_role():
    at = open_page("ladder", "en")
    click_point(at, "ladder_chart", "team_leader")
    assert not at.exception
    assert header(at) == "Team leader"
    assert at.query_params["role"] == "team_leader"
    _, spec = chart_spec(at, "ladder_chart_team_leader")
    assert spec["data"][0]["marker"]["color"][1] == "#E69F00"  # highlighted as chosen


def test_click_on_a_lateral_role_opens_it():
    at = open_page("ladder", "it")
    click_point(at, "ladder_chart", "receptionist")
    assert header(at) == "Receptionist"


def test_choosing_in_the_list_opens_that_role():
    at = open_page("ladder", "it")
    at.selectbox(key="ladder_role").set_value("coordinatore").run()
    assert header(at) == DATASET.role("coordinatore").title.it
    assert at.query_params["role"] == "coordinatore"


def test_lateral_move_button_opens_the_lateral_role():
    at = open_page("ladder", "en")
    at.button(key="ladder_go_tecnico_help_desk").click().run()
    assert header(at) == "Help-desk technician"


@pytest.mark.parametrize("bad", ["nope", "<script>alert(1)</script>", "x" * 5000])
def test_unknown_role_in_link_falls_back_with_a_notice(bad):
    at = open_page("ladder", "en", role=bad)
    assert not at.exception
    assert header(at) == "Call-center operator (agent)"
    notice = plain(at.warning[0].value)
    assert "is not in this data" in notice and bad[:20] in notice
    assert len(notice) < 400
    assert at.query_params["role"] == "operatore"


@pytest.mark.parametrize("lang", ["it", "en"])
def test_the_chart_s_data_with_bands_is_one_click_away(lang):
    at = open_page("ladder", lang, role="team_leader")
    assert at.expander[0].label == (
        "I dati del grafico in tabella" if lang == "it" else "The chart's data as a table"
    )
    at.session_state["ladder_table_open"] = True
    at.run()
    table = at.dataframe[0].value
    _, spec = chart_spec(at, "ladder_chart")
    drawn = [trace for trace in spec["data"] if trace.get("customdata")]
    assert list(table["role"]) == [title for trace in drawn for title in trace["hovertext"]]
    # The band printed beside each step is the one in the table's row.
    for label, band in zip(drawn[0]["text"], table["band"][:4], strict=True):
        assert band in label.replace("&amp;", "&")
    assert plain(at.header[0].value) == DATASET.role("team_leader").title.get(lang)


def test_a_thousand_roles_open_with_a_readable_chart_and_a_role_from_the_link():
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["dataset"] = load_dataset(make_yaml(1000))
    at.query_params.update({"lang": "en", "role": "d120_r2"})
    at.run()
    at.switch_page("app_pages/ladder.py").run()
    assert not at.exception
    assert plain(at.header[0].value) == "Role 120.2"
    assert "1000 roles: too many to name beside each step." in screen_text(at)
    _, spec = chart_spec(at, "ladder_chart")
    ladder = next(t for t in spec["data"] if t.get("customdata") and "d0_r0" in t["customdata"])
    assert len(ladder["customdata"]) == 800
    # Only the chosen role is labelled; the others are named on hover.
    labelled = [i for i, text in enumerate(ladder["text"]) if text]
    assert [ladder["customdata"][i] for i in labelled] == ["d120_r2"]
    assert "annotations" not in spec["layout"] or not spec["layout"]["annotations"]


@pytest.mark.parametrize(
    ("lang", "reached_from", "nothing_else"),
    [
        ("it", "Da dove si arriva a questo ruolo", "Le fonti nominano questo ruolo solo come"),
        ("en", "Where this role is reached from", "The sources name this role only as a move"),
    ],
)
def test_a_lateral_role_says_where_it_is_reached_from_and_no_more(lang, reached_from, nothing_else):
    at = open_page("ladder", lang, role="receptionist")
    text = screen_text(at)
    assert reached_from in text and nothing_else in text
    # Not the operator's outgoing heading, and no row of "none listed" sections.
    assert "roles this experience is useful for" not in text
    assert "ruoli per cui questa esperienza è utile" not in text
    none_listed = "Le fonti non ne elencano" if lang == "it" else "none for this role"
    assert none_listed not in text
    operator = DATASET.role("operatore").title.get(lang)
    assert plain(at.button(key="ladder_from_operatore").label) == operator


def test_the_operator_card_carries_the_training_and_the_way_out_sideways():
    at = open_page("ladder", "en", role="operatore")
    text = screen_text(at)
    assert "Training for newcomers" in text
    for item in DATASET.training:
        assert item.text.en in text
    assert "Lateral moves: roles this experience is useful for" in text
    assert "Where this role is reached from" not in text


def test_the_source_s_dollar_figures_are_quoted_on_italian_pages():
    text = screen_text(open_page("ladder", "it", role="operatore"))
    assert "Testo della fonte, citato alla lettera: «Lo stipendio medio" in text
    assert "32.000\u00a0USD – 35.000\u00a0USD all'anno" in text


def test_facts_carry_note_marks_not_citation_lines():
    at = open_page("ladder", "en", role="team_leader")
    duty = DATASET.role("team_leader").responsibilities[0].text.en
    lines = [m.value for m in at.markdown if duty[:20] in plain(m.value)]
    # The duty carries a superscript note number, and its citation is not spelt out beside it.
    assert lines and all("§" not in line for line in lines)
    assert all(any(mark in line for mark in "¹²³⁴⁵⁶⁷⁸⁹") for line in lines)
    assert "All notes and sources" in screen_text(at)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_a_lateral_move_written_both_ways_draws_under_both_headings(small, lang):
    # Issue 12, crash 2: the same role under "useful for" and "reached from" on one page.
    back = {"from": "desk", "to": "agent", "kind": "lateral"}
    small["transitions"].append({**back, "source": small["transitions"][0]["source"]})
    at = open_page("home", lang)
    at.session_state["dataset"] = load_dataset(as_yaml(small))
    at.switch_page("app_pages/ladder.py").run()
    at.selectbox(key="ladder_role").set_value("agent").run()
    assert not at.exception
    assert at.button(key="ladder_go_desk") and at.button(key="ladder_from_desk")


@pytest.mark.parametrize(
    ("lang", "sections"),
    [
        (
            "it",
            [
                "§ Carriera di operatore di call center",
                "§ Ruolo Intermedio: Responsabile di Team del Call Center",
            ],
        ),
        (
            "en",
            [
                "§ Carriera di operatore di call center (Call-center operator career)",
                "§ Ruolo Intermedio: Responsabile di Team del Call Center "
                "(Intermediate role: call-center team leader)",
            ],
        ),
    ],
)
def test_the_promotion_s_note_cites_both_articles(lang, sections):
    # The first promotion's note quotes the role guide too: a mark for each of its sources.
    at = open_page("ladder", lang, role="operatore")
    note = DATASET.transitions[0].note
    assert note is not None
    (line,) = lines_with(at, note.get(lang)[:40])
    marks = note_marks(line)
    assert len(marks) == 2
    notes = note_lines(at)
    for mark, section in zip(marks, sections, strict=True):
        assert any(n.startswith(f"{mark} [") and n.endswith(section) for n in notes), section


@pytest.mark.parametrize(
    ("lang", "names"),
    [
        ("it", "Nelle fonti: «Agente del call center»"),
        ("en", "In the sources: “Call-center agent”"),
    ],
)
def test_the_sources_other_names_are_quoted_the_page_s_way(lang, names):
    at = open_page("ladder", lang, role="operatore")
    (line,) = lines_with(at, names)
    assert ("«" in line) == (lang == "it") and ("“" in line) == (lang == "en")
