"""The chosen role's band in figures: its metrics, the estimate's basis, the source."""

from __future__ import annotations

import streamlit as st

from careers.dataset.models import Dataset
from careers.salaries.metrics import RoleMetrics, shown_metrics
from careers.salaries.words import metric_text
from careers.text.i18n import Translator
from careers.text.markdown import md_escape


def role_panel(row: RoleMetrics, dataset: Dataset, t: Translator, salary: float | None) -> None:
    """The role's metrics (every registry metric the view computes) and where they come from."""
    role, band = row.role, row.band
    st.header(md_escape(role.title.get(t.lang)), anchor=False)
    if band is None or role.salary is None:
        st.info(t("band.none_long"), icon=":material/help:")
        return
    below = md_escape(row.below.title.get(t.lang)) if row.below else None
    with st.container(horizontal=True):
        for metric in shown_metrics(salary):
            st.metric(
                t(f"salaries.col_{metric.id}"),
                metric_text(metric, row.value(metric.id), band.currency, t),
                help=t("salaries.below_is", role=below)
                if below and metric.needs == "below"
                else None,
            )
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
