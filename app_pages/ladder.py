"""The interactive ladder: click a step (or choose it) to see that role in full."""

import streamlit as st

from app_pages._session import cached_figure, current, follow_role_link
from careers.ladder.graph import (
    ladder_roles,
    lateral_moves,
    lateral_roles,
    path_between,
    step_change,
    steps_up,
)
from careers.ladder.summary import ladder_alt
from careers.text.markdown import md_escape
from components.data.tables import ladder_chart_data
from components.ladder.figures import is_dense, ladder_figure
from components.ladder.role_card import role_card, sources_block, step_change_block
from components.style import role_from_selection

t, dataset = current()
roles = ladder_roles(dataset) + lateral_roles(dataset)
ids = [r.id for r in roles]
titles = {r.id: r.title.get(t.lang) for r in roles}

follow_role_link(t, titles, "ladder_role", "ladder_link_role", "ladder.unknown_role")

st.title(t("ladder.title"), anchor=False)
st.caption(t("ladder.intro"))
selected = st.session_state["ladder_role"]
figure = cached_figure(ladder_figure, dataset, t, selected)
if is_dense(dataset):
    st.caption(t("ladder.dense_note", count=len(roles)))
chart_key = f"ladder_chart_{selected}"


def _on_click() -> None:
    role_id = role_from_selection(st.session_state.get(chart_key), figure)
    if role_id in ids:
        st.session_state["ladder_role"] = role_id


st.plotly_chart(
    figure,
    key=chart_key,
    on_select=_on_click,
    selection_mode="points",
    config={"displayModeBar": False},
    alt=ladder_alt(dataset, t),
)
ladder_chart_data(dataset, t, with_pay=True, key="ladder_table")
st.selectbox(t("ladder.choose"), ids, key="ladder_role", format_func=titles.get)
role = dataset.role(st.session_state["ladder_role"])
st.session_state["ladder_link_role"] = role.id
st.query_params["role"] = role.id

entry = roles[0].id
route = path_between(dataset, entry, role.id)
if route:
    st.caption(
        t(
            "ladder.path",
            path=" → ".join(md_escape(titles[r]) for r in [entry, *(m.to_role for m in route)]),
        )
    )
role_card(role, dataset, t)

for move in steps_up(dataset, role.id):
    with st.container(border=True):
        step_change_block(step_change(dataset, role.id, move.to_role), dataset, t)

moves = lateral_moves(dataset, role.id)
if moves:
    st.markdown(f"#### {t('ladder.lateral_title')}")
    # A move written both ways (A -> B and B -> A) is valid data: one button per role.
    others = dict.fromkeys(m.to_role if m.from_role == role.id else m.from_role for m in moves)
    with st.container(horizontal=True):
        for other in others:
            st.button(
                md_escape(titles[other]),
                key=f"ladder_go_{other}",
                icon=":material/arrow_outward:",
                on_click=st.session_state.__setitem__,
                args=("ladder_role", other),
            )
    for citation in dict.fromkeys(dataset.cite(m.source, t.lang) for m in moves):
        st.caption(md_escape(citation))

st.markdown(f"#### {t('common.sources')}")
sources_block(dataset, t)
