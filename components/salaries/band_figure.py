"""The bands as floating min–max bars with midpoints: the traces over the shared layout.

Two forms of the same figure: the wide one names each role beside its bar; the narrow one (for
phones, picked by components.style.wide_and_narrow) names it above, so the bars get the whole
width of a 360 px screen instead of slivers beside long names.
"""

from __future__ import annotations

from collections.abc import Collection
from textwrap import wrap
from typing import Any

import plotly.graph_objects as go

from careers.dataset.models import Dataset
from careers.ladder.graph import ladder_roles
from careers.salaries.bands import Band, View
from careers.salaries.metrics import RoleMetrics, role_metrics
from careers.text.formatting import format_money
from careers.text.i18n import Translator
from components.salaries.band_traces import (
    BAR_WIDTH,
    PAIR_WIDTH,
    Rows,
    Scale,
    legend_entries,
    midpoint_marks,
    open_tails,
    own_bars,
    scale_of,
    source_bars,
)
from components.salaries.layout import base_layout, money_axis
from components.style import FONT, PALETTE, html_text

# A chart of hundreds of bands reads like nothing: it draws the first CHART_ROLES, the tables all.
CHART_ROLES = 25
ROW_PX, DENSE_ROW_PX, DENSE_FROM = 100, 62, 8
# Role names wrap at this many characters beside the bars (wide) or above them (narrow).
LABEL_CHARS, NARROW_LABEL_CHARS = 24, 40


def _label(
    row: RoleMetrics, lateral: Collection[str], t: Translator, chars: int, narrow: bool = False
) -> str:
    """A role's label: its title wrapped, then what kind of band it is, in italics.

    Narrow: an open band says so here, as the "over →" beside the bar would hit the next name.
    """
    lines = [html_text(line) for line in wrap(row.role.title.get(t.lang), chars)]
    notes = []
    if row.role.id in lateral:
        notes.append(t("salaries.lateral_tag"))
    if row.band is not None and row.band.estimate:
        notes.append(t("band.estimate_tag"))
    if row.band is None:
        notes.append(t("band.none_short"))
    elif narrow and row.band.open_ended:
        notes.append(t("salaries.open_tag"))
    if notes:
        lines.append(f"<i>{html_text(', '.join(notes))}</i>")
    return "<br>".join(lines)


def _salary_line(
    fig: go.Figure, salary: float, view: View, t: Translator, span: tuple[float, float]
) -> None:
    """The typed salary as a dashed line across the bands, named above the plot.

    The name leans away from the nearer edge, so it is never cut off on a narrow screen.
    """
    share = (salary - span[0]) / ((span[1] - span[0]) or 1.0)
    anchor = "left" if share < 0.3 else "right" if share > 0.7 else "center"
    fig.add_vline(x=salary, line={"color": PALETTE["selected"], "width": 3, "dash": "dash"})
    money = format_money(salary, view.currency, t.lang)
    fig.add_annotation(
        x=salary,
        y=1.0,
        yref="paper",
        text=html_text(t("salaries.salary_line", value=money)),
        showarrow=False,
        xanchor=anchor,
        yanchor="bottom",
        font={**FONT, "size": 14, "color": PALETTE["text"]},
        bgcolor="rgba(255,255,255,0.85)",
    )


def _labels_above(
    rows: list[RoleMetrics], layout: Rows, lateral: Collection[str], t: Translator
) -> list[dict[str, Any]]:
    """Narrow form: each role named above its bar, from the left edge of the plot."""
    top = layout.offset + layout.width / 2
    return [
        {"x": 0, "xref": "paper", "y": i + top, "yshift": 2, "xanchor": "left"}
        | {"yanchor": "bottom", "align": "left", "showarrow": False}
        | {
            "text": _label(row, lateral, t, NARROW_LABEL_CHARS, narrow=True),
            "font": {**FONT, "size": 14},
        }
        for i, row in enumerate(rows)
    ]


def _y_axis(
    rows: list[RoleMetrics], lateral: Collection[str], t: Translator, narrow: bool
) -> dict[str, Any]:
    """Rows bottom first; role names as tick labels (wide) or none (narrow: they go above)."""
    axis: dict[str, Any] = {
        "tickvals": list(range(len(rows))),
        "range": [-0.6, len(rows) - (0.1 if narrow else 0.4)],
        "fixedrange": True,
        "automargin": True,
    }
    if narrow:
        return axis | {"showticklabels": False}
    ticks = [_label(r, lateral, t, LABEL_CHARS) for r in rows]
    return axis | {"ticktext": ticks, "tickfont": {**FONT, "size": 15}}


def _note(note: str, narrow: bool) -> dict[str, Any]:
    """The conversion rate under the axis title (one line per part on a phone)."""
    text = "<br>".join(html_text(part) for part in note.split(" · ")) if narrow else html_text(note)
    return (
        {"x": 0, "y": 0, "xref": "paper", "yref": "paper", "yshift": -62}
        | {"xanchor": "left", "yanchor": "top", "align": "left", "text": text}
        | {"showarrow": False, "font": {**FONT, "size": 13, "color": PALETTE["text"]}}
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
    narrow: bool = False,
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
        narrow: the phone form, role names above the bars.

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
    scale: Scale = scale_of(rows, own, salary)
    fig = go.Figure(source_bars(layout, selected, t))
    tails, notes = open_tails(layout, scale, t, label=not narrow)
    for trace in (tails, midpoint_marks(layout, paired, t), own_bars(rows, own, layout, t)):
        if trace is not None:
            fig.add_trace(trace)
    fig.add_traces(legend_entries(rows, t))
    span = (scale.low - scale.span * 0.08, scale.high + scale.tail + scale.span * 0.04)
    if salary is not None:
        _salary_line(fig, salary, view, t, span)
    row_px = ROW_PX if len(rows) < DENSE_FROM else DENSE_ROW_PX
    bottom = 110 + (40 if note else 0) + (30 if narrow and note else 0)
    fig.update_layout(
        base_layout(t, 150 + bottom + row_px * max(len(rows), 1), bottom),
        clickmode="event+select",
        xaxis=money_axis(view, t, span),
        yaxis=_y_axis(rows, lateral, t, narrow),
    )
    extra = _labels_above(rows, layout, lateral, t) if narrow else []
    for annotation in [*notes, *extra, *([_note(note, narrow)] if note else [])]:
        fig.add_annotation(annotation)
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
    narrow: bool = False,
) -> go.Figure:
    """`band_figure` of the dataset, from arguments Streamlit can hash (cached by content).

    The user's bands come as (role id, band) pairs.
    """
    rows, lateral = chart_rows(dataset, view, salary)
    drawn = {row.role.id for row in rows}
    mine = {role_id: band for role_id, band in own if role_id in drawn}
    return band_figure(
        rows,
        view,
        t,
        selected=selected,
        own=mine,
        salary=salary,
        note=note,
        lateral=lateral,
        narrow=narrow,
    )
