"""The role × skill matrix: which roles it shows, as a table, and as a list per role."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from careers.compare.pair import comparable_roles
from careers.dataset.frames import role_skill_frame
from careers.dataset.models import Dataset
from careers.dataset.roles import Role


def matrix_roles(
    dataset: Dataset, chosen: Sequence[str] = (), limit: int | None = None
) -> list[Role]:
    """Roles for the role × skill matrix: those whose sources list skills, plus the chosen ones.

    Args:
        dataset: the career map.
        chosen: role ids always in the matrix (the pair being compared).
        limit: at most this many columns: the chosen roles, then the first others in page order.
    """
    roles = [r for r in comparable_roles(dataset) if r.skills or r.id in chosen]
    if limit is None or len(roles) <= limit:
        return roles
    room = limit - sum(r.id in chosen for r in roles)
    others = [r.id for r in roles if r.id not in chosen][: max(room, 0)]
    keep = set(others) | set(chosen)
    return [r for r in roles if r.id in keep]


def skill_matrix_frame(dataset: Dataset, lang: str, roles: Sequence[Role]) -> pd.DataFrame:
    """The role × skill matrix as a table: area, skill, then one yes/no column per role title.

    Skills are grouped by area (areas in file order), so the table reads like the chart.
    """
    frame = role_skill_frame(dataset, lang)
    areas = {a.id: (i, a.name.get(lang)) for i, a in enumerate(dataset.skill_areas)}
    area_of = {s.id: s.area for s in dataset.skills}
    table = pd.DataFrame(
        {
            "area": [areas.get(area_of[i], (0, area_of[i]))[1] for i in frame.index],
            "skill": frame["skill"],
            **{
                name: frame[r.id]
                for r, name in zip(roles, role_column_titles(roles, lang), strict=True)
            },
        },
        index=frame.index,
    )
    rank = [areas.get(area_of[i], (len(areas), ""))[0] for i in frame.index]
    return table.assign(_rank=rank).sort_values("_rank", kind="stable").drop(columns="_rank")


def role_column_titles(roles: Sequence[Role], lang: str) -> list[str]:
    """Role titles to head columns with; a title used twice gets its id added."""
    titles = [r.title.get(lang) for r in roles]
    return [
        f"{title} ({r.id})" if titles.count(title) > 1 else title
        for r, title in zip(roles, titles, strict=True)
    ]


def skills_by_role(
    dataset: Dataset, roles: Sequence[Role], lang: str
) -> list[tuple[Role, list[tuple[str, list[str]]]]]:
    """The matrix read one role at a time (a phone's view): each role's skills by area.

    Returns:
        (role, [(area name, [skill names])]) in the matrix's order: roles as given, areas in
        file order, skills in catalogue order; a role the sources list no skills for has [].
    """
    names = {a.id: a.name.get(lang) for a in dataset.skill_areas}
    rank = {a.id: i for i, a in enumerate(dataset.skill_areas)}
    ordered = sorted(dataset.skills, key=lambda s: rank.get(s.area, len(rank)))
    out = []
    for role in roles:
        asked = {s.skill for s in role.skills}
        areas: dict[str, list[str]] = {}
        for skill in ordered:
            if skill.id in asked:
                areas.setdefault(names.get(skill.area, skill.area), []).append(skill.name.get(lang))
        out.append((role, list(areas.items())))
    return out
