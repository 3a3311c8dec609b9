"""The ladder chart, wide (a staircase with lateral roles below) and narrow (one column for phones).

Pure functions from a dataset to a plotly Figure (no Streamlit here), built from trace helpers
over the shared `chart_layout`.
"""

from __future__ import annotations

import plotly.graph_objects as go

from careers.dataset.models import Dataset
from careers.dataset.roles import Role
from careers.ladder.graph import ladder_levels, ladder_roles, lateral_roles
from careers.text.i18n import Translator
from components.ladder.traces import (
    NARROW_WRAP,
    WIDE_WRAP,
    Positions,
    arrows,
    drawn_moves,
    label,
    ladder_layout,
    legend_traces,
    move_lines,
    role_trace,
)

# Beyond this many roles on one ladder level, labels would overlap: the chart goes "dense"
# (markers only, smaller; titles on hover and in the table under the chart).
DENSE_LEVEL = 6


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
    moves = drawn_moves(dataset, positions)
    fig = go.Figure()
    if dense:
        fig.add_trace(move_lines(moves, positions))
    # One assignment: adding annotations one by one re-validates the whole list each time.
    fig.update_layout(annotations=[] if dense else arrows(moves, positions))
    ladder, laterals = ladder_roles(dataset), lateral_roles(dataset)
    for roles in (ladder, laterals):
        if not roles:
            continue
        labels = [
            label(r, t, with_pay, WIDE_WRAP) if not dense or r.id == selected else "" for r in roles
        ]
        position = "middle right" if roles[0].track == "ladder" else "bottom center"
        fig.add_trace(
            role_trace(roles, positions, labels, t, selected, dense=dense, text_position=position)
        )
    fig.add_traces(legend_traces(ladder + laterals, t, selected))
    xs = [x for x, _ in positions.values()] or [0.0]
    ys = [y for _, y in positions.values()] or [0.0]
    right = max(xs) + (0.6 if dense and selected is None else 2.2)
    fig.update_layout(
        ladder_layout(t, height, [min(xs) - 0.6, right], [min(ys) - 0.7, max(ys) + 0.6])
    )
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
        labels = [label(r, t, with_pay, NARROW_WRAP) for r in ladder]
        fig.add_trace(role_trace(ladder, positions, labels, t, selected))
    promotions = [m for m in drawn_moves(dataset, positions) if m.kind == "promotion"]
    fig.update_layout(annotations=arrows(promotions, positions))
    fig.add_traces(legend_traces(ladder, t, selected))
    rows = max(len(ladder), 1)
    height = 70 + NARROW_RUNG_PX * rows
    fig.update_layout(ladder_layout(t, height, [-0.35, 2.4], [-0.6, rows - 0.4]))
    return fig
