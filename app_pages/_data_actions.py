"""Page glue for the data page: an upload or the example taken into the session, band edits.

Each action changes the session's data only when the new data is valid; otherwise its problems
are kept for the page to list, and the data in use stays.
"""

from __future__ import annotations

import streamlit as st

from app_pages._session import dataset_version, example_dataset, use_dataset
from careers import DatasetError, load_dataset
from careers.data.band_edit import apply_bands
from careers.data.band_problems import BandEditError, describe_row
from careers.dataset.messages import describe
from careers.dataset.models import Dataset
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.data.editor import band_editor, problems_box
from components.data.tables import cached_band_table

NOTICE = "data_notice"  # a success to show once, on the next run
UPLOAD_PROBLEMS = "data_upload_problems"
BAND_PROBLEMS = "data_band_problems"


def take_upload(t: Translator) -> None:
    """Validate a newly chosen file: a good one becomes the session's data, a bad one is listed."""
    upload = st.session_state.get("data_upload")
    st.session_state.pop(UPLOAD_PROBLEMS, None)
    if upload is None:
        return
    try:
        uploaded = load_dataset(upload.getvalue())
    except DatasetError as exc:
        st.session_state[UPLOAD_PROBLEMS] = (upload.name, exc.problems)
        return
    use_dataset(uploaded, "uploaded")
    st.session_state[NOTICE] = t(
        "data.upload.loaded",
        file=md_escape(upload.name),
        name=md_escape(uploaded.name.get(t.lang)),
    )


def take_example(t: Translator) -> None:
    """Use the invented example dataset in this session."""
    example = example_dataset()
    use_dataset(example, "example")
    st.session_state[NOTICE] = t(
        "data.upload.example_loaded", name=md_escape(example.name.get(t.lang))
    )


def upload_problems(t: Translator) -> None:
    """What was wrong with the last file chosen, if it was refused."""
    name, problems = st.session_state.get(UPLOAD_PROBLEMS, (None, []))
    if problems:
        key = "data.upload.failed_one" if len(problems) == 1 else "data.upload.failed"
        problems_box(
            t(key, file=md_escape(name), count=len(problems)), [describe(p, t) for p in problems]
        )


def band_edit_tab(dataset: Dataset, t: Translator) -> None:
    """The bands as an editable table; applied, good edits become the session's data."""
    undo = st.session_state.get("data_bands_undo", 0)
    editor_key = f"data_bands_{dataset_version()}_{undo}"
    edited, apply = band_editor(
        cached_band_table(dataset, t.lang),
        editor_key,
        t,
        on_undo=lambda: st.session_state.update(data_bands_undo=undo + 1),
    )
    if apply:
        try:
            changed = apply_bands(dataset, edited, t.lang)
        except (BandEditError, DatasetError) as exc:
            st.session_state[BAND_PROBLEMS] = (editor_key, t.lang, exc)
        else:
            st.session_state.pop(BAND_PROBLEMS, None)
            if changed == dataset:
                st.info(t("data.edit.unchanged"), icon=":material/info:")
            else:
                use_dataset(changed, "edited")
                st.session_state[NOTICE] = t("data.edit.applied")
                st.rerun()
    # Problems belong to the table and language they were found in: a new table forgets them.
    problems_key, lang, failure = st.session_state.get(BAND_PROBLEMS, (None, None, None))
    if failure is not None and (problems_key, lang) == (editor_key, t.lang):
        if isinstance(failure, BandEditError):
            lines = [describe_row(p, t) for p in failure.problems]
        else:
            lines = [describe(p, t) for p in failure.problems]
        problems_box(t("data.edit.failed"), lines)
