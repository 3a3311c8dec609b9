"""Salary bands: floating bars, band metrics, views, the user's own bands beside, pay mix."""

from collections.abc import Callable
from functools import partial

import plotly.graph_objects as go
import streamlit as st

from app_pages._links import keep_in_link, new_link_value, warn_rejected_link
from app_pages._own_bands import keep_own_rows, own_bands_start, take_upload
from app_pages._session import cached_figure, current
from app_pages._typed import TypedNumber
from careers.dataset.fields import MAX_PAY
from careers.salaries.bands import (
    MAX_HOURS_PER_WEEK,
    MAX_RATE,
    PAYMENTS,
    View,
    band_roles,
    base_currency,
    currency_choices,
    example_rate,
)
from careers.salaries.link import LINK_READERS, link_params
from careers.salaries.metrics import role_metrics
from careers.salaries.pay_mix import mix_start
from careers.salaries.words import axis_title, rate_note
from careers.text.markdown import md_escape
from components.salaries.band_figure import bands_chart
from components.salaries.controls import Box, view_controls
from components.salaries.own_bands import own_bands_block
from components.salaries.panel import role_panel
from components.salaries.pay_mix import pay_mix_block
from components.salaries.tables import band_chart_block, metrics_block, salary_tables
from components.style import role_from_selection

t, dataset = current()
state = st.session_state
roles = band_roles(dataset)
titles = {r.id: r.title.get(t.lang) for r in roles}
found = base_currency(dataset)
st.title(t("salaries.title"), anchor=False)
if found is None:
    st.info(t("salaries.no_bands"), icon=":material/money_off:")
    st.stop()
base: str = found
currencies = currency_choices(base)
NUMBERS = {
    "hours": TypedNumber("salaries_hours", 1, MAX_HOURS_PER_WEEK),
    "rate": TypedNumber("salaries_rate", 0.0001, MAX_RATE, digits=4),
    "salary": TypedNumber("salaries_salary", 0, MAX_PAY, optional=True),
    "fixed": TypedNumber("salaries_fixed", 0, MAX_PAY),
    "commission": TypedNumber("salaries_commission", 0, MAX_PAY),
}

# The link: currency and payments are bound widgets; role, period and typed numbers are read
# here once per new value (careers/salaries/link.py says why), with a notice for a bad one.
requested = new_link_value("role")
if requested is not None and requested in titles:
    state["salaries_role"] = requested
elif requested is not None:
    fallback = md_escape(titles[state.get("salaries_role", next(iter(titles)))])
    notice = t("salaries.bad_role_link", value=md_escape(requested[:60]), fallback=fallback)
    st.warning(notice, icon=":material/link_off:")
if state.get("salaries_role") not in titles:
    state["salaries_role"] = next(iter(titles))
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
shown = state.get("currency", st.query_params.get("currency", base))
shown = shown if shown in currencies else base
NUMBERS["hours"].prepare(t.lang, 40.0)
NUMBERS["rate"].prepare(t.lang, example_rate(base, shown))
NUMBERS["salary"].prepare(t.lang, None)
st.markdown(t("salaries.intro"))


def _new_currency() -> None:
    """Another currency: start from its example rate (an example, labelled as such)."""
    NUMBERS["rate"].set(example_rate(base, state["currency"]))


def _box(name: str) -> Box:
    """The text box of a typed number, with its reader and its last problem."""
    number = NUMBERS[name]
    return Box(number.box, number.reader(t.lang), number.message(t))


# The view as the widgets left it on the last run, to name the boxes drawn before them.
payments_shown = state.get("payments", st.query_params.get("payments", "12"))
last = View(
    base=base,
    target=shown,
    converted=shown != base,
    period=state.get("salaries_period", "year"),
    payments=int(payments_shown) if str(payments_shown) in {"12", "13", "14"} else 12,
    hours_per_week=NUMBERS["hours"].value() or 40.0,
)
labels = {
    "rate": t("salaries.rate", base=base, target=shown),
    "rate_caption": t("salaries.rate_caption")
    if NUMBERS["rate"].value() == example_rate(base, shown)
    else "",
    "salary": t("salaries.salary", view=axis_title(last, t)),
}
boxes = {n: _box(n) for n in ("hours", "rate", "salary")}
period, payments, currency = view_controls(t, currencies, boxes, labels, _new_currency)
view = View(
    base=base,
    target=currency,
    rate=NUMBERS["rate"].value() or 1.0,
    converted=currency != base,
    period=period,
    payments=payments,
    hours_per_week=NUMBERS["hours"].value() or 40.0,
)
salary = NUMBERS["salary"].value()
example = view.rate == example_rate(base, currency)

# A CSV loads into the own-bands table; the table's rows are what the session and workspace keep.
own_start = own_bands_start(t.lang)
own, own_rows = own_bands_block(
    dataset, t, titles, view, own_start, lambda: take_upload(own_start.upload_key, dataset, t)
)
keep_own_rows(own_rows, t.lang)
own_pairs = tuple(own.items())
rows = role_metrics(dataset, view, salary)
selected = state["salaries_role"]
note = rate_note(view, t, example)
# The wide chart for desktops and the narrow one for phones: the browser shows the one that fits,
# and each is built only where it can be shown (a phone never gets the wide one).
charts = [
    (partial(cached_figure, bands_chart, dataset, view, t, selected=selected, own=own_pairs,
             salary=salary, note=note, narrow=narrow), f"salaries_{form}_{selected}")
    for form, narrow in (("chart", False), ("narrow_chart", True))
]  # fmt: skip
view_name = f"{dataset.id}_{t.lang}_{view.currency}_{view.period}"
chart_data, metrics, metrics_csv = salary_tables(dataset, view, t, salary, own_pairs)


def _click(build: Callable[[], go.Figure], key: str) -> Callable[[], None]:
    """A click (or tap) on a band of this chart chooses that role for the panel below."""

    def on_click() -> None:
        role_id = role_from_selection(state.get(key), build())
        if role_id in titles:
            state["salaries_role"] = role_id

    return on_click


clickable = [(build, key, _click(build, key)) for build, key in charts]
band_chart_block(clickable, chart_data, len(rows), view, t, view_name)
st.selectbox(
    t("salaries.choose"), list(titles), key="salaries_role", format_func=lambda r: titles[r],
    persist_state="session",
)  # fmt: skip
row = next(r for r in rows if r.role.id == state["salaries_role"])
role_panel(row, dataset, t, salary)
metrics_block(metrics, metrics_csv, view, t, view_name)

# The pay mix follows the role and the view until the user types: amounts typed for another
# role or currency would be read against the wrong band.
context = (row.role.id, view.currency, view.payments)
if state.get("salaries_mix_for") != context:
    state["salaries_mix_for"] = context
    for name, start in zip(("fixed", "commission"), mix_start(row.band, view), strict=True):
        NUMBERS[name].set(start)
for name in ("fixed", "commission"):
    NUMBERS[name].prepare(t.lang, 0.0)


def _mix_inputs() -> tuple[dict[str, Box], tuple[float, float]]:
    """The pay-mix boxes and their current values (read when the simulator reruns alone)."""
    amounts = (NUMBERS["fixed"].value() or 0.0, NUMBERS["commission"].value() or 0.0)
    return {n: _box(n) for n in ("fixed", "commission")}, amounts


pay_mix_block(row, view, dataset, t, _mix_inputs, build=cached_figure)

params = link_params(view, salary)
keep_in_link("role", state["salaries_role"])
for name in LINK_READERS:
    keep_in_link(name, params.get(name))
