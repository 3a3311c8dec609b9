"""Uncaught script errors: the user reads a short translated message with an error id, the
log holds the traceback under the same id."""

from __future__ import annotations

import logging
import secrets

import streamlit as st

from careers.dataset.fields import LANGUAGES
from careers.text.i18n import DEFAULT_LANGUAGE, Translator

LOGGER = logging.getLogger("careers.errors")


def new_error_id() -> str:
    """A short random id to quote to support (8 hex digits: unique enough to find one line)."""
    return secrets.token_hex(4)


def on_script_error(exc: Exception) -> bool:
    """`st.App(on_script_error=...)`: log `exc` with a new id, show the id to the user in
    their language, and suppress Streamlit's own display (which would show the traceback)."""
    error_id = new_error_id()
    LOGGER.error("Uncaught error %s", error_id, exc_info=exc)
    lang = st.session_state.get("lang", DEFAULT_LANGUAGE)
    t = Translator(lang if lang in LANGUAGES else DEFAULT_LANGUAGE)
    st.error(t("app.unexpected_error", error_id=error_id), icon=":material/error:")
    return True
