"""What every page reads from the session: the language and the dataset in use."""

from __future__ import annotations

import streamlit as st

from careers import DEFAULT_DATASET, Dataset, load_dataset
from careers.i18n import DEFAULT_LANGUAGE, Translator


@st.cache_data(show_spinner=False)
def default_dataset() -> Dataset:
    """The dataset built from the two source articles, loaded once per server."""
    return load_dataset(DEFAULT_DATASET)


def current() -> tuple[Translator, Dataset]:
    """The translator for this session's language and the dataset this session uses."""
    lang = st.session_state.get("lang", DEFAULT_LANGUAGE)
    dataset = st.session_state.get("dataset") or default_dataset()
    return Translator(lang), dataset
