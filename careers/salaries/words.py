"""Salary figures in words, per language: amounts, shares, gaps, a band, the view's name."""

from __future__ import annotations

import math

from careers.salaries.bands import Band, Gap, Value, View
from careers.salaries.metrics import BandMetric
from careers.text.formatting import format_money, format_number, format_percent
from careers.text.i18n import Translator


def gap_text(gap: Gap, t: Translator) -> str:
    """Why a metric has no number, in words."""
    return t(f"salaries.gap_{gap.value}")


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
    if isinstance(value, Gap):
        return gap_text(value, t)
    return "" if currency is None else format_money(value, currency, t.lang)


def overlap_money_text(value: Value | None, currency: str | None, t: Translator) -> str:
    """`gap of $3,000`, `overlap of $2,000`, `touching`, or the reason there is no figure."""
    if value is None or isinstance(value, Gap) or currency is None:
        return money_text(value, currency, t)
    if math.isclose(value, 0.0, abs_tol=0.005):
        return t("salaries.touching")
    amount = format_money(abs(value), currency, t.lang)
    return t("salaries.gap_of" if value < 0 else "salaries.overlap_of", value=amount)


def metric_text(
    metric: BandMetric, value: Value | None, currency: str | None, t: Translator
) -> str:
    """One metric's value as the page shows it, by the metric's unit."""
    if metric.unit == "money":
        return money_text(value, currency, t)
    if metric.unit == "overlap_money":
        return overlap_money_text(value, currency, t)
    return percent_text(value, t, signed=metric.unit == "signed_percent")


def band_text(band: Band | None, t: Translator, *, tag: bool = True) -> str:
    """A band's range in its currency, no period (the heading gives it); `(estimate)` if tagged."""
    if band is None:
        return t("salaries.gap_no_band")
    low = format_money(band.min, band.currency, t.lang)
    if band.max is None:
        return t("band.from_only", low=low)
    high = format_money(band.max, band.currency, t.lang)
    text = t("band.open" if band.open_ended else "band.closed", low=low, high=high)
    return f"{text} ({t('band.estimate_tag')})" if tag and band.estimate else text


def top_text(band: Band | None, t: Translator) -> str:
    """A band's maximum, or its "over" figure when open-ended; empty when there is none."""
    if band is None or band.max is None:
        return ""
    amount = format_money(band.max, band.currency, t.lang)
    return t("salaries.chart_over", value=amount) if band.open_ended else amount


def band_note(band: Band | None, t: Translator) -> str:
    """What a drawn bar is: an estimate, open-ended, both, or nothing to draw."""
    if band is None:
        return t("salaries.gap_no_band")
    notes = [t("band.estimate_tag")] if band.estimate else []
    if band.open_ended:
        notes.append(t("salaries.open_short"))
    return " · ".join(notes)


def axis_title(view: View, t: Translator) -> str:
    """`USD per year`, `EUR per month, 14 payments`, `USD per hour, 40 h a week` (no brackets,
    so it reads well inside another bracket)."""
    period = t(f"period.{view.period}")
    if view.period == "month":
        period = t("salaries.axis_month", period=period, payments=view.payments)
    elif view.period == "hour":
        hours = format_number(view.hours_per_week, t.lang, 1 if view.hours_per_week % 1 else 0)
        period = t("salaries.axis_hour", period=period, hours=hours)
    return f"{view.currency} {period}"


def rate_note(view: View, t: Translator, example: bool) -> str | None:
    """The conversion rate in words, flagged as an example when it is the untouched default."""
    if not view.converted:
        return None
    decimals = len(f"{view.rate:.4f}".rstrip("0").split(".")[1])
    text = t(
        "salaries.rate_note",
        base=view.base,
        rate=format_number(view.rate, t.lang, decimals),
        target=view.target,
    )
    return f"{text} · {t('salaries.rate_example')}" if example else text
