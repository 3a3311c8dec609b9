"""The view panel: period, payments, hours, currency and rate, and a salary to place."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import streamlit as st

from careers.salaries.bands import PAYMENTS, PERIODS, Period
from careers.text.i18n import Translator


@dataclass(frozen=True)
class Box:
    """A typed-number text box: its widget key, what to call when it changes, its message."""

    key: str
    on_change: Callable[[], None]
    message: str | None = None


def number_box(label: str, box: Box, help_text: str | None = None) -> None:
    """A text box for a number typed the page's way, with the problem of the last entry."""
    st.text_input(label, key=box.key, on_change=box.on_change, help=help_text)
    if box.message:
        st.error(box.message, icon=":material/error:")


def view_controls(
    t: Translator,
    currencies: tuple[str, ...],
    boxes: Mapping[str, Box],
    labels: Mapping[str, str],
    on_currency: Callable[[], None],
) -> tuple[Period, int, str]:
    """The view panel, in one bordered container.

    Currency and payments are bound to the link as app_pages/_links.BINDING says (spelled out
    here so the type checker sees the literals). A bound widget's key is the link parameter's
    name (`currency`, `payments`), so old links keep working: these keys are not prefixed.

    Args:
        t: translator.
        currencies: the currencies offered, the dataset's own first.
        boxes: the typed numbers' boxes: hours, rate, salary.
        labels: labels that depend on the view: the rate's and the salary's.
        on_currency: called when the user picks another currency.

    Returns:
        (period, payments, currency shown).
    """
    with st.container(border=True):
        period_col, currency_col, salary_col = st.columns([1.2, 1.2, 1])
        with period_col:
            period, payments = _period_inputs(t, boxes)
        with currency_col:
            currency = st.selectbox(
                t("salaries.currency"),
                currencies,
                key="currency",
                help=t("salaries.currency_help"),
                on_change=on_currency,
                bind="query-params",
                persist_state="session",
            )
            if currency != currencies[0]:
                number_box(labels["rate"], boxes["rate"])
                if labels.get("rate_caption"):
                    st.caption(labels["rate_caption"])
        with salary_col:
            number_box(labels["salary"], boxes["salary"], t("salaries.salary_help"))
    return period, payments, str(currency)


def _period_inputs(t: Translator, boxes: Mapping[str, Box]) -> tuple[Period, int]:
    """Per year, month or hour; the payments a year and the hours a week it is counted with."""
    period = st.segmented_control(
        t("salaries.period"),
        PERIODS,
        key="salaries_period",
        required=True,
        default="year",
        persist_state="session",
        format_func=lambda p: t(f"salaries.period_{p}"),
    )
    payments = st.selectbox(
        t("salaries.payments"),
        PAYMENTS,
        key="payments",
        help=t("salaries.payments_help"),
        bind="query-params",
        persist_state="session",
    )
    number_box(t("salaries.hours"), boxes["hours"], t("salaries.hours_help"))
    st.caption(t("salaries.hours_assumption"))
    return period or "year", int(payments)
