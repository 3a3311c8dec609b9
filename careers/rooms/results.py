"""Answers counted per option, in the shape the projector's chart and the CSV download share."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from careers.rooms.questions import RoomQuestion

CSV_COLUMNS = ("question_id", "question", "option_id", "option", "answers", "share")


@dataclass(frozen=True)
class Tally:
    """One question's answers: count per option (every option, in order) and the total."""

    question: RoomQuestion
    counts: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        """How many participants answered."""
        return sum(count for _, count in self.counts)

    def share(self, option_id: str) -> float:
        """The fraction of answers that chose `option_id` (0 when nobody answered)."""
        total = self.total
        return dict(self.counts)[option_id] / total if total else 0.0


def tally(question: RoomQuestion, counts: Mapping[str, int]) -> Tally:
    """Counts for every option of `question`; counts for options it does not have are dropped."""
    return Tally(question, tuple((o, int(counts.get(o, 0))) for o in question.option_ids()))


def results_frame(tallies: Iterable[Tally], lang: str) -> pd.DataFrame:
    """One row per question and option: ids, texts in `lang`, answers and share (for the CSV)."""
    rows = [
        {
            "question_id": t.question.id,
            "question": t.question.text[lang],
            "option_id": option_id,
            "option": t.question.option_text(option_id, lang),
            "answers": count,
            "share": round(t.share(option_id), 4),
        }
        for t in tallies
        for option_id, count in t.counts
    ]
    return pd.DataFrame(rows, columns=list(CSV_COLUMNS))
