"""The coverage of one role by skill area, education and experience (pure: rows → go.Figure)."""

from __future__ import annotations

from collections.abc import Sequence
from textwrap import wrap

import plotly.graph_objects as go

from careers.self_check.scoring import CoverageRow
from careers.text.formatting import plotly_separators
from careers.text.i18n import Translator
from components.style import FONT, PALETTE, hatch, html_text

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
    fig = go.Figure()
    for name, values, colour, font, shape in (
        (t("self_check.chart_met"), met, PALETTE["ladder"], "white", ""),
        (t("self_check.chart_missing"), missing, MISSING_COLOUR, PALETTE["text"], "/"),
    ):
        fig.add_trace(
            go.Bar(
                y=labels,
                x=values,
                name=name,
                orientation="h",
                marker={
                    "color": colour,
                    "line": {"color": PALETTE["text"], "width": 1},
                    # Not by colour alone: what is missing is also hatched.
                    "pattern": hatch(shape, 0.25),
                },
                text=[str(v) if v else "" for v in values],
                textposition="inside",
                insidetextanchor="middle",
                textfont={"size": 18, "color": font},
                hovertemplate="%{y}: %{x}<extra>" + html_text(name) + "</extra>",
            )
        )
    longest = max((r["total"] for r in rows), default=1)
    fig.update_layout(
        barmode="stack",
        height=120 + 62 * len(rows),
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        font=FONT,
        separators=plotly_separators(t.lang),
        plot_bgcolor="rgba(0,0,0,0)",
        paper_bgcolor="rgba(0,0,0,0)",
        dragmode=False,
        legend={
            "traceorder": "normal",
            "orientation": "h",
            "yanchor": "bottom",
            "y": 1.0,
            "x": 0,
            "font": {"size": 16},
        },
        xaxis={
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
        },
        yaxis={"autorange": "reversed", "tickfont": {**FONT, "size": 16}, "fixedrange": True},
    )
    return fig
