"""Inbound vs outbound: what each kind of call center asks of an operator, and which suits you."""

import plotly.graph_objects as go
import streamlit as st

from app_pages._links import keep_in_link, new_link_value
from app_pages._session import cached_figure, current
from careers.channels.content import find_item, resolve_focus
from careers.channels.quiz import score
from careers.text.markdown import md_escape
from components.channels.blocks import (
    channel_details,
    chart_data,
    chart_tables,
    picked_item,
)
from components.channels.figures import channel_figure
from components.channels.quiz import quiz_form, quiz_intro, quiz_result
from components.ladder.role_card import sources_block
from components.style import role_from_selection, wide_and_narrow

ALL = "all"
t, dataset = current()
names = {c.id: c.name.get(t.lang) for c in dataset.channels}

# `?channel=` holds a channel id; the control shows translated names, so the id is kept in the
# link by hand (app_pages/_links.py says why) and the choice persists across page switches.
requested = new_link_value("channel")
linked, rejected = resolve_focus(dataset, requested)
if requested is not None:
    st.session_state["channels_focus"] = linked or ALL
if st.session_state.get("channels_focus") not in [ALL, *names]:
    st.session_state["channels_focus"] = ALL

st.title(t("channels.title"), anchor=False)
st.markdown(t("channels.intro"))
if rejected is not None:
    st.warning(t("channels.unknown_channel", value=md_escape(rejected)), icon=":material/link_off:")
if not names:
    st.info(t("channels.no_channels"), icon=":material/info:")
elif len(names) == 1:
    st.info(t("channels.one_channel", name=md_escape(*names.values())), icon=":material/info:")
else:
    st.segmented_control(
        t("channels.focus"),
        [ALL, *names],
        key="channels_focus",
        required=True,
        format_func=lambda c: t("channels.focus_all") if c == ALL else md_escape(names[c]),
        persist_state="session",
    )
focus = None if st.session_state["channels_focus"] == ALL else st.session_state["channels_focus"]
keep_in_link("channel", focus)

frame, csv = chart_tables(dataset, t)
if not frame.empty:
    st.header(t("channels.glance"), anchor=False)
    picked = st.session_state.get("channels_item")
    # The wide chart on a desktop, the stacked one on a phone (components/style.py).
    for narrow, box in enumerate(wide_and_narrow("channels_chart")):
        if box is None:
            continue
        figure = cached_figure(channel_figure, dataset, t, focus, picked, narrow=narrow)
        chart_key = f"channels_chart_{'narrow_' if narrow else ''}{focus or ALL}"

        def _on_click(chart_key: str = chart_key, figure: go.Figure = figure) -> None:
            key = role_from_selection(st.session_state.get(chart_key), figure)
            if find_item(dataset, key) is not None:
                st.session_state["channels_item"] = key

        with box:
            st.plotly_chart(
                figure,
                key=chart_key,
                on_select=_on_click,
                selection_mode="points",
                config={"displayModeBar": False},
                alt=t("channels.chart_alt"),
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
