"""The pay-mix simulator of the chosen role: what the source says, the inputs, the chart."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import plotly.graph_objects as go
import streamlit as st

from careers.dataset.models import Dataset
from careers.salaries.bands import View, per_period
from careers.salaries.metrics import RoleMetrics
from careers.salaries.pay_mix import (
    COMMISSION_EXAMPLE_SHARE,
    mix_position,
    pay_mix,
    pay_structure,
)
from careers.salaries.tables import mix_table
from careers.salaries.words import axis_title, percent_text
from careers.text.formatting import format_money, format_percent
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.chart_data import chart_data
from components.ladder.role_card import item_lines
from components.salaries.controls import Box, number_box
from components.salaries.mix_figure import pay_mix_figure


def mix_summary(total: float, row: RoleMetrics, view: View, t: Translator) -> str:
    """Where the simulated total falls against the band, with its compa-ratio, in one sentence."""
    amount = t("salaries.mix_total", total=format_money(total, view.currency, t.lang))
    where, compa = mix_position(total, row.band, view.currency)
    if where is None:
        return amount
    text = f"{amount} — {t(f'salaries.mix_{where}')}"
    if compa is not None and not isinstance(compa, str):
        text += f" · {t('salaries.col_compa_ratio')} {percent_text(compa, t)}"
    return text


def source_note(dataset: Dataset, t: Translator) -> str:
    """What the sources say about fixed pay plus commissions, and for which roles."""
    item, roles = pay_structure(dataset)
    if item is None:
        return t("salaries.mix_no_source")
    names = ", ".join(md_escape(r.title.get(t.lang)) for r in roles)
    scope = t("salaries.mix_source_roles", roles=names) if roles else ""
    return f"{item_lines([item], dataset, t)[0]}\n\n{scope}".strip()


@st.fragment
def pay_mix_block(
    row: RoleMetrics,
    view: View,
    dataset: Dataset,
    t: Translator,
    inputs: Callable[[], tuple[Mapping[str, Box], tuple[float, float]]],
    build: Callable[..., go.Figure] = lambda builder, *a: builder(*a),
) -> None:
    """The simulator: it reruns alone as the user types amounts.

    Args:
        row: the chosen role's metrics (its band in the view).
        view: currency and period.
        dataset: for the source describing how pay is made up.
        t: translator.
        inputs: gives the typed-number boxes `fixed` and `commission` and their current values
            (fixed pay per payment, commission at 100%, in the view's currency). A function,
            because a fragment reruns with the arguments of the page's last full run.
        build: calls a figure builder with its arguments; the page passes its cache.
    """
    title = row.role.title.get(t.lang)
    st.header(t("salaries.mix_title", role=md_escape(title)), anchor=False)
    st.markdown(source_note(dataset, t))
    share = format_percent(COMMISSION_EXAMPLE_SHARE, t.lang, 0)
    st.info(t("salaries.mix_assumption", share=share), icon=":material/info:")
    boxes, amounts = inputs()
    achieved = _mix_inputs(boxes, view, t, share)
    mix = pay_mix(amounts[0], amounts[1], achieved / 100, view.payments)
    st.markdown(mix_summary(per_period(mix.total, view), row, view, t))
    view_name = f"{dataset.id}_{t.lang}_{view.currency}_{view.period}"
    st.plotly_chart(
        build(pay_mix_figure, mix, row.band, view, t, t("salaries.mix_band")),
        key="salaries_mix_chart",
        config={"displaylogo": False, "toImageButtonOptions": {"filename": f"pay_mix_{view_name}"}},
        alt=t("salaries.mix_alt"),
    )
    with chart_data(
        t("salaries.mix_data", view=axis_title(view, t)), "salaries_mix_table"
    ) as is_open:
        if is_open:
            fixed, commission = per_period(mix.fixed, view), per_period(mix.commission, view)
            st.dataframe(mix_table(fixed, commission, row.band, view.currency, t), hide_index=True)
    st.caption(t("salaries.mix_assumptions", payments=view.payments))


def _mix_inputs(boxes: Mapping[str, Box], view: View, t: Translator, share: str) -> int:
    """The fixed pay and commission boxes and the achievement slider side by side; the % chosen."""
    fixed_col, commission_col, achieved_col = st.columns(3)
    with fixed_col:
        number_box(
            t("salaries.mix_fixed_input", currency=view.currency),
            boxes["fixed"],
            t("salaries.mix_fixed_help"),
        )
    with commission_col:
        number_box(
            t("salaries.mix_commission_input", currency=view.currency),
            boxes["commission"],
            t("salaries.mix_commission_help", share=share),
        )
    achieved: int = achieved_col.slider(
        t("salaries.mix_achievement"),
        0,
        200,
        100,
        step=5,
        key="salaries_achievement",
        format="%d%%",
    )
    return achieved
