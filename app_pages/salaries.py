"""Salary bands: floating bars, band metrics, views, the user's own bands beside, pay mix."""

import streamlit as st

from app_pages._session import cached_figure, current
from careers.salaries import (
    band_roles,
    base_currency,
    default_target,
    example_rate,
    own_view_bands,
    parse_own_csv,
    parse_own_rows,
    role_metrics,
)
from careers.salary_tables import LINK_KEYS, LINK_TEXT_LIMIT, link_params, read_link
from careers.text import md_escape
from components.figures import role_from_selection
from components.salary_blocks import (
    column_config,
    mix_start,
    own_bands_input,
    own_problems,
    pay_mix_block,
    role_panel,
    salary_tables,
    view_controls,
)
from components.salary_figures import CHART_ROLES, axis_title, bands_chart, rate_note

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


view, salary, example = view_controls(t, base, state["salaries_target"], _new_target)

with st.expander(t("salaries.own_title"), icon=":material/business:"):
    upload, records = own_bands_input(t, titles, view.currency)
    if upload is not None:
        own, problems = parse_own_csv(upload, dataset, view.currency)
    else:
        own, problems = parse_own_rows(records, dataset, view.currency)
    own_problems(problems, t)
own_bands = own_view_bands(own, view)

rows = role_metrics(dataset, view, salary)
own_pairs = tuple(own_bands.items())
selected = state["salaries_role"]
note = rate_note(view, t, example)
figure = cached_figure(
    bands_chart, dataset, view, t, selected=selected, own=own_pairs, salary=salary, note=note
)
chart_key = f"salaries_chart_{selected}"
view_name = f"{dataset.id}_{t.lang}_{view.currency}_{view.period}"
chart_data, metrics, metrics_csv = salary_tables(dataset, view, t, salary, own_pairs)


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
if len(rows) > CHART_ROLES:
    st.caption(t("salaries.chart_capped", shown=CHART_ROLES, total=len(rows)))
with st.expander(t("salaries.chart_data", view=axis_title(view, t)), icon=":material/table:"):
    st.dataframe(chart_data, hide_index=True)

st.selectbox(t("salaries.choose"), ids, key="salaries_role", format_func=titles.get)
row = next(r for r in rows if r.role.id == state["salaries_role"])
role_panel(row, dataset, t, salary)

st.subheader(t("salaries.metrics_title"), anchor=False)
st.dataframe(metrics, hide_index=True, column_config=column_config(t, axis_title(view, t)))
st.download_button(
    t("salaries.metrics_csv"),
    metrics_csv,
    file_name=f"salary_metrics_{view_name}.csv",
    mime="text/csv",
    key="salaries_metrics_csv",
    icon=":material/download:",
)
st.caption(t("salaries.metrics_doc"))

fixed, commission = mix_start(row, view)
state.setdefault("salaries_fixed", fixed)
state.setdefault("salaries_commission", commission)
pay_mix_block(row, view, dataset, t, build=cached_figure)

state["salaries_link"] = link_params(view, state["salaries_role"])
for name in LINK_KEYS:
    if name in state["salaries_link"]:
        st.query_params[name] = state["salaries_link"][name]
    elif name in st.query_params:
        del st.query_params[name]
