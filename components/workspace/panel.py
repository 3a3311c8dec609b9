"""The workspace panel: which workspace is open, its links, save state, and its buttons.

Pure drawing: it gets what to show and the callbacks to run, and reads no session state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import streamlit as st

from careers.text.i18n import Translator
from careers.text.markdown import md_escape


@dataclass(frozen=True)
class WorkspaceView:
    """What the panel shows of the open workspace (None of it when none is open)."""

    label: str
    read_only: bool
    saved_at: datetime | None
    edit_link: str | None
    view_link: str
    conflict: bool
    failed: str | None


def save_button(t: Translator, key: str, on_save: Callable[[], None], copy: bool = False) -> None:
    """The button that saves the session as a new workspace."""
    st.button(
        t("workspace.save_copy" if copy else "workspace.save"),
        key=key,
        on_click=on_save,
        help=t("workspace.save_help"),
        icon=":material/cloud_upload:",
        width="stretch",
    )


@dataclass(frozen=True)
class WorkspaceActions:
    """What the panel's buttons run (the page's callbacks)."""

    save: Callable[[], None]
    load_theirs: Callable[[], None]
    keep_mine: Callable[[], None]
    rotate: Callable[[], None]
    delete: Callable[[], None]
    close: Callable[[], None]


def workspace_panel(
    t: Translator, view: WorkspaceView | None, key: str, actions: WorkspaceActions
) -> None:
    """The whole panel; `key` prefixes every widget key so it can be drawn twice on a page."""
    with st.container(border=True, key=f"{key}_panel"):
        st.caption(t("workspace.title"))
        if view is None:
            st.caption(t("workspace.none"))
            save_button(t, f"{key}_save", actions.save)
            return
        st.markdown(f"**{md_escape(t('workspace.open_label', label=view.label))}**")
        _save_state(t, view, key, actions)
        with st.expander(t("workspace.links"), icon=":material/link:"):
            if view.edit_link:
                st.caption(t("workspace.edit_link"))
                st.code(view.edit_link, language=None, wrap_lines=True)
            st.caption(t("workspace.view_link"))
            st.code(view.view_link, language=None, wrap_lines=True)
        _action_buttons(t, view, key, actions)


def _save_state(t: Translator, view: WorkspaceView, key: str, actions: WorkspaceActions) -> None:
    """The mode badge, then a conflict (with its choice), a failed save or the last save."""
    if view.read_only:
        st.markdown(f":orange-badge[{t('workspace.mode_read_only')}]")
    else:
        st.markdown(f":green-badge[{t('workspace.mode_edit')}]")
    if view.conflict:
        st.warning(t("workspace.conflict"), icon=":material/sync_problem:")
        with st.container(horizontal=True):
            st.button(t("workspace.load_theirs"), key=f"{key}_theirs", on_click=actions.load_theirs)
            st.button(t("workspace.keep_mine"), key=f"{key}_mine", on_click=actions.keep_mine)
    elif view.failed:
        st.error(t("workspace.saving_failed", reason=view.failed), icon=":material/error:")
    elif view.saved_at is not None and not view.read_only:
        st.caption(
            t("workspace.saved_at", time=view.saved_at.strftime("%H:%M")),
            help=view.saved_at.strftime("%Y-%m-%d %H:%M:%S"),
        )


def _action_buttons(
    t: Translator, view: WorkspaceView, key: str, actions: WorkspaceActions
) -> None:
    """A read-only link can only be copied or closed; the edit link can also be renewed or the
    workspace deleted."""
    if view.read_only:
        save_button(t, f"{key}_save", actions.save, copy=True)
    buttons = (
        []
        if view.read_only
        else [
            ("rotate", actions.rotate, ":material/key:"),
            ("delete", actions.delete, ":material/delete:"),
        ]
    )
    for name, callback, icon in [*buttons, ("close", actions.close, ":material/logout:")]:
        st.button(
            t(f"workspace.{name}"),
            key=f"{key}_{name}",
            on_click=callback,
            help=t(f"workspace.{name}_help"),
            icon=icon,
            width="stretch",
        )
