"""Streamlit blocks of the salary page: the chosen role's panel, the tables, the pay mix."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from careers.formatting import format_money, format_percent
from careers.i18n import Translator
from careers.models import Dataset, Item
from careers.salaries import OWN_BANDS_HEADER, Band, Gap, RoleMetrics, RowProblem, View
from careers.salary_tables import (
    gap_text,
    money_text,
    overlap_money_text,
    percent_text,
)
from careers.text import md_escape


def column_config(t: Translator, view_label: str) -> dict[str, st.column_config.Column]:
    """Labels and tooltips of the metrics table's columns."""
    text = st.column_config.TextColumn
    return {
        "role": text(t("salaries.col_role"), help=t("salaries.help_role"), pinned=True),
        "source": text(t("salaries.col_source"), help=t("salaries.help_source")),
        "band": text(t("salaries.col_band", view=view_label), help=t("salaries.help_band")),
        "midpoint": text(t("salaries.col_midpoint"), help=t("salaries.help_midpoint")),
        "spread": text(t("salaries.col_spread"), help=t("salaries.help_spread")),
        "progression": text(t("salaries.col_progression"), help=t("salaries.help_progression")),
        "overlap": text(t("salaries.col_overlap"), help=t("salaries.help_overlap")),
        "overlap_money": text(
            t("salaries.col_overlap_money"), help=t("salaries.help_overlap_money")
        ),
        "compa_ratio": text(t("salaries.col_compa_ratio"), help=t("salaries.help_compa_ratio")),
        "penetration": text(t("salaries.col_penetration"), help=t("salaries.help_penetration")),
        "own_band": text(t("salaries.col_own_band"), help=t("salaries.help_own_band")),
        "own_diff": text(t("salaries.col_own_diff"), help=t("salaries.help_own_diff")),
    }


def _metric_value(value: float | Gap | None, as_money: bool, currency: str, t: Translator) -> str:
    """A metric for st.metric: the figure, or the reason there is none."""
    if as_money:
        return money_text(value, currency, t)
    return percent_text(value, t)


def role_panel(row: RoleMetrics, dataset: Dataset, t: Translator, salary: float | None) -> None:
    """The chosen role's band in figures, what the metrics mean for it and where they come from."""
    role, band = row.role, row.band
    st.subheader(md_escape(role.title.get(t.lang)), anchor=False)
    if band is None:
        st.info(t("band.none_long"), icon=":material/help:")
        return
    currency = band.currency
    below = md_escape(row.below.title.get(t.lang)) if row.below else None
    with st.container(horizontal=True):
        st.metric(t("salaries.col_midpoint"), _metric_value(row.midpoint, True, currency, t))
        st.metric(t("salaries.col_spread"), _metric_value(row.spread, False, currency, t))
        st.metric(
            t("salaries.col_progression"),
            percent_text(row.progression, t, signed=True),
            help=t("salaries.below_is", role=below) if below else None,
        )
        st.metric(
            t("salaries.col_overlap_money"),
            overlap_money_text(row.overlap_money, currency, t),
            help=t("salaries.below_is", role=below) if below else None,
        )
        if salary is not None:
            st.metric(t("salaries.col_compa_ratio"), percent_text(row.compa_ratio, t))
            st.metric(t("salaries.col_penetration"), percent_text(row.penetration, t))
    source = role.salary
    if source.estimate and source.basis:
        st.warning(
            f"**{t('band.estimate_title')}** — {md_escape(source.basis.get(t.lang))}",
            icon=":material/warning:",
        )
    if band.open_ended:
        st.caption(t("band.open_explained"))
    if source.source:
        st.caption(md_escape(dataset.cite(source.source, t.lang)))


def own_bands_input(
    t: Translator, role_titles: dict[str, str], currency: str
) -> tuple[bytes | None, list[dict]]:
    """The "your bands" CSV upload and editor: (uploaded file or None, the editor's rows)."""
    st.caption(t("salaries.own_intro", currency=currency))
    upload = st.file_uploader(t("salaries.own_upload"), type=["csv", "txt"], key="salaries_own_csv")
    if upload is not None:
        st.caption(t("salaries.own_upload_in_use"))
    empty = pd.DataFrame(
        {"role": pd.Series(dtype="object"), "min": pd.Series(dtype="float")}
        | {"max": pd.Series(dtype="float"), "currency": pd.Series(dtype="object")}
        | {"period": pd.Series(dtype="object")}
    )
    edited = st.data_editor(
        empty,
        key="salaries_own_table",
        num_rows="dynamic",
        hide_index=False,
        column_config={
            "role": st.column_config.SelectboxColumn(
                t("salaries.own_col_role"),
                options=list(role_titles),
                format_func=role_titles.get,
                width="large",
            ),
            "min": st.column_config.NumberColumn(t("salaries.own_col_min")),
            "max": st.column_config.NumberColumn(t("salaries.own_col_max")),
            "currency": st.column_config.TextColumn(
                t("salaries.own_col_currency"), help=t("salaries.own_help_currency")
            ),
            "period": st.column_config.SelectboxColumn(
                t("salaries.own_col_period"),
                options=["year", "month", "hour"],
                help=t("salaries.own_help_period"),
            ),
        },
        column_order=list(OWN_BANDS_HEADER),
    )
    return (upload.getvalue() if upload is not None else None), edited.to_dict("records")


def own_problems(problems: list[RowProblem], t: Translator) -> None:
    """One line per bad row of the user's bands, in an error box; the good rows still count."""
    if not problems:
        return
    messages = {
        "no_role": t("salaries.own_err_no_role"),
        "unknown_role": t("salaries.own_err_unknown_role"),
        "duplicate_role": t("salaries.own_err_duplicate_role"),
        "no_min": t("salaries.own_err_no_min"),
        "no_max": t("salaries.own_err_no_max"),
        "not_a_number": t("salaries.own_err_not_a_number"),
        "negative": t("salaries.own_err_negative"),
        "too_large": t("salaries.own_err_too_large"),
        "min_gt_max": t("salaries.own_err_min_gt_max"),
        "bad_currency": t("salaries.own_err_bad_currency"),
        "bad_period": t("salaries.own_err_bad_period"),
        "file_too_large": t("salaries.own_err_file_too_large"),
        "file_not_utf8": t("salaries.own_err_file_not_utf8"),
        "file_header": t("salaries.own_err_file_header"),
        "file_too_many_rows": t("salaries.own_err_file_too_many_rows"),
    }
    lines = []
    for problem in problems:
        value = md_escape(problem.value[:60])
        message = messages[problem.code].format(value=value)
        where = t("salaries.own_row", row=problem.row) if problem.row else t("salaries.own_file")
        lines.append(f"- **{where}**: {message}")
    st.error(t("salaries.own_errors") + "\n\n" + "\n".join(lines), icon=":material/error:")


def pay_structure_item(dataset: Dataset) -> Item | None:
    """The work condition that describes fixed pay plus commissions, when the dataset has one."""
    for item in dataset.work_conditions:
        if item.id == "pay_structure":
            return item
    return None


def mix_summary(total: float, band: Band | None, view: View, t: Translator) -> str:
    """Where the simulated total falls against the band, in one sentence."""
    amount = format_money(total, view.currency, t.lang)
    if band is None:
        return t("salaries.mix_total", total=amount)
    if band.currency != view.currency:
        return t("salaries.mix_total", total=amount) + " " + gap_text(Gap.CURRENCY, t)
    if total < band.min:
        where = t("salaries.mix_below")
    elif band.top is not None and total > band.top:
        where = t("salaries.mix_above")
    elif band.top is None and band.max is not None and total > band.max:
        where = t("salaries.mix_over_open")
    else:
        where = t("salaries.mix_within")
    mid = band.top and (band.min + band.top) / 2
    compa = (
        f" · {t('salaries.col_compa_ratio')} {format_percent(total / mid, t.lang)}" if mid else ""
    )
    return f"{t('salaries.mix_total', total=amount)} — {where}{compa}"
