"""Inbound vs outbound: what each kind of call center asks of an operator, and which suits you."""

from collections.abc import Callable

import plotly.graph_objects as go
import streamlit as st

from app_pages._channel_focus import channel_focus
from app_pages._session import cached_figure, current
from careers.channels.content import find_item
from careers.channels.quiz import score
from components.channels.blocks import channel_details, chart_data, chart_tables, picked_item
from components.channels.chart_block import channel_charts
from components.channels.figures import channel_figure
from components.channels.quiz import quiz_form, quiz_intro, quiz_result
from components.ladder.role_card import sources_block
from components.style import role_from_selection

t, dataset = current()
names = {c.id: c.name.get(t.lang) for c in dataset.channels}

st.title(t("channels.title"), anchor=False)
st.markdown(t("channels.intro"))
focus = channel_focus(t, dataset, names)


def pick_on_click(figure: go.Figure, key: str) -> Callable[[], None]:
    """A click or tap on an item of the chart `key` shows that item under the chart."""

    def on_click() -> None:
        item = role_from_selection(st.session_state.get(key), figure)
        if find_item(dataset, item) is not None:
            st.session_state["channels_item"] = item

    return on_click


frame, csv = chart_tables(dataset, t)
if not frame.empty:
    st.header(t("channels.glance"), anchor=False)
    picked = st.session_state.get("channels_item")
    channel_charts(
        t,
        focus,
        lambda narrow: cached_figure(channel_figure, dataset, t, focus, picked, narrow=narrow),
        pick_on_click,
    )
    picked_item(find_item(dataset, st.session_state.get("channels_item")), dataset, t)
    chart_data(frame, csv, f"{dataset.id}_channels_{t.lang}.csv", t)

channel_details(dataset, t, focus)

if quiz_intro(dataset, t):

    @st.fragment
    def _quiz() -> None:
        """The questions and the result: sending the answers reruns only this part."""
        if quiz_form(dataset.quiz, t):
            st.session_state["channels_quiz_sent"] = True
        if st.session_state.get("channels_quiz_sent"):
            answers = {q.id: st.session_state.get(f"channels_q_{q.id}") for q in dataset.quiz}
            quiz_result(score(answers, dataset.quiz), answers, dataset, t)

    _quiz()

with st.expander(t("common.sources")):
    sources_block(dataset, t)
