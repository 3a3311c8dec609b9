"""Edits that outlive their widgets: a page's text boxes keep what the user typed.

Streamlit forgets a widget's value once the widget is not drawn in a run (another role chosen,
another page opened). Each edited value is therefore also kept in a plain session dict, and put
back into the widget's key the next time that widget is drawn.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import streamlit as st

STORE = "drafts"


def seed(key: str, default: Any) -> str:
    """Give the widget `key` its kept value (or `default`) before it is drawn; return the key."""
    if key not in st.session_state:
        st.session_state[key] = st.session_state.setdefault(STORE, {}).get(key, default)
    return key


def keep(keys: Iterable[str]) -> None:
    """Remember the current value of each drawn widget in `keys`."""
    store = st.session_state.setdefault(STORE, {})
    for key in keys:
        store[key] = st.session_state[key]


def forget(keys: Iterable[str]) -> None:
    """Drop the kept and current values of `keys`, so their defaults come back (a callback)."""
    store = st.session_state.setdefault(STORE, {})
    for key in keys:
        store.pop(key, None)
        st.session_state.pop(key, None)
