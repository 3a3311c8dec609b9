"""The DataFrames pages, charts and CSV downloads share: bands, roles, transitions, skills."""

from __future__ import annotations

import math

from careers import DEFAULT_DATASET, load_dataset
from careers.dataset.frames import bands_frame, role_skill_frame, roles_frame, transitions_frame

DATASET = load_dataset(DEFAULT_DATASET)


def test_bands_frame_keeps_source_figures_in_ladder_order():
    bands = bands_frame(DATASET, "en").set_index("role_id")
    assert list(bands.index) == ["operatore", "team_leader", "supervisore", "coordinatore"]
    assert list(bands.loc["operatore", ["min", "max", "midpoint"]]) == [32000, 35000, 33500]
    top = bands.loc["coordinatore"]
    assert (top["min"], top["max"], top["open_ended"]) == (63000, 100000, True)
    assert math.isnan(bands["midpoint"].astype(float)["coordinatore"])
    assert bands.loc["supervisore", "estimate"] and bands.loc["supervisore", "basis"]
    assert str(bands.loc["team_leader", "source"]).startswith("guida_ruoli — ")
    assert bands.loc["team_leader", "role"] == "Team leader"


def test_roles_and_transitions_frames():
    roles = roles_frame(DATASET, "it").set_index("id")
    assert (
        roles.loc["coordinatore", "level"] == 3 and roles.loc["receptionist", "track"] == "lateral"
    )
    moves = transitions_frame(DATASET, "en")
    assert len(moves) == 7 and (moves["kind"] == "promotion").sum() == 3
    # The first promotion's note quotes the role guide too: both articles are named.
    assert moves.loc[0, "source"] == (
        "scheda_operatore — Carriera di operatore di call center; "
        "guida_ruoli — Ruolo Intermedio: Responsabile di Team del Call Center"
    )


def test_role_skill_matrix():
    matrix = role_skill_frame(DATASET, "it")
    assert matrix.shape == (len(DATASET.skills), 1 + len(DATASET.roles))
    assert matrix.loc["communication", "operatore"]
    assert matrix.loc["leadership", "team_leader"] and not matrix.loc["leadership", "operatore"]
    assert not matrix["supervisore"].any()  # the sources list no skills for the supervisor
