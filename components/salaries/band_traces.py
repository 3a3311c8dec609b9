"""Trace helpers of the band figure: source bars, open tails, midpoints, own bands, legend."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go

from careers.salaries.bands import Band
from careers.salaries.metrics import RoleMetrics, midpoint
from careers.salaries.words import band_text
from careers.text.formatting import format_money
from careers.text.i18n import Translator
from components.style import FONT, PALETTE, hatch, html_text

# An open-ended band fades out over this many steps past its "over" figure, never to a top.
TAIL_STEPS = 6
TAIL_SHARE = 0.14  # the whole fade is this share of the axis span
BAR_WIDTH = 0.56
PAIR_WIDTH = 0.36


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


def scale_of(rows: list[RoleMetrics], own: dict[str, Band], salary: float | None) -> Scale:
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
    layout: Rows, scale: Scale, t: Translator, label: bool = True
) -> tuple[go.Bar | None, list[dict[str, Any]]]:
    """Open-ended bands fade out past their "over" figure, with an arrow and "over →".

    Without `label` (the narrow form) the role's name says it instead of "over →".
    """
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
        if label:
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
