"""The role × skill matrix as a heatmap-style figure (pure: data in, go.Figure out)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from textwrap import wrap
from typing import Any

import plotly.graph_objects as go

from careers.dataset.models import Dataset
from careers.dataset.roles import Role
from careers.text.formatting import plotly_separators
from careers.text.i18n import Translator
from components.style import FONT, PALETTE, html_text

NOT_ASKED, ASKED, ASKED_CHOSEN = 0, 1, 2
EMPTY_CELL = "#F3F4F6"
ROW_HEIGHT = 40


def _wrapped(text: str, width: int) -> str:
    """Dataset text, escaped for plotly's HTML subset and wrapped onto short lines."""
    return "<br>".join(html_text(line) for line in wrap(text, width)) or html_text(text)


@dataclass(frozen=True)
class _Cells:
    """The heatmap's grid: z values, ticks, hover data, and the labels of both axes."""

    z: list[list[int]]
    text: list[list[str]]
    custom: list[list[list[str]]]
    y: list[list[str]]
    x: list[str]
    ticktext: list[str]


def _cells(dataset: Dataset, lang: str, roles: Sequence[Role], chosen: tuple[str, str]) -> _Cells:
    """Skills grouped by area down, roles across: 0 not asked, 1 asked, 2 asked by A or B."""
    area_names = {a.id: a.name.get(lang) for a in dataset.skill_areas}
    area_rank = {a.id: i for i, a in enumerate(dataset.skill_areas)}
    skills = sorted(dataset.skills, key=lambda s: area_rank.get(s.area, len(area_rank)))
    asked = {r.id: {s.skill for s in r.skills} for r in roles}
    z, text, custom = [], [], []
    for skill in skills:
        row = [
            (ASKED_CHOSEN if r.id in chosen else ASKED) if skill.id in asked[r.id] else NOT_ASKED
            for r in roles
        ]
        z.append(row)
        text.append(["✓" if cell else "" for cell in row])
        name = html_text(skill.name.get(lang))
        custom.append([[skill.id, name, html_text(r.title.get(lang))] for r in roles])
    marks = {chosen[0]: "A", chosen[1]: "B"}
    return _Cells(
        z=z,
        text=text,
        custom=custom,
        y=[
            [_wrapped(area_names.get(s.area, s.area), 14) for s in skills],
            [_wrapped(s.name.get(lang), 24) for s in skills],
        ],
        x=[r.id for r in roles],
        ticktext=[
            f"<b>{marks[r.id]} · {_wrapped(r.title.get(lang), 16)}</b>"
            if r.id in marks
            else _wrapped(r.title.get(lang), 16)
            for r in roles
        ],
    )


def _heatmap(cells: _Cells) -> go.Heatmap:
    """The grid as one heatmap trace, a dark tick in every asked cell."""
    return go.Heatmap(
        z=cells.z,
        x=cells.x,
        y=cells.y,
        text=cells.text,
        texttemplate="%{text}",
        # Dark ticks: they read on the orange and the sky blue alike (contrast > 6:1).
        textfont={"size": 22, "color": PALETTE["text"]},
        customdata=cells.custom,
        zmin=0,
        zmax=2,
        colorscale=[
            [0.0, EMPTY_CELL],
            [0.33, EMPTY_CELL],
            [0.33, PALETTE["estimate"]],
            [0.66, PALETTE["estimate"]],
            [0.66, PALETTE["selected"]],
            [1.0, PALETTE["selected"]],
        ],
        showscale=False,
        xgap=3,
        ygap=3,
        hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]}<extra></extra>",
    )


def _frames(roles: Sequence[Role], chosen: tuple[str, str]) -> list[dict[str, Any]]:
    """An orange frame around the columns of roles A and B."""
    return [
        {
            "type": "rect",
            "xref": "x",
            "yref": "paper",
            "x0": index - 0.5,
            "x1": index + 0.5,
            "y0": 0,
            "y1": 1,
            "line": {"color": PALETTE["selected"], "width": 4},
        }
        for index, role in enumerate(roles)
        if role.id in chosen
    ]


def _layout(cells: _Cells, lang: str) -> dict[str, Any]:
    """Roles on top, skills down the side, no drag, fixed axes."""
    return {
        "height": 140 + ROW_HEIGHT * len(cells.z),
        "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
        "font": FONT,
        "separators": plotly_separators(lang),
        "plot_bgcolor": "rgba(0,0,0,0)",
        "paper_bgcolor": "rgba(0,0,0,0)",
        "dragmode": False,
        "hoverlabel": {"font": {"size": 15}},
        "xaxis": {
            "side": "top",
            "tickmode": "array",
            "tickvals": cells.x,
            "ticktext": cells.ticktext,
            "tickfont": {**FONT, "size": 15},
            "fixedrange": True,
        },
        "yaxis": {"autorange": "reversed", "tickfont": {**FONT, "size": 15}, "fixedrange": True},
    }


def skill_matrix_figure(
    dataset: Dataset, t: Translator, roles: Sequence[Role], chosen: tuple[str, str]
) -> go.Figure:
    """Which role asks for which skill: skills grouped by area down, roles across.

    Args:
        dataset: the career map (skills, areas).
        t: translator for the chosen language.
        roles: the columns, left to right.
        chosen: ids of roles A and B, drawn in the highlight colour and framed.

    Returns:
        A heatmap whose z is 0 (not asked), 1 (asked) or 2 (asked by a chosen role), with the
        skill ids in `customdata` and a tick in every asked cell.
    """
    cells = _cells(dataset, t.lang, roles, chosen)
    fig = go.Figure(_heatmap(cells))
    for frame in _frames(roles, chosen):
        fig.add_shape(frame)
    fig.update_layout(_layout(cells, t.lang))
    return fig


def matrix_figure(
    dataset: Dataset, t: Translator, role_ids: tuple[str, ...], chosen: tuple[str, str]
) -> go.Figure:
    """`skill_matrix_figure` for roles given by id: arguments Streamlit can hash, for caching."""
    return skill_matrix_figure(dataset, t, [dataset.role(i) for i in role_ids], chosen)
