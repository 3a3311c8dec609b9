"""Data: the dataset in use as tables and YAML; upload your own, try the example, edit bands."""

from functools import partial

import streamlit as st

from app_pages._data_actions import (
    NOTICE,
    band_edit_tab,
    take_example,
    take_upload,
    upload_problems,
)
from app_pages._session import current, origin
from app_pages._workspace_panel import show_panel
from careers.dataset.export import EXAMPLE_DATASET
from careers.text.markdown import md_escape
from components.data.editor import example_block, upload_block
from components.data.tables import dataset_tables, yaml_bytes

t, dataset = current()

st.title(t("data.title"), anchor=False)
st.markdown(t("data.intro"))
if notice := st.session_state.pop(NOTICE, None):
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
    band_edit_tab(dataset, t)
with upload:
    upload_block(t, on_upload=partial(take_upload, t))
    upload_problems(t)
    example_block(t, on_example=partial(take_example, t), example=EXAMPLE_DATASET)
