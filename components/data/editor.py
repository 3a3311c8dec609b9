"""The data page's blocks: the bands editor and the upload of a dataset file."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.elements.lib.column_types import ColumnConfig

from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.data.tables import column_labels, value_labels
from components.style import TABLE_KEY_WIDTH


def _figure_column(label: str, t: Translator) -> ColumnConfig:
    """An editable amount: text in the page's way, read back by `careers.text.numbers`."""
    return st.column_config.TextColumn(
        label, alignment="right", max_chars=40, help=t("data.edit.figure_help")
    )


def band_columns(t: Translator) -> dict[str, ColumnConfig | None]:
    """Column settings of the bands editor: the role is read-only, the figures editable text.

    Figures are text cells read with the page's number rules (`careers.text.numbers`): a
    number cell would take the Italian `30.000` for thirty.
    """
    labels, words = column_labels(t), value_labels(t)
    return {
        "role_id": None,
        "role": st.column_config.TextColumn(
            labels["role"], disabled=True, pinned=True, width=TABLE_KEY_WIDTH
        ),
        "currency": st.column_config.TextColumn(labels["currency"], max_chars=3),
        "period": st.column_config.SelectboxColumn(
            labels["period"],
            options=["year", "month", "hour"],
            format_func=lambda v: words.get(str(v), str(v)),
        ),
        "min": _figure_column(labels["min"], t),
        "max": _figure_column(labels["max"], t),
        "open_ended": st.column_config.CheckboxColumn(labels["open_ended"]),
        "estimate": st.column_config.CheckboxColumn(labels["estimate"], disabled=True),
    }


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
