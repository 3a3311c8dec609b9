"""The compare page: two roles side by side, the pay gap, the matrix, links good and bad."""

from __future__ import annotations

import pytest
import yaml

from careers import DEFAULT_DATASET, load_dataset
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

DATASET = load_dataset(DEFAULT_DATASET)


@pytest.mark.parametrize(
    ("lang", "amount", "added"),
    [("it", "+7.500\u00a0USD", "elencato solo per B"), ("en", "+$7,500", "listed only for B")],
)
def test_default_pair_is_operator_and_team_leader(lang, amount, added):
    at = open_page("compare", lang)
    assert not at.exception
    assert at.selectbox(key="compare_a").value == "operatore"
    assert at.selectbox(key="compare_b").value == "team_leader"
    assert at.metric[0].value == amount
    assert at.metric[0].delta == ("+22,4%" if lang == "it" else "+22.4%")
    text = screen_text(at)
    assert f":blue-badge[{added}] Leadership" in text
    assert at.query_params["a"] == "operatore" and at.query_params["b"] == "team_leader"
    _, spec = chart_spec(at, "compare_matrix")
    heat = spec["data"][0]
    assert heat["x"][:2] == ["operatore", "team_leader"]
    assert "supervisore" not in heat["x"]  # the sources list no skills for it
    assert "Call-center supervisor" in text or "Supervisore del call center" in text


def test_link_opens_the_pair_and_an_open_top_band_gives_at_least():
    at = open_page("compare", "en", a="team_leader", b="coordinatore")
    assert not at.exception
    assert [plain(h.value) for h in at.header if plain(h.value)[:4] in ("A · ", "B · ")] == [
        "A · Team leader",
        "B · Call-center coordinator (call-center manager)",
    ]
    # Coordinator: $63,000 to over $100,000, midpoint at least $81,500; team leader's $41,000.
    assert at.metric[0].value == "at least +$40,500" and not at.metric[0].delta
    assert "the difference is at least this much" in screen_text(at)


def test_the_sources_silence_is_not_a_change_and_a_missing_list_is_said():
    at = open_page("compare", "it", a="operatore", b="team_leader")
    text = screen_text(at)
    assert "nuovo in B" not in text and "solo in A" not in text
    assert ":orange-badge[elencato solo per A] Pazienza" in text
    at = open_page("compare", "en", a="team_leader", b="supervisore")
    assert "The sources list nothing of this kind for this role." in screen_text(at)


def test_estimate_and_missing_band_are_said():
    at = open_page("compare", "it", a="team_leader", b="supervisore")
    warnings = [plain(w.value) for w in at.warning]
    assert any("anche la differenza va letta come una stima" in w for w in warnings)
    assert at.metric[0].value == "+12.500\u00a0USD"
    at = open_page("compare", "en", a="operatore", b="receptionist")
    assert any(
        "Not in the sources: no salary band is given for Receptionist" in plain(i.value)
        for i in at.info
    )


@pytest.mark.parametrize(
    "params",
    [
        {"a": "nope", "b": "team_leader"},
        {"a": "operatore", "b": "operatore"},
        {"a": "<script>alert(1)</script>", "b": "x" * 5000},
        {"b": "coordinatore"},
    ],
)
def test_bad_or_equal_pair_falls_back_with_a_notice(params):
    at = open_page("compare", "en", **params)
    assert not at.exception
    notice = plain(at.warning[0].value)
    assert "showing “Call-center operator (agent)” and “Team leader” instead" in notice
    assert len(notice) < 500
    assert at.query_params["a"] == "operatore" and at.query_params["b"] == "team_leader"


def test_choosing_a_role_updates_the_view_and_the_link():
    at = open_page("compare", "en")
    at.selectbox(key="compare_b").set_value("coordinatore").run()
    assert at.query_params["b"] == "coordinatore"
    assert "B · Call-center coordinator (call-center manager)" in [
        plain(h.value) for h in at.header
    ]
    _, spec = chart_spec(at, "compare_matrix")
    assert (
        "<b>B · " in spec["layout"]["xaxis"]["ticktext"][spec["data"][0]["x"].index("coordinatore")]
    )
    at.selectbox(key="compare_a").set_value("coordinatore").run()
    assert not at.exception
    assert "same role twice" in plain(at.warning[0].value)


def test_other_dataset_with_its_own_ids():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["dataset"] = load_dataset(yaml.safe_dump(small_dataset()).encode())
    at.query_params["lang"] = "it"
    at.run()
    at.switch_page("app_pages/compare.py").run()
    assert not at.exception
    assert at.selectbox(key="compare_a").value == "agent"
    assert at.selectbox(key="compare_b").value == "lead"
    assert at.metric[0].value == "+6.000\u00a0€"
    text = screen_text(at)
    assert ":blue-badge[elencato solo per B] Guidare" in text
    assert "Non compaiono nella matrice" in text and "Banco" in text


def test_the_matrix_as_a_table_holds_exactly_the_drawn_ticks():
    at = open_page("compare", "it")
    _, spec = chart_spec(at, "compare_matrix")
    heat = spec["data"][0]
    open_expander(at, "compare_matrix_table")
    expander = next(e for e in at.expander if e.label == "La matrice come tabella")
    table = expander.dataframe[0].value
    roles = [DATASET.role(i).title.get("it") for i in heat["x"]]
    assert list(table.columns) == ["Area", "Competenza", *roles]
    # Row by row and column by column: a tick on the chart is True in the table.
    assert table[roles].to_numpy().tolist() == [[bool(z) for z in row] for row in heat["z"]]
    assert list(table["Competenza"]) == [y.replace("<br>", " ") for y in heat["y"][1]]


def test_a_dataset_of_100_roles_keeps_the_matrix_readable():
    from streamlit.testing.v1 import AppTest

    from tests.support.synthetic import make_yaml

    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["dataset"] = load_dataset(make_yaml(100))
    at.query_params["lang"] = "en"
    at.query_params["a"] = "d0_r0"
    at.query_params["b"] = "d19_r1"
    at.run()
    at.switch_page("app_pages/compare.py").run()
    assert not at.exception
    _, spec = chart_spec(at, "compare_matrix")
    drawn = spec["data"][0]["x"]
    assert len(drawn) == 12 and {"d0_r0", "d19_r1"} <= set(drawn)
    assert "The matrix shows 12 of the 100 roles with skills" in screen_text(at)


def test_the_pair_survives_a_switch_to_another_page_and_back():
    at = open_page("compare", "en", a="team_leader", b="coordinatore")
    at.selectbox(key="compare_b").set_value("supervisore").run()
    at = away_and_back(at, "compare")
    assert not at.exception
    assert at.selectbox(key="compare_a").value == "team_leader"
    assert at.selectbox(key="compare_b").value == "supervisore"
    assert at.query_params["a"] == "team_leader" and at.query_params["b"] == "supervisore"


@pytest.mark.parametrize(
    ("lang", "area"),
    [("it", "_Competenze tecniche_: Strumenti"), ("en", "_Technical skills_: Call-center tools")],
)
def test_phones_get_the_matrix_as_a_list_per_role(lang, area):
    at = open_page("compare", lang)
    lists = [
        plain(m.value)
        for m in at.markdown
        if m.value.startswith("**A · ") or m.value.startswith("**B · ")
    ]
    assert len(lists) == 2
    leader = lists[1]
    assert leader.startswith("**B · Team leader")
    assert area in leader and "_Leadership_: Leadership" in leader


# The note of a team-leader fact, as read on each language's page: the source by its title,
# the section by the source's heading, and on English pages its English name beside it.
LEADER_NOTE = {
    "it": "[1] Descrizioni delle posizioni nel call center: ruoli base, intermedio e senior "
    "(titolo dato dall'app, l'articolo non ne ha uno), "
    "§ Ruolo Intermedio: Responsabile di Team del Call Center",
    "en": "[1] Call-center job descriptions: entry, intermediate and senior roles "
    "(title given by the app, the article has none), "
    "§ Ruolo Intermedio: Responsabile di Team del Call Center "
    "(Intermediate role: call-center team leader)",
}


@pytest.mark.parametrize("lang", ["it", "en"])
def test_each_fact_has_a_note_mark_and_its_note_names_the_source(lang):
    at = open_page("compare", lang, a="operatore", b="team_leader")
    lines = lines_with(at, "] Leadership :gray[")  # the same word in both languages
    assert len(lines) == 1 and "§" not in lines[0]  # a mark, not a citation spelt out
    (mark,) = note_marks(lines[0])
    notes = note_lines(at)
    assert f"{mark} {LEADER_NOTE[lang]}" in notes  # in its section's popover and at the end
    assert ("Tutte le note e le fonti" if lang == "it" else "All notes and sources") in screen_text(
        at
    )
    if lang == "it":
        assert not [n for n in notes if "(Intermediate role" in n]
    # No bullet on the page spells its citation out: every "§" is in a notes list.
    assert not [line for line in lines_with(at, "§") if line.removeprefix("- ") not in notes]


def test_every_listed_fact_and_each_role_s_description_carry_a_mark():
    at = open_page("compare", "en", a="operatore", b="team_leader")
    listed = [
        line
        for line in lines_with(at, "")
        if line.startswith("- ") and line.removeprefix("- ") not in note_lines(at)
    ]
    # Not the matrix's list per role (_area_: skills) nor the list of sources ([n] title).
    facts = [line for line in listed if not line.startswith(("- _", "- ["))]
    assert facts and all(note_marks(line) for line in facts), [
        line for line in facts if not note_marks(line)
    ]
    summary = DATASET.role("team_leader").summary
    assert summary is not None
    (head,) = lines_with(at, summary.text.en[:40])
    assert note_marks(head)
