"""Salary bands: floating bars, band metrics, views, the user's own bands beside, pay mix."""

import streamlit as st

from app_pages._session import cached_figure, current
from app_pages._workspace import own_bands_start
from careers.salaries.bands import (
    band_roles,
    base_currency,
    default_target,
    example_rate,
    role_metrics,
)
from careers.salaries.tables import LINK_KEYS, LINK_TEXT_LIMIT, link_params, read_link
from careers.text.markdown import md_escape
from components.salaries.blocks import (
    band_chart_block,
    metrics_block,
    mix_start,
    own_bands_block,
    pay_mix_block,
    role_panel,
    salary_tables,
    view_controls,
)
from components.salaries.figures import bands_chart, rate_note
from components.style import role_from_selection

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
st.markdown(t("salaries.intro"))


def _new_target() -> None:
    """A new target currency: clean the code and start from its example rate."""
    code = "".join(c for c in state["salaries_target"].upper() if c.isalpha())[:3]
    state["salaries_target"] = code if len(code) == 3 else default_target(base)
    state["salaries_rate"] = example_rate(base, state["salaries_target"])


view, salary, example = view_controls(t, base, state["salaries_target"], _new_target)

own_rows, own_editor = own_bands_start()
own, state["salaries_own_rows"] = own_bands_block(dataset, t, titles, view, own_rows, own_editor)
own_pairs = tuple(own.items())
rows = role_metrics(dataset, view, salary)
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


band_chart_block(figure, chart_key, _on_click, chart_data, len(rows), view, t, view_name)

st.selectbox(t("salaries.choose"), ids, key="salaries_role", format_func=titles.get)
row = next(r for r in rows if r.role.id == state["salaries_role"])
role_panel(row, dataset, t, salary)

metrics_block(metrics, metrics_csv, view, t, view_name)

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
