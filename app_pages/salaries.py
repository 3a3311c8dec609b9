"""Salary bands: floating bars, band metrics, views, the user's own bands beside, pay mix."""

from functools import partial

import streamlit as st

from app_pages._own_bands import keep_own_rows, own_bands_start, take_upload
from app_pages._salary_view import (
    ROLE,
    choose_on_click,
    follow_salary_link,
    keep_salary_link,
    mix_inputs,
    view_panel,
)
from app_pages._session import cached_figure, current
from careers.salaries.bands import band_roles, base_currency, currency_choices, example_rate
from careers.salaries.metrics import role_metrics
from careers.salaries.words import rate_note
from components.salaries.band_figure import bands_chart
from components.salaries.own_bands import own_bands_block
from components.salaries.panel import role_panel
from components.salaries.pay_mix import pay_mix_block
from components.salaries.tables import band_chart_block, metrics_block, salary_tables

t, dataset = current()
titles = {r.id: r.title.get(t.lang) for r in band_roles(dataset)}
base = base_currency(dataset)
st.title(t("salaries.title"), anchor=False)
if base is None:
    st.info(t("salaries.no_bands"), icon=":material/money_off:")
    st.stop()
currencies = currency_choices(base)
follow_salary_link(t, titles, currencies)
st.markdown(t("salaries.intro"))
view, salary = view_panel(t, base, currencies)

# A CSV loads into the own-bands table; the table's rows are what the session and workspace keep.
own_start = own_bands_start(t.lang)
own, own_rows = own_bands_block(
    dataset, t, titles, view, own_start, lambda: take_upload(own_start.upload_key, dataset, t)
)
keep_own_rows(own_rows, t.lang)
own_pairs = tuple(own.items())
rows = role_metrics(dataset, view, salary)
selected = st.session_state[ROLE]
note = rate_note(view, t, view.rate == example_rate(base, view.target))
# The wide chart for desktops and the narrow one for phones: the browser shows the one that fits,
# and each is built only where it can be shown (a phone never gets the wide one).
charts = [
    (partial(cached_figure, bands_chart, dataset, view, t, selected=selected, own=own_pairs,
             salary=salary, note=note, narrow=narrow), f"salaries_{form}_{selected}")
    for form, narrow in (("chart", False), ("narrow_chart", True))
]  # fmt: skip
view_name = f"{dataset.id}_{t.lang}_{view.currency}_{view.period}"
chart_data, metrics, metrics_csv = salary_tables(dataset, view, t, salary, own_pairs)
clickable = [(build, key, choose_on_click(build, key, titles)) for build, key in charts]
band_chart_block(clickable, chart_data, len(rows), view, t, view_name)
st.selectbox(
    t("salaries.choose"), list(titles), key=ROLE, format_func=lambda r: titles[r],
    persist_state="session",
)  # fmt: skip
row = next(r for r in rows if r.role.id == st.session_state[ROLE])
role_panel(row, dataset, t, salary)
metrics_block(metrics, metrics_csv, view, t, view_name)
pay_mix_block(row, view, dataset, t, mix_inputs(row, view, t), build=cached_figure)
keep_salary_link(view, salary)
