"""Cross-checks a schema cannot express: unique ids, references that resolve, no promotion cycle.

They read the plain document (dicts and lists as YAML gives them), not the validated models, so
they run even when some fields are wrong: a file gets its field errors and its reference errors
in one report. Whatever has the wrong shape is skipped here; the schema reports it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from careers.dataset.models import Dataset
from careers.dataset.problems import Path_, Problem

ID_LISTS = (
    "sources",
    "skill_areas",
    "skills",
    "roles",
    "channels",
    "faq",
    "common_duties",
    "training",
    "work_conditions",
    "sectors",
    "reasons",
)
ROLE_ID_LISTS = ("responsibilities", "education", "experience")


def cross_check(data: Dataset | Mapping[str, Any]) -> list[Problem]:
    """Return every consistency problem of a dataset or a parsed document (empty when sound)."""
    document = data.model_dump(by_alias=True) if isinstance(data, Dataset) else data
    problems: list[Problem] = []
    for name in ID_LISTS:
        problems += _duplicates((name,), _entries(document, name), "id")
    problems += _skill_problems(document)
    problems += _transition_problems(document)
    problems += _source_problems(document)
    problems += _workshop_question_problems(document)
    problems += _pay_structure_problems(document)
    return problems


def _entries(node: Any, name: str) -> list[tuple[int, Mapping[str, Any]]]:
    """(index, entry) for the mapping entries of the list `node[name]`; nothing when not a list."""
    value = node.get(name) if isinstance(node, Mapping) else None
    if not isinstance(value, list):
        return []
    return [(i, entry) for i, entry in enumerate(value) if isinstance(entry, Mapping)]


def _list(value: Any) -> list[Any]:
    """`value` when it is a list, else an empty list (the schema reports the wrong shape)."""
    return value if isinstance(value, list) else []


def _text_ids(entries: Iterable[tuple[int, Mapping[str, Any]]], key: str = "id") -> set[str]:
    """The text values of `key` among `entries`."""
    return {entry[key] for _, entry in entries if isinstance(entry.get(key), str)}


def _duplicates(
    base: Path_, entries: Iterable[tuple[int, Mapping[str, Any]]], key: str
) -> list[Problem]:
    """A Problem for every `key` value that appears a second time in one list."""
    seen: set[str] = set()
    problems = []
    for i, entry in entries:
        value = entry.get(key)
        if not isinstance(value, str):
            continue
        if value in seen:
            problems.append(Problem("duplicate_id", (*base, i, key), params={"id": value}))
        seen.add(value)
    return problems


def _skill_problems(document: Mapping[str, Any]) -> list[Problem]:
    """Skills in unknown areas, roles naming unknown skills, ids repeated inside a role."""
    problems: list[Problem] = []
    areas = _text_ids(_entries(document, "skill_areas"))
    for i, skill in _entries(document, "skills"):
        area = skill.get("area")
        if areas and isinstance(area, str) and area not in areas:
            problems.append(Problem("unknown_area", ("skills", i, "area"), params={"id": area}))
    skills = _text_ids(_entries(document, "skills"))
    for i, role in _entries(document, "roles"):
        base = ("roles", i)
        role_skills = _entries(role, "skills")
        for j, role_skill in role_skills:
            name = role_skill.get("skill")
            if isinstance(name, str) and name not in skills:
                path = (*base, "skills", j, "skill")
                problems.append(Problem("unknown_skill", path, params={"id": name}))
        problems += _duplicates((*base, "skills"), role_skills, "skill")
        for name in ROLE_ID_LISTS:
            problems += _duplicates((*base, name), _entries(role, name), "id")
    return problems


def _transition_problems(document: Mapping[str, Any]) -> list[Problem]:
    """Moves to unknown roles or to the same role, moves written twice, promotion cycles."""
    problems: list[Problem] = []
    role_ids = _text_ids(_entries(document, "roles"))
    seen: set[tuple[str, str]] = set()
    promotions: dict[str, list[str]] = {}
    for i, move in _entries(document, "transitions"):
        ends = move.get("from"), move.get("to")
        for end, role_id in zip(("from", "to"), ends, strict=True):
            if isinstance(role_id, str) and role_id not in role_ids:
                problems.append(
                    Problem("unknown_role", ("transitions", i, end), params={"id": role_id})
                )
        if not all(isinstance(end, str) for end in ends):
            continue
        start, goal = str(ends[0]), str(ends[1])
        if start == goal:
            problems.append(Problem("self_transition", ("transitions", i), params={"id": start}))
        if (start, goal) in seen:
            problems.append(
                Problem(
                    "duplicate_transition",
                    ("transitions", i),
                    params={"from": start, "to": goal},
                )
            )
        seen.add((start, goal))
        if move.get("kind") == "promotion" and start != goal:
            promotions.setdefault(start, []).append(goal)
    cycle = _cycle(promotions)
    if cycle:
        problems.append(
            Problem("promotion_cycle", ("transitions",), params={"cycle": " → ".join(cycle)})
        )
    return problems


def _pay_structure_problems(document: Mapping[str, Any]) -> list[Problem]:
    """Roles named by `pay_structure` that the dataset does not have."""
    info = document.get("pay_structure")
    roles = info.get("roles") if isinstance(info, Mapping) else None
    if not isinstance(roles, list):
        return []
    role_ids = _text_ids(_entries(document, "roles"))
    return [
        Problem("unknown_role", ("pay_structure", "roles", i), params={"id": role_id})
        for i, role_id in enumerate(roles)
        if isinstance(role_id, str) and role_id not in role_ids
    ]


def _workshop_question_problems(document: Mapping[str, Any]) -> list[Problem]:
    """Workshop questions with a repeated id, about an unknown role, or with repeated options."""
    questions = _entries(document, "workshop_questions")
    problems = _duplicates(("workshop_questions",), questions, "id")
    role_ids = _text_ids(_entries(document, "roles"))
    for i, question in questions:
        role = question.get("role")
        if isinstance(role, str) and role not in role_ids:
            path = ("workshop_questions", i, "role")
            problems.append(Problem("unknown_role", path, params={"id": role}))
        problems += _duplicates(
            ("workshop_questions", i, "options"), _entries(question, "options"), "id"
        )
    return problems


def _cycle(graph: dict[str, list[str]]) -> list[str]:
    """One cycle of the graph as a closed list of nodes (`a, b, a`), or [] when there is none."""
    done: set[str] = set()
    for root in sorted(graph):
        if root in done:
            continue
        path: list[str] = [root]
        on_path = {root}
        stack: list[Iterator[str]] = [iter(graph.get(root, []))]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
                finished = path.pop()
                on_path.discard(finished)
                done.add(finished)
                continue
            if child in on_path:
                return [*path[path.index(child) :], child]
            if child not in done:
                path.append(child)
                on_path.add(child)
                stack.append(iter(graph.get(child, [])))
    return []


def _source_problems(document: Mapping[str, Any]) -> list[Problem]:
    """References to sources that are not listed, or to sections their source does not list."""
    sections: dict[str, set[str]] = {}
    for _, source in _entries(document, "sources"):
        if isinstance(source.get("id"), str):
            listed = source.get("sections")
            names = [s.get("it") if isinstance(s, Mapping) else s for s in _list(listed)]
            sections[source["id"]] = {name for name in names if isinstance(name, str)}
    problems = []
    for path, ref in _source_refs(document):
        name, section = ref.get("source"), ref.get("section")
        if not isinstance(name, str):
            continue
        if name not in sections:
            problems.append(Problem("unknown_source", (*path, "source"), params={"id": name}))
        elif isinstance(section, str) and sections[name] and section not in sections[name]:
            problems.append(
                Problem(
                    "unknown_section",
                    (*path, "section"),
                    params={"id": name, "section": section},
                )
            )
    return problems


def _source_refs(node: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Mapping[str, Any]]]:
    """Yield (path, ref) for every source reference (`source:` and each of `also_sources:`)."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "source" and isinstance(value, Mapping) and "source" in value:
                yield (*path, key), value
            elif key == "also_sources" and isinstance(value, list):
                for i, ref in enumerate(value):
                    if isinstance(ref, Mapping):
                        yield (*path, key, i), ref
            else:
                yield from _source_refs(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _source_refs(value, (*path, i))
