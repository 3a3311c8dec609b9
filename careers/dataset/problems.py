"""Problems found in a dataset: translatable codes with a field path and a line."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a dataset file; `code` and `params` let the UI translate it."""

    code: str
    path: Path_ = ()
    line: int | None = None
    params: dict[str, Any] = field(default_factory=dict)
    # The library's own words, kept for logs and the exception text: never shown to users.
    detail: str = ""
    column: int | None = None

    def where(self) -> str:
        """The field path in dotted form, e.g. `roles[2].salary.min`."""
        out = ""
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out

    def at(self, line: int | None, column: int | None = None) -> Problem:
        """This problem placed at `line` (and `column`) of the file."""
        return replace(self, line=line, column=column)


class DatasetError(ValueError):
    """Raised when a dataset cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(f"{p.where() or '-'}: {p.code} {p.detail}" for p in problems))
