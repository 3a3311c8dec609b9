"""Inbound vs outbound: what each kind of call center asks of an operator, and which suits you."""

import streamlit as st

from app_pages._session import current
from careers.channel_quiz import QUESTIONS, SIDES, score
from careers.channels import channel, comparison_frame, find_item, resolve_focus
from careers.text import md_escape
from components.channel_blocks import (
    channel_column,
    picked_item,
    quiz_form,
    quiz_result,
    rule_frame,
)
from components.channel_figures import channel_figure
from components.figures import role_from_selection
from components.role_card import bullets, item_lines, sources_block

ALL = "all"
t, dataset = current()
names = {c.id: c.name.get(t.lang) for c in dataset.channels}

rejected = None
requested = st.query_params.get("channel")
if requested != st.session_state.get("channels_link"):
    st.session_state["channels_link"] = requested
    linked, rejected = resolve_focus(dataset, requested)
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
    )
focus = None if st.session_state["channels_focus"] == ALL else st.session_state["channels_focus"]
st.session_state["channels_link"] = focus
if focus:
    st.query_params["channel"] = focus
else:
    st.query_params.pop("channel", None)

frame = comparison_frame(dataset, t.lang)
if not frame.empty:
    st.subheader(t("channels.glance"), anchor=False)
    figure = channel_figure(dataset, t, focus, st.session_state.get("channels_item"))
    chart_key = f"channels_chart_{focus or ALL}"

    def _on_click() -> None:
        key = role_from_selection(st.session_state.get(chart_key), figure)
        if find_item(dataset, key) is not None:
            st.session_state["channels_item"] = key

    st.plotly_chart(
        figure,
        key=chart_key,
        on_select=_on_click,
        selection_mode="points",
        config={"displayModeBar": False},
        alt=t("channels.chart_alt"),
    )
    picked_item(find_item(dataset, st.session_state.get("channels_item")), dataset, t)
    with st.expander(t("channels.chart_data"), icon=":material/table:"):
        st.dataframe(frame, hide_index=True, width="stretch")
        st.download_button(
            t("channels.chart_csv"),
            frame.to_csv(index=False).encode("utf-8"),
            file_name=f"{dataset.id}_channels_{t.lang}.csv",
            mime="text/csv",
            key="channels_csv",
            icon=":material/download:",
        )

ordered = sorted(dataset.channels, key=lambda c: c.id != focus)
for column, found in zip(st.columns(max(len(ordered), 1)), ordered, strict=False):
    with column:
        channel_column(found, dataset, t, found.id == focus)
if dataset.common_duties:
    st.subheader(t("channels.common_title"), anchor=False)
    st.markdown(bullets(item_lines(dataset.common_duties, dataset, t)))
if dataset.script:
    st.subheader(t("channels.script_title"), anchor=False)
    st.markdown(item_lines([dataset.script], dataset, t)[0])
if dataset.work_conditions or dataset.sectors:
    st.subheader(t("channels.conditions_title"), anchor=False)
    conditions, sectors = st.columns(2, gap="large")
    conditions.markdown(bullets(item_lines(dataset.work_conditions, dataset, t)))
    if dataset.sectors:
        sectors.markdown(f"#### {t('channels.sectors_title')}")
        sectors.markdown(bullets(item_lines(dataset.sectors, dataset, t)))

st.subheader(t("channels.quiz.title"), anchor=False)
st.info(t("channels.quiz.disclaimer"), icon=":material/psychology_alt:")
if all(channel(dataset, side) for side in SIDES):
    with st.expander(t("channels.quiz.rule"), icon=":material/calculate:"):
        st.markdown(t("channels.quiz.rule_text"))
        st.dataframe(rule_frame(t), hide_index=True, width="stretch")
    if quiz_form(t):
        st.session_state["channels_quiz_sent"] = True
    if st.session_state.get("channels_quiz_sent"):
        answers = {q.id: st.session_state.get(f"channels_q_{q.id}") for q in QUESTIONS}
        quiz_result(score(answers), answers, dataset, t)
else:
    st.info(t("channels.quiz.needs_both"), icon=":material/info:")

with st.expander(t("common.sources")):
    sources_block(dataset, t)
