"""Salary bands as an editable table, and an edited table applied back to a dataset.

The figures are text in the page's language (`30.000` on an Italian page, `30,000` on an English
one), read back with `careers.text.numbers.parse_number`: a browser's number cell would read
the Italian `30.000` as thirty.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd
from pydantic import ValidationError

from careers.data.band_problems import BandEditError, BandEditProblem
from careers.dataset.checks import cross_check
from careers.dataset.fields import LANGUAGES
from careers.dataset.loading import _from_validation
from careers.dataset.models import Dataset
from careers.dataset.problems import DatasetError, Problem
from careers.dataset.roles import Role, SalaryBand
from careers.ladder.graph import ladder_roles, lateral_roles
from careers.text.formatting import format_band
from careers.text.i18n import Translator
from careers.text.numbers import NumberError, number_text, parse_number

BAND_COLUMNS = ["role_id", "role", "currency", "period", "min", "max", "open_ended", "estimate"]
# What a person may change in a row; the rest identifies the role or follows from the edit.
EDITABLE = ["currency", "period", "min", "max", "open_ended"]
FIGURES = ("min", "max")


def band_table(dataset: Dataset, lang: str) -> pd.DataFrame:
    """One row per role (ladder from the entry level up, then lateral roles) with its band.

    Figures are text written the way of `lang` (`32.000` in Italian). A role without a band has
    empty figures; its currency and period are those of the dataset's first band, so filling
    in two numbers is enough to give it one.
    """
    first = next((r.salary for r in dataset.roles if r.salary), None)
    rows = []
    for role in ladder_roles(dataset) + lateral_roles(dataset):
        band = role.salary
        rows.append(
            {
                "role_id": role.id,
                "role": role.title.get(lang),
                "currency": band.currency if band else (first.currency if first else "EUR"),
                "period": band.period if band else (first.period if first else "year"),
                "min": number_text(band.min, lang) if band else None,
                "max": number_text(band.max, lang) if band and band.max is not None else None,
                "open_ended": band.open_ended if band else False,
                "estimate": band.estimate if band else False,
            }
        )
    return pd.DataFrame(rows, columns=BAND_COLUMNS)


def apply_bands(
    dataset: Dataset, rows: pd.DataFrame | Iterable[Mapping[str, Any]], lang: str
) -> Dataset:
    """Apply an edited bands table to a dataset and return the new, validated dataset.

    A row whose figures are unchanged keeps its band (and its source) as it was. A changed
    row becomes an estimate whose basis says it was entered by hand and what it replaced, so
    an edited figure is never passed off as the source's. Empty min and max remove the band.

    Args:
        dataset: the dataset the table was made from (never modified).
        rows: the table, as a DataFrame or as mappings with the columns of `band_table`.
        lang: the language the figures are written in, and of the role names in problems.

    Raises:
        BandEditError: with every problem of every row (unknown role, not a number in
            `lang`, negative, min above max, beyond the format's ceiling...).
    """
    records: list[Mapping[Any, Any]] = []
    records += rows.to_dict("records") if isinstance(rows, pd.DataFrame) else rows
    roles = {role.id: role for role in dataset.roles}
    bands: dict[str, SalaryBand | None] = {}
    problems: list[BandEditProblem] = []
    for index, row in enumerate(records):
        role_id = _blank_to_none(row.get("role_id"))
        role = roles.get(role_id) if isinstance(role_id, str) else None
        if role is None:
            problem = Problem("unknown_role", ("role_id",), params={"id": str(role_id)})
            problems.append(BandEditProblem(index, str(role_id), problem))
            continue
        if role.id in bands:
            problem = Problem("duplicate_id", ("role_id",), params={"id": role.id})
            problems.append(BandEditProblem(index, role.title.get(lang), problem))
            continue
        title = role.title.get(lang)
        try:
            bands[role.id] = _band(role, _read_figures(row, lang))
        except _FigureError as exc:
            problems += [
                BandEditProblem(index, title, Problem("number", (column,)), number=error)
                for column, error in exc.found
            ]
        except ValidationError as exc:
            problems += [BandEditProblem(index, title, p) for p in _from_validation(exc, {})]
    if problems:
        raise BandEditError(problems)
    updated = [
        role.model_copy(update={"salary": bands[role.id]}) if role.id in bands else role
        for role in dataset.roles
    ]
    document = dataset.model_copy(update={"roles": updated}).model_dump(by_alias=True)
    try:
        result = Dataset.model_validate(document)
    except ValidationError as exc:
        raise DatasetError(_from_validation(exc, {})) from None
    found = cross_check(result)
    if found:
        raise DatasetError(found)
    return result


class _FigureError(ValueError):
    """A row's figures that are not numbers in the page's language: (column, error) pairs."""

    def __init__(self, found: list[tuple[str, NumberError]]):
        self.found = found
        super().__init__(", ".join(f"{column}: {error}" for column, error in found))


def _read_figures(row: Mapping[str, Any], lang: str) -> dict[str, Any]:
    """The row with its typed figures read as numbers in `lang` (numbers pass unchanged).

    Raises:
        _FigureError: naming every figure that is not a number in `lang`.
    """
    read = dict(row)
    found = []
    for column in FIGURES:
        value = _blank_to_none(row.get(column))
        if isinstance(value, str):
            try:
                number = parse_number(value, lang)
            except NumberError as exc:
                found.append((column, exc))
                continue
            value = int(number) if number == number.to_integral_value() else float(number)
        read[column] = value
    if found:
        raise _FigureError(found)
    return read


def _band(role: Role, row: Mapping[str, Any]) -> SalaryBand | None:
    """The band a row describes: the old one when nothing changed, else a hand-made estimate.

    Raises:
        ValidationError: when the row's figures do not make a valid band.
    """
    values = {name: _blank_to_none(row.get(name)) for name in EDITABLE}
    if values["min"] is None and values["max"] is None:
        return None
    if isinstance(values["currency"], str):
        values["currency"] = values["currency"].strip().upper()
    values["open_ended"] = _flag(values["open_ended"])
    old = role.salary
    if old is not None and all(_same(getattr(old, name), values[name]) for name in EDITABLE):
        return old
    fields = {name: value for name, value in values.items() if value is not None}
    return SalaryBand.model_validate({**fields, "estimate": True, "basis": _edit_basis(old)})


def _edit_basis(old: SalaryBand | None) -> dict[str, str]:
    """Why an edited band is an estimate, and what it replaced, in both languages."""
    basis = {}
    for lang in LANGUAGES:
        t = Translator(lang)
        before = format_band(old, t) if old else t("data.edit.before_none")
        basis[lang] = t("data.edit.basis", before=before)
    return basis


def _same(old: Any, new: Any) -> bool:
    """Whether an edited cell holds the value the band had (numbers compared as numbers)."""
    if isinstance(old, float) or isinstance(new, float):
        try:
            return old is not None and new is not None and float(old) == float(new)
        except (TypeError, ValueError):
            return False
    return bool(old == new)


def _flag(value: Any) -> bool:
    """A tick box from a table or a CSV cell: "true", "1", "sì" and the like are ticked."""
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes", "y", "sì", "si", "vero"}
    return bool(value)


def _blank_to_none(value: Any) -> Any:
    """An empty cell (None, NaN, blank text) as None; anything else unchanged."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        return value.strip() or None
    return value
