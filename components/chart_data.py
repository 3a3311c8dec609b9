"""The data behind a chart, one click away: an expander whose table is built only when open."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st


@contextmanager
def chart_data(label: str, key: str) -> Iterator[bool]:
    """An expander right under a chart; yields whether it is open.

    Draw the table only when it is: a closed expander then costs its label alone, and opening it
    reruns the page once (`on_change="rerun"`) to fill it. The open state lives in
    `st.session_state[key]`.
    """
    with st.expander(label, icon=":material/table:", key=key, on_change="rerun") as box:
        # on_change="rerun" makes the expander track its state, so `open` is never None here.
        yield bool(box.open)
