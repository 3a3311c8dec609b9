"""The user's own bands (the rows of the "your bands" table), checked row by row, in a view.

Amounts are read in the page's language (`30.000` on Italian pages, `30,000` on English ones)
with careers.text.numbers; a number that reads two ways is refused, never guessed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from careers.dataset.fields import MAX_PAY
from careers.dataset.models import Dataset
from careers.salaries.bands import Band, Gap, Period, Value, View, view_band
from careers.salaries.metrics import midpoint
from careers.text.numbers import NumberError, number_message_fields, parse_number

OWN_BANDS_HEADER = ("role", "min", "max", "currency", "period")
CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")
# What a CSV written by a program holds (`2300.5`): read as such when the page's way fails,
# except with three decimals, which would be the ambiguous `2.300` the other way round.
_MACHINE = re.compile(r"^-?\d+\.(?:\d{1,2}|\d{4,})$")
PERIOD_WORDS: dict[str, Period] = {
    "year": "year",
    "anno": "year",
    "annuo": "year",
    "month": "month",
    "mese": "month",
    "mensile": "month",
    "hour": "hour",
    "ora": "hour",
    "orario": "hour",
}


@dataclass(frozen=True)
class OwnBand:
    """One row of the user's own bands, valid, in its own currency and period."""

    row: int
    role_id: str
    min: float
    max: float
    currency: str
    period: Period


@dataclass(frozen=True)
class OwnBandProblem:
    """What is wrong with one row (1-based, counted after the header; 0 = the whole file).

    `fields` are extra message fields (the two ways to type an ambiguous number).
    """

    row: int
    code: str
    value: str = ""
    fields: tuple[tuple[str, str], ...] = ()


def parse_amount(raw: Any, lang: str) -> float:
    """A cell as an amount, read the page's way (or a program's plain `2300.5`).

    Raises:
        NumberError: the cell is not a number, or reads two ways.
    """
    if isinstance(raw, bool):
        raise NumberError("not_a_number", str(raw))
    if isinstance(raw, int | float):
        if math.isnan(raw) or math.isinf(raw):
            raise NumberError("not_a_number", str(raw))
        return float(raw)
    text = str(raw).strip()
    try:
        return float(parse_number(text, lang))
    except NumberError as error:
        if error.code == "wrong_separator" and _MACHINE.match(text):
            return float(text)
        raise


def amounts_as_numbers(row: dict[str, Any], lang: str) -> dict[str, Any]:
    """A table row with each amount that reads in `lang` as a number, other cells as they are.

    Kept so, the row reads the same on a page in either language (the table writes numbers
    back the page's way); a cell that does not read stays as typed, with its problem.
    """
    plain = dict(row)
    for name in ("min", "max"):
        if is_blank(plain.get(name)):
            continue
        try:
            value = parse_amount(plain[name], lang)
        except NumberError:
            continue
        if 0 <= value <= MAX_PAY:
            plain[name] = value
    return plain


def is_blank(raw: Any) -> bool:
    """Whether a cell is empty (None, NaN or blank text)."""
    if raw is None:
        return True
    if isinstance(raw, float) and math.isnan(raw):
        return True
    return isinstance(raw, str) and not raw.strip()


def _echo(raw: Any) -> str:
    """A cell as the user typed it, for a message: 32000.0 reads as 32000."""
    return f"{raw:g}" if isinstance(raw, float) else str(raw)


def role_lookup(dataset: Dataset) -> dict[str, str]:
    """Role id or title (either language), lower-cased, to the role id."""
    lookup: dict[str, str] = {}
    for role in dataset.roles:
        for name in (role.title.it, role.title.en, role.id):
            lookup[name.strip().lower()] = role.id
    return lookup


def parse_own_rows(
    records: list[dict[str, Any]], dataset: Dataset, default: tuple[str, Period], lang: str
) -> tuple[list[OwnBand], list[OwnBandProblem]]:
    """Validate the user's bands row by row: good rows are kept, each bad row says why.

    Args:
        records: rows with keys role, min, max and optionally currency, period.
        dataset: the dataset whose roles the rows must name (by id or title).
        default: (currency, period) of rows that do not give one: the page's view.
        lang: the page's language, for reading amounts.

    Returns:
        (bands, problems). A row with a role but no amount yet is being typed: it is skipped,
        not reported.
    """
    roles = role_lookup(dataset)
    bands: list[OwnBand] = []
    problems: list[OwnBandProblem] = []
    seen: set[str] = set()
    for number, record in enumerate(records, start=1):
        cells = {k: record.get(k) for k in OWN_BANDS_HEADER}
        if is_blank(cells["min"]) and is_blank(cells["max"]):
            continue
        parsed = _row(number, cells, roles, seen, lang)
        if isinstance(parsed, OwnBandProblem):
            problems.append(parsed)
            continue
        role_id, low, high = parsed
        currency = default[0] if is_blank(cells["currency"]) else str(cells["currency"])
        period = (
            default[1] if is_blank(cells["period"]) else PERIOD_WORDS[period_word(cells["period"])]
        )
        seen.add(role_id)
        bands.append(OwnBand(number, role_id, low, high, currency.strip().upper(), period))
    return bands, problems


def period_word(raw: Any) -> str:
    """A period cell as a lookup word."""
    return str(raw).strip().lower()


def _row(
    number: int, cells: dict[str, Any], roles: dict[str, str], seen: set[str], lang: str
) -> OwnBandProblem | tuple[str, float, float]:
    """The first problem of one row, or its parsed (role id, min, max)."""
    if is_blank(cells["role"]):
        return OwnBandProblem(number, "no_role")
    role_id = roles.get(str(cells["role"]).strip().lower())
    if role_id is None:
        return OwnBandProblem(number, "unknown_role", str(cells["role"]))
    if role_id in seen:
        return OwnBandProblem(number, "duplicate_role", str(cells["role"]))
    amounts = []
    for name in ("min", "max"):
        if is_blank(cells[name]):
            return OwnBandProblem(number, f"no_{name}")
        try:
            value = parse_amount(cells[name], lang)
        except NumberError as error:
            code = "ambiguous" if error.code == "ambiguous" else "not_a_number"
            fields = tuple(number_message_fields(error, lang).items())
            return OwnBandProblem(number, code, _echo(cells[name]), fields)
        if value < 0:
            return OwnBandProblem(number, "negative", _echo(cells[name]))
        if value > MAX_PAY:
            return OwnBandProblem(number, "too_large", _echo(cells[name]))
        amounts.append(value)
    if amounts[0] > amounts[1]:
        return OwnBandProblem(number, "min_gt_max")
    currency = cells["currency"]
    if not is_blank(currency) and not CURRENCY_CODE.match(str(currency).strip().upper()):
        return OwnBandProblem(number, "bad_currency", str(currency))
    if not is_blank(cells["period"]) and period_word(cells["period"]) not in PERIOD_WORDS:
        return OwnBandProblem(number, "bad_period", str(cells["period"]))
    return role_id, amounts[0], amounts[1]


def own_view_bands(own: list[OwnBand], view: View) -> dict[str, Band]:
    """The user's bands in the view, by role id (kept in their own currency if unrelated)."""
    return {
        band.role_id: view_band(
            Band(min=band.min, max=band.max, currency=band.currency), band.period, view
        )
        for band in own
    }


def own_differences(own: Band, source: Band | None) -> tuple[Value, Value]:
    """Own midpoint minus source midpoint, in money and as a ratio of the source midpoint."""
    if source is None:
        return Gap.NO_BAND, Gap.NO_BAND
    if own.currency != source.currency:
        return Gap.CURRENCY, Gap.CURRENCY
    mine, theirs = midpoint(own), midpoint(source)
    if isinstance(theirs, Gap) or isinstance(mine, Gap):
        return Gap.OPEN, Gap.OPEN
    return mine - theirs, (Gap.FLAT if theirs == 0 else (mine - theirs) / theirs)
