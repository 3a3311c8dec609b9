"""The salary page's tables: metrics (driven by the metric registry), the charts' figures."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from careers.salaries.bands import Band, Gap
from careers.salaries.metrics import RoleMetrics, shown_metrics
from careers.salaries.own_bands import own_differences
from careers.salaries.words import (
    band_note,
    band_text,
    gap_text,
    metric_text,
    money_text,
    percent_text,
    top_text,
)
from careers.text.formatting import format_band, format_money
from careers.text.i18n import Translator

# Columns around the metrics: who, the source's own figure, the band in the view, own bands.
LEAD_COLUMNS = ("role", "source", "band")
OWN_COLUMNS = ("own_band", "own_diff")


def metric_columns(salary: bool, own: bool) -> tuple[str, ...]:
    """The metrics table's column ids in order (each has `salaries.col_<id>`/`help_<id>`)."""
    metrics = tuple(m.id for m in shown_metrics(1.0 if salary else None))
    return LEAD_COLUMNS + metrics + (OWN_COLUMNS if own else ())


def _own_cells(row: RoleMetrics, mine: Band | None, t: Translator) -> dict[str, str]:
    """Your band and its midpoint against the source's, in words."""
    if mine is None:
        return {"own_band": "", "own_diff": ""}
    money, ratio = own_differences(mine, row.band)
    diff = (
        gap_text(money, t)
        if isinstance(money, Gap)
        else f"{format_money(money, mine.currency, t.lang)} ({percent_text(ratio, t, signed=True)})"
    )
    return {"own_band": band_text(mine, t), "own_diff": diff}


def metrics_table(
    rows: list[RoleMetrics],
    t: Translator,
    own: Mapping[str, Band] | None = None,
    salary: bool = False,
) -> pd.DataFrame:
    """The metrics in words, one row per role, one column per registry metric shown."""
    metrics = shown_metrics(1.0 if salary else None)
    records = []
    for row in rows:
        currency = row.band.currency if row.band else None
        source = row.role.salary
        record: dict[str, Any] = {
            "role": row.role.title.get(t.lang),
            "source": format_band(source, t) if source else t("band.none_short"),
            "band": band_text(row.band, t),
        }
        for metric in metrics:
            record[metric.id] = metric_text(metric, row.value(metric.id), currency, t)
        if own is not None:
            record |= _own_cells(row, own.get(row.role.id), t)
        records.append(record)
    return pd.DataFrame(records, columns=list(metric_columns(salary, own is not None)))


def chart_table(
    rows: list[RoleMetrics], t: Translator, own: Mapping[str, Band] | None = None
) -> pd.DataFrame:
    """What the band chart draws, one row per role, entry level first (as in the metrics table).

    Role, minimum, maximum ("over" figure when open-ended), midpoint and a note; your band's
    ends when `own` is given. Amounts are formatted in their currency.
    """
    records = []
    for row in rows:
        band = row.band
        currency = band.currency if band else None
        record = {
            t("salaries.col_role"): row.role.title.get(t.lang),
            t("salaries.chart_min"): money_text(band.min if band else None, currency, t),
            t("salaries.chart_max"): top_text(band, t),
            t("salaries.col_midpoint"): money_text(row.value("midpoint"), currency, t)
            if band
            else "",
            t("salaries.chart_note"): band_note(band, t),
        }
        if own:
            mine = own.get(row.role.id)
            record[t("salaries.chart_own_min")] = money_text(
                mine.min if mine else None, mine.currency if mine else None, t
            )
            record[t("salaries.chart_own_max")] = top_text(mine, t)
        records.append(record)
    return pd.DataFrame(records)


def mix_table(
    fixed: float, commission: float, band: Band | None, currency: str, t: Translator
) -> pd.DataFrame:
    """What the pay-mix chart draws: fixed pay, commissions, their total, the band's ends.

    All amounts are in the view's period and `currency` (the band's own when it differs).
    """
    lines = [
        (t("salaries.mix_fixed"), money_text(fixed, currency, t)),
        (t("salaries.mix_commission"), money_text(commission, currency, t)),
        (t("salaries.mix_total_row"), money_text(fixed + commission, currency, t)),
    ]
    if band is not None:
        lines.append((t("salaries.chart_min"), money_text(band.min, band.currency, t)))
        lines.append((t("salaries.chart_max"), top_text(band, t)))
    return pd.DataFrame(lines, columns=[t("salaries.mix_col_what"), t("salaries.mix_col_amount")])
