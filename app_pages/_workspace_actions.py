"""What the workspace buttons and the end of each run do: save, autosave, settle a conflict,
renew the edit link, delete."""

from __future__ import annotations

import uuid
from typing import Any

import streamlit as st

from app_pages._workspace_content import gather
from app_pages._workspace_link import (
    EDIT_PARAM,
    OPEN,
    close,
    open_workspace,
    opened_state,
    workspace_store,
)
from app_pages._workspace_notices import leave_notice, message
from careers.store.errors import Conflict, StoreError
from careers.text.i18n import Translator


def save_new(t: Translator) -> None:
    """Save the session as a new workspace and open it for editing (a button callback)."""
    if "workspace_session" not in st.session_state:
        st.session_state["workspace_session"] = uuid.uuid4().hex
    content = gather()
    try:
        created = workspace_store().create(content, creator=st.session_state["workspace_session"])
    except StoreError as exc:
        leave_notice("error", message(exc, t))
        return
    opened = workspace_store().open(created.edit_token)
    st.session_state[OPEN] = opened_state(created.edit_token, opened, content)
    leave_notice("success", t("workspace.saved_new"))


def autosave(t: Translator) -> None:
    """After the page ran: save what changed, if an editable workspace is open and not in
    conflict. Records the outcome for the sidebar."""
    opened = st.session_state.get(OPEN)
    if not opened or opened["read_only"] or opened.get("conflict") is not None:
        return
    content = gather()
    if content == opened["sent"]:
        return
    _save(opened, content, opened["version"], t)


def keep_mine(t: Translator) -> None:
    """Resolve a conflict by saving this session's content over the newer version."""
    opened = st.session_state[OPEN]
    _save(opened, gather(), opened["conflict"], t)


def load_theirs(t: Translator) -> None:
    """Resolve a conflict by loading the version now stored."""
    token = st.session_state[OPEN]["token"]
    try:
        open_workspace(token, workspace_store().open(token))
    except StoreError as exc:
        leave_notice("error", message(exc, t))


def rotate(t: Translator) -> None:
    """Replace the edit token; the link in the address bar follows."""
    opened = st.session_state[OPEN]
    try:
        opened["token"] = workspace_store().rotate(opened["token"])
    except StoreError as exc:
        leave_notice("error", message(exc, t))
        return
    # Before this run reads the link: the old token in it no longer opens anything.
    st.query_params[EDIT_PARAM] = opened["token"]
    leave_notice("success", t("workspace.rotated"))


def delete(t: Translator) -> None:
    """Delete the open workspace now and go back to the default data."""
    opened = st.session_state[OPEN]
    try:
        workspace_store().delete(opened["token"])
    except StoreError as exc:
        leave_notice("error", message(exc, t))
        return
    close()
    leave_notice("success", t("workspace.deleted"))


def _save(opened: dict[str, Any], content: dict[str, Any], version: int, t: Translator) -> None:
    """Save `content` on top of `version`; record the outcome in `opened`."""
    try:
        saved = workspace_store().save(opened["token"], content, version)
    except Conflict as exc:
        opened["conflict"] = exc.current
        return
    except StoreError as exc:
        opened["failed"] = message(exc, t)
        return
    opened.update(
        version=saved.version, saved_at=saved.saved_at, sent=content, conflict=None, failed=None
    )
