"""The pay-mix simulator: fixed monthly pay plus commissions, set against a role's band.

The sources say that contracts usually pay a fixed monthly salary plus commissions on KPIs,
and say it of the operator only; they give no commission amount. The starting commission
(`COMMISSION_EXAMPLE_SHARE` of the fixed pay) is the app's example, and the page says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from careers.dataset.models import Dataset
from careers.dataset.roles import Role
from careers.dataset.sources import Item
from careers.salaries.bands import PAYMENTS, Band, Value, View, monthly
from careers.salaries.metrics import compa_ratio

# Commissions on monthly KPIs are paid every month, whatever the number of fixed instalments.
COMMISSION_MONTHS = 12
# An example, not a source figure: the sources give no commission amount.
COMMISSION_EXAMPLE_SHARE = 0.05

Position = Literal["below", "within", "above", "over_open", "other_currency"]


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


def mix_start(band: Band | None, view: View) -> tuple[float, float]:
    """Starting fixed pay (the band's minimum per monthly payment) and the example commission."""
    start = round(monthly(band.min, view)) if band else 0
    return float(start), float(round(start * COMMISSION_EXAMPLE_SHARE, -1))


def mix_position(
    total: float, band: Band | None, currency: str
) -> tuple[Position | None, Value | None]:
    """Where a total (in the band's view and `currency`) falls, and its compa-ratio.

    Returns (None, None) without a band; the compa-ratio is a Gap when the band has no top.
    """
    if band is None:
        return None, None
    if band.currency != currency:
        return "other_currency", None
    if total < band.min:
        where: Position = "below"
    elif band.top is not None and total > band.top:
        where = "above"
    elif band.top is None and band.max is not None and total > band.max:
        where = "over_open"
    else:
        where = "within"
    return where, compa_ratio(total, band)


def pay_structure(dataset: Dataset) -> tuple[Item | None, list[Role]]:
    """The work condition saying how pay is made up, and the roles its source says it for.

    Both come from the dataset (`pay_structure`); an id the data does not have gives nothing.
    """
    info = dataset.pay_structure
    if info is None:
        return None, []
    item = next((i for i in dataset.work_conditions if i.id == info.item), None)
    roles = {r.id: r for r in dataset.roles}
    return item, [roles[r] for r in info.roles if r in roles]
