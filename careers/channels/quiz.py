"""'Which suits me?': a short, transparent quiz on inbound vs outbound work, and its scoring.

Not a psychometric test: six questions drawn from the duties the sources list, each answer worth
points that the page shows in full. The question and answer texts live in the locale files
(`channels.quiz.<question>.text`, `channels.quiz.<question>.<option>`); the points live here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

INBOUND, OUTBOUND, BOTH = "inbound", "outbound", "both"
SIDES: tuple[str, str] = (INBOUND, OUTBOUND)
Leaning = Literal["inbound", "outbound", "both"]


@dataclass(frozen=True)
class Option:
    """An answer: its points for each side and the source items (ids) it is drawn from."""

    id: str
    inbound: int
    outbound: int
    evidence: tuple[str, ...] = ()

    def points(self, side: str) -> int:
        """This answer's points for `side` ("inbound" or "outbound")."""
        return self.inbound if side == INBOUND else self.outbound


@dataclass(frozen=True)
class Question:
    """A question and its answers, in the order they are offered."""

    id: str
    options: tuple[Option, ...]

    def option(self, option_id: str) -> Option:
        """The answer with `option_id`; raise ValueError when this question has none."""
        for option in self.options:
            if option.id == option_id:
                return option
        raise ValueError(f"question {self.id!r} has no answer {option_id!r}")


# A leaning answer is worth 2 points to its side, a neutral one 1 point to each: every question
# hands out 2 points, so no question weighs more than another.
QUESTIONS: tuple[Question, ...] = (
    Question(
        "calls",
        (
            Option("answer", 2, 0, ("receive_calls", "answer_questions")),
            Option("make", 0, 2, ("call_contact_list",)),
            Option("either", 1, 1),
        ),
    ),
    Question(
        "goal",
        (
            Option("solve", 2, 0, ("explain_procedures", "technical_support")),
            Option("persuade", 0, 2, ("offer_products", "telesales")),
            Option("either", 1, 1),
        ),
    ),
    Question(
        "complaints",
        (
            Option("handle", 2, 0, ("handle_complaints", "redirect_tickets")),
            Option("avoid", 0, 2, ("offer_products",)),
            Option("either", 1, 1),
        ),
    ),
    Question(
        "strangers",
        (
            Option("fine", 0, 2, ("call_contact_list", "interview_contacts", "market_research")),
            Option("prefer_callers", 2, 0, ("receive_calls",)),
            Option("either", 1, 1),
        ),
    ),
    Question(
        "results",
        (
            Option("sales", 0, 2, ("record_orders", "book_appointments")),
            Option("solved", 2, 0, ("give_information", "redirect_tickets")),
            Option("either", 1, 1),
        ),
    ),
    Question(
        "experience",
        (
            Option("service", 2, 0, ("customer_service_experience",)),
            Option("sales", 0, 2, ("marketing_sales_experience",)),
            Option("neither", 1, 1),
        ),
    ),
)


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


def score(
    answers: Mapping[str, str | None], questions: tuple[Question, ...] = QUESTIONS
) -> QuizResult:
    """Add up the points of the answers given.

    Args:
        answers: question id -> chosen option id (None or absent when unanswered).
        questions: the quiz; the default one unless a test passes its own.

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
        option = question.option(chosen)
        for side in SIDES:
            totals[side] += option.points(side)
    if missing:
        return QuizResult(totals, tuple(missing), None)
    return QuizResult(totals, (), leaning(totals))


def leaning(totals: Mapping[str, int]) -> Leaning:
    """The side with more points; "both" on a tie."""
    if totals[INBOUND] > totals[OUTBOUND]:
        return INBOUND
    if totals[OUTBOUND] > totals[INBOUND]:
        return OUTBOUND
    return BOTH


def leaning_sides(result: Leaning) -> tuple[str, ...]:
    """The sides a leaning points to: one, or both for "both"."""
    return SIDES if result == BOTH else (result,)


def answers_by_side(
    answers: Mapping[str, str | None], questions: tuple[Question, ...] = QUESTIONS
) -> dict[str, list[tuple[Question, Option]]]:
    """The answers given, grouped by the side they lean to ("both" for the neutral ones)."""
    grouped: dict[str, list[tuple[Question, Option]]] = {INBOUND: [], OUTBOUND: [], BOTH: []}
    for question in questions:
        chosen = answers.get(question.id)
        if chosen is None:
            continue
        option = question.option(chosen)
        side = leaning({INBOUND: option.inbound, OUTBOUND: option.outbound})
        grouped[side].append((question, option))
    return grouped
