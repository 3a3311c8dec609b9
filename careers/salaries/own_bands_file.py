"""A "your bands" CSV file, read into rows for the own-bands table (the one truth).

The file is checked as a whole here (size, text, header, rows); each row's own problems are
found later, in the table, by careers.salaries.own_bands.parse_own_rows.
"""

from __future__ import annotations

import csv
import io
import itertools
from typing import Any

from careers.dataset.models import Dataset
from careers.salaries.own_bands import (
    CURRENCY_CODE,
    OWN_BANDS_HEADER,
    PERIOD_WORDS,
    OwnBandProblem,
    amounts_as_numbers,
    is_blank,
    period_word,
    role_lookup,
)

# A "your bands" file is a short table, one row per role: anything bigger is a mistake. The
# size is in megabytes because Streamlit's uploader states its limit that way.
MAX_OWN_BANDS_MB = 1
MAX_OWN_BANDS_BYTES = MAX_OWN_BANDS_MB * 1024 * 1024
MAX_OWN_BANDS_ROWS = 500
# Longer than any role title or amount: a file with such a cell is not a table of bands.
MAX_OWN_BANDS_CELL = 200


class OwnBandsFileError(ValueError):
    """A "your bands" file that cannot be read at all; `problem` says why (row 0)."""

    def __init__(self, code: str, value: str = "") -> None:
        super().__init__(f"own bands file refused: {code}")
        self.problem = OwnBandProblem(0, code, value)


def read_own_csv(data: bytes) -> list[dict[str, str | None]]:
    """The rows of a "your bands" CSV (header role,min,max[,currency,period]; comma or
    semicolon), each with the OWN_BANDS_HEADER columns (None where a row has no such cell).

    Raises:
        OwnBandsFileError: too large, not UTF-8 text, empty, a required column missing, too
            many rows, a cell too long to be a band's, or not readable as CSV.
    """
    if len(data) > MAX_OWN_BANDS_BYTES:
        raise OwnBandsFileError("file_too_large", str(MAX_OWN_BANDS_MB))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise OwnBandsFileError("file_not_utf8") from None
    if "\x00" in text:  # valid UTF-8, but a binary file, not text
        raise OwnBandsFileError("file_not_utf8")
    if not text.strip():
        raise OwnBandsFileError("file_empty")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    try:
        columns = {(name or "").strip().lower(): name for name in reader.fieldnames or []}
        missing = [name for name in ("role", "min", "max") if name not in columns]
        if missing:
            raise OwnBandsFileError("file_header", ", ".join(missing))
        records = [
            _record(record, columns) for record in itertools.islice(reader, MAX_OWN_BANDS_ROWS + 1)
        ]
    except csv.Error:
        raise OwnBandsFileError("file_not_csv") from None
    if len(records) > MAX_OWN_BANDS_ROWS:
        raise OwnBandsFileError("file_too_many_rows", str(MAX_OWN_BANDS_ROWS))
    if not records:
        raise OwnBandsFileError("file_empty")
    return records


def _record(record: dict[str | None, Any], columns: dict[str, str]) -> dict[str, str | None]:
    """One CSV row's band cells; a cell longer than any band's is refused with the file."""
    cells = {
        name: record.get(columns[name]) if name in columns else None for name in OWN_BANDS_HEADER
    }
    if any(isinstance(v, str) and len(v) > MAX_OWN_BANDS_CELL for v in cells.values()):
        raise OwnBandsFileError("file_long_cell", str(MAX_OWN_BANDS_CELL))
    return cells


def own_csv_rows(data: bytes, dataset: Dataset, lang: str) -> list[dict[str, Any]]:
    """A "your bands" CSV as rows for the editor: text cells, roles by id, periods as
    year/month/hour, amounts read the page's way as numbers (the table shows them so).

    A cell that does not read is kept as the file has it, so the table shows that row's
    problem (parse_own_rows) for the user to fix there.

    Raises:
        OwnBandsFileError: the file as a whole cannot be used (read_own_csv).
    """
    roles = role_lookup(dataset)
    return [_editor_row(record, roles, lang) for record in read_own_csv(data)]


def _editor_row(record: dict[str, str | None], roles: dict[str, str], lang: str) -> dict[str, Any]:
    """One file row as the table holds it (see own_csv_rows)."""
    row = {k: None if is_blank(v) else str(v).strip() for k, v in record.items()}
    if row["role"] is not None:
        row["role"] = roles.get(row["role"].lower(), row["role"])
    currency = (row["currency"] or "").upper()
    if CURRENCY_CODE.match(currency):
        row["currency"] = currency
    period = period_word(row["period"] or "")
    if period in PERIOD_WORDS:
        row["period"] = PERIOD_WORDS[period]
    return amounts_as_numbers(row, lang)
