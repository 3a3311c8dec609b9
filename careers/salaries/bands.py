"""Salary bands and the views they are shown in: currency (as given or converted) and period.

Currency and period are data (the sources give USD per year); a `View` is how the page shows
amounts, and every conversion here is a view on top of the data, never a new fact.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Literal

from careers.dataset.models import Dataset
from careers.dataset.roles import Role
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
# Currencies the page offers to convert to; the dataset's own is added when it is not listed.
CURRENCIES: tuple[str, ...] = ("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK")


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


def base_currency(dataset: Dataset) -> str | None:
    """The currency most bands use (ties: the first in file order); None without bands."""
    codes = [r.salary.currency for r in dataset.roles if r.salary]
    return Counter(codes).most_common(1)[0][0] if codes else None


def example_rate(base: str, target: str) -> float:
    """An editable example rate for the pair (never a source figure); 1.0 when none is known."""
    return EXAMPLE_RATES.get((base, target), 1.0)


def currency_choices(base: str) -> tuple[str, ...]:
    """The currencies the page offers: the dataset's own first, then the usual ones."""
    return (base, *(code for code in CURRENCIES if code != base))


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


def band_roles(dataset: Dataset) -> list[Role]:
    """Roles the salary page shows: every ladder rung, then lateral roles that have a band."""
    return ladder_roles(dataset) + [r for r in lateral_roles(dataset) if r.salary is not None]


def levels_below(dataset: Dataset) -> dict[str, Role]:
    """The ladder rung a promotion into each rung starts from (the first one in file order)."""
    ladder = {r.id: r for r in ladder_roles(dataset)}
    below: dict[str, Role] = {}
    for move in promotions(dataset):
        if move.to_role in ladder and move.from_role in ladder:
            below.setdefault(move.to_role, ladder[move.from_role])
    return below


def level_below(dataset: Dataset, role_id: str) -> Role | None:
    """The ladder rung a promotion into `role_id` starts from, or None."""
    return levels_below(dataset).get(role_id)
