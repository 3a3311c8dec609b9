"""The screens of a workshop: a title, each rung in order, the channel quiz, then the FAQ."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from careers.channels.content import channel
from careers.channels.quiz import SIDES
from careers.dataset.models import Dataset
from careers.ladder.graph import ladder_roles

# A whole number as typed in a link (ASCII digits only: int() would also take "٣").
_NUMBER = re.compile(r"\s*([+-]?)([0-9]+)\s*")
# More digits than this is no step of any ladder, and too long for int() to be worth it.
_MAX_DIGITS = 6


@dataclass(frozen=True)
class Step:
    """One screen of the workshop: the title, one ladder role, the channel quiz or the FAQ."""

    kind: Literal["title", "role", "channels", "faq"]
    role_id: str | None = None


def has_channel_quiz(dataset: Dataset) -> bool:
    """Whether the data has a quiz and describes both inbound and outbound work, which the
    quiz compares."""
    return bool(dataset.quiz) and all(channel(dataset, side) is not None for side in SIDES)


def workshop_steps(dataset: Dataset) -> list[Step]:
    """Title, every ladder role from the entry level up, the channel quiz (when the data has
    both channels), then the FAQ screen."""
    return [
        Step("title"),
        *(Step("role", role.id) for role in ladder_roles(dataset)),
        *([Step("channels")] if has_channel_quiz(dataset) else []),
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
    match = _NUMBER.fullmatch(value)
    if match is None:
        return 1, "not_a_number"
    sign, digits = match.groups()
    if sign == "-":
        return 1, "out_of_range"
    step = int(digits) if len(digits) <= _MAX_DIGITS else count + 1
    if 1 <= step <= count:
        return step, None
    return min(max(step, 1), count), "out_of_range"
