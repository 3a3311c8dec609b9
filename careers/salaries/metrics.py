"""Standard band metrics, one registry entry each: it drives the record, CSV, table and labels.

Definitions (docs/salary-metrics.md): midpoint = (min+max)/2; range width = max−min; range
spread = (max−min)/min; midpoint progression = (mid−mid_below)/mid_below; overlap ratio =
(max_below−min)/(max−min), negative for a gap; overlap money = max_below−min; compa-ratio =
salary/midpoint; range penetration = (salary−min)/(max−min). A metric that cannot be computed
is a `Gap` that says why, never a made-up number.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

import pandas as pd

from careers.dataset.models import Dataset
from careers.dataset.roles import Role
from careers.salaries.bands import Band, Gap, Value, View, band_roles, levels_below, role_band

# How a metric's number reads: an amount, a share, a share with its sign, or an overlap/gap.
Unit = Literal["money", "percent", "signed_percent", "overlap_money"]


def midpoint(band: Band) -> Value:
    """(min + max) / 2."""
    if band.top is None:
        return Gap.OPEN
    return (band.min + band.top) / 2


def range_width(band: Band) -> Value:
    """max − min: the band's width in money."""
    return Gap.OPEN if band.top is None else band.top - band.min


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


@dataclass(frozen=True)
class BandMetric:
    """One standard metric: its id names the record key, CSV column and locale keys.

    `compute` takes (band, band of the level below or None, salary or None); `needs` says what
    it needs beyond the band, so the page knows when to leave its column out.
    """

    id: str
    unit: Unit
    compute: Callable[[Band, Band | None, float | None], Value]
    needs: Literal["band", "below", "salary"] = "band"


def _below(
    metric: Callable[[Band, Band], Value],
) -> Callable[[Band, Band | None, float | None], Value]:
    """A metric of the band and the level below: NO_BELOW without one."""
    return lambda band, low, _: Gap.NO_BELOW if low is None else metric(low, band)


def _salary(
    metric: Callable[[float, Band], Value],
) -> Callable[[Band, Band | None, float | None], Value]:
    """A metric of a salary against the band (only computed when a salary is given)."""
    return lambda band, _, salary: metric(0.0 if salary is None else salary, band)


METRICS: tuple[BandMetric, ...] = (
    BandMetric("midpoint", "money", lambda band, _, __: midpoint(band)),
    BandMetric("range_width", "money", lambda band, _, __: range_width(band)),
    BandMetric("range_spread", "percent", lambda band, _, __: range_spread(band)),
    BandMetric("midpoint_progression", "signed_percent", _below(midpoint_progression), "below"),
    BandMetric("overlap_ratio", "signed_percent", _below(overlap_ratio), "below"),
    BandMetric("overlap_money", "overlap_money", _below(overlap_money), "below"),
    BandMetric("compa_ratio", "percent", _salary(compa_ratio), "salary"),
    BandMetric("range_penetration", "percent", _salary(range_penetration), "salary"),
)
METRIC_IDS: tuple[str, ...] = tuple(m.id for m in METRICS)


def shown_metrics(salary: float | None) -> tuple[BandMetric, ...]:
    """The metrics a view computes: the salary ones only when a salary is given."""
    return tuple(m for m in METRICS if m.needs != "salary" or salary is not None)


@dataclass(frozen=True)
class RoleMetrics:
    """Every band metric of one role, in the view's currency and period, by metric id."""

    role: Role
    band: Band | None
    below: Role | None
    values: Mapping[str, Value] = field(default_factory=dict)

    def value(self, metric_id: str) -> Value | None:
        """The metric's number or Gap; None when the view does not compute it (no salary)."""
        return self.values.get(metric_id)


def role_metrics(dataset: Dataset, view: View, salary: float | None = None) -> list[RoleMetrics]:
    """The metrics of every shown role; `salary` (in the view) adds the salary metrics."""
    rows = []
    lower = levels_below(dataset)
    metrics = shown_metrics(salary)
    for role in band_roles(dataset):
        band = role_band(role, view)
        below = lower.get(role.id)
        low = role_band(below, view) if below else None
        if band is None:
            values: dict[str, Value] = {m.id: Gap.NO_BAND for m in metrics}
        else:
            values = {m.id: m.compute(band, low, salary) for m in metrics}
        rows.append(RoleMetrics(role, band, below, values))
    return rows


def _number(value: Value | None) -> float | None:
    """A metric as a number for a CSV cell: empty when it is a Gap."""
    return None if value is None or isinstance(value, Gap) else float(value)


def metrics_frame(rows: list[RoleMetrics], lang: str) -> pd.DataFrame:
    """The metrics as plain numbers (empty where there is none, with the reason) for the CSV."""
    records = []
    for row in rows:
        band, source = row.band, row.role.salary
        gaps = sorted({str(v) for v in row.values.values() if isinstance(v, Gap)})
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
                **{m.id: _number(row.value(m.id)) for m in METRICS},
                "source_currency": source.currency if source else None,
                "source_period": source.period if source else None,
                "source_min": source.min if source else None,
                "source_max": source.max if source else None,
                "not_computable": ";".join(gaps) or None,
            }
        )
    return pd.DataFrame(records)
