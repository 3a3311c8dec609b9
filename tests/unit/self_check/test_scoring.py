"""careers.self_check and careers.plan: scoring, the sources' caveats, steps, plan, link."""

from __future__ import annotations

import pytest

from careers import DEFAULT_DATASET, load_dataset
from careers.self_check.answers import Answers, answers_from_params, answers_to_params
from careers.self_check.plan import next_steps, plan_file_name, render_plan
from careers.self_check.scoring import CoverageRow, assess_all, assess_role, coverage_by_area
from careers.text.i18n import Translator
from tests.conftest import SOURCE, as_yaml, text

DATASET = load_dataset(DEFAULT_DATASET)
EVERYTHING = Answers(
    skills=frozenset(s.id for s in DATASET.skills), education="bachelor", years=10, leadership=True
)


def test_empty_answers_score_zero_where_the_sources_ask_something():
    results = {r.role.id: r for r in assess_all(DATASET, Answers())}
    # operator: 14 skills (1 each) + required diploma (2) + two required experiences (2 each);
    # foreign languages are asked for "in some contexts" only: shown, not scored.
    assert (results["operatore"].points, results["operatore"].total) == (0, 20)
    assert [s.skill for s in results["operatore"].some_contexts] == ["foreign_languages"]
    assert "foreign_languages" not in {
        c.skill.skill for c in results["operatore"].checks if c.skill
    }
    assert results["operatore"].score == 0
    # team leader: 5 skills + diploma 2 + two preferred degrees 1 each + one year required 2
    assert results["team_leader"].total == 11
    # The supervisor's only experience item is informative: nothing to score.
    assert results["supervisore"].score is None
    assert results["supervisore"].notes[0].id == "after_team_leader"
    assert results["receptionist"].score is None


def test_everything_ticked_meets_everything():
    for result in assess_all(DATASET, EVERYTHING):
        assert result.missing == []
        assert result.score in (1, None)
    assert not assess_role(DATASET, "coordinatore", EVERYTHING).faq_applied


def test_required_weighs_more_than_preferred():
    answers = Answers(education="high_school", years=1)
    result = assess_role(DATASET, "team_leader", answers)
    met = {c.qualification.id: c.weight for c in result.met if c.qualification}
    assert met == {"high_school": 2, "one_year_calls": 2}
    missing = {c.qualification.id: c.weight for c in result.missing if c.qualification}
    assert missing == {"bachelor_management": 1, "bachelor_faq": 1}
    assert result.score == pytest.approx(4 / 11)


def test_years_below_the_minimum_are_short_and_say_how_many_more():
    result = assess_role(DATASET, "team_leader", Answers(years=0.5))
    check = next(c for c in result.missing if c.kind == "experience")
    assert check.reason == "years_short"
    steps = [s.text for s in next_steps(DATASET, result, Answers(years=0.5), Translator("en"))]
    assert any(
        s.startswith("Build up 0.5 more years of experience: At least one year") for s in steps
    )


def test_faq_experience_stands_in_for_education_in_senior_roles():
    seasoned = Answers(education="none", years=6, leadership=True)
    result = assess_role(DATASET, "coordinatore", seasoned)
    assert result.senior and result.faq_applied
    degree = next(c for c in result.checks if c.kind == "education")
    assert degree.met and degree.reason == "experience_for_education"
    assert result.faq_rule is not None and result.faq_rule.id == "experience_vs_education"
    # Without leadership, neither the senior experience nor the FAQ rule is met.
    result = assess_role(DATASET, "coordinatore", Answers(education="none", years=6))
    assert not result.faq_applied
    assert {c.reason for c in result.missing if c.kind != "skill"} == {
        "level_low",
        "needs_leadership",
    }


def test_faq_rule_never_helps_the_entry_roles():
    result = assess_role(
        DATASET, "team_leader", Answers(education="none", years=6, leadership=True)
    )
    assert not result.senior and not result.faq_applied
    assert any(c.kind == "education" for c in result.missing)


def test_faq_rule_needs_the_faq_entry_in_the_data():
    data = DATASET.model_copy(update={"faq": []})
    result = assess_role(data, "coordinatore", Answers(years=6, leadership=True))
    assert not result.faq_applied
    assert any(c.kind == "education" for c in result.missing)


def test_faq_rule_is_the_entry_the_data_names_not_a_fixed_id():
    answers = Answers(years=6, leadership=True)
    unnamed = DATASET.model_copy(update={"experience_for_education_faq": None})
    assert not assess_role(unnamed, "coordinatore", answers).faq_applied
    renamed_entry = DATASET.faq[-1].model_copy(update={"id": "esperienza"})
    renamed = DATASET.model_copy(
        update={
            "faq": [*DATASET.faq[:-1], renamed_entry],
            "experience_for_education_faq": "esperienza",
        }
    )
    result = assess_role(renamed, "coordinatore", answers)
    assert result.faq_rule is not None and result.faq_rule.id == "esperienza"
    assert result.faq_applied


def test_operator_caveat_no_special_diploma_is_a_note_and_steps_include_training():
    result = assess_role(DATASET, "operatore", Answers())
    assert [q.id for q in result.notes] == ["no_special_degree"]
    steps = next_steps(DATASET, result, Answers(), Translator("it"))
    training = [s for s in steps if s.text.startswith("Formazione — ")]
    assert [s.text.split(":")[0] for s in training][:2] == [
        "Formazione — Comunicazione verbale e telefonica",
        "Formazione — Tecniche di ascolto",
    ]
    assert len(training) == len(DATASET.training)
    # The next rung's year of direct experience, from its min_years.
    assert any("Gradino successivo, Team leader" in s.text and "ancora da fare" in s.text
               for s in steps)  # fmt: skip


def test_coverage_by_area_counts_skills_then_requirements():
    answers = Answers(skills=frozenset({"communication", "listening"}), years=1)
    rows = coverage_by_area(DATASET, assess_role(DATASET, "operatore", answers), "en")
    first = rows[0]
    # Communication: 4 skills listed, but foreign languages only "in some contexts".
    assert (first["label"], first["met"], first["total"]) == ("Communication", 2, 3)
    assert [r["group"] for r in rows[-2:]] == ["education", "experience"]
    assert rows[-1]["met"] == rows[-1]["total"] == 2


def test_small_dataset_without_senior_roles(small):
    small["roles"][1]["education"] = [
        {"id": "degree", "text": text("Laurea"), "necessity": "required",
         "education_level": "bachelor", "source": SOURCE}
    ]  # fmt: skip
    small["roles"][1]["experience"] = [
        {"id": "two_years", "text": text("Due anni"), "necessity": "preferred", "min_years": 2,
         "source": SOURCE}
    ]  # fmt: skip
    data = load_dataset(as_yaml(small))
    result = assess_role(data, "lead", Answers(skills=frozenset({"talk"}), years=3))
    assert (result.points, result.total) == (1 + 1, 2 + 2 + 1)
    assert result.next_rungs == []
    assert assess_role(data, "agent", Answers()).next_rungs[0][0].id == "lead"


def test_link_round_trip_and_bad_values():
    answers = Answers(frozenset({"listening", "communication"}), "high_school", 1.5, True)
    params = answers_to_params(answers, DATASET, "team_leader")
    assert params == {"skills": "communication,listening", "edu": "high_school", "years": "1.5",
                      "lead": "1", "role": "team_leader"}  # fmt: skip
    assert answers_from_params(params, DATASET) == (answers, "team_leader", [])
    bad = {"skills": "listening,nope", "edu": "phd", "years": "-3", "lead": "x", "role": "boss"}
    got, role, rejected = answers_from_params(bad, DATASET)
    assert got == Answers(skills=frozenset({"listening"}))
    assert role is None and rejected == ["nope", "phd", "-3", "x", "boss"]
    for years in ("nan", "inf", "1e9", "abc"):
        assert answers_from_params({"years": years}, DATASET)[2] == [years]
    huge = answers_from_params({"skills": "a," * 5000}, DATASET)
    assert huge[0].skills == frozenset() and len(huge[2]) == 1


@pytest.mark.parametrize("lang", ["it", "en"])
def test_plan_is_markdown_with_score_gaps_steps_and_sources(lang):
    answers = Answers(frozenset({"communication"}), "high_school", 1, False)
    result = assess_role(DATASET, "team_leader", answers)
    plan = render_plan(DATASET, result, answers, Translator(lang))
    heading = (
        "A che punto sono? Il mio piano per: " if lang == "it" else "Am I ready? My plan for: "
    )
    assert plan.startswith(f"# {heading}Team leader")
    assert "45%" in plan and "5" in plan
    assert "## " in plan and "[1, § Ruolo Intermedio" in plan
    assert ("Leadership" in plan) and ("- [2] " in plan)
    assert (
        plan_file_name(DATASET, "team_leader", lang)
        == f"call_center_default_plan_team_leader_{lang}.md"
    )


def test_assess_all_gives_each_role_what_assess_role_gives():
    answers = Answers(frozenset({"communication"}), "high_school", 3.0, True)
    assert assess_all(DATASET, answers) == [
        assess_role(DATASET, r.role.id, answers) for r in assess_all(DATASET, answers)
    ]


def test_coverage_chart_marks_missing_items_by_pattern_too():
    from components.self_check.figures import coverage_figure
    from components.style import PALETTE

    rows = [CoverageRow(group="skill", label="Communication", met=1, total=3)]
    met, missing = coverage_figure(rows, Translator("en")).data
    assert list(met.x) == [1] and list(missing.x) == [2]
    assert met.marker.pattern.shape == "" and missing.marker.pattern.shape == "/"
    assert met.marker.color == PALETTE["ladder"]


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [
        (
            "it",
            "Titolo di studio preferito, non obbligatorio",
            "Titolo di studio richiesto: Laurea",
        ),
        ("en", "Education preferred, not required", "Education required: Bachelor"),
    ],
)
def test_the_plan_never_calls_a_preferred_degree_required(lang, said, not_said):
    answers = Answers(education="high_school", years=1)
    plan = render_plan(
        DATASET, assess_role(DATASET, "team_leader", answers), answers, Translator(lang)
    )
    assert said in plan and not_said not in plan


@pytest.mark.parametrize(
    ("lang", "one_year", "half_year"),
    [
        ("it", "Accumula ancora 1 anno di esperienza", "Accumula ancora 0,5 anni di esperienza"),
        ("en", "Build up 1 more year of experience", "Build up 0.5 more years of experience"),
    ],
)
def test_years_still_missing_follow_the_language_s_plural_rules(lang, one_year, half_year):
    data = DATASET.model_copy(deep=True)
    for years, said in ((0.0, one_year), (0.5, half_year)):
        result = assess_role(data, "team_leader", Answers(years=years))
        steps = [s.text for s in next_steps(data, result, Answers(years=years), Translator(lang))]
        assert any(s.startswith(said) for s in steps), steps


@pytest.mark.parametrize(
    ("lang", "one"), [("it", "(1 punto su 20)"), ("en", "(1 point out of 20)")]
)
def test_one_point_is_singular_in_the_plan(lang, one):
    answers = Answers(skills=frozenset({"communication"}))
    plan = render_plan(
        DATASET, assess_role(DATASET, "operatore", answers), answers, Translator(lang)
    )
    assert one in plan
