"""The dataset as pandas DataFrames, so tables, charts and CSV downloads share one shape."""

from __future__ import annotations

import pandas as pd

from careers.dataset.models import Dataset
from careers.ladder.graph import ladder_levels


def roles_frame(dataset: Dataset, lang: str) -> pd.DataFrame:
    """One row per role: id, title, track, ladder level and counts of what the sources list."""
    levels = ladder_levels(dataset)
    return pd.DataFrame(
        [
            {
                "id": role.id,
                "title": role.title.get(lang),
                "track": role.track,
                "level": levels.get(role.id),
                "responsibilities": len(role.responsibilities),
                "skills": len(role.skills),
            }
            for role in dataset.roles
        ]
    )


def bands_frame(dataset: Dataset, lang: str) -> pd.DataFrame:
    """One row per role with a salary band, in ladder-then-file order; `max` may be empty."""
    levels = ladder_levels(dataset)
    rows = []
    for order, role in enumerate(dataset.roles):
        band = role.salary
        if band is None:
            continue
        rows.append(
            {
                "role_id": role.id,
                "role": role.title.get(lang),
                "level": levels.get(role.id),
                "order": order,
                "currency": band.currency,
                "period": band.period,
                "min": band.min,
                "max": band.max,
                "midpoint": band.midpoint,
                "open_ended": band.open_ended,
                "estimate": band.estimate,
                "source": (
                    f"{band.source.source} — {band.source.section}" if band.source else None
                ),
                "basis": band.basis.get(lang) if band.basis else None,
            }
        )
    frame = pd.DataFrame(
        rows,
        columns=[
            "role_id",
            "role",
            "level",
            "order",
            "currency",
            "period",
            "min",
            "max",
            "midpoint",
            "open_ended",
            "estimate",
            "source",
            "basis",
        ],
    )
    return frame.sort_values(["level", "order"], na_position="last").drop(columns="order")


def transitions_frame(dataset: Dataset, lang: str) -> pd.DataFrame:
    """One row per move between roles; `source` names every source its note cites."""
    titles = {r.id: r.title.get(lang) for r in dataset.roles}
    return pd.DataFrame(
        [
            {
                "from_id": t.from_role,
                "from": titles.get(t.from_role, t.from_role),
                "to_id": t.to_role,
                "to": titles.get(t.to_role, t.to_role),
                "kind": t.kind,
                "note": t.note.get(lang) if t.note else None,
                "source": "; ".join(f"{r.source} — {r.section}" for r in t.references()),
            }
            for t in dataset.transitions
        ],
        columns=["from_id", "from", "to_id", "to", "kind", "note", "source"],
    )


def role_skill_frame(dataset: Dataset, lang: str) -> pd.DataFrame:
    """Role × skill matrix of booleans: rows are skills (catalogue order), columns role ids."""
    matrix = {role.id: {s.skill: True for s in role.skills} for role in dataset.roles}
    frame = pd.DataFrame(
        {
            role_id: [skill.id in asked for skill in dataset.skills]
            for role_id, asked in matrix.items()
        },
        index=[skill.id for skill in dataset.skills],
    )
    frame.insert(0, "skill", [skill.name.get(lang) for skill in dataset.skills])
    return frame


def skills_frame(dataset: Dataset, lang: str) -> pd.DataFrame:
    """One row per catalogue skill: its area and the roles that ask for it, in file order."""
    areas = {a.id: a.name.get(lang) for a in dataset.skill_areas}
    return pd.DataFrame(
        [
            {
                "id": skill.id,
                "skill": skill.name.get(lang),
                "area": areas.get(skill.area, skill.area),
                "roles": ", ".join(
                    role.title.get(lang)
                    for role in dataset.roles
                    if any(s.skill == skill.id for s in role.skills)
                ),
            }
            for skill in dataset.skills
        ],
        columns=["id", "skill", "area", "roles"],
    )
