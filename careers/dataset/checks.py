"""Cross-checks a schema cannot express: unique ids, references that resolve, no promotion cycle."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from careers.dataset.models import Dataset, SourceRef
from careers.dataset.problems import Path_, Problem
from careers.ladder.graph import promotion_cycle


def cross_check(dataset: Dataset) -> list[Problem]:
    """Return every consistency problem of a schema-valid dataset (empty when it is sound)."""
    problems: list[Problem] = []
    problems += _duplicates("sources", [s.id for s in dataset.sources])
    problems += _duplicates("skill_areas", [a.id for a in dataset.skill_areas])
    problems += _duplicates("skills", [s.id for s in dataset.skills])
    problems += _duplicates("roles", [r.id for r in dataset.roles])
    problems += _duplicates("channels", [c.id for c in dataset.channels])
    problems += _duplicates("faq", [f.id for f in dataset.faq])
    for name in ("common_duties", "training", "work_conditions", "sectors", "reasons"):
        problems += _duplicates(name, [item.id for item in getattr(dataset, name)])

    areas = {a.id for a in dataset.skill_areas}
    for i, skill in enumerate(dataset.skills):
        if areas and skill.area not in areas:
            problems.append(
                Problem("unknown_area", ("skills", i, "area"), params={"id": skill.area})
            )

    skills = {s.id for s in dataset.skills}
    role_ids = {r.id for r in dataset.roles}
    for i, role in enumerate(dataset.roles):
        base = ("roles", i)
        for j, role_skill in enumerate(role.skills):
            if role_skill.skill not in skills:
                problems.append(
                    Problem(
                        "unknown_skill",
                        (*base, "skills", j, "skill"),
                        params={"id": role_skill.skill},
                    )
                )
        problems += _duplicates((*base, "skills"), [s.skill for s in role.skills], key="skill")
        for name in ("responsibilities", "education", "experience"):
            problems += _duplicates((*base, name), [x.id for x in getattr(role, name)])

    seen_moves: set[tuple[str, str]] = set()
    for i, move in enumerate(dataset.transitions):
        for end, role_id in (("from", move.from_role), ("to", move.to_role)):
            if role_id not in role_ids:
                problems.append(
                    Problem("unknown_role", ("transitions", i, end), params={"id": role_id})
                )
        if move.from_role == move.to_role:
            problems.append(
                Problem("self_transition", ("transitions", i), params={"id": move.from_role})
            )
        if (move.from_role, move.to_role) in seen_moves:
            problems.append(
                Problem(
                    "duplicate_transition",
                    ("transitions", i),
                    params={"from": move.from_role, "to": move.to_role},
                )
            )
        seen_moves.add((move.from_role, move.to_role))

    if dataset.pay_structure is not None:
        for i, role_id in enumerate(dataset.pay_structure.roles):
            if role_id not in role_ids:
                problems.append(
                    Problem("unknown_role", ("pay_structure", "roles", i), params={"id": role_id})
                )

    cycle = promotion_cycle(dataset)
    if cycle:
        problems.append(
            Problem("promotion_cycle", ("transitions",), params={"cycle": " → ".join(cycle)})
        )

    sections = {s.id: set(s.sections) for s in dataset.sources}
    for path, ref in _source_refs(dataset.model_dump(by_alias=True)):
        if ref["source"] not in sections:
            problems.append(
                Problem("unknown_source", (*path, "source"), params={"id": ref["source"]})
            )
        elif sections[ref["source"]] and ref["section"] not in sections[ref["source"]]:
            problems.append(
                Problem(
                    "unknown_section",
                    (*path, "section"),
                    params={"id": ref["source"], "section": ref["section"]},
                )
            )
    return problems


def _duplicates(path: str | Path_, ids: Iterable[str], key: str = "id") -> list[Problem]:
    """A Problem for every id that appears a second time in one list."""
    base = (path,) if isinstance(path, str) else path
    seen: set[str] = set()
    problems = []
    for i, value in enumerate(ids):
        if value in seen:
            problems.append(Problem("duplicate_id", (*base, i, key), params={"id": value}))
        seen.add(value)
    return problems


def _source_refs(node: Any, path: Path_ = ()) -> Iterator[tuple[Path_, dict[str, str]]]:
    """Yield (path, ref) for every source reference in a dumped dataset."""
    if isinstance(node, dict):
        for key, value in node.items():
            if (
                key == "source"
                and isinstance(value, dict)
                and set(value) == set(SourceRef.model_fields)
            ):
                yield (*path, key), value
            else:
                yield from _source_refs(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _source_refs(value, (*path, i))
