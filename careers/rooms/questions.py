"""The questions a room answers: one or more per rung from the dataset, and the channel quiz."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from careers.dataset.fields import LANGUAGES
from careers.dataset.models import Dataset
from careers.workshop.steps import Step

# Channel quiz ids get this prefix so they never clash with a dataset's own question ids.
CHANNEL_PREFIX = "quiz_"


@dataclass(frozen=True)
class RoomQuestion:
    """A question as a room shows it: texts per language and its options, in order."""

    id: str
    text: dict[str, str]
    options: tuple[tuple[str, dict[str, str]], ...]

    def option_ids(self) -> tuple[str, ...]:
        """The ids of the options, in the order they are offered."""
        return tuple(option_id for option_id, _ in self.options)

    def option_text(self, option_id: str, lang: str) -> str:
        """One option's text in `lang`."""
        return dict(self.options)[option_id][lang]


def rung_questions(dataset: Dataset, role_id: str) -> list[RoomQuestion]:
    """The dataset's workshop questions for one rung."""
    return [
        RoomQuestion(
            q.id,
            {lang: q.text.get(lang) for lang in LANGUAGES},
            tuple((o.id, {lang: o.text.get(lang) for lang in LANGUAGES}) for o in q.options),
        )
        for q in dataset.workshop_questions
        if q.role == role_id
    ]


def channel_questions(dataset: Dataset) -> list[RoomQuestion]:
    """The "which channel suits me" quiz, as the dataset gives it to the channels page."""
    return [
        RoomQuestion(
            f"{CHANNEL_PREFIX}{q.id}",
            {lang: q.text.get(lang) for lang in LANGUAGES},
            tuple((o.id, {lang: o.text.get(lang) for lang in LANGUAGES}) for o in q.options),
        )
        for q in dataset.quiz
    ]


def step_questions(dataset: Dataset, step: Step) -> list[RoomQuestion]:
    """The questions a room answers at one step (none on the title and FAQ screens)."""
    if step.kind == "role" and step.role_id is not None:
        return rung_questions(dataset, step.role_id)
    if step.kind == "channels":
        return channel_questions(dataset)
    return []


def all_questions(dataset: Dataset, steps: Iterable[Step]) -> dict[str, RoomQuestion]:
    """Every question of the workshop by id, in the order of the steps."""
    return {q.id: q for step in steps for q in step_questions(dataset, step)}
