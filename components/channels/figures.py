"""The inbound / outbound comparison as a clickable chart (pure: data in, go.Figure out)."""

from __future__ import annotations

from textwrap import wrap

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
WRAP = 30  # characters per line: three columns side by side on a 1280-pixel projector
MAX_LINES = 3
LINE_PX = 27
ITEM_FONT = 17


def _lines(text: str, width: int = WRAP) -> list[str]:
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


def channel_figure(
    dataset: Dataset,
    t: Translator,
    focus: str | None = None,
    selected: str | None = None,
) -> go.Figure:
    """Each channel's activities, duties and experience in a column, the shared duties between.

    Args:
        dataset: the career map.
        t: translator for the chosen language.
        focus: a channel id to highlight (the other channels are greyed), or None for all.
        selected: the key of the item whose source is open, drawn with a thick outline.

    Returns:
        A figure with one trace per column whose point `customdata` is the item key
        (`careers.channels.ChannelItem.key`), so a click can be mapped back to the item.
    """
    order = columns(dataset)
    colours = column_colours(dataset)
    names, groups = column_names(dataset, t), group_names(t)
    by_column: dict[str, list[ChannelItem]] = {column: [] for column in order}
    for entry in comparison_items(dataset):
        by_column[entry.column].append(entry)

    fig = go.Figure()
    deepest = 0.0
    for x, column in enumerate(order):
        dimmed = focus is not None and column not in (focus, SHARED)
        colour = DIMMED if dimmed else colours[column]
        header = _lines(names[column], 26)
        fig.add_annotation(
            x=x,
            y=0,
            xref="x",
            yref="y",
            xanchor="left",
            yanchor="top",
            align="left",
            showarrow=False,
            text="<br>".join(f"<b>{html_text(line)}</b>" for line in header),
            font={**FONT, "size": 21, "color": "#FFFFFF" if column == focus else colour},
            bgcolor=colour if column == focus else "rgba(0,0,0,0)",
            borderpad=6,
        )
        cursor = len(header) + 0.6
        xs, ys, texts, keys, hovers, sizes, widths = [], [], [], [], [], [], []
        group = None
        for entry in by_column[column]:
            if entry.group != group:
                group = entry.group
                cursor += 0.4
                fig.add_annotation(
                    x=x,
                    y=-cursor,
                    xref="x",
                    yref="y",
                    xanchor="left",
                    yanchor="middle",
                    showarrow=False,
                    text=f"<i>{html_text(groups[group])}</i>",
                    font={**FONT, "size": 15, "color": PALETTE["line"]},
                )
                cursor += 1
            lines = _lines(label(entry.item, t.lang))
            xs.append(x + 0.04)
            ys.append(-(cursor + (len(lines) - 1) / 2))
            texts.append("<br>".join(html_text(line) for line in lines))
            keys.append(entry.key)
            hovers.append(
                "<br>".join(html_text(line) for line in wrap(entry.item.text.get(t.lang), 60))
            )
            sizes.append(20 if entry.key == selected else 14)
            widths.append(4 if entry.key == selected else 0)
            cursor += len(lines) + 0.25
        deepest = max(deepest, cursor)
        if not keys:
            continue
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="markers+text",
                name=html_text(names[column]),
                showlegend=False,
                customdata=keys,
                text=texts,
                textposition="middle right",
                hovertext=hovers,
                hovertemplate="%{hovertext}<br><i>"
                + html_text(t("channels.click_hint"))
                + "</i><extra></extra>",
                marker={
                    "size": sizes,
                    "symbol": "square",
                    "color": colour,
                    "line": {"width": widths, "color": PALETTE["text"]},
                },
                textfont={**FONT, "size": ITEM_FONT, "color": DIMMED if dimmed else FONT["color"]},
                # A click selects a point; keep the others readable instead of plotly's fade.
                unselected={"marker": {"opacity": 1}},
                cliponaxis=False,
            )
        )

    height = int((deepest + 1) * LINE_PX) + 20
    fig.update_layout(
        height=max(height, 240),
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        font=FONT,
        showlegend=False,
        plot_bgcolor="rgba(0,0,0,0)",
        paper_bgcolor="rgba(0,0,0,0)",
        dragmode=False,
        clickmode="event+select",
        hoverlabel={"font": {"size": 15}},
        xaxis={"visible": False, "range": [-0.02, max(len(order), 1) - 0.02], "fixedrange": True},
        yaxis={"visible": False, "range": [-(deepest + 0.5), 0.3], "fixedrange": True},
    )
    return fig
