"""What a workspace keeps of a session: gathered into a payload, and restored from one.

It keeps the dataset in use, the own-bands table's rows, the job-description fields (`jd_*`
keys) and the workshop settings (`step`, `ws_hide_pay`, `ws_revealed`). The store enforces
every rule; this module only moves state in and out.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from app_pages._own_bands import own_rows, restore_own_rows
from app_pages._session import current, origin, reset_dataset, use_dataset
from careers import DatasetError, load_dataset
from careers.dataset.export import dump_dataset
from careers.job_description.drafts import is_draft_key
from careers.store.payload import Payload

# The workshop's step (its slider's key, bound to `?step=`) and whether pay is hidden.
_WORKSHOP_KEYS = ("step", "ws_hide_pay")
# The last workshop settings seen: the step slider's state is dropped when the page is left.
_WORKSHOP_KEPT = "workspace_workshop"


def gather() -> dict[str, Any]:
    """The session's workspace content as a payload dict."""
    state = st.session_state
    drafts = {k: v for k, v in state.get("drafts", {}).items() if _is_draft(k, v)}
    drafts |= {k: state[k] for k in list(state.keys()) if _is_draft(k, state[k])}
    return {
        "dataset_yaml": _dataset_yaml(),
        "dataset_origin": origin(),
        "own_bands": [_plain_row(r) for r in own_rows()],
        "job_descriptions": drafts,
        "workshop": _workshop(),
    }


def _dataset_yaml() -> str | None:
    """The dataset in use as YAML, or None for the default one."""
    if origin() == "default":
        return None
    state = st.session_state
    # Dumping a 1,000-role dataset costs time: once per dataset change.
    version = state.get("dataset_version", 0)
    cached = state.get("workspace_yaml")
    if not cached or cached[0] != version:
        _, dataset = current()
        state["workspace_yaml"] = cached = (version, dump_dataset(dataset))
    yaml_text: str = cached[1]
    return yaml_text


def _workshop() -> dict[str, Any]:
    """The workshop settings, including those of a workshop page no longer shown."""
    state = st.session_state
    workshop: dict[str, Any] = dict(state.get(_WORKSHOP_KEPT, {}))
    workshop |= {k: state[k] for k in _WORKSHOP_KEYS if k in state}
    if "ws_revealed" in state:
        workshop["ws_revealed"] = sorted(state["ws_revealed"])
    state[_WORKSHOP_KEPT] = workshop
    return workshop


def restore_content(payload: Payload) -> None:
    """Make the session hold `payload`: dataset, drafts, workshop settings and own bands."""
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
    _restore_workshop(payload.workshop)
    restore_own_rows(payload.own_bands)


def _restore_workshop(workshop: dict[str, Any]) -> None:
    """The workshop settings of a restored workspace; its step wins over a `?step=` link."""
    state = st.session_state
    for key in (*_WORKSHOP_KEYS, "ws_revealed", "ws_link_step"):
        state.pop(key, None)
    for key in _WORKSHOP_KEYS:
        if key in workshop:
            state[key] = workshop[key]
    state[_WORKSHOP_KEPT] = dict(workshop)
    if "step" in st.query_params:
        state["ws_link_step"] = st.query_params["step"]
    revealed = workshop.get("ws_revealed")
    state["ws_revealed"] = set(revealed) if isinstance(revealed, list) else set()


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
    """A table row with pandas' missing values as None, ready for JSON."""
    return {str(k): (None if v != v else v) for k, v in row.items()}  # NaN != NaN
