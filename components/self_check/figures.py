"""The coverage of one role by skill area, education and experience (pure: rows → go.Figure)."""

from __future__ import annotations

from collections.abc import Sequence
from textwrap import wrap
from typing import Any

import plotly.graph_objects as go

from careers.self_check.scoring import CoverageRow
from careers.text.formatting import plotly_separators
from careers.text.i18n import Translator
from components.style import FONT, PALETTE, chart_layout, hatch, html_text

MISSING_COLOUR = "#D1D5DB"


def coverage_figure(rows: Sequence[CoverageRow], t: Translator) -> go.Figure:
    """Horizontal stacked bars, one per group: items met, then items still missing.

    Args:
        rows: from `careers.self_check.coverage_by_area` (label, group, met, total), with the
            label already filled in for the education and experience rows.
        t: translator for the chosen language (legend, number separators).

    Returns:
        A figure with two bar traces, "met" then "missing", in the rows' order top to bottom.
    """
    labels = ["<br>".join(html_text(x) for x in wrap(r["label"], 22)) for r in rows]
    met = [r["met"] for r in rows]
    missing = [r["total"] - r["met"] for r in rows]
    fig = go.Figure(
        [
            _count_bar(labels, met, t("self_check.chart_met"), PALETTE["ladder"], "white", ""),
            # Not by colour alone: what is missing is also hatched.
            _count_bar(
                labels, missing, t("self_check.chart_missing"), MISSING_COLOUR, PALETTE["text"], "/"
            ),
        ]
    )
    longest = max((r["total"] for r in rows), default=1)
    fig.update_layout(
        chart_layout(
            120 + 62 * len(rows),
            plotly_separators(t.lang),
            # Nothing to pick on this chart: a tap must not dim the other bars.
            clickmode="event",
            barmode="stack",
            legend={
                "traceorder": "normal",
                "orientation": "h",
                "yanchor": "bottom",
                "y": 1.0,
                "x": 0,
                "font": {"size": 16},
            },
            xaxis=_count_axis(t, longest),
            yaxis={"autorange": "reversed", "tickfont": {**FONT, "size": 16}, "fixedrange": True},
        )
    )
    return fig


def _count_bar(
    labels: list[str], values: list[int], name: str, colour: str, font: str, shape: str
) -> go.Bar:
    """One stacked part of every group's bar (met or missing), its count written inside."""
    return go.Bar(
        y=labels,
        x=values,
        name=name,
        orientation="h",
        marker={
            "color": colour,
            "line": {"color": PALETTE["text"], "width": 1},
            "pattern": hatch(shape, 0.25),
        },
        text=[str(v) if v else "" for v in values],
        textposition="inside",
        insidetextanchor="middle",
        textfont={"size": 18, "color": font},
        hovertemplate="%{y}: %{x}<extra>" + html_text(name) + "</extra>",
    )


def _count_axis(t: Translator, longest: int) -> dict[str, Any]:
    """The item-count axis: whole numbers up to the biggest group, its title wrapped."""
    return {
        # Wrapped: centred under a phone's narrow plot, one long line runs past the edge.
        "title": {
            "text": "<br>".join(wrap(html_text(t("self_check.chart_axis")), 16)),
            "font": FONT,
        },
        "tickfont": {**FONT, "size": 15},
        "dtick": 1 if longest <= 10 else None,
        "range": [0, longest],
        "fixedrange": True,
        "gridcolor": "#E5E7EB",
    }
