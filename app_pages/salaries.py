"""Salary bands: floating bars, band metrics, views, the user's own bands beside, pay mix."""

import streamlit as st

from app_pages._session import current
from careers.salaries import (
    MAX_HOURS_PER_WEEK,
    MAX_RATE,
    PAYMENTS,
    PERIODS,
    View,
    band_roles,
    base_currency,
    default_target,
    example_rate,
    metrics_frame,
    monthly,
    own_view_bands,
    parse_own_csv,
    parse_own_rows,
    pay_mix,
    per_period,
    role_metrics,
)
from careers.salary_tables import LINK_KEYS, LINK_TEXT_LIMIT, link_params, metrics_table, read_link
from careers.text import md_escape
from components.figures import role_from_selection
from components.role_card import item_lines
from components.salary_blocks import (
    column_config,
    mix_summary,
    own_bands_input,
    own_problems,
    pay_structure_item,
    role_panel,
)
from components.salary_figures import axis_title, band_figure, pay_mix_figure, rate_note

t, dataset = current()
state = st.session_state
roles = band_roles(dataset)
ids = [r.id for r in roles]
titles = {r.id: r.title.get(t.lang) for r in roles}
base = base_currency(dataset)
st.title(t("salaries.title"), anchor=False)
if base is None:
    st.info(t("salaries.no_bands"), icon=":material/money_off:")
    st.stop()

# Defaults, then what the link asks for: only when the link differs from what this page wrote.
state.setdefault("salaries_target", default_target(base))
state.setdefault("salaries_rate", example_rate(base, state["salaries_target"]))
for name, value in {"convert": False, "period": "year", "payments": 12, "hours": 40.0}.items():
    state.setdefault(f"salaries_{name}", value)
link = {k: st.query_params[k] for k in LINK_KEYS if k in st.query_params}
if link != state.get("salaries_link"):
    values, rejected = read_link(link, ids, base)
    if "target" in values and "rate" not in values:
        values["rate"] = example_rate(base, values["target"])
    for name, value in values.items():
        state[f"salaries_{name}"] = value
    for name, raw in rejected:
        st.warning(
            t("salaries.bad_link", name=name, value=md_escape(raw[:LINK_TEXT_LIMIT])),
            icon=":material/link_off:",
        )
if state.get("salaries_role") not in ids:
    state["salaries_role"] = ids[0]
st.caption(t("salaries.intro"))


def _new_target() -> None:
    """A new target currency: clean the code and start from its example rate."""
    code = "".join(c for c in state["salaries_target"].upper() if c.isalpha())[:3]
    state["salaries_target"] = code if len(code) == 3 else default_target(base)
    state["salaries_rate"] = example_rate(base, state["salaries_target"])


with st.container(border=True):
    period_col, currency_col, salary_col = st.columns([1.2, 1.2, 1])
    with period_col:
        st.segmented_control(
            t("salaries.period"),
            PERIODS,
            key="salaries_period",
            required=True,
            format_func={
                "year": t("salaries.period_year"),
                "month": t("salaries.period_month"),
                "hour": t("salaries.period_hour"),
            }.get,
        )
        st.selectbox(
            t("salaries.payments"),
            PAYMENTS,
            key="salaries_payments",
            help=t("salaries.payments_help"),
        )
        st.number_input(
            t("salaries.hours"),
            min_value=1.0,
            max_value=MAX_HOURS_PER_WEEK,
            step=1.0,
            key="salaries_hours",
            help=t("salaries.hours_help"),
        )
        st.caption(t("salaries.hours_assumption"))
    with currency_col:
        st.toggle(t("salaries.convert", base=base), key="salaries_convert")
        st.text_input(
            t("salaries.target"), key="salaries_target", max_chars=3, on_change=_new_target
        )
        st.number_input(
            t("salaries.rate", base=base, target=state["salaries_target"]),
            min_value=0.0001,
            max_value=MAX_RATE,
            format="%.4f",
            step=0.01,
            key="salaries_rate",
        )
        example = state["salaries_rate"] == example_rate(base, state["salaries_target"])
        if example:
            st.caption(t("salaries.rate_caption"))
    view = View(
        base=base,
        target=state["salaries_target"],
        rate=state["salaries_rate"],
        converted=state["salaries_convert"],
        period=state["salaries_period"],
        payments=state["salaries_payments"],
        hours_per_week=state["salaries_hours"],
    )
    with salary_col:
        salary = st.number_input(
            t("salaries.salary", view=axis_title(view, t)),
            min_value=0.0,
            value=None,
            step=100.0,
            key="salaries_salary",
            help=t("salaries.salary_help"),
        )

with st.expander(t("salaries.own_title"), icon=":material/business:"):
    upload, records = own_bands_input(t, titles, view.currency)
    if upload is not None:
        own, problems = parse_own_csv(upload, dataset, view.currency)
    else:
        own, problems = parse_own_rows(records, dataset, view.currency)
    own_problems(problems, t)
own_bands = own_view_bands(own, view)

rows = role_metrics(dataset, view, salary)
selected = state["salaries_role"]
note = rate_note(view, t, example)
figure = band_figure(rows, view, t, selected=selected, own=own_bands, salary=salary, note=note)
chart_key = f"salaries_chart_{selected}"
view_name = f"{dataset.id}_{t.lang}_{view.currency}_{view.period}"


def _on_click() -> None:
    """A click on a band chooses that role for the panel below."""
    role_id = role_from_selection(state.get(chart_key), figure)
    if role_id in ids:
        state["salaries_role"] = role_id


st.plotly_chart(
    figure,
    key=chart_key,
    on_select=_on_click,
    selection_mode="points",
    alt=t("salaries.chart_alt"),
    config={
        "displaylogo": False,
        "modeBarButtonsToRemove": ["select2d", "lasso2d", "zoom2d", "pan2d", "autoScale2d"],
        "toImageButtonOptions": {"filename": f"salary_bands_{view_name}", "scale": 2},
    },
)
st.caption(t("salaries.chart_hint"))

st.selectbox(t("salaries.choose"), ids, key="salaries_role", format_func=titles.get)
row = next(r for r in rows if r.role.id == state["salaries_role"])
role_panel(row, dataset, t, salary)

st.subheader(t("salaries.metrics_title"), anchor=False)
st.dataframe(
    metrics_table(rows, t, own_bands if own else None),
    hide_index=True,
    column_config=column_config(t, axis_title(view, t)),
)
st.download_button(
    t("salaries.metrics_csv"),
    metrics_frame(rows, t.lang).to_csv(index=False).encode("utf-8"),
    file_name=f"salary_metrics_{view_name}.csv",
    mime="text/csv",
    key="salaries_metrics_csv",
    icon=":material/download:",
)
st.caption(t("salaries.metrics_doc"))

st.subheader(t("salaries.mix_title", role=md_escape(row.role.title.get(t.lang))), anchor=False)
item = pay_structure_item(dataset)
st.markdown(item_lines([item], dataset, t)[0] if item else t("salaries.mix_no_source"))
start = round(monthly(row.band.min, view)) if row.band else 0
state.setdefault("salaries_fixed", float(start))
state.setdefault("salaries_commission", float(round(start * 0.05, -1)))
fixed_col, commission_col, achieved_col = st.columns(3)
fixed = fixed_col.number_input(
    t("salaries.mix_fixed_input", currency=view.currency),
    min_value=0.0,
    step=50.0,
    key="salaries_fixed",
    help=t("salaries.mix_fixed_help"),
)
commission = commission_col.number_input(
    t("salaries.mix_commission_input", currency=view.currency),
    min_value=0.0,
    step=10.0,
    key="salaries_commission",
    help=t("salaries.mix_commission_help"),
)
achieved = achieved_col.slider(
    t("salaries.mix_achievement"), 0, 200, 100, step=5, key="salaries_achievement", format="%d%%"
)
mix = pay_mix(fixed, commission, achieved / 100, view.payments)
st.markdown(mix_summary(per_period(mix.total, view), row.band, view, t))
st.plotly_chart(
    pay_mix_figure(mix, row.band, view, t, row.role.title.get(t.lang)),
    key="salaries_mix_chart",
    config={"displaylogo": False, "toImageButtonOptions": {"filename": f"pay_mix_{view_name}"}},
    alt=t("salaries.mix_alt"),
)
st.caption(t("salaries.mix_assumptions", payments=view.payments))

state["salaries_link"] = link_params(view, state["salaries_role"])
for name in LINK_KEYS:
    if name in state["salaries_link"]:
        st.query_params[name] = state["salaries_link"][name]
    elif name in st.query_params:
        del st.query_params[name]
