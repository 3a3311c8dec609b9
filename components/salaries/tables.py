"""The band chart with its figures as a table, and the metrics table with its CSV."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from careers.dataset.models import Dataset
from careers.salaries.bands import Band, View
from careers.salaries.metrics import METRICS, metrics_frame, role_metrics
from careers.salaries.tables import chart_table, metric_columns, metrics_table
from careers.salaries.words import axis_title
from careers.text.i18n import Translator
from components.cache import CONTENT_HASH
from components.chart_data import chart_data
from components.salaries.band_figure import CHART_ROLES
from components.style import TABLE_KEY_WIDTH, tap_chart, wide_and_narrow


def column_config(t: Translator, columns: tuple[str, ...], view_label: str) -> dict[str, Any]:
    """Labels and tooltips of the metrics table's columns: `salaries.col_<id>`/`help_<id>`."""
    config = {}
    for column in columns:
        label = t(f"salaries.col_{column}", view=view_label)
        key = column == "role"
        config[column] = st.column_config.TextColumn(
            label,
            help=t(f"salaries.help_{column}"),
            pinned=key,
            width=TABLE_KEY_WIDTH if key else None,
        )
    return config


@st.cache_data(max_entries=64, show_spinner=False, hash_funcs=CONTENT_HASH)
def salary_tables(
    dataset: Dataset,
    view: View,
    t: Translator,
    salary: float | None,
    own: tuple[tuple[str, Band], ...],
) -> tuple[pd.DataFrame, pd.DataFrame, bytes]:
    """The chart's data table, the metrics table and the metrics CSV, built once per content."""
    rows = role_metrics(dataset, view, salary)
    mine = dict(own)
    return (
        chart_table(rows[:CHART_ROLES], t, mine or None),
        metrics_table(rows, t, mine or None, salary=salary is not None),
        metrics_frame(rows, t.lang).to_csv(index=False).encode("utf-8"),
    )


def band_chart_block(
    charts: Sequence[tuple[Callable[[], go.Figure], str, Callable[[], None]]],
    table: pd.DataFrame,
    roles: int,
    view: View,
    t: Translator,
    view_name: str,
) -> None:
    """The band chart (wide and narrow forms), how to use it, and its figures as a table.

    Args:
        charts: (figure builder, widget key, called on a click) for the wide form, then the
            narrow one (phones); the browser shows the one that fits, and a form a phone never
            shows is never built.
        table: what the chart draws (careers.salaries.tables.chart_table).
        roles: how many roles have a row in the metrics, to say when the chart shows fewer.
        view: currency and period, named in the table's title.
        t: translator.
        view_name: names the PNG the chart's toolbar saves.
    """
    config: dict[str, Any] = {
        "displaylogo": False,
        "modeBarButtonsToRemove": ["select2d", "lasso2d", "zoom2d", "pan2d", "autoScale2d"],
        "toImageButtonOptions": {"filename": f"salary_bands_{view_name}", "scale": 2},
    }
    boxes = wide_and_narrow("salaries_bands")
    for narrow, (box, (build, key, on_click)) in enumerate(zip(boxes, charts, strict=True)):
        if box is None:
            continue
        # No toolbar on phones: it would sit over the salary's name and the legend.
        with box:
            tap_chart(
                build(),
                key,
                on_click,
                t("salaries.chart_alt"),
                config | {"displayModeBar": not narrow},
            )
    st.markdown(t("salaries.chart_hint"))
    if roles > CHART_ROLES:
        st.caption(t("salaries.chart_capped", shown=CHART_ROLES, total=roles))
    title = t("salaries.chart_data", view=axis_title(view, t))
    with chart_data(title, "salaries_chart_table") as is_open:
        if is_open:
            st.dataframe(table, hide_index=True)


def metrics_block(
    table: pd.DataFrame, csv: bytes, view: View, t: Translator, view_name: str
) -> None:
    """The metrics of every role as a table, with its CSV download and what the metrics mean."""
    st.header(t("salaries.metrics_title"), anchor=False)
    st.caption(t("salaries.average_note"))
    columns = tuple(c for c in metric_columns(True, True) if c in table.columns)
    st.dataframe(
        table, hide_index=True, column_config=column_config(t, columns, axis_title(view, t))
    )
    st.download_button(
        t("salaries.metrics_csv"),
        csv,
        file_name=f"salary_metrics_{view_name}.csv",
        mime="text/csv",
        key="salaries_metrics_csv",
        icon=":material/download:",
    )
    # Said in place: the docs/ folder is not served, so users could not open a link to it.
    with st.expander(t("salaries.metrics_doc_title"), icon=":material/functions:"):
        st.markdown(
            "\n".join(
                f"- **{t(f'salaries.col_{m.id}')}**: {t(f'salaries.help_{m.id}')}" for m in METRICS
            )
        )
