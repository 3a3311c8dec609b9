"""The one layout both salary figures share: font, separators, legend, a money axis."""

from __future__ import annotations

from typing import Any

from careers.salaries.bands import View
from careers.salaries.words import axis_title
from careers.text.formatting import plotly_separators
from careers.text.i18n import Translator
from components.style import FONT, html_text

# Few enough horizontal-axis numbers to stay level (never rotated) on a 360 px phone.
AXIS_TICKS = 5


def money_axis(
    view: View,
    t: Translator,
    span: tuple[float, float] | None = None,
    ticks: int = AXIS_TICKS,
    short: bool = False,
) -> dict[str, Any]:
    """The horizontal money axis: the view's name as its title, level numbers, no zoom.

    `short`: the title on two lines (currency and period, then payments or hours), for a chart
    whose plot is narrow beside its row names.
    """
    title = html_text(axis_title(view, t))
    axis: dict[str, Any] = {
        "title": {"text": title.replace(", ", "<br>") if short else title, "font": FONT},
        "tickformat": ",.2f" if view.period == "hour" else ",.0f",
        "tickangle": 0,
        "nticks": ticks,
        "automargin": True,
        "gridcolor": "#E5E7EB",
        "tickfont": {**FONT, "size": 14},
        "fixedrange": True,
    }
    if span is not None:
        axis["range"] = list(span)
    return axis


def base_layout(t: Translator, height: int, bottom: int) -> dict[str, Any]:
    """Layout shared by the salary figures; the legend sits under the plot, clear of the toolbar.

    Args:
        t: translator (number separators of the language).
        height: figure height in pixels.
        bottom: bottom margin in pixels (room for the axis title, legend and notes).
    """
    return {
        "height": height,
        "margin": {"l": 10, "r": 16, "t": 36, "b": bottom},
        "font": FONT,
        "separators": plotly_separators(t.lang),
        "barmode": "overlay",
        "showlegend": True,
        # Under the axis: at the top it collides with the toolbar on a phone.
        "legend": {
            "orientation": "h",
            "yanchor": "bottom",
            "y": 0.0,
            "yref": "container",
            "x": 0,
            "font": {"size": 14},
        },
        "plot_bgcolor": "rgba(0,0,0,0)",
        "paper_bgcolor": "white",
        "dragmode": False,
        "hoverlabel": {"font": {"size": 15}},
    }
