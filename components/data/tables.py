"""The dataset as readable tables, each with its CSV download."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import streamlit as st
from streamlit.elements.lib.column_types import ColumnConfig

from careers.data.band_edit import band_table
from careers.dataset.export import dump_dataset
from careers.dataset.frames import bands_frame, roles_frame, skills_frame, transitions_frame
from careers.dataset.models import Dataset
from careers.ladder.summary import ladder_chart_table
from careers.text.i18n import Translator
from careers.text.numbers import number_text
from components.cache import derived, shared
from components.style import TABLE_KEY_WIDTH


def column_labels(t: Translator) -> dict[str, str]:
    """Headings in the user's language for every column the data page shows."""
    return {
        "id": t("data.col.id"),
        "role_id": t("data.col.id"),
        "from_id": t("data.col.id"),
        "to_id": t("data.col.id"),
        "title": t("data.col.title"),
        "track": t("data.col.track"),
        "level": t("data.col.level"),
        "responsibilities": t("data.col.responsibilities"),
        "skills": t("data.col.skills"),
        "from": t("data.col.from"),
        "to": t("data.col.to"),
        "kind": t("data.col.kind"),
        "note": t("data.col.note"),
        "source": t("data.col.source"),
        "skill": t("data.col.skill"),
        "area": t("data.col.area"),
        "roles": t("data.col.roles"),
        "role": t("data.col.role"),
        "currency": t("data.col.currency"),
        "period": t("data.col.period"),
        "min": t("data.col.min"),
        "max": t("data.col.max"),
        "midpoint": t("data.col.midpoint"),
        "open_ended": t("data.col.open_ended"),
        "estimate": t("data.col.estimate"),
        "basis": t("data.col.basis"),
    }


def value_labels(t: Translator) -> dict[str, str]:
    """Words in the user's language for the format's fixed values (track, kind, period)."""
    return {
        "ladder": t("data.value.ladder"),
        "lateral": t("data.value.lateral"),
        "promotion": t("data.value.promotion"),
        "year": t("data.value.year"),
        "month": t("data.value.month"),
        "hour": t("data.value.hour"),
    }


# Ids of the roles at either end of a move or beside a band: the CSV keeps them, the screen
# shows the titles next to them instead.
HIDDEN_ON_SCREEN = {"from_id", "to_id", "role_id"}
# Amounts, shown as text written the page's way ("32.000" in Italian): a number column would
# follow the browser's locale, not the page's language.
AMOUNTS = ("min", "max", "midpoint")
# The column that names each row: pinned (TABLE_KEY_WIDTH wide), so it stays in view when a
# phone scrolls the table.
KEY_COLUMN = {"roles": "title", "transitions": "from", "skills": "skill", "bands": "role"}
# On screen, a band's figures come right after its role: on a phone they are what fits.
FIRST_ON_SCREEN = {"bands": ("role", "min", "max", "midpoint", "currency", "period")}


def _counted_from_one(frame: pd.DataFrame) -> pd.DataFrame:
    """Ladder levels counted from 1, as the ladder page counts its steps (lateral roles: empty)."""
    if "level" not in frame.columns:
        return frame
    return frame.assign(level=(frame["level"] + 1).astype("Int64"))


def _readable(frame: pd.DataFrame, t: Translator) -> pd.DataFrame:
    """The frame with track, kind and period in words and amounts written the page's way."""
    words = value_labels(t)
    coded = [c for c in ("track", "kind", "period") if c in frame.columns]
    readable = frame.assign(**{c: frame[c].map(lambda v: words.get(v, v)) for c in coded})
    for column in (c for c in AMOUNTS if c in frame.columns):
        readable[column] = frame[column].map(
            lambda v: None if pd.isna(v) else number_text(v, t.lang)
        )
    return readable


TABLES = ("roles", "transitions", "skills", "bands")
FRAMES = {
    "roles": roles_frame,
    "transitions": transitions_frame,
    "skills": skills_frame,
    "bands": bands_frame,
}


@shared
def table_frames(dataset: Dataset, t: Translator) -> tuple[tuple[str, pa.Table | None, bytes], ...]:
    """Each table of the dataset: its name, the table shown on screen and its CSV bytes.

    Arrow tables are immutable, so one is shared by every session showing the same data, and
    `st.dataframe` sends it without converting a DataFrame again on every rerun. An empty table
    is None.
    """
    tables = []
    for name in TABLES:
        frame = _counted_from_one(FRAMES[name](dataset, t.lang))
        shown = (
            None if frame.empty else pa.Table.from_pandas(_readable(frame, t), preserve_index=False)
        )
        tables.append((name, shown, frame.to_csv(index=False).encode("utf-8")))
    return tuple(tables)


@shared
def csv_bytes(dataset: Dataset, name: str, lang: str) -> bytes:
    """One table of the dataset (roles, transitions, skills, bands) as CSV bytes."""
    frame = _counted_from_one(FRAMES[name](dataset, lang))
    return frame.to_csv(index=False).encode("utf-8")


@shared
def yaml_bytes(dataset: Dataset) -> bytes:
    """The dataset as the bytes of a YAML file that uploads again as the same data."""
    return dump_dataset(dataset).encode("utf-8")


@derived
def cached_band_table(dataset: Dataset, lang: str) -> pd.DataFrame:
    """The bands editor's starting table (`careers.band_edit.band_table`), built once per data."""
    return band_table(dataset, lang)


def dataset_tables(dataset: Dataset, t: Translator) -> None:
    """Roles, moves, skills and bands as tables, each downloadable as CSV."""
    labels = column_labels(t)
    titles = {
        "roles": t("data.tables.roles"),
        "transitions": t("data.tables.transitions"),
        "skills": t("data.tables.skills"),
        "bands": t("data.tables.bands"),
    }
    for name, frame, csv in table_frames(dataset, t):
        title = titles[name]
        st.header(title, anchor=False)
        if frame is None:
            st.markdown(t("data.tables.empty"))
            continue
        st.dataframe(
            frame,
            hide_index=True,
            key=f"data_table_{name}",
            placeholder="–",
            column_config={c: _column(c, labels, name) for c in frame.column_names},
            column_order=_screen_order(frame.column_names, name),
        )
        st.download_button(
            t("data.tables.csv", table=title),
            csv,
            file_name=f"{dataset.id}_{name}_{t.lang}.csv",
            mime="text/csv",
            key=f"data_csv_{name}",
            icon=":material/download:",
        )


def _screen_order(columns: list[str], table: str) -> list[str]:
    """The table's columns as shown: its first ones (if any) ahead, ids left out."""
    first = [c for c in FIRST_ON_SCREEN.get(table, ()) if c in columns]
    rest = [c for c in columns if c not in first]
    return [c for c in first + rest if c not in HIDDEN_ON_SCREEN]


def _column(name: str, labels: dict[str, str], table: str) -> ColumnConfig | None:
    """How one column of a table shows: hidden ids, amounts to the right, the key column pinned."""
    if name in HIDDEN_ON_SCREEN:
        return None
    label = labels.get(name, name)
    if name in AMOUNTS:
        return st.column_config.TextColumn(label, alignment="right")
    if KEY_COLUMN.get(table) == name:
        return st.column_config.Column(label, pinned=True, width=TABLE_KEY_WIDTH)
    return st.column_config.Column(label)


@shared
def _chart_table(dataset: Dataset, t: Translator, with_pay: bool) -> pa.Table:
    """`careers.ladder_text.ladder_chart_table` as Arrow, built once per data, language, option."""
    return pa.Table.from_pandas(
        ladder_chart_table(dataset, t, with_pay=with_pay), preserve_index=False
    )


def ladder_chart_data(dataset: Dataset, t: Translator, *, with_pay: bool, key: str) -> None:
    """The ladder chart's data, one click away: an expander with a table of what is drawn.

    The table is built only while the expander is open (`{key}_open` in the session state),
    so the page's other reruns don't pay for it.
    """
    with st.expander(
        t("ladder.table.title"), icon=":material/table:", key=f"{key}_open", on_change="rerun"
    ) as box:
        if not box.open:
            return
        st.dataframe(
            _chart_table(dataset, t, with_pay),
            hide_index=True,
            key=key,
            placeholder="–",
            column_config={
                "role": st.column_config.TextColumn(t("ladder.table.role")),
                "track": st.column_config.TextColumn(t("ladder.table.track")),
                "level": st.column_config.NumberColumn(t("ladder.table.level")),
                "band": st.column_config.TextColumn(t("ladder.table.band")),
                "estimate": st.column_config.CheckboxColumn(t("ladder.table.estimate")),
                "leads_to": st.column_config.TextColumn(t("ladder.table.leads_to")),
            },
        )
