"""Trace helpers of the ladder charts: labels, markers, arrows, legend, and their layout.

Pure plotly (no Streamlit); `components.ladder.figures` builds the wide and narrow charts from
these over the shared `components.style.chart_layout`.
"""

from __future__ import annotations

from textwrap import wrap
from typing import Any

import plotly.graph_objects as go

from careers.dataset.models import Dataset
from careers.dataset.roles import Role, Transition
from careers.text.formatting import format_band, plotly_separators
from careers.text.i18n import Translator
from components.style import FONT, PALETTE, chart_layout, html_text

Positions = dict[str, tuple[float, float]]
"""Role id -> (x, y) on the chart."""

# Characters per label line: wide charts have room beside each step, phones do not.
WIDE_WRAP = {"ladder": 26, "lateral": 14, "pay": 60}
NARROW_WRAP = {"ladder": 22, "lateral": 22, "pay": 26}


def label(role: Role, t: Translator, with_pay: bool, wrap_at: dict[str, int]) -> str:
    """The text beside a step: title (wrapped), then the band or why there is none."""
    title = "<br>".join(
        html_text(line) for line in wrap(role.title.get(t.lang), wrap_at[role.track])
    )
    if not with_pay or role.track == "lateral":
        return f"<b>{title}</b>"
    if role.salary is None:
        pay = t("band.none_short")
    else:
        pay = format_band(role.salary, t)
        if role.salary.estimate:
            pay = f"{pay} · {t('band.estimate_tag')}"
    pay = "<br>".join(html_text(line) for line in wrap(pay, wrap_at["pay"]))
    return f"<b>{title}</b><br><span style='font-size:13px'>{pay}</span>"


def move_lines(moves: list[Transition], positions: Positions) -> go.Scatter:
    """Every move as one thin line trace: hundreds of arrows would hide a dense ladder's steps."""
    line_x: list[float | None] = []
    line_y: list[float | None] = []
    for move in moves:
        (x0, y0), (x1, y1) = positions[move.from_role], positions[move.to_role]
        line_x += [x0, x1, None]
        line_y += [y0, y1, None]
    return go.Scatter(
        x=line_x,
        y=line_y,
        mode="lines",
        line={"width": 1, "color": PALETTE["line"]},
        opacity=0.5,
        hoverinfo="skip",
        showlegend=False,
    )


def drawn_moves(dataset: Dataset, positions: Positions) -> list[Transition]:
    """The moves between roles that the chart draws."""
    return [m for m in dataset.transitions if m.from_role in positions and m.to_role in positions]


def arrows(moves: list[Transition], positions: Positions) -> list[dict[str, Any]]:
    """One arrow annotation per move: thick with a head for promotions, thin for lateral moves."""
    arrows = []
    for move in moves:
        (x0, y0), (x1, y1) = positions[move.from_role], positions[move.to_role]
        promotion = move.kind == "promotion"
        arrows.append(
            {
                **{"x": x1, "y": y1, "ax": x0, "ay": y0},
                **{"xref": "x", "yref": "y", "axref": "x", "ayref": "y", "text": ""},
                "showarrow": True,
                "arrowhead": 3 if promotion else 0,
                "arrowsize": 1.4,
                "arrowwidth": 3 if promotion else 1.5,
                "standoff": 24,
                "startstandoff": 24,
                "arrowcolor": PALETTE["ladder"] if promotion else PALETTE["line"],
                "opacity": 0.8,
            }
        )
    return arrows


def colour(role: Role, selected: str | None) -> str:
    """Chosen role, estimated band, or the colour of its track."""
    if role.id == selected:
        return PALETTE["selected"]
    if role.salary is not None and role.salary.estimate:
        return PALETTE["estimate"]
    return PALETTE[role.track]


def role_trace(
    roles: list[Role],
    positions: Positions,
    labels: list[str],
    t: Translator,
    selected: str | None,
    *,
    dense: bool = False,
    text_position: str = "middle right",
) -> go.Scatter:
    """The markers of one track, labelled; `customdata` is the role id a click maps back to."""
    track = roles[0].track
    size = 44 if track == "ladder" else 30
    if dense:
        size = max(7, min(size, 900 // len(roles)))
    return go.Scatter(
        x=[positions[r.id][0] for r in roles],
        y=[positions[r.id][1] for r in roles],
        mode="markers+text",
        showlegend=False,
        customdata=[r.id for r in roles],
        text=labels,
        textposition=text_position,
        hovertext=[html_text(r.title.get(t.lang)) for r in roles],
        hovertemplate="%{hovertext}<br><i>"
        + html_text(t("ladder.click_hint"))
        + "</i><extra></extra>",
        marker={
            # Sizes per point make plotly.js treat the trace as bubbles, which it draws at 0.7
            # opacity unless told otherwise: the colours must stay as chosen.
            "opacity": 1,
            "size": [size * 1.6 if r.id == selected and dense else size for r in roles],
            "symbol": "square" if track == "ladder" else "circle",
            "color": [colour(r, selected) for r in roles],
            "line": {
                "width": [4 if r.id == selected else 0 if dense else 1.5 for r in roles],
                "color": PALETTE["text"],
            },
        },
        textfont={**FONT, "size": 15 if track == "ladder" else 13},
        cliponaxis=False,
    )


def legend_traces(roles: list[Role], t: Translator, selected: str | None) -> list[go.Scatter]:
    """Legend-only entries: the drawn traces colour points one by one, so their own legend
    swatch would take the first point's colour."""
    keys = ["ladder"]
    if any(r.salary is not None and r.salary.estimate for r in roles):
        keys.append("estimate")
    if selected is not None:
        keys.append("selected")
    if any(r.track == "lateral" for r in roles):
        keys.append("lateral")
    return [
        go.Scatter(
            x=[None],
            y=[None],
            mode="markers",
            name=t(f"ladder.legend_{key}"),
            marker={
                "size": 14,
                "symbol": "circle" if key == "lateral" else "square",
                "color": PALETTE[key],
            },
            hoverinfo="skip",
        )
        for key in keys
    ]


def ladder_layout(
    t: Translator, height: int, x_range: list[float], y_range: list[float]
) -> dict[str, Any]:
    """The shared chart layout with the ladder's hidden axes and a legend above the chart."""
    return chart_layout(
        height,
        plotly_separators(t.lang),
        showlegend=True,
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0, "font": {"size": 14}},
        xaxis={"visible": False, "range": x_range, "fixedrange": True},
        yaxis={"visible": False, "range": y_range, "fixedrange": True},
    )
