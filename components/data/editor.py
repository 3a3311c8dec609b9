"""The data page's blocks: the bands editor and the upload of a dataset file."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd
import streamlit as st

from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.data.tables import band_columns


def _bullets(lines: Iterable[str]) -> str:
    """Markdown bullet list of already escaped lines."""
    return "\n".join(f"- {line}" for line in lines)


def band_editor(
    table: pd.DataFrame, key: str, t: Translator, on_undo: Callable[[], None]
) -> tuple[pd.DataFrame, bool]:
    """The editable bands table and its buttons: the edited table and whether Apply was pressed."""
    st.markdown(t("data.edit.intro"))
    edited = st.data_editor(
        table,
        key=key,
        hide_index=True,
        num_rows="fixed",
        placeholder="–",
        column_config=band_columns(t),
        alt=t("data.edit.table_label"),
    )
    buttons = st.container(horizontal=True)
    apply = buttons.button(t("data.edit.apply"), key="data_bands_apply", type="primary")
    buttons.button(t("data.edit.undo"), key="data_bands_undo_button", on_click=on_undo)
    return edited, apply


def problems_box(heading: str, lines: Iterable[str]) -> None:
    """An error box: a heading, then one bullet per problem (escaped here)."""
    body = _bullets(md_escape(line) for line in lines)
    st.error(f"{heading}\n\n{body}", icon=":material/error:")


def upload_block(t: Translator, on_upload: Callable[[], None]) -> None:
    """The uploader of a dataset file (at most 2 MB), validated by `on_upload`."""
    st.markdown(t("data.upload.how"))
    st.file_uploader(
        t("data.upload.label"),
        type=["yaml", "yml"],
        key="data_upload",
        on_change=on_upload,
        help=t("data.upload.help"),
        max_upload_size=2,
    )


def example_block(t: Translator, on_example: Callable[[], None], example: Path) -> None:
    """The invented example dataset: use it in this session, or download it."""
    with st.container(border=True):
        st.markdown(f"**{t('data.upload.example_title')}**")
        st.markdown(t("data.upload.example_text"))
        left, right = st.columns(2)
        left.button(t("data.upload.example_use"), key="data_example", on_click=on_example)
        right.download_button(
            t("data.upload.example_download"),
            example.read_bytes,
            file_name=example.name,
            mime="application/yaml",
            key="data_example_yaml",
            on_click="ignore",
            icon=":material/download:",
        )
