"""Salary-band analytics: standard band metrics, views (currency, period) and the user's own bands.

Definitions (docs/salary-metrics.md): midpoint = (min+max)/2; range spread = (max−min)/min;
midpoint progression = (mid_high−mid_low)/mid_low; overlap with the level below =
(max_low−min_high)/(max_high−min_high), negative for a gap; compa-ratio = salary/midpoint;
range penetration = (salary−min)/(max−min). A metric that cannot be computed is a `Gap` that
says why, never a made-up number.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Literal

import pandas as pd

from careers.dataset.models import MAX_PAY, Dataset, Role
from careers.ladder.graph import ladder_roles, lateral_roles, promotions

Period = Literal["year", "month", "hour"]
PERIODS: tuple[Period, ...] = ("year", "month", "hour")
PAYMENTS: tuple[int, ...] = (12, 13, 14)
WEEKS_PER_YEAR = 52
# Assumptions, not source figures: the page labels them as such and lets the user change them.
DEFAULT_HOURS_PER_WEEK = 40.0
MAX_HOURS_PER_WEEK = 80.0
EXAMPLE_RATES = {("USD", "EUR"): 0.92, ("EUR", "USD"): 1.09}
MAX_RATE = 1_000_000.0
# Commissions on monthly KPIs are paid every month, whatever the number of fixed instalments.
COMMISSION_MONTHS = 12
# A "your bands" file is a short table, one row per role: anything bigger is a mistake.
MAX_OWN_BANDS_BYTES = 200_000
MAX_OWN_BANDS_ROWS = 500
OWN_BANDS_HEADER = ("role", "min", "max", "currency", "period")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_PERIOD_WORDS = {
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


class Gap(StrEnum):
    """Why a metric has no number."""

    NO_BAND = "no_band"  # the role has no salary figure
    OPEN = "open"  # the metric needs a top and the band is open-ended
    FLAT = "flat"  # min equals max: nothing to divide by
    NO_BELOW = "no_below"  # first rung, or the level below has no band
    CURRENCY = "currency"  # the two bands are in currencies the view cannot relate


Value = float | Gap


@dataclass(frozen=True)
class Band:
    """A band in one currency and period; `max` is the 'over' figure when open-ended."""

    min: float
    max: float | None
    currency: str
    open_ended: bool = False
    estimate: bool = False

    @property
    def top(self) -> float | None:
        """The band's real maximum: None when the band has no top."""
        return None if self.open_ended else self.max


@dataclass(frozen=True)
class View:
    """How amounts are shown: currency (source or converted at a rate) and period."""

    base: str
    target: str = "EUR"
    rate: float = 1.0
    converted: bool = False
    period: Period = "year"
    payments: int = 12
    hours_per_week: float = DEFAULT_HOURS_PER_WEEK

    @property
    def currency(self) -> str:
        """The currency amounts are shown in."""
        return self.target if self.converted else self.base


# -- metrics ---------------------------------------------------------------------------------


def midpoint(band: Band) -> Value:
    """(min + max) / 2."""
    if band.top is None:
        return Gap.OPEN
    return (band.min + band.top) / 2


def range_spread(band: Band) -> Value:
    """(max − min) / min: how wide the band is relative to its bottom."""
    if band.top is None:
        return Gap.OPEN
    if band.min == 0:
        return Gap.FLAT
    return (band.top - band.min) / band.min


def midpoint_progression(low: Band, high: Band) -> Value:
    """(mid_high − mid_low) / mid_low: the raise from one level's midpoint to the next."""
    if low.currency != high.currency:
        return Gap.CURRENCY
    mid_low, mid_high = midpoint(low), midpoint(high)
    if isinstance(mid_low, Gap) or isinstance(mid_high, Gap):
        return Gap.OPEN
    if mid_low == 0:
        return Gap.FLAT
    return (mid_high - mid_low) / mid_low


def overlap_money(low: Band, high: Band) -> Value:
    """max_low − min_high: how far the lower band reaches into the higher (negative: a gap)."""
    if low.currency != high.currency:
        return Gap.CURRENCY
    if low.top is None:
        return Gap.OPEN
    return low.top - high.min


def overlap_ratio(low: Band, high: Band) -> Value:
    """(max_low − min_high) / (max_high − min_high): the overlap as a share of the higher band."""
    money = overlap_money(low, high)
    if isinstance(money, Gap):
        return money
    if high.top is None:
        return Gap.OPEN
    if high.top == high.min:
        return Gap.FLAT
    return money / (high.top - high.min)


def compa_ratio(salary: float, band: Band) -> Value:
    """salary / midpoint: 1.0 is paid exactly at the midpoint."""
    mid = midpoint(band)
    if isinstance(mid, Gap):
        return mid
    return Gap.FLAT if mid == 0 else salary / mid


def range_penetration(salary: float, band: Band) -> Value:
    """(salary − min) / (max − min): 0 at the bottom, 1 at the top, outside 0–1 off the band."""
    if band.top is None:
        return Gap.OPEN
    if band.top == band.min:
        return Gap.FLAT
    return (salary - band.min) / (band.top - band.min)


# -- views -----------------------------------------------------------------------------------


def base_currency(dataset: Dataset) -> str | None:
    """The currency most bands use (ties: the first in file order); None without bands."""
    codes = [r.salary.currency for r in dataset.roles if r.salary]
    return Counter(codes).most_common(1)[0][0] if codes else None


def example_rate(base: str, target: str) -> float:
    """An editable example rate for the pair (never a source figure); 1.0 when none is known."""
    return EXAMPLE_RATES.get((base, target), 1.0)


def default_target(base: str) -> str:
    """The currency to convert to by default: euros, or dollars when the data is in euros."""
    return "USD" if base == "EUR" else "EUR"


def yearly(amount: float, period: str, view: View) -> float:
    """An amount per `period` as a yearly amount, with the view's payments and hours."""
    if period == "month":
        return amount * view.payments
    if period == "hour":
        return amount * view.hours_per_week * WEEKS_PER_YEAR
    return amount


def per_period(amount_per_year: float, view: View) -> float:
    """A yearly amount in the view's period."""
    return amount_per_year / yearly(1.0, view.period, view)


def monthly(amount: float, view: View) -> float:
    """An amount in the view's period as one of the view's monthly payments."""
    return yearly(amount, view.period, view) / view.payments


def currency_factor(currency: str, view: View) -> float | None:
    """What one unit of `currency` is worth in the view's currency; None when unrelated."""
    if currency == view.currency:
        return 1.0
    if currency == view.base and view.currency == view.target:
        return view.rate
    if currency == view.target and view.currency == view.base and view.rate > 0:
        return 1 / view.rate
    return None


def convert(amount: float, currency: str, period: str, view: View) -> float | None:
    """An amount in its own currency and period, shown in the view; None when not convertible."""
    factor = currency_factor(currency, view)
    if factor is None:
        return None
    return per_period(yearly(amount, period, view), view) * factor


def view_band(band: Band, period: str, view: View) -> Band:
    """A band converted into the view; kept in its own currency when the view cannot convert it."""
    factor = currency_factor(band.currency, view)
    currency = view.currency if factor is not None else band.currency
    factor = 1.0 if factor is None else factor

    def _to_view(amount: float) -> float:
        return per_period(yearly(amount, period, view), view) * factor

    return replace(
        band,
        min=_to_view(band.min),
        max=None if band.max is None else _to_view(band.max),
        currency=currency,
    )


def role_band(role: Role, view: View) -> Band | None:
    """A role's source band converted into the view, or None when the role has none."""
    if role.salary is None:
        return None
    source = role.salary
    band = Band(
        min=source.min,
        max=source.max,
        currency=source.currency,
        open_ended=source.open_ended or source.max is None,
        estimate=source.estimate,
    )
    return view_band(band, source.period, view)


# -- the table of metrics --------------------------------------------------------------------


def band_roles(dataset: Dataset) -> list[Role]:
    """Roles the salary page shows: every ladder rung, then lateral roles that have a band."""
    return ladder_roles(dataset) + [r for r in lateral_roles(dataset) if r.salary is not None]


def level_below(dataset: Dataset, role_id: str) -> Role | None:
    """The ladder rung a promotion into `role_id` starts from (the first one in file order)."""
    return levels_below(dataset).get(role_id)


def levels_below(dataset: Dataset) -> dict[str, Role]:
    """`level_below` of every ladder rung that has one, worked out in one pass."""
    ladder = {r.id: r for r in ladder_roles(dataset)}
    below: dict[str, Role] = {}
    for move in promotions(dataset):
        if move.to_role in ladder and move.from_role in ladder:
            below.setdefault(move.to_role, ladder[move.from_role])
    return below


@dataclass(frozen=True)
class RoleMetrics:
    """Every band metric of one role, in the view's currency and period."""

    role: Role
    band: Band | None
    below: Role | None
    midpoint: Value
    spread: Value
    progression: Value
    overlap: Value
    overlap_money: Value
    compa_ratio: Value | None = None
    penetration: Value | None = None


def role_metrics(dataset: Dataset, view: View, salary: float | None = None) -> list[RoleMetrics]:
    """The metrics of every shown role; `salary` (in the view) adds compa-ratio and penetration."""
    rows = []
    lower = levels_below(dataset)
    for role in band_roles(dataset):
        band = role_band(role, view)
        below = lower.get(role.id)
        low = role_band(below, view) if below else None
        if band is None:
            rows.append(RoleMetrics(role, None, below, *([Gap.NO_BAND] * 5)))
            continue
        pair_gap = Gap.NO_BELOW if low is None else None
        rows.append(
            RoleMetrics(
                role=role,
                band=band,
                below=below,
                midpoint=midpoint(band),
                spread=range_spread(band),
                progression=pair_gap or midpoint_progression(low, band),
                overlap=pair_gap or overlap_ratio(low, band),
                overlap_money=pair_gap or overlap_money(low, band),
                compa_ratio=None if salary is None else compa_ratio(salary, band),
                penetration=None if salary is None else range_penetration(salary, band),
            )
        )
    return rows


def _number(value: Value | None) -> float | None:
    """A metric as a number for a CSV cell: empty when it is a Gap."""
    return None if value is None or isinstance(value, Gap) else float(value)


def metrics_frame(rows: list[RoleMetrics], lang: str) -> pd.DataFrame:
    """The metrics as plain numbers (empty where there is none, with the reason) for the CSV."""
    records = []
    for row in rows:
        band = row.band
        source = row.role.salary
        gaps = sorted(
            {
                str(v)
                for v in (row.midpoint, row.spread, row.progression, row.overlap)
                if isinstance(v, Gap)
            }
        )
        records.append(
            {
                "role_id": row.role.id,
                "role": row.role.title.get(lang),
                "level_below": row.below.id if row.below else None,
                "currency": band.currency if band else None,
                "min": band.min if band else None,
                "max": band.max if band else None,
                "open_ended": band.open_ended if band else None,
                "estimate": band.estimate if band else None,
                "midpoint": _number(row.midpoint),
                "range_spread": _number(row.spread),
                "midpoint_progression": _number(row.progression),
                "overlap_ratio": _number(row.overlap),
                "overlap_money": _number(row.overlap_money),
                "compa_ratio": _number(row.compa_ratio),
                "range_penetration": _number(row.penetration),
                "source_currency": source.currency if source else None,
                "source_period": source.period if source else None,
                "source_min": source.min if source else None,
                "source_max": source.max if source else None,
                "not_computable": ";".join(gaps) or None,
            }
        )
    return pd.DataFrame(records)


# -- the user's own bands ----------------------------------------------------------------------


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
class RowProblem:
    """What is wrong with one row (1-based, counted after the header; 0 = the whole file)."""

    row: int
    code: str
    value: str = ""


_GROUPED = re.compile(r"^\d{1,3}([.,'\s])\d{3}(\1\d{3})*$")


def parse_amount(raw: Any) -> float | None:
    """A typed amount: 32000, 32000.5, 32,000 / 32.000 (grouped), 32000,5; None if not one."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        return None if math.isnan(raw) or math.isinf(raw) else float(raw)
    text = str(raw).strip().replace("\u00a0", " ").replace("\u202f", " ")
    text = re.sub(r"^[^\d\-+]+|[^\d]+$", "", text)  # currency signs around the number
    if not text:
        return None
    if _GROUPED.match(text):
        text = re.sub(r"[.,'\s]", "", text)
    elif re.fullmatch(r"[-+]?\d+,\d+", text):
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return None if math.isnan(value) or math.isinf(value) else value


def _blank(raw: Any) -> bool:
    """Whether a cell is empty (None, NaN or blank text)."""
    if raw is None:
        return True
    if isinstance(raw, float) and math.isnan(raw):
        return True
    return isinstance(raw, str) and not raw.strip()


def _echo(raw: Any) -> str:
    """A cell as the user typed it, for a message: 32000.0 reads as 32000."""
    return f"{raw:g}" if isinstance(raw, float) else str(raw)


def _role_lookup(dataset: Dataset) -> dict[str, str]:
    """Role id or title (either language), lower-cased, to the role id."""
    lookup: dict[str, str] = {}
    for role in dataset.roles:
        for name in (role.title.it, role.title.en, role.id):
            lookup[name.strip().lower()] = role.id
    return lookup


def parse_own_rows(
    records: list[dict[str, Any]], dataset: Dataset, default_currency: str
) -> tuple[list[OwnBand], list[RowProblem]]:
    """Validate the user's bands row by row: good rows are kept, each bad row says why.

    Args:
        records: rows with keys role, min, max and optionally currency, period.
        dataset: the dataset whose roles the rows must name (by id or title).
        default_currency: the currency of rows that do not give one.

    Returns:
        (bands, problems): one OwnBand per valid row, one RowProblem per invalid row.
    """
    roles = _role_lookup(dataset)
    bands: list[OwnBand] = []
    problems: list[RowProblem] = []
    seen: set[str] = set()
    for number, record in enumerate(records, start=1):
        cells = {k: record.get(k) for k in OWN_BANDS_HEADER}
        if all(_blank(v) for v in cells.values()):
            continue
        problem = _row_problem(number, cells, roles, seen)
        if isinstance(problem, RowProblem):
            problems.append(problem)
            continue
        role_id, low, high, period = problem
        currency = default_currency if _blank(cells["currency"]) else str(cells["currency"])
        seen.add(role_id)
        bands.append(OwnBand(number, role_id, low, high, currency.strip().upper(), period))
    return bands, problems


def _row_problem(
    number: int, cells: dict[str, Any], roles: dict[str, str], seen: set[str]
) -> RowProblem | tuple[str, float, float, Period]:
    """The first problem of one row, or its parsed (role id, min, max, period)."""
    if _blank(cells["role"]):
        return RowProblem(number, "no_role")
    role_id = roles.get(str(cells["role"]).strip().lower())
    if role_id is None:
        return RowProblem(number, "unknown_role", str(cells["role"]))
    if role_id in seen:
        return RowProblem(number, "duplicate_role", str(cells["role"]))
    amounts = []
    for name in ("min", "max"):
        if _blank(cells[name]):
            return RowProblem(number, f"no_{name}")
        value = parse_amount(cells[name])
        if value is None:
            return RowProblem(number, "not_a_number", _echo(cells[name]))
        if value < 0:
            return RowProblem(number, "negative", _echo(cells[name]))
        if value > MAX_PAY:
            return RowProblem(number, "too_large", _echo(cells[name]))
        amounts.append(value)
    if amounts[0] > amounts[1]:
        return RowProblem(number, "min_gt_max")
    currency = cells["currency"]
    if not _blank(currency) and not _CURRENCY.match(str(currency).strip().upper()):
        return RowProblem(number, "bad_currency", str(currency))
    period = "year" if _blank(cells["period"]) else _PERIOD_WORDS.get(str(cells["period"]).lower())
    if period is None:
        return RowProblem(number, "bad_period", str(cells["period"]))
    return role_id, amounts[0], amounts[1], period


def parse_own_csv(
    data: bytes, dataset: Dataset, default_currency: str
) -> tuple[list[OwnBand], list[RowProblem]]:
    """Read a "your bands" CSV (header role,min,max[,currency,period]; comma or semicolon)."""
    if len(data) > MAX_OWN_BANDS_BYTES:
        return [], [RowProblem(0, "file_too_large", str(MAX_OWN_BANDS_BYTES // 1000))]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], [RowProblem(0, "file_not_utf8")]
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [(name or "").strip().lower() for name in reader.fieldnames or []]
    missing = [name for name in ("role", "min", "max") if name not in header]
    if missing:
        return [], [RowProblem(0, "file_header", ", ".join(missing))]
    records = []
    for record in reader:
        if len(records) >= MAX_OWN_BANDS_ROWS:
            return [], [RowProblem(0, "file_too_many_rows", str(MAX_OWN_BANDS_ROWS))]
        records.append({(k or "").strip().lower(): v for k, v in record.items()})
    return parse_own_rows(records, dataset, default_currency)


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


# -- pay mix ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PayMix:
    """A year of fixed pay plus commissions, as yearly amounts."""

    fixed: float
    commission: float

    @property
    def total(self) -> float:
        """Fixed plus commissions."""
        return self.fixed + self.commission


def pay_mix(
    fixed_monthly: float, target_commission: float, achievement: float, payments: int
) -> PayMix:
    """Fixed monthly pay over `payments` instalments plus monthly commissions paid at `achievement`.

    Args:
        fixed_monthly: the fixed salary of one monthly payment.
        target_commission: the monthly commission at 100% of the KPI targets.
        achievement: share of the targets reached (1.0 = 100%).
        payments: monthly payments a year (12, 13 or 14).

    Raises:
        ValueError: a negative amount or achievement, or payments outside 12–14.
    """
    if fixed_monthly < 0 or target_commission < 0 or achievement < 0:
        raise ValueError("amounts and achievement cannot be negative")
    if payments not in PAYMENTS:
        raise ValueError(f"payments must be one of {PAYMENTS}")
    return PayMix(
        fixed=fixed_monthly * payments,
        commission=target_commission * achievement * COMMISSION_MONTHS,
    )
