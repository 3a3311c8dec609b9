"""The screens of a workshop: a title, each rung of the ladder in order, then the FAQ."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from careers.ladder import ladder_roles
from careers.models import Dataset

# A step number as a person types it in a link; anything longer is not a step of any ladder.
_STEP = re.compile(r"\s*\+?(\d{1,6})\s*")


@dataclass(frozen=True)
class Step:
    """One screen of the workshop: the title, one ladder role, or the closing questions."""

    kind: Literal["title", "role", "faq"]
    role_id: str | None = None


def workshop_steps(dataset: Dataset) -> list[Step]:
    """Title screen, then every ladder role from the entry level up, then the FAQ screen."""
    return [
        Step("title"),
        *(Step("role", role.id) for role in ladder_roles(dataset)),
        Step("faq"),
    ]


StepProblem = Literal["not_a_number", "out_of_range"]


def parse_step(value: str | None, count: int) -> tuple[int, StepProblem | None]:
    """The 1-based step a link asks for, clamped to 1..count, and what was wrong with it.

    Args:
        value: the `?step=` text, or None when the link has none.
        count: how many steps the workshop has (at least 1).

    Returns:
        (step, problem): problem is None for a good value or no value; "not_a_number" gives
        step 1, "out_of_range" gives the nearest existing step.
    """
    if value is None:
        return 1, None
    match = _STEP.fullmatch(value)
    if match is None:
        if re.fullmatch(r"\s*-\s*\d+\s*", value) or re.fullmatch(r"\s*\+?\d+\s*", value):
            # A negative number, or one with too many digits to be a step.
            return (1 if "-" in value else count), "out_of_range"
        return 1, "not_a_number"
    step = int(match.group(1))
    if 1 <= step <= count:
        return step, None
    return min(max(step, 1), count), "out_of_range"
