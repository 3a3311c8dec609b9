"""Workshop steps: their order, and the step a link asks for."""

from __future__ import annotations

import pytest
import yaml

from careers import DEFAULT_DATASET, load_dataset
from careers.workshop.steps import Step, parse_step, workshop_steps
from tests.conftest import small_dataset


def test_default_steps_are_title_ladder_channel_quiz_then_faq():
    steps = workshop_steps(load_dataset(DEFAULT_DATASET))
    assert steps == [
        Step("title"),
        Step("role", "operatore"),
        Step("role", "team_leader"),
        Step("role", "supervisore"),
        Step("role", "coordinatore"),
        Step("channels"),
        Step("faq"),
    ]


def test_steps_follow_promotions_not_file_order():
    data = small_dataset()
    data["roles"] = list(reversed(data["roles"]))  # the lead is listed before the agent
    steps = workshop_steps(load_dataset(yaml.safe_dump(data).encode()))
    assert [s.role_id for s in steps] == [None, "agent", "lead", None]
    # The small dataset has no inbound/outbound pair, so no channel quiz step.
    assert [s.kind for s in steps] == ["title", "role", "role", "faq"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, (1, None)),
        ("1", (1, None)),
        ("4", (4, None)),
        (" 6 ", (6, None)),
        ("+2", (2, None)),
        ("0", (1, "out_of_range")),
        ("7", (6, "out_of_range")),
        ("-3", (1, "out_of_range")),
        ("9" * 5000, (6, "out_of_range")),
        ("two", (1, "not_a_number")),
        ("2.5", (1, "not_a_number")),
        ("", (1, "not_a_number")),
        ("<script>", (1, "not_a_number")),
        ("٣", (1, "not_a_number")),
    ],
)
def test_parse_step_clamps_and_names_the_problem(value, expected):
    assert parse_step(value, 6) == expected
