"""Caches for data derived from a dataset, keyed by content, never by session.

A dataset is hashed by its fingerprint and a translator by its language, so two sessions with
the same data share one entry, and one session's uploaded data can never reach another's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import streamlit as st

from careers.dataset.models import Dataset
from careers.text.i18n import Translator

F = TypeVar("F", bound=Callable[..., Any])
CONTENT_HASH: dict[Any, Callable[[Any], Any]] = {
    Dataset: Dataset.fingerprint,
    Translator: lambda t: t.lang,
}


def derived(func: F) -> F:
    """`st.cache_data` for a pure function of a dataset, a language and options.

    Each call returns a fresh copy (cache_data pickles), so callers may change what they get.
    """
    # The CachedFunc wrapper is called exactly like `func` and returns what it returns.
    return cast(F, st.cache_data(max_entries=64, show_spinner=False, hash_funcs=CONTENT_HASH)(func))


def shared(func: F) -> F:
    """`st.cache_resource` for a pure function whose result is immutable (bytes, Arrow tables).

    One object is shared by every session that asks for the same content: no copy per call.
    """
    # The CachedFunc wrapper is called exactly like `func` and returns what it returns.
    return cast(
        F, st.cache_resource(max_entries=64, show_spinner=False, hash_funcs=CONTENT_HASH)(func)
    )
