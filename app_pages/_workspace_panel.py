"""The workspace panel's glue: what it shows of the open workspace, and its buttons' actions."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from app_pages._workspace_actions import delete, keep_mine, load_theirs, rotate, save_new
from app_pages._workspace_link import EDIT_PARAM, OPEN, VIEW_PARAM, close
from careers.text.i18n import Translator
from components.workspace.panel import WorkspaceActions, WorkspaceView, workspace_panel


def show_panel(t: Translator, key: str = "workspace") -> None:
    """The workspace panel where the caller draws (the sidebar, or the data page)."""
    opened = st.session_state.get(OPEN)
    view = None
    if opened:
        base = _page_url()
        view = WorkspaceView(
            label=opened["label"],
            read_only=opened["read_only"],
            saved_at=_local(opened["saved_at"]),
            edit_link=None if opened["read_only"] else f"{base}?{EDIT_PARAM}={opened['token']}",
            view_link=f"{base}?{VIEW_PARAM}={opened['view_token']}",
            conflict=opened.get("conflict") is not None,
            failed=opened.get("failed"),
        )
    actions = WorkspaceActions(
        save=lambda: save_new(t),
        load_theirs=lambda: load_theirs(t),
        keep_mine=lambda: keep_mine(t),
        rotate=lambda: rotate(t),
        delete=lambda: delete(t),
        close=close,
    )
    workspace_panel(t, view, key, actions)


def _page_url() -> str:
    """This page's address without its query (links add their own)."""
    url = st.context.url or ""
    return url.split("?", 1)[0].split("#", 1)[0]


def _local(moment: datetime | None) -> datetime | None:
    """A stored naive-UTC time in the browser's time zone (UTC when unknown)."""
    if moment is None:
        return None
    aware = moment.replace(tzinfo=UTC)
    try:
        return aware.astimezone(ZoneInfo(st.context.timezone or "UTC"))
    except (ZoneInfoNotFoundError, ValueError):
        return aware
