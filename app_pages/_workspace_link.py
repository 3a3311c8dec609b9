"""The workspace open in this session: opened from its link, kept in the link, closed."""

from __future__ import annotations

from typing import Any

import streamlit as st

from app_pages._session import reset_dataset
from app_pages._workspace_content import gather, restore_content
from app_pages._workspace_notices import leave_notice, message
from careers.store.errors import StoreError
from careers.store.workspaces import Opened, WorkspaceStore
from careers.text.i18n import Translator

OPEN = "workspace"  # the open workspace: token, read_only, version, label, saved_at, sent
EDIT_PARAM, VIEW_PARAM = "workspace", "view"


@st.cache_resource(show_spinner=False)
def workspace_store() -> WorkspaceStore:
    """The store over this process's database engine (CAREERS_DATABASE_URL)."""
    return WorkspaceStore()


def follow_workspace_link(t: Translator) -> None:
    """Open the workspace of `?workspace=` (edit) or `?view=` (read-only) once per new token."""
    token = st.query_params.get(EDIT_PARAM) or st.query_params.get(VIEW_PARAM)
    opened = st.session_state.get(OPEN)
    if token is None or (opened and opened["token"] == token):
        return
    try:
        workspace = workspace_store().open(token)
    except StoreError as exc:
        close()
        leave_notice("error", message(exc, t))
        return
    open_workspace(token, workspace)


def keep_link_in_url() -> None:
    """Put the open workspace's token back in the link (a page switch drops it), so a reload
    or a copied address reopens it."""
    opened = st.session_state.get(OPEN)
    if opened:
        st.query_params[VIEW_PARAM if opened["read_only"] else EDIT_PARAM] = opened["token"]


def open_workspace(token: str, workspace: Opened) -> None:
    """Make the session show `workspace`, opened with `token`."""
    restore_content(workspace.payload)
    st.session_state[OPEN] = opened_state(token, workspace, gather())


def opened_state(token: str, workspace: Opened, sent: dict[str, Any]) -> dict[str, Any]:
    """What the session remembers of an open workspace (`sent`: the content last saved)."""
    return {
        "token": token,
        "read_only": workspace.read_only,
        "version": workspace.version,
        "label": workspace.label,
        "view_token": workspace.view_token,
        "saved_at": workspace.saved_at,
        "sent": sent,
        "conflict": None,
        "failed": None,
    }


def close() -> None:
    """Stop using the workspace in this session and go back to the default data."""
    st.session_state.pop(OPEN, None)
    for name in (EDIT_PARAM, VIEW_PARAM):
        st.query_params.pop(name, None)
    reset_dataset()
