"""careers.compare: what role B adds and drops, the pay gap, the pair a link asks for."""

from __future__ import annotations

import pytest

from careers import DEFAULT_DATASET, load_dataset
from careers.compare.matrix import matrix_roles, skill_matrix_frame, skills_by_role
from careers.compare.pair import (
    compare_roles,
    default_pair,
    pay_difference,
    resolve_pair,
)
from careers.text.i18n import Translator
from components.compare.figures import ASKED, ASKED_CHOSEN, NOT_ASKED, skill_matrix_figure
from tests.conftest import as_yaml

DATASET = load_dataset(DEFAULT_DATASET)


def test_operator_to_team_leader_skills_and_pay():
    diff = compare_roles(DATASET, "operatore", "team_leader")
    assert {s.skill for s in diff.skills.added} == {"leadership", "crm_platforms", "coaching"}
    assert {s.skill for s in diff.skills.shared} == {"communication", "call_center_tools"}
    assert "patience" in {s.skill for s in diff.skills.dropped}
    assert [q.id for q in diff.education.shared] == ["high_school"]
    # A's own wording is kept for A's side of a shared item.
    assert diff.education.kept[0].text.en.startswith("At least a high-school diploma")
    assert diff.pay.status == "ok"
    assert diff.pay.amount == 41_000 - 33_500
    assert diff.pay.ratio == pytest.approx(7_500 / 33_500)
    assert diff.pay.currency == "USD" and not diff.pay.estimate


def test_open_top_band_gives_a_difference_of_at_least():
    # Coordinator: $63,000 to over $100,000, so its midpoint is at least $81,500.
    pay = compare_roles(DATASET, "team_leader", "coordinatore").pay
    assert pay.status == "at_least" and pay.amount == 81_500 - 41_000
    back = compare_roles(DATASET, "coordinatore", "team_leader").pay
    assert back.status == "at_most" and back.amount == 41_000 - 81_500


def test_two_open_bands_have_no_difference():
    open_band = DATASET.role("coordinatore")
    pay = pay_difference(open_band, open_band)
    assert pay.status == "open_ended" and pay.amount is None


def test_estimated_band_is_flagged():
    pay = compare_roles(DATASET, "team_leader", "supervisore").pay
    assert pay.status == "ok" and pay.estimate
    assert pay.amount == (44_000 + 63_000) / 2 - 41_000


def test_missing_band_is_not_in_the_sources():
    pay = compare_roles(DATASET, "operatore", "receptionist").pay
    assert pay.status == "missing" and pay.amount is None


def test_different_currencies_are_not_compared(small):
    small["roles"][1]["salary"]["currency"] = "USD"
    pay = compare_roles(load_dataset(as_yaml(small)), "agent", "lead").pay
    assert pay.status == "incomparable"


def test_pair_from_the_dataset_not_from_fixed_ids(small):
    assert default_pair(DATASET) == ("operatore", "team_leader")
    other = load_dataset(as_yaml(small))
    assert default_pair(other) == ("agent", "lead")
    assert resolve_pair(other, None, None) == (("agent", "lead"), False)
    assert resolve_pair(other, "lead", "desk") == (("lead", "desk"), False)
    for a, b in [("lead", "lead"), ("nope", "lead"), ("agent", None), ("", "")]:
        assert resolve_pair(other, a, b) == (("agent", "lead"), True)


def test_single_role_dataset_has_nothing_to_compare(small):
    small["roles"] = small["roles"][:1]
    small["transitions"] = []
    with pytest.raises(ValueError):
        resolve_pair(load_dataset(as_yaml(small)), None, None)


def test_matrix_table_groups_skills_by_area():
    roles = [DATASET.role("operatore"), DATASET.role("coordinatore")]
    table = skill_matrix_frame(DATASET, "it", roles)
    assert list(table.columns) == ["area", "skill", *(r.title.it for r in roles)]
    areas = list(dict.fromkeys(table["area"]))
    assert areas == ["Comunicazione", "Competenze tecniche", "Vendita", "Qualità personali",
                     "Leadership", "Analisi"]  # fmt: skip
    assert table.loc["data_analysis", roles[1].title.it]
    assert not table.loc["data_analysis", roles[0].title.it]


def test_matrix_figure_marks_chosen_roles():
    roles = [DATASET.role(i) for i in ("operatore", "team_leader", "coordinatore")]
    fig = skill_matrix_figure(DATASET, Translator("en"), roles, ("operatore", "coordinatore"))
    heat = fig.data[0]
    rows = [row[1] for row in zip(*heat.y, strict=True)]
    z = {row: tuple(cells) for row, cells in zip(rows, heat.z, strict=True)}
    assert z["Leadership"] == (NOT_ASKED, ASKED, ASKED_CHOSEN)
    assert z["Patience"] == (ASKED_CHOSEN, NOT_ASKED, NOT_ASKED)
    assert "<b>A · " in fig.layout.xaxis.ticktext[0] and "<b>B · " in fig.layout.xaxis.ticktext[2]
    assert len(fig.layout.shapes) == 2
    assert fig.layout.font.size >= 16


def test_matrix_roles_keep_the_pair_when_capped():

    everyone = [r.id for r in matrix_roles(DATASET)]
    assert [r.id for r in matrix_roles(DATASET, limit=10)] == everyone
    capped = [r.id for r in matrix_roles(DATASET, ("coordinatore", "operatore"), limit=2)]
    assert capped == ["operatore", "coordinatore"]
    one_more = [r.id for r in matrix_roles(DATASET, ("coordinatore",), limit=2)]
    assert one_more == [everyone[0], "coordinatore"]


def test_matrix_ticks_are_dark_on_light_fills_that_tell_the_pair_apart():
    from components.style import PALETTE

    roles = [DATASET.role(i) for i in ("operatore", "team_leader", "coordinatore")]
    fig = skill_matrix_figure(DATASET, Translator("en"), roles, ("operatore", "team_leader"))
    heat = fig.data[0]
    assert heat.textfont.color == PALETTE["text"]
    fills = {stop[1] for stop in heat.colorscale}
    assert {PALETTE["estimate"], PALETTE["selected"]} <= fills


def test_the_matrix_read_one_role_at_a_time_lists_its_skills_by_area():
    roles = [DATASET.role("team_leader"), DATASET.role("supervisore")]
    (leader, areas), (supervisor, none) = skills_by_role(DATASET, roles, "en")
    assert leader.id == "team_leader" and supervisor.id == "supervisore"
    listed = {skill for _, skills in areas for skill in skills}
    assert "Leadership" in listed and len(listed) == len(DATASET.role("team_leader").skills)
    ticks = skill_matrix_frame(DATASET, "en", roles[:1]).iloc[:, 2].sum()
    assert len(listed) == ticks  # the same skills the matrix ticks
    assert none == []
