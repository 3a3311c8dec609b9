"""Data: the dataset in use as tables and YAML; upload your own, try the example, edit bands."""

from functools import partial

import streamlit as st

from app_pages._session import current, dataset_version, example_dataset, origin, use_dataset
from app_pages._workspace import show_panel
from careers import DatasetError, load_dataset
from careers.data.band_edit import BandEditError, apply_bands, describe_row
from careers.dataset.export import EXAMPLE_DATASET
from careers.dataset.messages import describe
from careers.text.markdown import md_escape
from components.data.tables import band_columns, cached_band_table, dataset_tables, yaml_bytes
from components.ladder.role_card import bullets

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
st.caption(t("data.intro"))
notice = st.session_state.pop("data_notice", None)
if notice:
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
    st.caption(t("workspace.data_intro"))
    show_panel(t, key="data_workspace")

tables, edit, upload = st.tabs([t("data.tab_tables"), t("data.tab_edit"), t("data.tab_upload")])
with tables:
    dataset_tables(dataset, t)

with edit:
    st.markdown(t("data.edit.intro"))
    undo = st.session_state.get("data_bands_undo", 0)
    editor_key = f"data_bands_{dataset_version()}_{undo}"
    edited = st.data_editor(
        cached_band_table(dataset, t.lang),
        key=editor_key,
        hide_index=True,
        num_rows="fixed",
        placeholder="–",
        column_config=band_columns(t),
        alt=t("data.edit.table_label"),
    )
    buttons = st.container(horizontal=True)
    if buttons.button(t("data.edit.apply"), key="data_bands_apply", type="primary"):
        try:
            changed = apply_bands(dataset, edited, t.lang)
        except BandEditError as exc:
            st.session_state["data_band_problems"] = (editor_key, exc.problems)
        else:
            st.session_state.pop("data_band_problems", None)
            if changed == dataset:
                st.info(t("data.edit.unchanged"), icon=":material/info:")
            else:
                use_dataset(changed, "edited")
                st.session_state["data_notice"] = t("data.edit.applied")
                st.rerun()
    buttons.button(
        t("data.edit.undo"),
        key="data_bands_undo_button",
        on_click=lambda: st.session_state.update(data_bands_undo=undo + 1),
    )
    problems_key, band_problems = st.session_state.get("data_band_problems", (None, []))
    if band_problems and problems_key == editor_key:
        lines = [md_escape(describe_row(p, t)) for p in band_problems]
        st.error(f"{t('data.edit.failed')}\n\n{bullets(lines)}", icon=":material/error:")

with upload:
    st.markdown(t("data.upload.how"))
    st.file_uploader(
        t("data.upload.label"),
        type=["yaml", "yml"],
        key="data_upload",
        on_change=_on_upload,
        help=t("data.upload.help"),
        max_upload_size=2,
    )
    name, problems = st.session_state.get("data_upload_problems", (None, []))
    if problems:
        key = "data.upload.failed_one" if len(problems) == 1 else "data.upload.failed"
        heading = t(key, file=md_escape(name), count=len(problems))
        lines = [md_escape(describe(p, t)) for p in problems]
        st.error(f"{heading}\n\n{bullets(lines)}", icon=":material/error:")
    with st.container(border=True):
        st.markdown(f"**{t('data.upload.example_title')}**")
        st.markdown(t("data.upload.example_text"))
        left, right = st.columns(2)
        left.button(t("data.upload.example_use"), key="data_example", on_click=_on_example)
        right.download_button(
            t("data.upload.example_download"),
            EXAMPLE_DATASET.read_bytes,
            file_name=EXAMPLE_DATASET.name,
            mime="application/yaml",
            key="data_example_yaml",
            on_click="ignore",
            icon=":material/download:",
        )
