"""The projector's chart of a room's answers: one horizontal bar per option, counts on the bars."""

from __future__ import annotations

import plotly.graph_objects as go

from careers.rooms.results import Tally
from components.style import FONT, PALETTE, html_text


def results_figure(tally: Tally, lang: str, answers_label: str) -> go.Figure:
    """Bars of answers per option (first option on top), each labelled with its count.

    Args:
        tally: the question's counts, every option included.
        lang: the language of the option texts.
        answers_label: the x-axis title ("answers"), already translated.
    """
    labels = [html_text(tally.question.option_text(o, lang)) for o, _ in tally.counts]
    values = [count for _, count in tally.counts]
    figure = go.Figure(
        go.Bar(
            x=values,
            y=labels,
            orientation="h",
            text=values,
            textposition="auto",
            marker={"color": PALETTE["ladder"]},
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    figure.update_layout(
        font=FONT | {"size": 20},
        margin={"l": 10, "r": 20, "t": 10, "b": 40},
        height=max(160, 64 * len(labels) + 60),
        yaxis={"autorange": "reversed", "automargin": True},
        xaxis={
            "title": answers_label,
            "rangemode": "tozero",
            "dtick": 1 if max(values, default=0) < 10 else None,
        },
        plot_bgcolor="white",
        showlegend=False,
    )
    return figure
