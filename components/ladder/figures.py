"""The ladder chart: a pure function from a dataset to a plotly Figure (no Streamlit here)."""

from __future__ import annotations

from textwrap import wrap

import plotly.graph_objects as go

from careers.dataset.models import Dataset, Role
from careers.ladder.graph import ladder_levels, ladder_roles, lateral_roles
from careers.text.formatting import format_band, plotly_separators
from careers.text.i18n import Translator
from components.style import FONT, PALETTE, html_text

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


def ladder_positions(dataset: Dataset) -> dict[str, tuple[float, float]]:
    """Where each role sits: ladder roles climb a staircase, lateral roles sit on a row below.

    On a dense ladder each level is a row of its roles spread over the same width.
    """
    levels = ladder_levels(dataset)
    positions: dict[str, tuple[float, float]] = {}
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


def _label(role: Role, t: Translator, with_pay: bool) -> str:
    """The text beside a step: title (wrapped), then the band or why there is none."""
    width = 26 if role.track == "ladder" else 14
    title = "<br>".join(html_text(line) for line in wrap(role.title.get(t.lang), width))
    if not with_pay or role.track == "lateral":
        return f"<b>{title}</b>"
    if role.salary is None:
        pay = t("band.none_short")
    else:
        pay = format_band(role.salary, t)
        if role.salary.estimate:
            pay = f"{pay} · {t('band.estimate_tag')}"
    return f"<b>{title}</b><br><span style='font-size:13px'>{html_text(pay)}</span>"


def ladder_figure(
    dataset: Dataset,
    t: Translator,
    selected: str | None = None,
    *,
    with_pay: bool = True,
    height: int = 560,
) -> go.Figure:
    """The ladder as a clickable chart: one marker per role, arrows for promotions.

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
    fig = go.Figure()
    moves = [m for m in dataset.transitions if m.from_role in positions and m.to_role in positions]
    if dense:
        # Hundreds of arrows would hide the steps: thin lines, drawn as one trace.
        line_x: list[float | None] = []
        line_y: list[float | None] = []
        for move in moves:
            (x0, y0), (x1, y1) = positions[move.from_role], positions[move.to_role]
            line_x += [x0, x1, None]
            line_y += [y0, y1, None]
        fig.add_trace(
            go.Scatter(
                x=line_x,
                y=line_y,
                mode="lines",
                line={"width": 1, "color": PALETTE["line"]},
                opacity=0.5,
                hoverinfo="skip",
                showlegend=False,
            )
        )
    arrows = []
    for move in [] if dense else moves:
        (x0, y0), (x1, y1) = positions[move.from_role], positions[move.to_role]
        promotion = move.kind == "promotion"
        arrows.append(
            {
                "x": x1,
                "y": y1,
                "ax": x0,
                "ay": y0,
                "xref": "x",
                "yref": "y",
                "axref": "x",
                "ayref": "y",
                "showarrow": True,
                "arrowhead": 3 if promotion else 0,
                "arrowsize": 1.4,
                "arrowwidth": 3 if promotion else 1.5,
                "standoff": 24,
                "startstandoff": 24,
                "arrowcolor": PALETTE["ladder"] if promotion else PALETTE["line"],
                "opacity": 0.8,
                "text": "",
            }
        )
    # One assignment: adding annotations one by one re-validates the whole list each time.
    fig.update_layout(annotations=arrows)

    ladder, laterals = ladder_roles(dataset), lateral_roles(dataset)
    for track, roles in (("ladder", ladder), ("lateral", laterals)):
        if not roles:
            continue
        size = 44 if track == "ladder" else 30
        if dense:
            # Only the chosen role keeps its label; the others are named on hover.
            size = max(7, min(size, 900 // len(roles)))
            labels = [_label(r, t, with_pay) if r.id == selected else "" for r in roles]
        else:
            labels = [_label(r, t, with_pay) for r in roles]
        colors = [
            PALETTE["selected"]
            if r.id == selected
            else PALETTE["estimate"]
            if r.salary is not None and r.salary.estimate
            else PALETTE[track]
            for r in roles
        ]
        fig.add_trace(
            go.Scatter(
                x=[positions[r.id][0] for r in roles],
                y=[positions[r.id][1] for r in roles],
                mode="markers+text",
                showlegend=False,
                customdata=[r.id for r in roles],
                text=labels,
                textposition="middle right" if track == "ladder" else "bottom center",
                hovertext=[html_text(r.title.get(t.lang)) for r in roles],
                hovertemplate="%{hovertext}<br><i>"
                + html_text(t("ladder.click_hint"))
                + "</i><extra></extra>",
                marker={
                    # Sizes per point make plotly.js treat the trace as bubbles, which it draws
                    # at 0.7 opacity unless told otherwise: the colours must stay as chosen.
                    "opacity": 1,
                    "size": [size * 1.6 if r.id == selected and dense else size for r in roles],
                    "symbol": "square" if track == "ladder" else "circle",
                    "color": colors,
                    "line": {
                        "width": [4 if r.id == selected else 0 if dense else 1.5 for r in roles],
                        "color": PALETTE["text"],
                    },
                },
                textfont={**FONT, "size": 15 if track == "ladder" else 13},
                cliponaxis=False,
            )
        )

    # Legend-only entries: the drawn traces colour points individually, so their own legend
    # swatch would take the first point's colour.
    legend = ["ladder"]
    if any(r.salary is not None and r.salary.estimate for r in ladder + laterals):
        legend.append("estimate")
    if selected is not None:
        legend.append("selected")
    if laterals:
        legend.append("lateral")
    for key in legend:
        fig.add_trace(
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
        )

    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    fig.update_layout(
        height=height,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        font=FONT,
        separators=plotly_separators(t.lang),
        showlegend=True,
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0, "font": {"size": 14}},
        plot_bgcolor="rgba(0,0,0,0)",
        paper_bgcolor="rgba(0,0,0,0)",
        dragmode=False,
        clickmode="event+select",
        hoverlabel={"font": {"size": 15}},
        xaxis={
            "visible": False,
            "range": [min(xs) - 0.6, max(xs) + (0.6 if dense and selected is None else 2.2)],
            "fixedrange": True,
        },
        yaxis={"visible": False, "range": [min(ys) - 0.7, max(ys) + 0.6], "fixedrange": True},
    )
    return fig
