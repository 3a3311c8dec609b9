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
