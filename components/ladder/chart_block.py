"""The ladder chart on the ladder page: wide or narrow as the screen needs, a tap opens a role."""

from __future__ import annotations

from collections.abc import Callable

import plotly.graph_objects as go
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from careers.dataset.models import Dataset
from careers.ladder.graph import ladder_roles, lateral_roles
from careers.ladder.summary import ladder_alt
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.ladder.figures import is_dense
from components.style import tap_chart, wide_and_narrow

# (the figure, the chart's widget key) -> what a click or tap on it calls.
OnPick = Callable[[go.Figure, str], Callable[[], None]]


def ladder_charts(
    dataset: Dataset,
    t: Translator,
    selected: str,
    figures: Callable[[bool], go.Figure],
    on_pick: OnPick,
    open_role: Callable[[str], None],
) -> None:
    """The wide ladder for desktops and the narrow one for phones, each opening what is tapped.

    Args:
        dataset: the data in use.
        t: translator.
        selected: the role shown (charts are keyed by it, so a new role redraws them).
        figures: builds the wide (False) or narrow (True) ladder figure; the page passes its
            cache.
        on_pick: gives the callback that opens the role behind a tapped point of a chart.
        open_role: opens a role (the narrow form's buttons for lateral roles).
    """
    wide: DeltaGenerator | None
    narrow: DeltaGenerator | None
    if is_dense(dataset):
        roles = len(ladder_roles(dataset)) + len(lateral_roles(dataset))
        st.caption(t("ladder.dense_note", count=roles))
        wide, narrow = st.container(), None
    else:
        wide, narrow = wide_and_narrow("ladder_chart")
    if wide is not None:
        with wide:
            _chart(figures(False), f"ladder_chart_{selected}", dataset, t, on_pick)
    if narrow is not None:
        with narrow:
            _chart(figures(True), f"ladder_phone_{selected}", dataset, t, on_pick)
            _lateral_buttons(dataset, t, open_role)


def _chart(figure: go.Figure, key: str, dataset: Dataset, t: Translator, on_pick: OnPick) -> None:
    """One form of the ladder chart; a click or tap on a step opens that role."""
    tap_chart(figure, key, on_pick(figure, key), ladder_alt(dataset, t))


def _lateral_buttons(dataset: Dataset, t: Translator, open_role: Callable[[str], None]) -> None:
    """A button per lateral role under the narrow ladder, which draws only the rungs."""
    laterals = lateral_roles(dataset)
    if not laterals:
        return
    st.caption(t("ladder.lateral_list"))
    with st.container(horizontal=True):
        for other in laterals:
            st.button(
                md_escape(other.title.get(t.lang)),
                key=f"ladder_lateral_{other.id}",
                on_click=open_role,
                args=(other.id,),
            )
