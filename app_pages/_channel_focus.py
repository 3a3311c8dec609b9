"""Page glue for the channels page: the channel in focus, from the link and the control.

`?channel=` holds a channel id; the control shows translated names, so the id is kept in the
link by hand (app_pages/_links.py says why) and the choice persists across page switches.
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from app_pages._links import keep_in_link, new_link_value
from careers.channels.content import resolve_focus
from careers.dataset.models import Dataset
from careers.text.i18n import Translator
from careers.text.markdown import md_escape

ALL = "all"
FOCUS = "channels_focus"


def channel_focus(t: Translator, dataset: Dataset, names: Mapping[str, str]) -> str | None:
    """The channel chosen (None: all of them), with a notice for a link naming no channel."""
    requested = new_link_value("channel")
    linked, rejected = resolve_focus(dataset, requested)
    if requested is not None:
        st.session_state[FOCUS] = linked or ALL
    if st.session_state.get(FOCUS) not in [ALL, *names]:
        st.session_state[FOCUS] = ALL
    if rejected is not None:
        notice = t("channels.unknown_channel", value=md_escape(rejected))
        st.warning(notice, icon=":material/link_off:")
    if not names:
        st.info(t("channels.no_channels"), icon=":material/info:")
    elif len(names) == 1:
        st.info(t("channels.one_channel", name=md_escape(*names.values())), icon=":material/info:")
    else:
        st.segmented_control(
            t("channels.focus"),
            [ALL, *names],
            key=FOCUS,
            required=True,
            format_func=lambda c: t("channels.focus_all") if c == ALL else md_escape(names[c]),
            persist_state="session",
        )
    focus = None if st.session_state[FOCUS] == ALL else str(st.session_state[FOCUS])
    keep_in_link("channel", focus)
    return focus
