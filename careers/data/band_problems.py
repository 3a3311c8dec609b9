"""What is wrong with an edited bands table, row by row, said in the page's language."""

from __future__ import annotations

from dataclasses import dataclass

from careers.dataset.messages import describe
from careers.dataset.problems import Problem
from careers.text.i18n import Translator
from careers.text.numbers import NumberError, number_message_fields


@dataclass(frozen=True)
class BandEditProblem:
    """One thing wrong with one row of an edited bands table (row counted from 0).

    `problem` says what, in the dataset's terms, with the column as its path; a figure that is
    not a number in the page's language also carries the parser's error (`number`).
    """

    row: int
    role: str
    problem: Problem
    number: NumberError | None = None


class BandEditError(ValueError):
    """Raised when an edited bands table cannot be applied; carries every row's problems."""

    def __init__(self, problems: list[BandEditProblem]):
        self.problems = problems
        super().__init__("; ".join(f"row {p.row + 1}: {p.problem.code}" for p in problems))


def describe_row(problem: BandEditProblem, t: Translator) -> str:
    """One sentence for one row's problem: `Riga 2 (Team leader) — Minimo: Deve essere almeno 0.`"""
    columns = {
        "role_id": t("data.col.id"),
        "currency": t("data.col.currency"),
        "period": t("data.col.period"),
        "min": t("data.col.min"),
        "max": t("data.col.max"),
        "open_ended": t("data.col.open_ended"),
    }
    found = problem.problem
    column = str(found.path[0]) if found.path else None
    if problem.number is not None:
        fields = number_message_fields(problem.number, t.lang)
        message = t(f"number.{problem.number.code}", **fields)
    else:
        message = describe(Problem(found.code, (), None, found.params, found.detail), t)
    if column is not None:
        message = f"{columns.get(column, column)}: {message}"
    return t("data.edit.row_problem", row=problem.row + 1, role=problem.role, problem=message)
