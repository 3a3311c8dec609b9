"""Data: the dataset in use as tables and YAML; upload your own, try the example, edit bands."""

from functools import partial

import streamlit as st

from app_pages._session import current, dataset_version, example_dataset, origin, use_dataset
from app_pages._workspace_panel import show_panel
from careers import DatasetError, load_dataset
from careers.data.band_edit import apply_bands
from careers.data.band_problems import BandEditError, describe_row
from careers.dataset.export import EXAMPLE_DATASET
from careers.dataset.messages import describe
from careers.text.markdown import md_escape
from components.data.editor import band_editor, example_block, problems_box, upload_block
from components.data.tables import cached_band_table, dataset_tables, yaml_bytes

t, dataset = current()


def _on_upload() -> None:
    """Validate a newly chosen file: a good one becomes the session's data, a bad one is listed."""
    upload = st.session_state.get("data_upload")
    st.session_state.pop("data_upload_problems", None)
    if upload is None:
        return
    try:
        uploaded = load_dataset(upload.getvalue())
    except DatasetError as exc:
        st.session_state["data_upload_problems"] = (upload.name, exc.problems)
        return
    use_dataset(uploaded, "uploaded")
    st.session_state["data_notice"] = t(
        "data.upload.loaded",
        file=md_escape(upload.name),
        name=md_escape(uploaded.name.get(t.lang)),
    )


def _on_example() -> None:
    """Use the invented example dataset in this session."""
    example = example_dataset()
    use_dataset(example, "example")
    st.session_state["data_notice"] = t(
        "data.upload.example_loaded", name=md_escape(example.name.get(t.lang))
    )


st.title(t("data.title"), anchor=False)
st.markdown(t("data.intro"))
if notice := st.session_state.pop("data_notice", None):
    st.success(notice, icon=":material/check:")
st.markdown(t("data.in_use", name=md_escape(dataset.name.get(t.lang))))
st.download_button(
    t("data.yaml_download"),
    partial(yaml_bytes, dataset),
    file_name=f"{dataset.id}_edited.yaml" if origin() == "edited" else f"{dataset.id}.yaml",
    mime="application/yaml",
    key="data_yaml",
    on_click="ignore",
    help=t("data.yaml_help"),
    icon=":material/download:",
)

with st.expander(t("workspace.title"), icon=":material/cloud:", expanded=True):
    st.markdown(t("workspace.data_intro"))  # body colour: a caption's grey is 4.0:1
    show_panel(t, key="data_workspace")

tables, edit, upload = st.tabs([t("data.tab_tables"), t("data.tab_edit"), t("data.tab_upload")])
with tables:
    dataset_tables(dataset, t)

with edit:
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
            st.session_state["data_band_problems"] = (editor_key, t.lang, exc)
        else:
            st.session_state.pop("data_band_problems", None)
            if changed == dataset:
                st.info(t("data.edit.unchanged"), icon=":material/info:")
            else:
                use_dataset(changed, "edited")
                st.session_state["data_notice"] = t("data.edit.applied")
                st.rerun()
    problems_key, lang, failure = st.session_state.get("data_band_problems", (None, None, None))
    if failure is not None and (problems_key, lang) == (editor_key, t.lang):
        if isinstance(failure, BandEditError):
            lines = [describe_row(p, t) for p in failure.problems]
        else:
            lines = [describe(p, t) for p in failure.problems]
        problems_box(t("data.edit.failed"), lines)

with upload:
    upload_block(t, on_upload=_on_upload)
    name, problems = st.session_state.get("data_upload_problems", (None, []))
    if problems:
        key = "data.upload.failed_one" if len(problems) == 1 else "data.upload.failed"
        problems_box(
            t(key, file=md_escape(name), count=len(problems)), [describe(p, t) for p in problems]
        )
    example_block(t, on_example=_on_example, example=EXAMPLE_DATASET)
