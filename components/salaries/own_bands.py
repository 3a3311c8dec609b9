"""The "your bands" expander: a CSV to load into the table, the table, and what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from careers.dataset.models import Dataset
from careers.salaries.bands import Band, View
from careers.salaries.own_bands import (
    OWN_BANDS_HEADER,
    OwnBandProblem,
    own_view_bands,
    parse_own_rows,
)
from careers.salaries.own_bands_file import MAX_OWN_BANDS_MB
from careers.salaries.words import axis_title
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from careers.text.numbers import number_text
from components.style import TABLE_KEY_WIDTH, on_phone


@dataclass(frozen=True)
class OwnBandsStart:
    """Where the table starts (the page keeps these in the session) and what the last upload did.

    A new `editor_key` makes the table start again from `rows`; a new `upload_key` gives an
    empty uploader, so a file is loaded once and never again on a rerun. `notice` is
    (`success` or `error`, text) about the file just uploaded.
    """

    rows: list[dict[str, Any]]
    editor_key: str
    upload_key: str
    notice: tuple[str, str] | None = None


def _start_rows(rows: list[dict[str, Any]] | None, lang: str) -> pd.DataFrame:
    """The editor's starting table: the rows the page keeps (typed, loaded or restored) as text."""
    empty = pd.DataFrame({name: pd.Series(dtype="string") for name in OWN_BANDS_HEADER})
    if not rows:
        return empty

    def cell(value: Any) -> Any:
        # Amounts kept as numbers (so they read in either language) are shown the page's way.
        if isinstance(value, int | float) and not isinstance(value, bool):
            return number_text(value, lang)
        return value

    start = pd.DataFrame([{k: cell(row.get(k)) for k in OWN_BANDS_HEADER} for row in rows])
    return pd.concat([empty, start.astype("string")], ignore_index=True)


def own_bands_input(
    t: Translator,
    role_titles: dict[str, str],
    view: View,
    start: OwnBandsStart,
    on_upload: Callable[[], None],
) -> list[dict[str, Any]]:
    """The uploader (`on_upload` loads its file into the table) and the table: its rows."""
    period = t(f"period.{view.period}")
    st.caption(t("salaries.own_intro", currency=view.currency, period=period))
    st.file_uploader(
        t("salaries.own_upload"),
        type=["csv", "txt"],
        key=start.upload_key,
        on_change=on_upload,
        max_upload_size=MAX_OWN_BANDS_MB,
        help=t("salaries.own_upload_help"),
    )
    if start.notice is not None:
        kind, message = start.notice
        if kind == "success":
            st.success(message, icon=":material/table_view:")
        else:
            st.error(message, icon=":material/error:")
    # Text columns, not number ones: amounts are read the page's way (30.000 in Italian), and
    # an empty cell shows empty rather than "None".
    text = st.column_config.TextColumn
    phone = on_phone()
    edited = st.data_editor(
        _start_rows(start.rows, t.lang),
        key=start.editor_key,
        num_rows="dynamic",
        hide_index=True,
        column_config={
            "role": st.column_config.SelectboxColumn(
                t("salaries.own_col_role"),
                options=list(role_titles),
                format_func=lambda r: role_titles[str(r)],
                # On a phone: pinned and narrower, so the amounts stay in view beside the role
                # (a pinned column's text is grey, which reads as "locked" on a wide screen).
                pinned=phone,
                width=TABLE_KEY_WIDTH if phone else "large",
            ),
            "min": text(t("salaries.own_col_min"), help=t("salaries.own_help_amount")),
            "max": text(t("salaries.own_col_max"), help=t("salaries.own_help_amount")),
            "currency": text(
                t("salaries.own_col_currency"),
                help=t("salaries.own_help_currency", currency=view.currency),
            ),
            "period": st.column_config.SelectboxColumn(
                t("salaries.own_col_period"),
                options=["year", "month", "hour"],
                format_func=lambda p: t(f"salaries.period_{p}"),
                help=t("salaries.own_help_period", period=axis_title(view, t)),
            ),
        },
        column_order=list(OWN_BANDS_HEADER),
    )
    return [{str(k): v for k, v in row.items()} for row in edited.to_dict("records")]


def own_problems(problems: list[OwnBandProblem], t: Translator) -> None:
    """One line per bad row of the user's bands, in an error box; the good rows still count."""
    if not problems:
        return
    lines = []
    for problem in problems:
        fields = {"value": md_escape(problem.value[:60])}
        fields |= {name: md_escape(text) for name, text in problem.fields}
        message = t(f"salaries.own_err_{problem.code}", **fields)
        lines.append(f"- **{t('salaries.own_row', row=problem.row)}**: {message}")
    st.error(t("salaries.own_errors") + "\n\n" + "\n".join(lines), icon=":material/error:")


def own_bands_block(
    dataset: Dataset,
    t: Translator,
    role_titles: dict[str, str],
    view: View,
    start: OwnBandsStart,
    on_upload: Callable[[], None],
) -> tuple[dict[str, Band], list[dict[str, Any]]]:
    """The user's bands: a CSV loads into the table, the table is what counts.

    Returns the good bands in the view by role id, and the table's rows (what a workspace
    keeps). Rows without a currency or period are read in the page's: what the user sees is
    what they type against.
    """
    with st.expander(t("salaries.own_title"), icon=":material/business:"):
        records = own_bands_input(t, role_titles, view, start, on_upload)
        default = (view.currency, view.period)
        own, problems = parse_own_rows(records, dataset, default, t.lang)
        own_problems(problems, t)
    return own_view_bands(own, view), records
