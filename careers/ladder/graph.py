"""The ladder as a graph: promotion steps, lateral moves, paths, and what changes at each step."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from careers.dataset.models import Dataset
from careers.dataset.roles import Qualification, Role, RoleSkill, Transition
from careers.dataset.sources import Item


def promotions(dataset: Dataset) -> list[Transition]:
    """The promotion steps of the ladder, in file order."""
    return [t for t in dataset.transitions if t.kind == "promotion"]


def promotion_cycle(dataset: Dataset) -> list[str] | None:
    """Return one cycle of promotions as role ids (first id repeated at the end), or None."""
    graph: dict[str, list[str]] = {}
    for move in promotions(dataset):
        graph.setdefault(move.from_role, []).append(move.to_role)
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    for start in graph:
        if state.get(start):
            continue
        path = [start]
        iters = [iter(graph.get(start, []))]
        state[start] = 1
        while iters:
            nxt = next(iters[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                iters.pop()
            elif state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                iters.append(iter(graph.get(nxt, [])))
    return None


def ladder_levels(dataset: Dataset) -> dict[str, int]:
    """Level of every ladder role: the longest chain of promotions that leads to it (0 = entry).

    Kahn's topological order, so a ladder of any height needs no recursion; roles caught in a
    cycle (which load_dataset refuses) keep level 0.
    """
    ladder_ids = [r.id for r in dataset.roles if r.track == "ladder"]
    levels = dict.fromkeys(ladder_ids, 0)
    above: dict[str, list[str]] = {role_id: [] for role_id in ladder_ids}
    waiting = dict.fromkeys(ladder_ids, 0)
    for move in promotions(dataset):
        if move.from_role in levels and move.to_role in levels:
            above[move.from_role].append(move.to_role)
            waiting[move.to_role] += 1
    ready = deque(role_id for role_id in ladder_ids if waiting[role_id] == 0)
    while ready:
        role_id = ready.popleft()
        for upper in above[role_id]:
            levels[upper] = max(levels[upper], levels[role_id] + 1)
            waiting[upper] -= 1
            if waiting[upper] == 0:
                ready.append(upper)
    return levels


def ladder_roles(dataset: Dataset) -> list[Role]:
    """Ladder roles from the entry level up; roles on one level keep their file order."""
    levels = ladder_levels(dataset)
    order = {r.id: i for i, r in enumerate(dataset.roles)}
    ladder = [r for r in dataset.roles if r.track == "ladder"]
    return sorted(ladder, key=lambda r: (levels[r.id], order[r.id]))


def lateral_roles(dataset: Dataset) -> list[Role]:
    """Roles outside the ladder, in file order."""
    return [r for r in dataset.roles if r.track == "lateral"]


def steps_up(dataset: Dataset, role_id: str) -> list[Transition]:
    """Promotions that start at `role_id`."""
    return [t for t in promotions(dataset) if t.from_role == role_id]


def lateral_moves(dataset: Dataset, role_id: str) -> list[Transition]:
    """Lateral moves from or to `role_id`."""
    return [
        t
        for t in dataset.transitions
        if t.kind == "lateral" and role_id in (t.from_role, t.to_role)
    ]


def outgoing_lateral_moves(dataset: Dataset, role_id: str) -> list[Transition]:
    """Lateral moves this role's experience opens: roles it is useful for."""
    return [m for m in lateral_moves(dataset, role_id) if m.from_role == role_id]


def incoming_lateral_moves(dataset: Dataset, role_id: str) -> list[Transition]:
    """Lateral moves that lead to this role: where it is reached from."""
    return [m for m in lateral_moves(dataset, role_id) if m.to_role == role_id]


def path_between(dataset: Dataset, start: str, goal: str) -> list[Transition] | None:
    """The shortest chain of moves from `start` to `goal` (promotions and lateral moves).

    Returns an empty list when start == goal, and None when `goal` cannot be reached.
    """
    if start == goal:
        return []
    previous: dict[str, Transition] = {}
    queue = deque([start])
    seen = {start}
    while queue:
        current = queue.popleft()
        for move in dataset.transitions:
            if move.from_role != current or move.to_role in seen:
                continue
            previous[move.to_role] = move
            if move.to_role == goal:
                chain = [move]
                while chain[0].from_role != start:
                    chain.insert(0, previous[chain[0].from_role])
                return chain
            seen.add(move.to_role)
            queue.append(move.to_role)
    return None


@dataclass(frozen=True)
class StepChange:
    """What a person takes on when moving from one role to another."""

    origin: Role
    target: Role
    responsibilities: list[Item]
    skills_added: list[RoleSkill]
    skills_kept: list[RoleSkill]
    skills_dropped: list[RoleSkill]
    education: list[Qualification]
    experience: list[Qualification]
    pay_change: float | None

    @property
    def pay_change_ratio(self) -> float | None:
        """Midpoint to midpoint change as a ratio of the origin midpoint, when both are known."""
        low = self.origin.salary.midpoint if self.origin.salary else None
        if self.pay_change is None or not low:
            return None
        return self.pay_change / low


def step_change(dataset: Dataset, origin_id: str, target_id: str) -> StepChange:
    """Compare two roles: the target's duties, skills gained and dropped, requirements, pay."""
    origin, target = dataset.role(origin_id), dataset.role(target_id)
    origin_skills = {s.skill for s in origin.skills}
    target_skills = {s.skill for s in target.skills}
    return StepChange(
        origin=origin,
        target=target,
        responsibilities=list(target.responsibilities),
        skills_added=[s for s in target.skills if s.skill not in origin_skills],
        skills_kept=[s for s in target.skills if s.skill in origin_skills],
        skills_dropped=[s for s in origin.skills if s.skill not in target_skills],
        education=list(target.education),
        experience=list(target.experience),
        pay_change=_midpoint_change(origin, target),
    )


def _midpoint_change(origin: Role, target: Role) -> float | None:
    """Target midpoint minus origin midpoint, only when both bands share currency and period."""
    low, high = origin.salary, target.salary
    if low is None or high is None or low.midpoint is None or high.midpoint is None:
        return None
    if (low.currency, low.period) != (high.currency, high.period):
        return None
    return high.midpoint - low.midpoint
