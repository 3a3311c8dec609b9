"""Streamlit blocks of the inbound / outbound page: a channel in full, a picked item, the data."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from careers.channels.content import (
    ChannelItem,
    channel,
    chart_table,
    comparison_frame,
    group_names,
    label,
)
from careers.dataset.models import Channel, Dataset
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.cache import CONTENT_HASH
from components.chart_data import chart_data as data_expander
from components.ladder.role_card import bullets, item_lines

# Cached tables are keyed by the data's content and the language, never by the session.


@st.cache_data(max_entries=32, show_spinner=False, hash_funcs=CONTENT_HASH)
def chart_tables(dataset: Dataset, t: Translator) -> tuple[pd.DataFrame, bytes]:
    """The chart's data as shown under it, and as CSV (with ids) to download; built once."""
    return chart_table(dataset, t), comparison_frame(dataset, t.lang).to_csv(index=False).encode()


def channel_column(found: Channel, dataset: Dataset, t: Translator, focused: bool) -> None:
    """One channel in full: who calls whom, then its activities, duties and experience."""
    with st.container(border=True):
        badge = f" :orange-badge[{t('channels.focused')}]" if focused else ""
        st.header(f"{md_escape(found.name.get(t.lang))}{badge}", anchor=False)
        st.markdown(f"**{t('channels.who_calls')}**")
        st.markdown(item_lines([found.who_calls], dataset, t)[0])
        for group, heading in list(group_names(t).items())[:3]:
            st.markdown(f"**{heading}**")
            lines = item_lines(getattr(found, group), dataset, t)
            st.markdown(bullets(lines) if lines else f"_{t('channels.none_listed')}_")


def channel_details(dataset: Dataset, t: Translator, focus: str | None) -> None:
    """Every channel in full (the focused one first), the shared duties, script, conditions."""
    ordered = sorted(dataset.channels, key=lambda c: c.id != focus)
    for column, found in zip(st.columns(max(len(ordered), 1)), ordered, strict=False):
        with column:
            channel_column(found, dataset, t, found.id == focus)
    if dataset.common_duties:
        st.header(t("channels.common_title"), anchor=False)
        st.markdown(bullets(item_lines(dataset.common_duties, dataset, t)))
    if dataset.script:
        st.header(t("channels.script_title"), anchor=False)
        st.markdown(item_lines([dataset.script], dataset, t)[0])
    if dataset.work_conditions or dataset.sectors:
        st.header(t("channels.conditions_title"), anchor=False)
        conditions, sectors = st.columns(2, gap="large")
        conditions.markdown(bullets(item_lines(dataset.work_conditions, dataset, t)))
        if dataset.sectors:
            sectors.markdown(f"### {t('channels.sectors_title')}")
            sectors.markdown(bullets(item_lines(dataset.sectors, dataset, t)))


def chart_data(frame: pd.DataFrame, csv: bytes, file_name: str, t: Translator) -> None:
    """The chart's items as a table one click away, with the CSV download."""
    with data_expander(t("channels.chart_data"), "channels_chart_table") as is_open:
        if not is_open:
            return
        st.dataframe(frame, hide_index=True, width="stretch")
        st.download_button(
            t("channels.chart_csv"),
            csv,
            file_name=file_name,
            mime="text/csv",
            key="channels_csv",
            icon=":material/download:",
        )


def picked_item(entry: ChannelItem | None, dataset: Dataset, t: Translator) -> None:
    """The item clicked on the chart with its full text and source, or how to pick one."""
    if entry is None:
        st.markdown(t("channels.chart_hint"))
        return
    found = channel(dataset, entry.column)
    column = found.name.get(t.lang) if found else t("channels.shared")
    with st.container(border=True):
        st.markdown(f"**{t('channels.picked')}** · {md_escape(label(entry.item, t.lang))}")
        st.caption(
            t("channels.picked_in", group=group_names(t)[entry.group], column=md_escape(column))
        )
        st.markdown(f"> {md_escape(entry.item.text.get(t.lang))}")
        st.caption(md_escape(dataset.cite(entry.item.source, t.lang)))
