"""The inbound / outbound comparison as a clickable chart (pure: data in, go.Figure out).

Wide: one column per channel with the shared duties between, side by side. Narrow (a phone):
the same columns one under another, full width, so no label is cut or drawn over another.
"""

from __future__ import annotations

from dataclasses import dataclass
from textwrap import wrap
from typing import Any

import plotly.graph_objects as go

from careers.channels.content import (
    SHARED,
    ChannelItem,
    column_names,
    columns,
    comparison_items,
    group_names,
    label,
)
from careers.dataset.models import Dataset
from careers.text.i18n import Translator
from components.style import FONT, PALETTE, html_text

# One colour per column, in column order; the shared column is always green. Okabe-Ito blue,
# vermillion, then the palette's others for datasets with more than two channels.
CHANNEL_COLOURS = ["#0072B2", "#D55E00", "#CC79A7", "#56B4E9", "#E69F00"]
SHARED_COLOUR = PALETTE["lateral"]
DIMMED = "#A0A7B1"
MAX_LINES = 3
LINE_PX = 27


@dataclass(frozen=True)
class Shape:
    """How the chart is laid out: characters per line, text sizes, columns across or stacked."""

    wrap: int
    header_wrap: int
    item_font: int
    header_font: int
    stacked: bool


# Three columns side by side on a 1280-pixel projector; one full-width column on a 360-px phone.
WIDE = Shape(wrap=30, header_wrap=26, item_font=17, header_font=21, stacked=False)
NARROW = Shape(wrap=34, header_wrap=30, item_font=15, header_font=18, stacked=True)


def _lines(text: str, width: int) -> list[str]:
    """A label wrapped for the chart, at most MAX_LINES lines, the last cut with an ellipsis."""
    lines = wrap(text, width) or [""]
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES]
        lines[-1] = lines[-1][: width - 1].rstrip() + "…"
    return lines


def column_colours(dataset: Dataset) -> dict[str, str]:
    """The colour of each column: one per channel in file order, green for the shared duties."""
    colours = {
        c.id: CHANNEL_COLOURS[i % len(CHANNEL_COLOURS)] for i, c in enumerate(dataset.channels)
    }
    return colours | {SHARED: SHARED_COLOUR}


def _header(
    x: float, y: float, text: list[str], colour: str, focused: bool, size: int
) -> dict[str, Any]:
    """A column's heading: bold, in its colour, or white on its colour when in focus."""
    return {
        "x": x,
        "y": -y,
        "xref": "x",
        "yref": "y",
        "xanchor": "left",
        "yanchor": "top",
        "align": "left",
        "showarrow": False,
        "text": "<br>".join(f"<b>{html_text(line)}</b>" for line in text),
        "font": {**FONT, "size": size, "color": "#FFFFFF" if focused else colour},
        "bgcolor": colour if focused else "rgba(0,0,0,0)",
        "borderpad": 6,
    }


def _group(x: float, y: float, text: str) -> dict[str, Any]:
    """The italic name of a group of items (activities, duties...) inside a column."""
    return {
        "x": x,
        "y": -y,
        "xref": "x",
        "yref": "y",
        "xanchor": "left",
        "yanchor": "middle",
        "showarrow": False,
        "text": f"<i>{html_text(text)}</i>",
        "font": {**FONT, "size": 15, "color": PALETTE["line"]},
    }


@dataclass
class _Points:
    """The markers of one column as they are placed, turned into one trace at the end."""

    xs: list[float]
    ys: list[float]
    texts: list[str]
    keys: list[str]
    hovers: list[str]


def _items_trace(
    points: _Points,
    name: str,
    colour: str,
    dimmed: bool,
    selected: str | None,
    t: Translator,
    shape: Shape,
) -> go.Scatter:
    """One column's items: a square marker each, its label beside it, the key in customdata."""
    chosen = [key == selected for key in points.keys]
    return go.Scatter(
        x=points.xs,
        y=points.ys,
        mode="markers+text",
        name=html_text(name),
        showlegend=False,
        customdata=points.keys,
        text=points.texts,
        textposition="middle right",
        hovertext=points.hovers,
        hovertemplate="%{hovertext}<br><i>"
        + html_text(t("channels.click_hint"))
        + "</i><extra></extra>",
        marker={
            "size": [20 if c else 14 for c in chosen],
            "symbol": "square",
            "color": colour,
            "line": {"width": [4 if c else 0 for c in chosen], "color": PALETTE["text"]},
        },
        textfont={**FONT, "size": shape.item_font, "color": DIMMED if dimmed else FONT["color"]},
        # A click selects a point; keep the others readable instead of plotly's fade.
        unselected={"marker": {"opacity": 1}},
        cliponaxis=False,
    )


def _layout(depth: float, width: int) -> dict[str, Any]:
    """The layout every variant shares: no axes, no drag (a swipe scrolls the page), clicks."""
    return {
        "height": max(int((depth + 1) * LINE_PX) + 20, 240),
        "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
        "font": FONT,
        "showlegend": False,
        "plot_bgcolor": "rgba(0,0,0,0)",
        "paper_bgcolor": "rgba(0,0,0,0)",
        "dragmode": False,
        "clickmode": "event+select",
        "hoverlabel": {"font": {"size": 15}},
        "xaxis": {"visible": False, "range": [-0.02, max(width, 1) - 0.02], "fixedrange": True},
        "yaxis": {"visible": False, "range": [-(depth + 0.5), 0.3], "fixedrange": True},
    }


def channel_figure(
    dataset: Dataset,
    t: Translator,
    focus: str | None = None,
    selected: str | None = None,
    narrow: bool = False,
) -> go.Figure:
    """Each channel's activities, duties and experience in a column, the shared duties between.

    Args:
        dataset: the career map.
        t: translator for the chosen language.
        focus: a channel id to highlight (the other channels are greyed), or None for all.
        selected: the key of the item whose source is open, drawn with a thick outline.
        narrow: stack the columns one under another, for a phone.

    Returns:
        A figure with one trace per column whose point `customdata` is the item key
        (`careers.channels.ChannelItem.key`), so a click can be mapped back to the item.
    """
    shape = NARROW if narrow else WIDE
    order = columns(dataset)
    colours = column_colours(dataset)
    names, groups = column_names(dataset, t), group_names(t)
    by_column: dict[str, list[ChannelItem]] = {column: [] for column in order}
    for entry in comparison_items(dataset):
        by_column[entry.column].append(entry)

    fig = go.Figure()
    deepest = 0.0
    for index, column in enumerate(order):
        x = 0 if shape.stacked else index
        top = deepest + 0.8 if shape.stacked and index else 0.0
        dimmed = focus is not None and column not in (focus, SHARED)
        colour = DIMMED if dimmed else colours[column]
        header = _lines(names[column], shape.header_wrap)
        fig.add_annotation(_header(x, top, header, colour, column == focus, shape.header_font))
        cursor = top + len(header) + 0.6
        points = _Points([], [], [], [], [])
        group = None
        for entry in by_column[column]:
            if entry.group != group:
                group = entry.group
                cursor += 0.4
                fig.add_annotation(_group(x, cursor, groups[group]))
                cursor += 1
            lines = _lines(label(entry.item, t.lang), shape.wrap)
            points.xs.append(x + 0.04)
            points.ys.append(-(cursor + (len(lines) - 1) / 2))
            points.texts.append("<br>".join(html_text(line) for line in lines))
            points.keys.append(entry.key)
            points.hovers.append(
                "<br>".join(html_text(line) for line in wrap(entry.item.text.get(t.lang), 40))
            )
            cursor += len(lines) + 0.25
        deepest = max(deepest, cursor)
        if points.keys:
            fig.add_trace(_items_trace(points, names[column], colour, dimmed, selected, t, shape))
    fig.update_layout(_layout(deepest, 1 if shape.stacked else len(order)))
    return fig
