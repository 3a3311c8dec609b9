"""Page glue for the salary view: its typed numbers, its link, and the view the controls leave.

The link: `currency` and `payments` are bound widgets; `role`, `period` and the typed numbers
are read once per new value (careers/salaries/link.py says why), with a notice for a bad one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import plotly.graph_objects as go
import streamlit as st

from app_pages._links import keep_in_link, new_link_value, warn_rejected_link
from app_pages._typed import TypedNumber
from careers.dataset.fields import MAX_PAY
from careers.salaries.bands import MAX_HOURS_PER_WEEK, MAX_RATE, PAYMENTS, View, example_rate
from careers.salaries.link import LINK_READERS, link_params
from careers.salaries.metrics import RoleMetrics
from careers.salaries.pay_mix import mix_start
from careers.salaries.words import axis_title
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.salaries.controls import Box, view_controls
from components.style import role_from_selection

ROLE = "salaries_role"
NUMBERS = {
    "hours": TypedNumber("salaries_hours", 1, MAX_HOURS_PER_WEEK),
    "rate": TypedNumber("salaries_rate", 0.0001, MAX_RATE, digits=4),
    "salary": TypedNumber("salaries_salary", 0, MAX_PAY, optional=True),
    "fixed": TypedNumber("salaries_fixed", 0, MAX_PAY),
    "commission": TypedNumber("salaries_commission", 0, MAX_PAY),
}
DEFAULT_HOURS = 40.0


def follow_salary_link(
    t: Translator, titles: Mapping[str, str], currencies: tuple[str, ...]
) -> None:
    """Take the link's role, period and typed numbers once per new value; warn of bad ones."""
    state = st.session_state
    requested = new_link_value("role")
    if requested is not None and requested in titles:
        state[ROLE] = requested
    elif requested is not None:
        fallback = md_escape(titles[state.get(ROLE, next(iter(titles)))])
        notice = t("salaries.bad_role_link", value=md_escape(requested[:60]), fallback=fallback)
        st.warning(notice, icon=":material/link_off:")
    if state.get(ROLE) not in titles:
        state[ROLE] = next(iter(titles))
    for name, read in LINK_READERS.items():
        raw = new_link_value(name)
        value = None if raw is None else read(raw)
        if raw is not None and value is None:
            notice = t("salaries.bad_link", param=name, value=md_escape(raw[:60]))
            st.warning(notice, icon=":material/link_off:")
        elif isinstance(value, str):
            state["salaries_period"] = value
        elif isinstance(value, float):
            NUMBERS[name].set(value)
    for name, accepts in (("currency", currencies), ("payments", [str(p) for p in PAYMENTS])):
        warn_rejected_link(t, name, accepts, "salaries.bad_link", param=name)


def view_panel(t: Translator, base: str, currencies: tuple[str, ...]) -> tuple[View, float | None]:
    """The view controls and the typed salary: (the view chosen, the salary or None)."""
    state = st.session_state
    shown = state.get("currency", st.query_params.get("currency", base))
    shown = shown if shown in currencies else base
    NUMBERS["hours"].prepare(t.lang, DEFAULT_HOURS)
    NUMBERS["rate"].prepare(t.lang, example_rate(base, shown))
    NUMBERS["salary"].prepare(t.lang, None)
    # The view as the widgets left it on the last run, to name the boxes drawn before them.
    payments_shown = str(state.get("payments", st.query_params.get("payments", "12")))
    last = View(
        base=base,
        target=shown,
        converted=shown != base,
        period=state.get("salaries_period", "year"),
        payments=int(payments_shown) if payments_shown in {"12", "13", "14"} else 12,
        hours_per_week=NUMBERS["hours"].value() or DEFAULT_HOURS,
    )
    example = NUMBERS["rate"].value() == example_rate(base, shown)
    labels = {
        "rate": t("salaries.rate", base=base, target=shown),
        "rate_caption": t("salaries.rate_caption") if example else "",
        "salary": t("salaries.salary", view=axis_title(last, t)),
    }

    def new_currency() -> None:
        """Another currency: start from its example rate (an example, labelled as such)."""
        NUMBERS["rate"].set(example_rate(base, state["currency"]))

    boxes = {n: _box(n, t) for n in ("hours", "rate", "salary")}
    period, payments, currency = view_controls(t, currencies, boxes, labels, new_currency)
    view = View(
        base=base,
        target=currency,
        rate=NUMBERS["rate"].value() or 1.0,
        converted=currency != base,
        period=period,
        payments=payments,
        hours_per_week=NUMBERS["hours"].value() or DEFAULT_HOURS,
    )
    return view, NUMBERS["salary"].value()


def choose_on_click(
    build: Callable[[], go.Figure], key: str, titles: Mapping[str, str]
) -> Callable[[], None]:
    """A click (or tap) on a band of the chart `key` chooses that role for the panel below."""

    def on_click() -> None:
        role_id = role_from_selection(st.session_state.get(key), build())
        if role_id in titles:
            st.session_state[ROLE] = role_id

    return on_click


def mix_inputs(
    row: RoleMetrics, view: View, t: Translator
) -> Callable[[], tuple[dict[str, Box], tuple[float, float]]]:
    """Ready the pay mix's boxes; the function its simulator reads them with when it reruns.

    The amounts follow the role and the view until the user types: amounts typed for another
    role or currency would be read against the wrong band.
    """
    state = st.session_state
    context = (row.role.id, view.currency, view.payments)
    if state.get("salaries_mix_for") != context:
        state["salaries_mix_for"] = context
        for name, start in zip(("fixed", "commission"), mix_start(row.band, view), strict=True):
            NUMBERS[name].set(start)
    for name in ("fixed", "commission"):
        NUMBERS[name].prepare(t.lang, 0.0)

    def read() -> tuple[dict[str, Box], tuple[float, float]]:
        amounts = (NUMBERS["fixed"].value() or 0.0, NUMBERS["commission"].value() or 0.0)
        return {n: _box(n, t) for n in ("fixed", "commission")}, amounts

    return read


def keep_salary_link(view: View, salary: float | None) -> None:
    """Write the chosen role, the view and the typed numbers back into the link."""
    params = link_params(view, salary)
    keep_in_link("role", st.session_state[ROLE])
    for name in LINK_READERS:
        keep_in_link(name, params.get(name))


def _box(name: str, t: Translator) -> Box:
    """The text box of a typed number, with its reader and its last problem."""
    number = NUMBERS[name]
    return Box(number.box, number.reader(t.lang), number.message(t))
