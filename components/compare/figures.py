"""The role × skill matrix as a heatmap-style figure (pure: data in, go.Figure out)."""

from __future__ import annotations

from collections.abc import Sequence
from textwrap import wrap

import plotly.graph_objects as go

from careers.dataset.models import Dataset, Role
from careers.text.formatting import plotly_separators
from careers.text.i18n import Translator
from components.style import FONT, PALETTE, html_text

NOT_ASKED, ASKED, ASKED_CHOSEN = 0, 1, 2
EMPTY_CELL = "#F3F4F6"
ROW_HEIGHT = 40


def _wrapped(text: str, width: int) -> str:
    """Dataset text, escaped for plotly's HTML subset and wrapped onto short lines."""
    return "<br>".join(html_text(line) for line in wrap(text, width)) or html_text(text)


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
    lang = t.lang
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
    x = [r.id for r in roles]
    y = [
        [_wrapped(area_names.get(s.area, s.area), 14) for s in skills],
        [_wrapped(s.name.get(lang), 24) for s in skills],
    ]
    ticktext = [
        f"<b>{marks[r.id]} · {_wrapped(r.title.get(lang), 16)}</b>"
        if r.id in marks
        else _wrapped(r.title.get(lang), 16)
        for r in roles
    ]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=x,
            y=y,
            text=text,
            texttemplate="%{text}",
            # Dark ticks: they read on the orange and the sky blue alike (contrast > 6:1).
            textfont={"size": 22, "color": PALETTE["text"]},
            customdata=custom,
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
    )
    for index, role in enumerate(roles):
        if role.id in marks:
            fig.add_shape(
                type="rect",
                xref="x",
                yref="paper",
                x0=index - 0.5,
                x1=index + 0.5,
                y0=0,
                y1=1,
                line={"color": PALETTE["selected"], "width": 4},
            )
    fig.update_layout(
        height=140 + ROW_HEIGHT * len(skills),
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        font=FONT,
        separators=plotly_separators(lang),
        plot_bgcolor="rgba(0,0,0,0)",
        paper_bgcolor="rgba(0,0,0,0)",
        dragmode=False,
        hoverlabel={"font": {"size": 15}},
        xaxis={
            "side": "top",
            "tickmode": "array",
            "tickvals": x,
            "ticktext": ticktext,
            "tickfont": {**FONT, "size": 15},
            "fixedrange": True,
        },
        yaxis={"autorange": "reversed", "tickfont": {**FONT, "size": 15}, "fixedrange": True},
    )
    return fig


def matrix_figure(
    dataset: Dataset, t: Translator, role_ids: tuple[str, ...], chosen: tuple[str, str]
) -> go.Figure:
    """`skill_matrix_figure` for roles given by id: arguments Streamlit can hash, for caching."""
    return skill_matrix_figure(dataset, t, [dataset.role(i) for i in role_ids], chosen)
