"""Page glue for the user's own bands: where the table starts, and a CSV loaded into it.

The table is the one truth: `salaries_own_rows` holds its rows as of the last run (what a
workspace keeps), amounts as numbers so they read the same in either language, and an
uploaded file only replaces those rows, once.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from careers.dataset.models import Dataset
from careers.salaries.own_bands import amounts_as_numbers, is_blank
from careers.salaries.own_bands_file import OwnBandsFileError, own_csv_rows
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.salaries.own_bands import OwnBandsStart

ROWS = "salaries_own_rows"
_EDITOR = "salaries_own_editor"  # the table's current key
_GENERATION = "salaries_own_generation"
_BASE = "salaries_own_base"  # the rows the current table started from
_LANG = "salaries_own_lang"  # the language the current table writes its amounts in
_UPLOADS = "salaries_own_uploads"  # files taken so far: the uploader's key
_NOTICE = "salaries_own_notice"


def own_bands_start(lang: str) -> OwnBandsStart:
    """Where the own-bands table starts, its key, the uploader's key and the upload's notice.

    The table's edits live in its widget state, which Streamlit drops when the page is left;
    whenever that state is gone (page entered, workspace restored, file loaded) or the
    language changed (amounts are written another way), the table starts again, under a new
    key, from the last rows the page recorded.
    """
    state = st.session_state
    key = state.get(_EDITOR)
    if key is None or key not in state or state.get(_LANG) != lang:
        generation = state.get(_GENERATION, 0) + 1
        state[_GENERATION] = generation
        state[_BASE] = list(state.get(ROWS, []))
        state[_LANG] = lang
        key = state[_EDITOR] = f"salaries_own_table_{generation}"
    return OwnBandsStart(
        rows=state[_BASE],
        editor_key=key,
        upload_key=f"salaries_own_csv_{state.get(_UPLOADS, 0)}",
        notice=state.pop(_NOTICE, None),
    )


def own_rows() -> list[dict[str, Any]]:
    """The table's rows as of the last run (what a workspace keeps)."""
    rows: list[dict[str, Any]] = st.session_state.get(ROWS, [])
    return rows


def keep_own_rows(rows: list[dict[str, Any]], lang: str) -> None:
    """Record the table's rows as this run shows them (typed in `lang`)."""
    st.session_state[ROWS] = [amounts_as_numbers(row, lang) for row in rows]


def restore_own_rows(rows: list[dict[str, Any]]) -> None:
    """Make `rows` the table's (a workspace opened): the table starts again from them."""
    st.session_state[ROWS] = [dict(row) for row in rows]
    st.session_state.pop(_EDITOR, None)


def take_upload(key: str, dataset: Dataset, t: Translator) -> None:
    """The uploader's callback: load the file it now holds into the table."""
    upload = st.session_state.get(key)
    if upload is not None:
        load_own_csv(upload.getvalue(), upload.name, dataset, t)


def load_own_csv(data: bytes, name: str, dataset: Dataset, t: Translator) -> None:
    """Replace the table's rows with a CSV's, or leave them as they are if the file is refused.

    Either way the uploader is emptied (a new key), so the file is taken once, and a notice
    says what happened.
    """
    state = st.session_state
    state[_UPLOADS] = state.get(_UPLOADS, 0) + 1
    shown = md_escape(name[:80])
    try:
        rows = own_csv_rows(data, dataset, t.lang)
    except OwnBandsFileError as exc:
        problem = exc.problem
        reason = t(f"salaries.own_err_{problem.code}", value=md_escape(problem.value))
        state[_NOTICE] = ("error", t("salaries.own_file_refused", name=shown, reason=reason))
        return
    replaced = any(_has_content(row) for row in own_rows())
    loaded = t.plural("salaries.own_loaded", len(rows), name=shown)
    if replaced:
        loaded = f"{loaded} {t('salaries.own_loaded_replaced')}"
    restore_own_rows(rows)
    state[_NOTICE] = ("success", loaded)


def _has_content(row: dict[str, Any]) -> bool:
    """Whether a table row holds anything the user typed."""
    return any(not is_blank(value) for value in row.values())
