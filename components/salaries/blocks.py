"""Streamlit blocks of the salary page: the chosen role's panel, the tables, the pay mix."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from careers.dataset.models import Dataset, Item
from careers.salaries.bands import (
    MAX_HOURS_PER_WEEK,
    MAX_RATE,
    OWN_BANDS_HEADER,
    PAYMENTS,
    PERIODS,
    Band,
    Gap,
    RoleMetrics,
    RowProblem,
    View,
    example_rate,
    metrics_frame,
    monthly,
    own_view_bands,
    parse_own_csv,
    parse_own_rows,
    pay_mix,
    per_period,
    role_metrics,
)
from careers.salaries.tables import (
    chart_table,
    gap_text,
    metrics_table,
    mix_table,
    money_text,
    overlap_money_text,
    percent_text,
)
from careers.text.formatting import format_money, format_percent
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.cache import CONTENT_HASH
from components.chart_data import chart_data
from components.ladder.role_card import item_lines
from components.salaries.figures import CHART_ROLES, axis_title, pay_mix_figure

# Cached tables are keyed by the data's content and the language, never by the session.


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
    t: Translator,
    role_titles: dict[str, str],
    currency: str,
    rows: list[dict[str, Any]] | None = None,
    editor_key: str = "salaries_own_table",
) -> tuple[bytes | None, list[dict]]:
    """The "your bands" CSV upload and editor: (uploaded file or None, the editor's rows).

    `rows` are the bands to start the editor from (a restored workspace); a new `editor_key`
    makes the editor start again from them.
    """
    st.caption(t("salaries.own_intro", currency=currency))
    upload = st.file_uploader(t("salaries.own_upload"), type=["csv", "txt"], key="salaries_own_csv")
    if upload is not None:
        st.caption(t("salaries.own_upload_in_use"))
    empty = pd.DataFrame(
        {"role": pd.Series(dtype="object"), "min": pd.Series(dtype="float")}
        | {"max": pd.Series(dtype="float"), "currency": pd.Series(dtype="object")}
        | {"period": pd.Series(dtype="object")}
    )
    start = pd.concat([empty, pd.DataFrame(rows)], ignore_index=True) if rows else empty
    edited = st.data_editor(
        start[list(empty.columns)],
        key=editor_key,
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


def view_controls(
    t: Translator, base: str, target: str, on_target: Callable[[], None]
) -> tuple[View, float | None, bool]:
    """Period, payments, hours, currency and rate, and the user's salary, in one bordered panel.

    Args:
        t: translator.
        base: the dataset's currency.
        target: the target currency already in the widget's state (it names the rate's label).
        on_target: called when the user types a new target currency.

    Returns:
        The view the widgets describe, the typed salary (None when empty), and whether the rate
        is still the example one.
    """
    with st.container(border=True):
        period_col, currency_col, salary_col = st.columns([1.2, 1.2, 1])
        with period_col:
            period = st.segmented_control(
                t("salaries.period"),
                PERIODS,
                key="salaries_period",
                required=True,
                format_func={
                    "year": t("salaries.period_year"),
                    "month": t("salaries.period_month"),
                    "hour": t("salaries.period_hour"),
                }.get,
            )
            payments = st.selectbox(
                t("salaries.payments"),
                PAYMENTS,
                key="salaries_payments",
                help=t("salaries.payments_help"),
            )
            hours = st.number_input(
                t("salaries.hours"),
                min_value=1.0,
                max_value=MAX_HOURS_PER_WEEK,
                step=1.0,
                key="salaries_hours",
                help=t("salaries.hours_help"),
            )
            st.caption(t("salaries.hours_assumption"))
        with currency_col:
            converted = st.toggle(t("salaries.convert", base=base), key="salaries_convert")
            st.text_input(
                t("salaries.target"), key="salaries_target", max_chars=3, on_change=on_target
            )
            rate = st.number_input(
                t("salaries.rate", base=base, target=target),
                min_value=0.0001,
                max_value=MAX_RATE,
                format="%.4f",
                step=0.01,
                key="salaries_rate",
            )
            example = rate == example_rate(base, target)
            if example:
                st.caption(t("salaries.rate_caption"))
        view = View(
            base=base,
            target=target,
            rate=rate,
            converted=converted,
            period=period,
            payments=payments,
            hours_per_week=hours,
        )
        with salary_col:
            salary = st.number_input(
                t("salaries.salary", view=axis_title(view, t)),
                min_value=0.0,
                value=None,
                step=100.0,
                key="salaries_salary",
                help=t("salaries.salary_help"),
            )
    return view, salary, example


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
        metrics_table(rows, t, mine or None),
        metrics_frame(rows, t.lang).to_csv(index=False).encode("utf-8"),
    )


@st.fragment
def pay_mix_block(
    row: RoleMetrics,
    view: View,
    dataset: Dataset,
    t: Translator,
    build: Callable[..., go.Figure] = lambda builder, *a: builder(*a),
) -> None:
    """The pay-mix simulator of the chosen role: it reruns alone as the user types amounts.

    Args:
        row: the chosen role's metrics (its band in the view).
        view: currency and period.
        dataset: for the source describing how pay is made up.
        t: translator.
        build: calls a figure builder with its arguments; the page passes its cache.

    The inputs' starting values are in the session state already (`salaries_fixed`,
    `salaries_commission`), set by the page.
    """
    title = row.role.title.get(t.lang)
    st.subheader(t("salaries.mix_title", role=md_escape(title)), anchor=False)
    item = pay_structure_item(dataset)
    st.markdown(item_lines([item], dataset, t)[0] if item else t("salaries.mix_no_source"))
    fixed_col, commission_col, achieved_col = st.columns(3)
    fixed = fixed_col.number_input(
        t("salaries.mix_fixed_input", currency=view.currency),
        min_value=0.0,
        step=50.0,
        key="salaries_fixed",
        help=t("salaries.mix_fixed_help"),
    )
    commission = commission_col.number_input(
        t("salaries.mix_commission_input", currency=view.currency),
        min_value=0.0,
        step=10.0,
        key="salaries_commission",
        help=t("salaries.mix_commission_help"),
    )
    achieved = achieved_col.slider(
        t("salaries.mix_achievement"),
        0,
        200,
        100,
        step=5,
        key="salaries_achievement",
        format="%d%%",
    )
    mix = pay_mix(fixed, commission, achieved / 100, view.payments)
    st.markdown(mix_summary(per_period(mix.total, view), row.band, view, t))
    view_name = f"{dataset.id}_{t.lang}_{view.currency}_{view.period}"
    st.plotly_chart(
        build(pay_mix_figure, mix, row.band, view, t, title),
        key="salaries_mix_chart",
        config={"displaylogo": False, "toImageButtonOptions": {"filename": f"pay_mix_{view_name}"}},
        alt=t("salaries.mix_alt"),
    )
    with chart_data(
        t("salaries.mix_data", view=axis_title(view, t)), "salaries_mix_table"
    ) as is_open:
        if is_open:
            table = mix_table(
                per_period(mix.fixed, view),
                per_period(mix.commission, view),
                row.band,
                view.currency,
                t,
            )
            st.dataframe(table, hide_index=True)
    st.caption(t("salaries.mix_assumptions", payments=view.payments))


def mix_start(row: RoleMetrics, view: View) -> tuple[float, float]:
    """Starting fixed pay and commission: the band's minimum per payment, 5% of it as example."""
    start = round(monthly(row.band.min, view)) if row.band else 0
    return float(start), float(round(start * 0.05, -1))


def own_bands_block(
    dataset: Dataset,
    t: Translator,
    role_titles: dict[str, str],
    view: View,
    rows: list[dict[str, Any]] | None = None,
    editor_key: str = "salaries_own_table",
) -> tuple[dict[str, Band], list[dict]]:
    """The "your bands" expander: typed or uploaded bands, their problems.

    Returns the good bands in view, and the editor's rows (what a workspace keeps).
    """
    with st.expander(t("salaries.own_title"), icon=":material/business:"):
        upload, records = own_bands_input(t, role_titles, view.currency, rows, editor_key)
        if upload is not None:
            own, problems = parse_own_csv(upload, dataset, view.currency)
        else:
            own, problems = parse_own_rows(records, dataset, view.currency)
        own_problems(problems, t)
    return own_view_bands(own, view), records


def band_chart_block(
    figure: go.Figure,
    key: str,
    on_click: Callable[[], None],
    table: pd.DataFrame,
    roles: int,
    view: View,
    t: Translator,
    view_name: str,
) -> None:
    """The band chart (a click calls `on_click`), how to use it, and its figures as a table.

    Args:
        figure: the band chart.
        key: the chart's widget key.
        on_click: called when the user clicks a band.
        table: what the chart draws (`careers.salary_tables.chart_table`).
        roles: how many roles have a row in the metrics, to say when the chart shows fewer.
        view: currency and period, named in the table's title.
        t: translator.
        view_name: names the PNG the chart's toolbar saves.
    """
    st.plotly_chart(
        figure,
        key=key,
        on_select=on_click,
        selection_mode="points",
        alt=t("salaries.chart_alt"),
        config={
            "displaylogo": False,
            "modeBarButtonsToRemove": ["select2d", "lasso2d", "zoom2d", "pan2d", "autoScale2d"],
            "toImageButtonOptions": {"filename": f"salary_bands_{view_name}", "scale": 2},
        },
    )
    st.markdown(t("salaries.chart_hint"))
    if roles > CHART_ROLES:
        st.caption(t("salaries.chart_capped", shown=CHART_ROLES, total=roles))
    with chart_data(
        t("salaries.chart_data", view=axis_title(view, t)), "salaries_chart_table"
    ) as is_open:
        if is_open:
            st.dataframe(table, hide_index=True)


def metrics_block(
    table: pd.DataFrame, csv: bytes, view: View, t: Translator, view_name: str
) -> None:
    """The metrics of every role as a table, with its CSV download and what the metrics mean."""
    st.subheader(t("salaries.metrics_title"), anchor=False)
    st.dataframe(table, hide_index=True, column_config=column_config(t, axis_title(view, t)))
    st.download_button(
        t("salaries.metrics_csv"),
        csv,
        file_name=f"salary_metrics_{view_name}.csv",
        mime="text/csv",
        key="salaries_metrics_csv",
        icon=":material/download:",
    )
    st.caption(t("salaries.metrics_doc"))
