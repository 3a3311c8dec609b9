"""Page glue for workspaces: open one from the link, gather and restore the session, autosave.

What a workspace keeps of a session: the dataset in use, the own-bands editor's rows, the
job-description fields (`jd_*` keys) and the workshop settings (`step`, `ws_hide_pay`,
`ws_revealed`). The store enforces every rule; this module only moves state in and out.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from app_pages._session import current, origin, reset_dataset, use_dataset
from careers import DatasetError, load_dataset
from careers.dataset.export import dump_dataset
from careers.dataset.messages import describe
from careers.job_description.drafts import is_draft_key
from careers.store.errors import Conflict, InvalidPayload, StoreError, TooMany
from careers.store.workspaces import Opened, WorkspaceStore
from careers.text.i18n import Translator
from components.workspace.panel import WorkspaceView, workspace_panel

OPEN = "workspace"  # the open workspace: token, read_only, version, label, saved_at, sent
NOTICE = "workspace_notice"  # (kind, message) to show once on the next run
EDIT_PARAM, VIEW_PARAM = "workspace", "view"
# The workshop's step (its slider's key, bound to `?step=`) and whether pay is hidden.
_WORKSHOP_KEYS = ("step", "ws_hide_pay")
# The last workshop settings seen: the step slider's state is dropped when the page is left.
_WORKSHOP_KEPT = "workspace_workshop"


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
        st.session_state.pop(OPEN, None)
        for name in (EDIT_PARAM, VIEW_PARAM):
            st.query_params.pop(name, None)
        reset_dataset()
        _notice("error", message(exc, t))
        return
    _restore(token, workspace, t)


def keep_link_in_url() -> None:
    """Put the open workspace's token back in the link (a page switch drops it), so a reload
    or a copied address reopens it."""
    opened = st.session_state.get(OPEN)
    if opened:
        st.query_params[VIEW_PARAM if opened["read_only"] else EDIT_PARAM] = opened["token"]


def gather() -> dict[str, Any]:
    """The session's workspace content as a payload dict."""
    state = st.session_state
    kind = origin()
    dataset_yaml = None
    if kind != "default":
        # Dumping a 1,000-role dataset costs time: once per dataset change.
        version = state.get("dataset_version", 0)
        cached = state.get("workspace_yaml")
        if not cached or cached[0] != version:
            _, dataset = current()
            state["workspace_yaml"] = cached = (version, dump_dataset(dataset))
        dataset_yaml = cached[1]
    drafts = {k: v for k, v in state.get("drafts", {}).items() if _is_draft(k, v)}
    drafts |= {k: state[k] for k in list(state.keys()) if _is_draft(k, state[k])}
    workshop: dict[str, Any] = dict(state.get(_WORKSHOP_KEPT, {}))
    workshop |= {k: state[k] for k in _WORKSHOP_KEYS if k in state}
    if "ws_revealed" in state:
        workshop["ws_revealed"] = sorted(state["ws_revealed"])
    state[_WORKSHOP_KEPT] = workshop
    return {
        "dataset_yaml": dataset_yaml,
        "dataset_origin": kind,
        "own_bands": [_plain_row(r) for r in state.get("salaries_own_rows", [])],
        "job_descriptions": drafts,
        "workshop": workshop,
    }


def save_new(t: Translator) -> None:
    """Save the session as a new workspace and open it for editing (a button callback)."""
    if "workspace_session" not in st.session_state:
        st.session_state["workspace_session"] = uuid.uuid4().hex
    content = gather()
    try:
        created = workspace_store().create(content, creator=st.session_state["workspace_session"])
    except StoreError as exc:
        _notice("error", message(exc, t))
        return
    opened = workspace_store().open(created.edit_token)
    st.session_state[OPEN] = _state(created.edit_token, opened, content)
    _notice("success", t("workspace.saved_new"))


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
        _restore(token, workspace_store().open(token), t)
    except StoreError as exc:
        _notice("error", message(exc, t))


def rotate(t: Translator) -> None:
    """Replace the edit token; the link in the address bar follows."""
    opened = st.session_state[OPEN]
    try:
        opened["token"] = workspace_store().rotate(opened["token"])
    except StoreError as exc:
        _notice("error", message(exc, t))
        return
    # Before this run reads the link: the old token in it no longer opens anything.
    st.query_params[EDIT_PARAM] = opened["token"]
    _notice("success", t("workspace.rotated"))


def delete(t: Translator) -> None:
    """Delete the open workspace now and go back to the default data."""
    opened = st.session_state[OPEN]
    try:
        workspace_store().delete(opened["token"])
    except StoreError as exc:
        _notice("error", message(exc, t))
        return
    close()
    _notice("success", t("workspace.deleted"))


def close() -> None:
    """Stop using the workspace in this session and go back to the default data."""
    st.session_state.pop(OPEN, None)
    for name in (EDIT_PARAM, VIEW_PARAM):
        st.query_params.pop(name, None)
    reset_dataset()


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


def take_notice() -> tuple[str, str] | None:
    """The notice left for this run, once."""
    notice: tuple[str, str] | None = st.session_state.pop(NOTICE, None)
    return notice


def _notice(kind: str, text: str) -> None:
    """Leave a notice (`success` or `error`) for the page to show."""
    st.session_state[NOTICE] = (kind, text)


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


def _restore(token: str, workspace: Opened, t: Translator) -> None:
    """Make the session show `workspace`."""
    payload = workspace.payload
    state = st.session_state
    if payload.dataset_yaml is None:
        reset_dataset()
    else:
        try:
            dataset = load_dataset(payload.dataset_yaml.encode("utf-8"))
        except DatasetError:
            # Checked when saved; a newer app that refuses it still opens the rest.
            reset_dataset()
        else:
            use_dataset(
                dataset,
                "uploaded" if payload.dataset_origin == "default" else payload.dataset_origin,
            )
    for key in [k for k in state.keys() if _is_draft(k, state[k])]:
        del state[key]
    state["drafts"] = dict(payload.job_descriptions)
    state.update(payload.job_descriptions)
    for key in (*_WORKSHOP_KEYS, "ws_revealed", "ws_link_step"):
        state.pop(key, None)
    for key in _WORKSHOP_KEYS:
        if key in payload.workshop:
            state[key] = payload.workshop[key]
    state[_WORKSHOP_KEPT] = dict(payload.workshop)
    # The workspace's step wins over a `?step=` already in the address.
    if "step" in st.query_params:
        state["ws_link_step"] = st.query_params["step"]
    revealed = payload.workshop.get("ws_revealed")
    state["ws_revealed"] = set(revealed) if isinstance(revealed, list) else set()
    state["salaries_own_rows"] = [dict(r) for r in payload.own_bands]
    # The own-bands editor starts again from the restored rows (own_bands_start).
    state.pop("salaries_own_editor", None)
    state[OPEN] = _state(token, workspace, gather())


def _state(token: str, workspace: Opened, sent: dict[str, Any]) -> dict[str, Any]:
    """What the session remembers of an open workspace."""
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


def _is_draft(key: object, value: object) -> bool:
    """Whether a session key is a job-description field typed by the user.

    The page names its draft keys (careers.job_description.drafts): a prefix test would also
    take its download buttons, whose state cannot be written back on restore.
    """
    return (
        isinstance(key, str)
        and is_draft_key(key)
        and isinstance(value, str | bool)
        and len(key) <= 128
    )


def _plain_row(row: dict[str, Any]) -> dict[str, Any]:
    """An editor row with pandas' missing values as None, ready for JSON."""
    return {str(k): (None if v != v else v) for k, v in row.items()}  # NaN != NaN


def show_notice() -> None:
    """Show the notice a callback or the link left for this run, at the top of the page."""
    notice = take_notice()
    if notice:
        kind, text = notice
        (st.success if kind == "success" else st.error)(
            text, icon=":material/check:" if kind == "success" else ":material/error:"
        )


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
    workspace_panel(
        t,
        view,
        key,
        on_save=lambda: save_new(t),
        on_load_theirs=lambda: load_theirs(t),
        on_keep_mine=lambda: keep_mine(t),
        on_rotate=lambda: rotate(t),
        on_delete=lambda: delete(t),
        on_close=close,
    )


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
