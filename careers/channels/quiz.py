"""'Which suits me?': a short, transparent quiz on inbound vs outbound work, and its scoring.

Not a psychometric test: the questions come from the dataset (`quiz`, in the app's own words,
drawn from the duties the sources list); each answer is worth points that the page shows in full.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from careers.dataset.questions import QuizOption, QuizQuestion

INBOUND, OUTBOUND, BOTH = "inbound", "outbound", "both"
SIDES: tuple[str, str] = (INBOUND, OUTBOUND)
Leaning = Literal["inbound", "outbound", "both"]


def points(option: QuizOption, side: str) -> int:
    """An answer's points for `side` ("inbound" or "outbound")."""
    return option.inbound if side == INBOUND else option.outbound


def find_option(question: QuizQuestion, option_id: str) -> QuizOption:
    """The answer with `option_id`; raise ValueError when the question has none."""
    for option in question.options:
        if option.id == option_id:
            return option
    raise ValueError(f"question {question.id!r} has no answer {option_id!r}")


@dataclass(frozen=True)
class QuizResult:
    """Points per side, the questions still unanswered and, once all are answered, the leaning."""

    totals: dict[str, int]
    missing: tuple[str, ...]
    leaning: Leaning | None

    @property
    def complete(self) -> bool:
        """Whether every question was answered."""
        return not self.missing


def score(answers: Mapping[str, str | None], questions: Sequence[QuizQuestion]) -> QuizResult:
    """Add up the points of the answers given.

    Args:
        answers: question id -> chosen option id (None or absent when unanswered).
        questions: the quiz (the dataset's `quiz`).

    Returns:
        The totals of the answered questions, the ids of those unanswered, and the leaning:
        the side with more points, "both" when the points are equal, None while any question
        is unanswered.

    Raises:
        ValueError: when an answer names an option its question does not have.
    """
    totals = dict.fromkeys(SIDES, 0)
    missing = []
    for question in questions:
        chosen = answers.get(question.id)
        if chosen is None:
            missing.append(question.id)
            continue
        option = find_option(question, chosen)
        for side in SIDES:
            totals[side] += points(option, side)
    if missing:
        return QuizResult(totals, tuple(missing), None)
    return QuizResult(totals, (), leaning(totals))


def leaning(totals: Mapping[str, int]) -> Leaning:
    """The side with more points; "both" on a tie."""
    if totals[INBOUND] > totals[OUTBOUND]:
        return "inbound"
    if totals[OUTBOUND] > totals[INBOUND]:
        return "outbound"
    return "both"


def leaning_sides(result: Leaning) -> tuple[str, ...]:
    """The sides a leaning points to: one, or both for "both"."""
    return SIDES if result == BOTH else (result,)


def answers_by_side(
    answers: Mapping[str, str | None], questions: Sequence[QuizQuestion]
) -> dict[str, list[tuple[QuizQuestion, QuizOption]]]:
    """The answers given, grouped by the side they lean to ("both" for the neutral ones)."""
    grouped: dict[str, list[tuple[QuizQuestion, QuizOption]]] = {
        INBOUND: [],
        OUTBOUND: [],
        BOTH: [],
    }
    for question in questions:
        chosen = answers.get(question.id)
        if chosen is None:
            continue
        option = find_option(question, chosen)
        side = leaning({INBOUND: option.inbound, OUTBOUND: option.outbound})
        grouped[side].append((question, option))
    return grouped
