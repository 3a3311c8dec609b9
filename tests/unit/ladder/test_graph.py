"""The ladder graph: levels, order, paths and what changes at each step."""

from __future__ import annotations

import pytest

from careers import DEFAULT_DATASET, load_dataset
from careers.dataset.models import Dataset
from careers.ladder.graph import (
    ladder_levels,
    ladder_roles,
    lateral_moves,
    path_between,
    promotion_cycle,
    step_change,
    steps_up,
)
from tests.conftest import SOURCE, text


@pytest.fixture(scope="module")
def default() -> Dataset:
    """The dataset built from the two source articles."""
    return load_dataset(DEFAULT_DATASET)


def test_levels_follow_the_promotions(default):
    assert ladder_levels(default) == {
        "operatore": 0,
        "team_leader": 1,
        "supervisore": 2,
        "coordinatore": 3,
    }
    assert [r.id for r in ladder_roles(default)] == [
        "operatore",
        "team_leader",
        "supervisore",
        "coordinatore",
    ]


def test_path_to_the_top_climbs_every_rung(default):
    route = path_between(default, "operatore", "coordinatore")
    assert route is not None
    assert [(m.from_role, m.to_role) for m in route] == [
        ("operatore", "team_leader"),
        ("team_leader", "supervisore"),
        ("supervisore", "coordinatore"),
    ]


def test_paths_to_lateral_roles_same_role_and_unreachable(default):
    up = path_between(default, "team_leader", "coordinatore")
    assert up is not None
    assert [m.kind for m in up] == ["promotion", "promotion"]
    lateral = path_between(default, "operatore", "receptionist")
    assert lateral is not None
    assert [m.to_role for m in lateral] == ["receptionist"]
    assert path_between(default, "team_leader", "team_leader") == []
    assert path_between(default, "coordinatore", "operatore") is None


def test_lateral_moves_start_from_the_operator(default):
    assert {m.to_role for m in lateral_moves(default, "operatore")} == {
        "operatore_telefonico",
        "tecnico_help_desk",
        "receptionist",
        "operatore_telemarketing",
    }
    assert lateral_moves(default, "coordinatore") == []
    assert [m.to_role for m in steps_up(default, "operatore")] == ["team_leader"]
    assert steps_up(default, "coordinatore") == []


def test_operator_to_team_leader_adds_leadership_and_pay(default):
    change = step_change(default, "operatore", "team_leader")
    added = {s.skill for s in change.skills_added}
    assert "leadership" in added and "communication" not in added
    assert "communication" in {s.skill for s in change.skills_kept}
    assert change.pay_change == 41000 - 33500
    assert change.pay_change_ratio == pytest.approx(7500 / 33500)
    assert any(q.min_years == 1 for q in change.experience)


def test_no_midpoint_change_into_an_open_band(default):
    change = step_change(default, "supervisore", "coordinatore")
    assert change.pay_change is None and change.pay_change_ratio is None


def _chain(n: int) -> Dataset:
    """A ladder of n roles, each promoted to the next."""
    roles = [{"id": f"r{i}", "title": text(f"Ruolo {i}")} for i in range(n)]
    moves = [
        {"from": f"r{i}", "to": f"r{i + 1}", "kind": "promotion", "source": SOURCE}
        for i in range(n - 1)
    ]
    return Dataset.model_validate(
        {
            "format_version": 1,
            "id": "chain",
            "name": text("Catena"),
            "sources": [{"id": "handbook", "title": text("Manuale")}],
            "roles": roles,
            "transitions": moves,
        }
    )


def test_a_thousand_rungs_need_no_recursion():
    tall = _chain(1000)
    assert ladder_levels(tall)["r999"] == 999
    route = path_between(tall, "r0", "r999")
    assert route is not None
    assert len(route) == 999
    assert promotion_cycle(tall) is None


def test_cycle_is_found_and_named():
    data = _chain(3).model_dump(by_alias=True)
    data["transitions"].append({"from": "r2", "to": "r1", "kind": "promotion", "source": SOURCE})
    assert promotion_cycle(Dataset.model_validate(data)) == ["r1", "r2", "r1"]


def test_branching_ladder_puts_parallel_roles_on_one_level():
    data = _chain(2).model_dump(by_alias=True)
    data["roles"].append({"id": "r1b", "title": text("Ramo")})
    data["transitions"].append({"from": "r0", "to": "r1b", "kind": "promotion", "source": SOURCE})
    assert ladder_levels(Dataset.model_validate(data)) == {"r0": 0, "r1": 1, "r1b": 1}


def test_lateral_moves_point_from_the_operator_to_the_roles_it_is_useful_for(default):
    from careers.ladder.graph import incoming_lateral_moves, outgoing_lateral_moves

    # The source: an operator's experience is useful for these four roles, not the reverse.
    assert [m.to_role for m in outgoing_lateral_moves(default, "operatore")] == [
        "operatore_telefonico",
        "tecnico_help_desk",
        "receptionist",
        "operatore_telemarketing",
    ]
    assert incoming_lateral_moves(default, "operatore") == []
    assert outgoing_lateral_moves(default, "receptionist") == []
    assert [m.from_role for m in incoming_lateral_moves(default, "receptionist")] == ["operatore"]
