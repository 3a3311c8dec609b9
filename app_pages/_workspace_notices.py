"""Workspace notices: a store error as a translated sentence, and the notice left for one run."""

from __future__ import annotations

import streamlit as st

from careers.dataset.messages import describe
from careers.store.errors import Conflict, InvalidPayload, StoreError, TooMany
from careers.text.i18n import Translator

NOTICE = "workspace_notice"  # (kind, message) to show once on the next run


def message(error: StoreError, t: Translator) -> str:
    """The translated sentence for a store error."""
    if isinstance(error, TooMany):
        return t("workspace.too_many", limit=error.limit)
    if isinstance(error, InvalidPayload):
        return t("workspace.invalid", problems=" ".join(describe(p, t) for p in error.problems[:3]))
    if isinstance(error, Conflict):
        return t("workspace.conflict")
    key = {
        "store.not_found": "workspace.not_found",
        "store.read_only": "workspace.read_only_refused",
    }.get(error.code, "workspace.unavailable")
    return t(key)


def leave_notice(kind: str, text: str) -> None:
    """Leave a notice (`success` or `error`) for the page to show."""
    st.session_state[NOTICE] = (kind, text)


def take_notice() -> tuple[str, str] | None:
    """The notice left for this run, once."""
    notice: tuple[str, str] | None = st.session_state.pop(NOTICE, None)
    return notice


def show_notice() -> None:
    """Show the notice a callback or the link left for this run, at the top of the page."""
    notice = take_notice()
    if notice:
        kind, text = notice
        (st.success if kind == "success" else st.error)(
            text, icon=":material/check:" if kind == "success" else ":material/error:"
        )
