"""The ladder chart, wide (a staircase with lateral roles below) and narrow (one column for phones).

Pure functions from a dataset to a plotly Figure (no Streamlit here), built from trace helpers
over the shared `chart_layout`.
"""

from __future__ import annotations

from textwrap import wrap
from typing import Any

import plotly.graph_objects as go

from careers.dataset.models import Dataset, Role, Transition
from careers.ladder.graph import ladder_levels, ladder_roles, lateral_roles
from careers.text.formatting import format_band, plotly_separators
from careers.text.i18n import Translator
from components.style import FONT, PALETTE, chart_layout, html_text

# Beyond this many roles on one ladder level, labels would overlap: the chart goes "dense"
# (markers only, smaller; titles on hover and in the table under the chart).
DENSE_LEVEL = 6
Positions = dict[str, tuple[float, float]]


def is_dense(dataset: Dataset) -> bool:
    """Whether one ladder level holds too many roles to label each one beside its step."""
    levels = ladder_levels(dataset)
    per_level: dict[int, int] = {}
    for role in ladder_roles(dataset):
        per_level[levels[role.id]] = per_level.get(levels[role.id], 0) + 1
    laterals = len(lateral_roles(dataset))
    return max(per_level.values(), default=0) > DENSE_LEVEL or laterals > 2 * DENSE_LEVEL


def ladder_positions(dataset: Dataset) -> Positions:
    """Where each role sits: ladder roles climb a staircase, lateral roles sit on a row below.

    On a dense ladder each level is a row of its roles spread over the same width.
    """
    levels = ladder_levels(dataset)
    positions: Positions = {}
    per_level: dict[int, list[Role]] = {}
    for role in ladder_roles(dataset):
        per_level.setdefault(levels[role.id], []).append(role)
    laterals = lateral_roles(dataset)
    top = max(levels.values(), default=0)
    dense = is_dense(dataset)
    width = max(top + 1.0, 4.0)
    for level, roles in per_level.items():
        for i, role in enumerate(roles):
            if dense:
                positions[role.id] = (i * width / max(len(roles) - 1, 1), float(level))
            else:
                positions[role.id] = (level + i * 0.9, float(level))
    span = width if dense else max(top + 1, len(laterals) - 1, 1)
    for i, role in enumerate(laterals):
        x = -0.4 + i * (span / max(len(laterals) - 1, 1)) if len(laterals) > 1 else 0.0
        positions[role.id] = (x, -1.25)
    return positions


# Characters per label line: wide charts have room beside each step, phones do not.
WIDE_WRAP = {"ladder": 26, "lateral": 14, "pay": 60}
NARROW_WRAP = {"ladder": 22, "lateral": 22, "pay": 26}


def _label(role: Role, t: Translator, with_pay: bool, wrap_at: dict[str, int]) -> str:
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


def _move_lines(moves: list[Transition], positions: Positions) -> go.Scatter:
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


def _moves(dataset: Dataset, positions: Positions) -> list[Transition]:
    """The moves between roles that the chart draws."""
    return [m for m in dataset.transitions if m.from_role in positions and m.to_role in positions]


def _arrows(moves: list[Transition], positions: Positions) -> list[dict[str, Any]]:
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


def _colour(role: Role, selected: str | None) -> str:
    """Chosen role, estimated band, or the colour of its track."""
    if role.id == selected:
        return PALETTE["selected"]
    if role.salary is not None and role.salary.estimate:
        return PALETTE["estimate"]
    return PALETTE[role.track]


def _role_trace(
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
            "color": [_colour(r, selected) for r in roles],
            "line": {
                "width": [4 if r.id == selected else 0 if dense else 1.5 for r in roles],
                "color": PALETTE["text"],
            },
        },
        textfont={**FONT, "size": 15 if track == "ladder" else 13},
        cliponaxis=False,
    )


def _legend_traces(roles: list[Role], t: Translator, selected: str | None) -> list[go.Scatter]:
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


def _layout(
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


def ladder_figure(
    dataset: Dataset,
    t: Translator,
    selected: str | None = None,
    *,
    with_pay: bool = True,
    height: int = 560,
) -> go.Figure:
    """The ladder as a clickable staircase: one marker per role, arrows for promotions.

    Args:
        dataset: the career map.
        t: translator for the chosen language (labels, number separators).
        selected: id of the role to highlight, if any.
        with_pay: whether to print each band beside its step.
        height: figure height in pixels.

    Returns:
        A figure whose point `customdata` is the role id, so a click can be mapped back.
    """
    positions = ladder_positions(dataset)
    dense = is_dense(dataset)
    moves = _moves(dataset, positions)
    fig = go.Figure()
    if dense:
        fig.add_trace(_move_lines(moves, positions))
    # One assignment: adding annotations one by one re-validates the whole list each time.
    fig.update_layout(annotations=[] if dense else _arrows(moves, positions))
    ladder, laterals = ladder_roles(dataset), lateral_roles(dataset)
    for roles in (ladder, laterals):
        if not roles:
            continue
        labels = [
            _label(r, t, with_pay, WIDE_WRAP) if not dense or r.id == selected else ""
            for r in roles
        ]
        position = "middle right" if roles[0].track == "ladder" else "bottom center"
        fig.add_trace(
            _role_trace(roles, positions, labels, t, selected, dense=dense, text_position=position)
        )
    fig.add_traces(_legend_traces(ladder + laterals, t, selected))
    xs = [x for x, _ in positions.values()] or [0.0]
    ys = [y for _, y in positions.values()] or [0.0]
    right = max(xs) + (0.6 if dense and selected is None else 2.2)
    fig.update_layout(_layout(t, height, [min(xs) - 0.6, right], [min(ys) - 0.7, max(ys) + 0.6]))
    return fig


# Vertical room per rung of the narrow chart: a wrapped title and band need four or five lines.
NARROW_RUNG_PX = 112


def narrow_ladder_figure(
    dataset: Dataset, t: Translator, selected: str | None = None, *, with_pay: bool = True
) -> go.Figure:
    """The ladder for a phone: ladder roles in one column from the entry step up, labels beside.

    Lateral roles are left out (the page lists them under the chart); roles sharing a level get
    a row each. `customdata` is the role id, as in `ladder_figure`.
    """
    ladder = ladder_roles(dataset)
    positions: Positions = {role.id: (0.0, float(i)) for i, role in enumerate(ladder)}
    fig = go.Figure()
    if ladder:
        labels = [_label(r, t, with_pay, NARROW_WRAP) for r in ladder]
        fig.add_trace(_role_trace(ladder, positions, labels, t, selected))
    promotions = [m for m in _moves(dataset, positions) if m.kind == "promotion"]
    fig.update_layout(annotations=_arrows(promotions, positions))
    fig.add_traces(_legend_traces(ladder, t, selected))
    rows = max(len(ladder), 1)
    height = 70 + NARROW_RUNG_PX * rows
    fig.update_layout(_layout(t, height, [-0.35, 2.4], [-0.6, rows - 0.4]))
    return fig
