"""Salary metrics in words for the page: formatted per language, gaps explained, links read."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

from careers.salaries.bands import (
    MAX_HOURS_PER_WEEK,
    MAX_RATE,
    PAYMENTS,
    PERIODS,
    Band,
    Gap,
    RoleMetrics,
    Value,
    View,
    own_differences,
)
from careers.text.formatting import format_band, format_money, format_percent
from careers.text.i18n import Translator

# Column id -> (label key, help key); labels and tooltips live in the locale files.
METRIC_COLUMNS = (
    "role",
    "source",
    "band",
    "midpoint",
    "spread",
    "progression",
    "overlap",
    "overlap_money",
)
SALARY_COLUMNS = ("compa_ratio", "penetration")
OWN_COLUMNS = ("own_band", "own_diff")
LINK_TEXT_LIMIT = 60
LINK_KEYS = ("role", "currency", "period", "payments", "hours", "rate")


def gap_text(gap: Gap, t: Translator) -> str:
    """Why a metric has no number, in words."""
    return {
        Gap.NO_BAND: t("salaries.gap_no_band"),
        Gap.OPEN: t("salaries.gap_open"),
        Gap.FLAT: t("salaries.gap_flat"),
        Gap.NO_BELOW: t("salaries.gap_no_below"),
        Gap.CURRENCY: t("salaries.gap_currency"),
    }[gap]


def percent_text(value: Value | None, t: Translator, signed: bool = False) -> str:
    """A ratio as a percentage, or the reason it has none."""
    if value is None:
        return ""
    if isinstance(value, Gap):
        return gap_text(value, t)
    return format_percent(value, t.lang, 1, signed=signed)


def money_text(value: Value | None, currency: str | None, t: Translator) -> str:
    """An amount, or the reason there is none."""
    if value is None:
        return ""
    if isinstance(value, Gap) or currency is None:
        return gap_text(value, t) if isinstance(value, Gap) else ""
    return format_money(value, currency, t.lang)


def overlap_money_text(value: Value, currency: str | None, t: Translator) -> str:
    """`gap of $3,000`, `overlap of $2,000`, `touching`, or the reason there is no figure."""
    if isinstance(value, Gap) or currency is None:
        return money_text(value, currency, t)
    if math.isclose(value, 0.0, abs_tol=0.005):
        return t("salaries.touching")
    amount = format_money(abs(value), currency, t.lang)
    return t("salaries.gap_of" if value < 0 else "salaries.overlap_of", value=amount)


def band_text(band: Band | None, t: Translator) -> str:
    """A band's range in its currency, with no period (the column header gives it)."""
    if band is None:
        return t("salaries.gap_no_band")
    low = format_money(band.min, band.currency, t.lang)
    if band.max is None:
        return t("band.from_only", low=low)
    high = format_money(band.max, band.currency, t.lang)
    text = t("band.open" if band.open_ended else "band.closed", low=low, high=high)
    return f"{text} ({t('band.estimate_tag')})" if band.estimate else text


def metrics_table(
    rows: list[RoleMetrics], t: Translator, own: Mapping[str, Band] | None = None
) -> pd.DataFrame:
    """The metrics in words, one row per role, as the page shows them."""
    records = []
    for row in rows:
        currency = row.band.currency if row.band else None
        record: dict[str, Any] = {
            "role": row.role.title.get(t.lang),
            "source": (
                format_band(row.role.salary, t) if row.role.salary else t("band.none_short")
            ),
            "band": band_text(row.band, t),
            "midpoint": money_text(row.midpoint, currency, t),
            "spread": percent_text(row.spread, t),
            "progression": percent_text(row.progression, t, signed=True),
            "overlap": percent_text(row.overlap, t, signed=True),
            "overlap_money": overlap_money_text(row.overlap_money, currency, t),
        }
        if row.compa_ratio is not None:
            record["compa_ratio"] = percent_text(row.compa_ratio, t)
            record["penetration"] = percent_text(row.penetration, t)
        if own is not None:
            mine = own.get(row.role.id)
            record["own_band"] = band_text(mine, t) if mine else ""
            if mine:
                money, ratio = own_differences(mine, row.band)
                record["own_diff"] = (
                    gap_text(money, t)
                    if isinstance(money, Gap)
                    else f"{format_money(money, mine.currency, t.lang)} "
                    f"({percent_text(ratio, t, signed=True)})"
                )
            else:
                record["own_diff"] = ""
        records.append(record)
    return pd.DataFrame(records)


def read_link(
    params: Mapping[str, str], role_ids: list[str], base: str
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """The view a link asks for, and the values it gives that cannot be used.

    Args:
        params: the page's query parameters (role, currency, period, payments, hours, rate).
        role_ids: the roles the page shows.
        base: the dataset's own currency.

    Returns:
        (values, rejected): widget values by name (role, convert, target, period, payments,
        hours, rate) for the parameters that are valid; (parameter, value) for those that are not.
    """
    values: dict[str, Any] = {}
    rejected: list[tuple[str, str]] = []
    if "role" in params:
        _take(values, rejected, "role", params["role"], lambda v: v if v in role_ids else None)
    if "currency" in params:
        code = params["currency"].strip().upper()
        if code == base:
            values["convert"] = False
        elif re.fullmatch(r"[A-Z]{3}", code):
            values.update(convert=True, target=code)
        else:
            rejected.append(("currency", params["currency"]))
    if "period" in params:
        _take(values, rejected, "period", params["period"], lambda v: v if v in PERIODS else None)
    if "payments" in params:
        _take(values, rejected, "payments", params["payments"], _payments)
    if "hours" in params:
        _take(values, rejected, "hours", params["hours"], _hours)
    if "rate" in params:
        _take(values, rejected, "rate", params["rate"], _rate)
    return values, rejected


def link_params(view: View, role_id: str) -> dict[str, str]:
    """The query parameters that reproduce a view: only those that matter for it."""
    params = {"role": role_id, "currency": view.currency, "period": view.period}
    if view.period == "month":
        params["payments"] = str(view.payments)
    if view.period == "hour":
        params["hours"] = f"{view.hours_per_week:g}"
    if view.converted:
        params["rate"] = f"{view.rate:.10g}"
    return params


def _take(
    values: dict[str, Any], rejected: list[tuple[str, str]], name: str, raw: str, parse: Any
) -> None:
    """Parse one link value into `values`, or record it as rejected."""
    parsed = parse(raw) if len(raw) <= 200 else None
    if parsed is None:
        rejected.append((name, raw))
    else:
        values[name] = parsed


def _float(raw: str) -> float | None:
    """A finite number from a link, or None."""
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _payments(raw: str) -> int | None:
    """12, 13 or 14 from a link."""
    return int(raw) if raw.strip() in {str(p) for p in PAYMENTS} else None


def _hours(raw: str) -> float | None:
    """Hours per week from a link: more than 0, at most the ceiling."""
    value = _float(raw)
    return value if value is not None and 0 < value <= MAX_HOURS_PER_WEEK else None


def _rate(raw: str) -> float | None:
    """A conversion rate from a link: positive, at most the ceiling."""
    value = _float(raw)
    return value if value is not None and 0 < value <= MAX_RATE else None


def _band_note(band: Band | None, t: Translator) -> str:
    """What a drawn bar is: an estimate, open-ended, both, or nothing to draw."""
    if band is None:
        return t("salaries.gap_no_band")
    notes = [t("band.estimate_tag")] if band.estimate else []
    if band.open_ended:
        notes.append(t("salaries.open_short"))
    return " · ".join(notes)


def _top_text(band: Band | None, t: Translator) -> str:
    """A band's maximum, or its "over" figure when open-ended; empty when there is none."""
    if band is None or band.max is None:
        return ""
    amount = format_money(band.max, band.currency, t.lang)
    return t("salaries.chart_over", value=amount) if band.open_ended else amount


def chart_table(
    rows: list[RoleMetrics], t: Translator, own: Mapping[str, Band] | None = None
) -> pd.DataFrame:
    """What the band chart draws, one row per role, entry level first (as in the metrics table).

    Args:
        rows: the rows the chart draws.
        t: translator for headers and figures.
        own: the user's bands by role id, when the chart draws them.

    Returns:
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
            t("salaries.chart_max"): _top_text(band, t),
            t("salaries.col_midpoint"): money_text(row.midpoint, currency, t) if band else "",
            t("salaries.chart_note"): _band_note(band, t),
        }
        if own:
            mine = own.get(row.role.id)
            record[t("salaries.chart_own_min")] = money_text(
                mine.min if mine else None, mine.currency if mine else None, t
            )
            record[t("salaries.chart_own_max")] = _top_text(mine, t)
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
        lines.append((t("salaries.chart_max"), _top_text(band, t)))
    return pd.DataFrame(lines, columns=[t("salaries.mix_col_what"), t("salaries.mix_col_amount")])
