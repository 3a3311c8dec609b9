"""The bands as floating min–max bars with midpoints: trace helpers over the shared layout."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from textwrap import wrap
from typing import Any

import plotly.graph_objects as go

from careers.dataset.models import Dataset
from careers.ladder.graph import ladder_roles
from careers.salaries.bands import Band, View
from careers.salaries.metrics import RoleMetrics, midpoint, role_metrics
from careers.salaries.words import band_text
from careers.text.formatting import format_money
from careers.text.i18n import Translator
from components.salaries.layout import base_layout, money_axis
from components.style import FONT, PALETTE, hatch, html_text

# An open-ended band fades out over this many steps past its "over" figure, never to a top.
TAIL_STEPS = 6
TAIL_SHARE = 0.14  # the whole fade is this share of the axis span
BAR_WIDTH = 0.56
PAIR_WIDTH = 0.36
# A chart of hundreds of bands reads like nothing: it draws the first CHART_ROLES, the tables all.
CHART_ROLES = 25
ROW_PX, DENSE_ROW_PX, DENSE_FROM = 100, 62, 8
# Role names wrap at this many characters, so the bars keep most of a 360 px phone's width.
LABEL_CHARS = 14


@dataclass(frozen=True)
class Scale:
    """The money axis: the lowest and highest amount drawn, the span and the open tail."""

    low: float
    high: float
    span: float
    tail: float


@dataclass(frozen=True)
class Rows:
    """Where each drawn band sits: (row position, metrics) pairs, and the bars' offset/width."""

    drawn: list[tuple[int, RoleMetrics]]
    offset: float
    width: float


def _scale(rows: list[RoleMetrics], own: dict[str, Band], salary: float | None) -> Scale:
    """The amounts the axis must show, with room for the open-ended tails."""
    amounts = [a for r in rows if r.band for a in (r.band.min, r.band.max) if a is not None]
    amounts += [a for b in own.values() for a in (b.min, b.max) if a is not None]
    if salary is not None:
        amounts.append(salary)
    low, high = (min(amounts), max(amounts)) if amounts else (0.0, 1.0)
    span = max(high - low, high * 0.1, 1.0)
    return Scale(low, high, span, span * TAIL_SHARE)


def _hover(row: RoleMetrics, band: Band, t: Translator) -> str:
    """Hover text of a source band: title, range, midpoint, estimate or open note."""
    lines = [
        f"<b>{html_text(row.role.title.get(t.lang))}</b>",
        html_text(band_text(band, t, tag=False)),
    ]
    mid = midpoint(band)
    if not isinstance(mid, str):
        money = format_money(mid, band.currency, t.lang)
        lines.append(html_text(t("salaries.hover_mid", value=money)))
    if band.estimate:
        lines.append(f"<i>{html_text(t('band.estimate_title'))}</i>")
    if band.open_ended:
        lines.append(f"<i>{html_text(t('salaries.open_short'))}</i>")
    lines.append(f"<i>{html_text(t('salaries.click_hint'))}</i>")
    return "<br>".join(lines)


def source_bars(layout: Rows, selected: str | None, t: Translator) -> go.Bar:
    """The sources' bands: one bar each from minimum to maximum (or to the "over" figure)."""
    drawn = [(i, r, r.band) for i, r in layout.drawn if r.band is not None]
    return go.Bar(
        orientation="h",
        y=[i + layout.offset for i, _, _ in drawn],
        base=[b.min for _, _, b in drawn],
        x=[(b.max if b.max is not None else b.min) - b.min for _, _, b in drawn],
        width=layout.width,
        customdata=[r.role.id for _, r, _ in drawn],
        name=t("salaries.legend_source"),
        showlegend=False,
        marker={
            "color": [
                PALETTE["estimate"] if b.estimate else PALETTE["ladder"] for _, _, b in drawn
            ],
            "pattern": hatch(["/" if b.estimate else "" for _, _, b in drawn]),
            "line": {
                "color": PALETTE["text"],
                "width": [4 if r.role.id == selected else 0.5 for _, r, _ in drawn],
            },
        },
        hovertext=[_hover(r, b, t) for _, r, b in drawn],
        hovertemplate="%{hovertext}<extra></extra>",
    )


def open_tails(
    layout: Rows, scale: Scale, t: Translator
) -> tuple[go.Bar | None, list[dict[str, Any]]]:
    """Open-ended bands fade out past their "over" figure, with an arrow and "over →"."""
    rows = [
        (i, r, r.band, r.band.max)
        for i, r in layout.drawn
        if r.band and r.band.open_ended and r.band.max is not None
    ]
    if not rows:
        return None, []
    step = scale.tail / TAIL_STEPS
    fade = [
        f"rgba(0,114,178,{0.75 * (1 - (k + 1) / (TAIL_STEPS + 1)):.2f})" for k in range(TAIL_STEPS)
    ]
    trace = go.Bar(
        orientation="h",
        y=[i + layout.offset for i, _, _, _ in rows for _ in range(TAIL_STEPS)],
        base=[top + k * step for _, _, _, top in rows for k in range(TAIL_STEPS)],
        x=[step] * (TAIL_STEPS * len(rows)),
        width=layout.width,
        customdata=[r.role.id for _, r, _, _ in rows for _ in range(TAIL_STEPS)],
        marker={"color": fade * len(rows), "line": {"width": 0}},
        showlegend=False,
        hovertext=[_hover(r, b, t) for _, r, b, _ in rows for _ in range(TAIL_STEPS)],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    notes: list[dict[str, Any]] = []
    for i, _, _, top in rows:
        end, y = top + scale.tail, i + layout.offset
        arrow = {
            "x": end,
            "y": y,
            "ax": end - scale.tail * 0.45,
            "ay": y,
            "axref": "x",
            "ayref": "y",
        }
        notes.append(
            arrow
            | {"showarrow": True, "arrowhead": 2, "arrowsize": 1.5, "arrowwidth": 2.5}
            | {"arrowcolor": PALETTE["ladder"], "text": ""}
        )
        notes.append(
            {"x": end, "y": y + layout.width / 2, "text": html_text(t("salaries.open_label"))}
            | {"showarrow": False, "xanchor": "right", "yanchor": "bottom"}
            | {"font": {**FONT, "size": 14}}
        )
    return trace, notes


def midpoint_marks(layout: Rows, paired: bool, t: Translator) -> go.Scatter | None:
    """A vertical mark at each band's midpoint (open-ended bands have none)."""
    mids = [(i, r, midpoint(r.band)) for i, r in layout.drawn if r.band is not None]
    mids = [(i, r, m) for i, r, m in mids if not isinstance(m, str)]
    if not mids:
        return None
    return go.Scatter(
        x=[m for _, _, m in mids],
        y=[i + layout.offset for i, _, _ in mids],
        mode="markers",
        customdata=[r.role.id for _, r, _ in mids],
        name=t("salaries.legend_midpoint"),
        marker={
            "symbol": "line-ns-open",
            "size": 24 if paired else 32,
            "line": {"width": 4, "color": PALETTE["text"]},
            "color": PALETTE["text"],
        },
        hovertext=[_hover(r, r.band, t) for _, r, _ in mids if r.band is not None],
        hovertemplate="%{hovertext}<extra></extra>",
    )


def own_bars(
    rows: list[RoleMetrics], own: dict[str, Band], layout: Rows, t: Translator
) -> go.Bar | None:
    """The user's bands, beside the sources' (below them in each row), named on the bar."""
    mine = [(i, r, own[r.role.id]) for i, r in enumerate(rows) if r.role.id in own]
    if not mine:
        return None
    return go.Bar(
        orientation="h",
        y=[i - layout.offset for i, _, _ in mine],
        base=[b.min for _, _, b in mine],
        x=[(b.max or b.min) - b.min for _, _, b in mine],
        width=layout.width,
        customdata=[r.role.id for _, r, _ in mine],
        name=t("salaries.legend_own"),
        marker={"color": PALETTE["own"], "line": {"color": PALETTE["text"], "width": 0.5}},
        # Named on the bar too, not only by its colour in the legend.
        text=[t("salaries.own_tag")] * len(mine),
        textposition="inside",
        insidetextanchor="middle",
        textfont={**FONT, "size": 14, "color": PALETTE["text"]},
        hovertext=[
            f"<b>{html_text(t('salaries.legend_own'))}</b>: "
            f"{html_text(r.role.title.get(t.lang))}<br>{html_text(band_text(b, t))}"
            for _, r, b in mine
        ],
        hovertemplate="%{hovertext}<extra></extra>",
    )


def legend_entries(rows: list[RoleMetrics], t: Translator) -> list[go.Bar]:
    """Legend-only entries: the drawn bars colour each band on its own."""
    legend = [(t("salaries.legend_source"), PALETTE["ladder"], "")]
    if any(r.band and r.band.estimate for r in rows):
        legend.append((t("salaries.legend_estimate"), PALETTE["estimate"], "/"))
    return [
        go.Bar(
            x=[None],
            y=[None],
            orientation="h",
            name=name,
            marker={"color": colour, "pattern": hatch(shape)},
            hoverinfo="skip",
        )
        for name, colour, shape in legend
    ]


def _tick(row: RoleMetrics, lateral: Collection[str], t: Translator) -> str:
    """A role's label: its title wrapped short, then what kind of band it is, in italics."""
    lines = [html_text(line) for line in wrap(row.role.title.get(t.lang), LABEL_CHARS)]
    notes = []
    if row.role.id in lateral:
        notes.append(t("salaries.lateral_tag"))
    if row.band is not None and row.band.estimate:
        notes.append(t("band.estimate_tag"))
    if row.band is None:
        notes.append(t("band.none_short"))
    if notes:
        lines.append(f"<i>{html_text(', '.join(notes))}</i>")
    return "<br>".join(lines)


def _salary_line(fig: go.Figure, salary: float, view: View, t: Translator) -> None:
    """The typed salary as a dashed line across the bands, named above the plot."""
    fig.add_vline(x=salary, line={"color": PALETTE["selected"], "width": 3, "dash": "dash"})
    money = format_money(salary, view.currency, t.lang)
    fig.add_annotation(
        x=salary,
        y=1.0,
        yref="paper",
        text=html_text(t("salaries.salary_line", value=money)),
        showarrow=False,
        yanchor="bottom",
        font={**FONT, "size": 14, "color": PALETTE["text"]},
        bgcolor="rgba(255,255,255,0.85)",
    )


def band_figure(
    rows: list[RoleMetrics],
    view: View,
    t: Translator,
    *,
    selected: str | None = None,
    own: dict[str, Band] | None = None,
    salary: float | None = None,
    note: str | None = None,
    lateral: Collection[str] = (),
) -> go.Figure:
    """Every band as a floating min–max bar with its midpoint, from the bottom row up.

    Args:
        rows: role metrics in the order to draw them, bottom first.
        view: the currency and period the bands are in.
        t: translator for labels and number separators.
        selected: role id to outline as chosen.
        own: the user's own bands by role id, drawn beside the source bands.
        salary: a salary (in the view) drawn as a line across the chart.
        note: the conversion rate in words, shown under the chart when converting.
        lateral: ids of lateral roles (not rungs of the ladder), labelled as such.

    Returns:
        A figure whose bars and midpoint marks carry the role id as `customdata`.
    """
    own = own or {}
    paired = bool(own)
    layout = Rows(
        drawn=[(i, r) for i, r in enumerate(rows) if r.band is not None],
        offset=PAIR_WIDTH / 2 + 0.02 if paired else 0.0,
        width=PAIR_WIDTH if paired else BAR_WIDTH,
    )
    scale = _scale(rows, own, salary)
    fig = go.Figure(source_bars(layout, selected, t))
    tails, notes = open_tails(layout, scale, t)
    for trace in (tails, midpoint_marks(layout, paired, t), own_bars(rows, own, layout, t)):
        if trace is not None:
            fig.add_trace(trace)
    fig.add_traces(legend_entries(rows, t))
    if salary is not None:
        _salary_line(fig, salary, view, t)
    row_px = ROW_PX if len(rows) < DENSE_FROM else DENSE_ROW_PX
    bottom = 110 + (40 if note else 0)
    fig.update_layout(
        base_layout(t, 150 + bottom + row_px * max(len(rows), 1), bottom),
        clickmode="event+select",
        xaxis=money_axis(
            view, t, (scale.low - scale.span * 0.08, scale.high + scale.tail + scale.span * 0.04)
        ),
        yaxis={
            "tickvals": list(range(len(rows))),
            "ticktext": [_tick(r, lateral, t) for r in rows],
            "tickfont": {**FONT, "size": 15},
            "range": [-0.6, len(rows) - 0.4],
            "fixedrange": True,
            "automargin": True,
        },
    )
    for annotation in notes:
        fig.add_annotation(annotation)
    if note:
        fig.add_annotation(
            # Under the axis title, above the legend.
            {"x": 0, "y": 0, "xref": "paper", "yref": "paper", "yshift": -62}
            | {"xanchor": "left", "yanchor": "top", "text": html_text(note), "showarrow": False}
            | {"font": {**FONT, "size": 13, "color": PALETTE["text"]}}
        )
    return fig


def chart_rows(
    dataset: Dataset, view: View, salary: float | None
) -> tuple[list[RoleMetrics], set[str]]:
    """The rows the chart draws, bottom first, and the lateral roles' ids.

    The first CHART_ROLES roles of the tables; lateral roles go under the ladder, so none is
    drawn above the top rung as if it were a promotion.
    """
    rows = role_metrics(dataset, view, salary)[:CHART_ROLES]
    rungs = {r.id for r in ladder_roles(dataset)}
    lateral = {r.role.id for r in rows if r.role.id not in rungs}
    ordered = [r for r in rows if r.role.id in lateral] + [r for r in rows if r.role.id in rungs]
    return ordered, lateral


def bands_chart(
    dataset: Dataset,
    view: View,
    t: Translator,
    *,
    selected: str | None,
    own: tuple[tuple[str, Band], ...],
    salary: float | None,
    note: str | None,
) -> go.Figure:
    """`band_figure` of the dataset, from arguments Streamlit can hash (cached by content).

    The user's bands come as (role id, band) pairs.
    """
    rows, lateral = chart_rows(dataset, view, salary)
    drawn = {row.role.id for row in rows}
    mine = {role_id: band for role_id, band in own if role_id in drawn}
    return band_figure(
        rows, view, t, selected=selected, own=mine, salary=salary, note=note, lateral=lateral
    )
