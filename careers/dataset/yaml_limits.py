"""Limits that stop a hostile YAML file early: nesting, aliases, alias cycles, expansion."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

from careers.dataset.problems import DatasetError, Problem

MAX_ALIASES = 100
MAX_DEPTH = 40
# Nodes that aliases add once expanded: stops "billion laughs" files before anything walks them.
MAX_EXPANDED_NODES = 200_000
# libyaml's parser when PyYAML was built with it (the wheels are): ~20x faster than pure Python.
YamlLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def check_events(text: str) -> int:
    """Stream the parse events once to refuse deep nesting and many aliases before composing.

    Returns:
        How many aliases the document uses (0 means nothing can expand).
    """
    depth = aliases = 0
    for event in yaml.parse(text, Loader=YamlLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise DatasetError([_limit("too_deep", event, MAX_DEPTH)])
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise DatasetError([_limit("too_many_aliases", event, MAX_ALIASES)])
    return aliases


def _limit(code: str, event: yaml.Event, limit: int) -> Problem:
    """A limit problem placed where the event starts."""
    mark = event.start_mark
    problem = Problem(code, params={"limit": limit})
    return problem.at(mark.line + 1, mark.column + 1) if mark else problem


def _children(node: yaml.Node) -> list[yaml.Node]:
    """The nodes directly inside a collection node (keys and values of a mapping)."""
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def check_cycles(root: yaml.Node) -> None:
    """Refuse an anchor that contains an alias to itself (`&a [*a]`): it would never end."""
    state: dict[int, int] = {}  # 1: being visited (on the current path), 2: done
    stack: list[tuple[yaml.Node, Iterator[yaml.Node]]] = [(root, iter(_children(root)))]
    state[id(root)] = 1
    while stack:
        node, children = stack[-1]
        child = next(children, None)
        if child is None:
            state[id(node)] = 2
            stack.pop()
        elif state.get(id(child)) == 1:
            mark = child.start_mark
            raise DatasetError([Problem("alias_cycle").at(mark.line + 1, mark.column + 1)])
        elif id(child) not in state:
            state[id(child)] = 1
            stack.append((child, iter(_children(child))))


def check_expansion(root: yaml.Node) -> None:
    """Refuse a document whose aliases, expanded, add more than MAX_EXPANDED_NODES nodes.

    The written nodes are bounded by the file size; only what aliases repeat can explode.
    Sizes are memoised per node, so a billion-laughs file is refused in milliseconds.
    Iterative, because aliases can nest deeper than Python's recursion limit.
    """
    written = 0
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in sizes:
            continue
        if not children_done:
            written += 1
            stack.append((node, True))
            stack.extend((child, False) for child in _children(node) if id(child) not in sizes)
            continue
        # Acyclic (checked before), so every child's size is known once its parent is closed.
        sizes[id(node)] = 1 + sum(sizes[id(child)] for child in _children(node))
    if sizes[id(root)] > written + MAX_EXPANDED_NODES:
        raise DatasetError([Problem("too_expanding", params={"limit": MAX_EXPANDED_NODES})])
