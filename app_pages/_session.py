"""What every page reads from the session: the language and the dataset in use; shared caches."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, cast

import plotly.graph_objects as go
import streamlit as st

from careers import DEFAULT_DATASET, Dataset, load_dataset
from careers.dataset.export import EXAMPLE_DATASET
from careers.text.i18n import DEFAULT_LANGUAGE, Translator
from careers.text.markdown import md_escape
from components.cache import CONTENT_HASH
from components.data.badge import dataset_badge

Origin = Literal["default", "uploaded", "edited", "example"]


@st.cache_resource(show_spinner=False)
def default_dataset() -> Dataset:
    """The dataset built from the two source articles, loaded once per server.

    A resource, not cache_data: the models are frozen, so every session can share the one
    object, where cache_data would unpickle a fresh copy on every rerun (~30 ms each).
    """
    return load_dataset(DEFAULT_DATASET)


@st.cache_resource(show_spinner=False)
def example_dataset() -> Dataset:
    """The invented example dataset shipped to try the upload with, loaded once per server."""
    return load_dataset(EXAMPLE_DATASET)


def follow_role_link(
    t: Translator, titles: dict[str, str], state_key: str, link_key: str, message_key: str
) -> None:
    """Make `st.session_state[state_key]` the role of `?role=`, once per new link value.

    An id not among `titles` (role id -> title, in display order) gets the translated notice
    `message_key` (value and fallback escaped) and leaves the current role; the state always
    ends on a known role, the first one by default. `link_key` remembers the last link seen, so
    choosing another role on the page is not undone by the unchanged link.
    """
    ids = list(titles)
    requested = st.query_params.get("role")
    if requested is not None and requested != st.session_state.get(link_key):
        st.session_state[link_key] = requested
        if requested in titles:
            st.session_state[state_key] = requested
        else:
            st.warning(
                t(
                    message_key,
                    value=md_escape(requested[:60]),
                    fallback=md_escape(titles[ids[0]]),
                ),
                icon=":material/link_off:",
            )
    if st.session_state.get(state_key) not in titles:
        st.session_state[state_key] = ids[0]


def current() -> tuple[Translator, Dataset]:
    """The translator for this session's language and the dataset this session uses."""
    lang = st.session_state.get("lang", DEFAULT_LANGUAGE)
    dataset = st.session_state.get("dataset") or default_dataset()
    return Translator(lang), dataset


@st.cache_resource(
    max_entries=512,
    show_spinner=False,
    hash_funcs=CONTENT_HASH,
)
def _cached_figure(
    _builder: Callable[..., go.Figure], key: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> go.Figure:
    """One built figure per builder (named by `key`; Streamlit does not hash `_` arguments),
    data and options, shared by the sessions that show it."""
    return _builder(*args, **kwargs)


def cached_figure(builder: Callable[..., go.Figure], *args: Any, **kwargs: Any) -> go.Figure:
    """`builder(*args, **kwargs)`, built once for the same data, language and options.

    Plotly validates every property as a figure is built, which costs more than the rest of a
    page; the figures depend only on their arguments (builders are pure), so they are cached
    by content: the dataset by its fingerprint, the translator by its language. Streamlit only
    reads the figure it is given, so sharing the object between sessions is safe.
    """
    key = f"{builder.__module__}.{builder.__qualname__}"
    return _cached_figure(builder, key, args, kwargs)


def origin() -> Origin:
    """Where this session's dataset comes from; a dataset set without one counts as uploaded."""
    if st.session_state.get("dataset") is None:
        return "default"
    # Only use_dataset writes "dataset_origin", and always an Origin.
    return cast(Origin, st.session_state.get("dataset_origin", "uploaded"))


def use_dataset(dataset: Dataset, how: Origin) -> None:
    """Make `dataset` the data of every page, for this session only (never the cached default)."""
    st.session_state["dataset"] = dataset
    st.session_state["dataset_origin"] = how
    st.session_state["dataset_version"] = st.session_state.get("dataset_version", 0) + 1


def reset_dataset() -> None:
    """Go back to the default dataset in this session."""
    st.session_state.pop("dataset", None)
    st.session_state.pop("dataset_origin", None)
    st.session_state["dataset_version"] = st.session_state.get("dataset_version", 0) + 1


def dataset_version() -> int:
    """A number that changes whenever this session's dataset does (to refresh editors)."""
    # Only use_dataset and reset_dataset write "dataset_version", and always an int.
    return cast(int, st.session_state.get("dataset_version", 0))


def show_dataset_badge(t: Translator) -> None:
    """The sidebar badge naming the dataset in use, with the way back to the default."""
    _, dataset = current()
    with st.sidebar:
        dataset_badge(dataset.name.get(t.lang), origin(), t, on_reset=reset_dataset)
