"""Link parameters that Streamlit binds to widgets: the notice for a value a widget will drop.

Pages bind their link parameters to widgets with `bind="query-params"` (the key is the
parameter's name, so old links keep working) and `persist_state="session"` (the choice survives
a page switch). Streamlit silently drops a bound value the widget cannot take; this module adds
what `bind` does not: one translated notice, with the value escaped and cut, and the fallback.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import streamlit as st

from careers.text.i18n import Translator
from careers.text.markdown import md_escape

# A hostile link can carry anything: never echo more than this many characters of it.
ECHO_LIMIT = 60

BINDING = {"bind": "query-params", "persist_state": "session"}
"""Keyword arguments for a widget whose value lives in the link and survives page switches."""


def rejected_link_value(name: str, accepts: Collection[str] | Callable[[str], bool]) -> str | None:
    """The raw `?name=` value when the bound widget will drop it, else None.

    Read before the widget is drawn: on that run the value is still in the URL.
    """
    raw = st.query_params.get(name)
    if raw is None:
        return None
    ok = accepts(raw) if callable(accepts) else raw in accepts
    return None if ok else raw


def warn_rejected_link(
    t: Translator,
    name: str,
    accepts: Collection[str] | Callable[[str], bool],
    message_key: str,
    **values: str,
) -> bool:
    """Show `message_key` (with `value` = the escaped, cut raw value) if `?name=` is refused.

    Returns whether a notice was shown. `values` are further (already escaped) fields of the
    message, such as the fallback's title.
    """
    raw = rejected_link_value(name, accepts)
    if raw is None:
        return False
    st.warning(
        t(message_key, value=md_escape(raw[:ECHO_LIMIT]), **values), icon=":material/link_off:"
    )
    return True


# A bound widget keeps `format_func(option)` in the URL, not the option: a selectbox of role ids
# shown by title would write `?a=Team%20leader` (and the Italian title on an Italian page), so
# old links by id (`?a=team_leader`) would be dropped. Choices shown by a translated name keep
# their id in the link through these two functions instead; their widgets still take
# `persist_state="session"`, so the choice survives a page switch.


def new_link_value(name: str) -> str | None:
    """`?name=` when this session has not followed that value yet, else None.

    A page switch drops the parameters from the URL: coming back without one keeps the choice
    the widget persisted, and a value the page wrote itself (`keep_in_link`) is not new.
    """
    raw = st.query_params.get(name)
    seen = f"_link_seen_{name}"
    if raw is None or raw == st.session_state.get(seen):
        return None
    st.session_state[seen] = raw
    return raw


def keep_in_link(name: str, value: str | None) -> None:
    """Write the page's choice to `?name=` (None removes it), so the URL can be shared."""
    if value is None:
        st.query_params.pop(name, None)
    else:
        st.query_params[name] = value
    st.session_state[f"_link_seen_{name}"] = value
