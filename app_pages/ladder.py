"""The interactive ladder: choose a role (list, chart, link) to see it in full."""

from functools import partial

import plotly.graph_objects as go
import streamlit as st

from app_pages._session import cached_figure, current, follow_role_link
from careers.ladder.graph import (
    incoming_lateral_moves,
    ladder_roles,
    lateral_roles,
    outgoing_lateral_moves,
    path_between,
    step_change,
    steps_up,
)
from careers.text.markdown import md_escape
from components.citations import Citations, show_all
from components.data.tables import ladder_chart_data
from components.ladder.chart_block import ladder_charts
from components.ladder.figures import ladder_figure, narrow_ladder_figure
from components.ladder.moves import lateral_block, step_change_block
from components.ladder.role_card import role_card
from components.style import role_from_selection

t, dataset = current()
roles = ladder_roles(dataset) + lateral_roles(dataset)
ids = [r.id for r in roles]
titles = {r.id: r.title.get(t.lang) for r in roles}
cites = Citations(dataset, t)


def open_role(role_id: str) -> None:
    """Make `role_id` the chosen role (from a chart tap or a button, in its callback)."""
    st.session_state["ladder_role"] = role_id


def open_clicked(chart_key: str, figure: go.Figure) -> None:
    """Open the role behind the point just clicked or tapped on the chart `chart_key`."""
    role_id = role_from_selection(st.session_state.get(chart_key), figure)
    if role_id in ids:
        open_role(role_id)


st.title(t("ladder.title"), anchor=False)
st.caption(t("ladder.intro_choose"))
# `?role=` is a role id, the same in both languages; a selectbox bound to the link would put its
# label (the title, in the page's language) in the URL and refuse `?role=team_leader`. So the
# link is read and written here, and the choice persists across page switches as a widget.
follow_role_link(t, titles, "ladder_role", "ladder_link_role", "ladder.unknown_role")
selected = st.selectbox(
    t("ladder.choose"),
    ids,
    key="ladder_role",
    format_func=titles.__getitem__,
    persist_state="session",
)
st.session_state["ladder_link_role"] = selected
st.query_params["role"] = selected
role = dataset.role(selected)


ladder_charts(
    dataset,
    t,
    selected,
    lambda narrow: cached_figure(
        narrow_ladder_figure if narrow else ladder_figure, dataset, t, selected
    ),
    lambda figure, key: partial(open_clicked, key, figure),
    open_role,
)
ladder_chart_data(dataset, t, with_pay=True, key="ladder_table")

route = path_between(dataset, ids[0], role.id)
if route:
    chain = [ids[0], *(m.to_role for m in route)]
    st.caption(t("ladder.path", path=" → ".join(md_escape(titles[r]) for r in chain)))
training = list(dataset.training) if role.id == ids[0] else None
role_card(role, dataset, t, cites, training=training)
for move in steps_up(dataset, role.id):
    with st.container(border=True):
        change = step_change(dataset, role.id, move.to_role)
        step_change_block(change, move, dataset, t, cites)
for key, moves, far_end in (
    ("ladder.lateral_out", outgoing_lateral_moves(dataset, role.id), lambda m: m.to_role),
    ("ladder.lateral_in", incoming_lateral_moves(dataset, role.id), lambda m: m.from_role),
):
    lateral_block(t(key), moves, far_end, dataset, cites, open_role)
show_all(cites)
