"""The channels chart on its page: wide on a desktop, stacked on a phone; a tap picks an item."""

from __future__ import annotations

from collections.abc import Callable

import plotly.graph_objects as go

from careers.text.i18n import Translator
from components.style import tap_chart, wide_and_narrow


def channel_charts(
    t: Translator,
    focus: str | None,
    figures: Callable[[bool], go.Figure],
    on_pick: Callable[[go.Figure, str], Callable[[], None]],
) -> None:
    """The chart in the form the screen needs (components/style.py), each keyed by its focus.

    Args:
        t: translator.
        focus: the channel in focus (None: all), which the charts' keys carry.
        figures: builds the wide (False) or stacked (True) figure; the page passes its cache.
        on_pick: gives the callback that picks the item behind a tapped point of a chart.
    """
    for narrow, box in enumerate(wide_and_narrow("channels_chart")):
        if box is None:
            continue
        figure = figures(bool(narrow))
        key = f"channels_chart_{'narrow_' if narrow else ''}{focus or 'all'}"
        with box:
            tap_chart(figure, key, on_pick(figure, key), t("channels.chart_alt"))
