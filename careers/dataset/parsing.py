"""A file's bytes to a YAML document, within limits, with every problem placed at line and column.

The limits stop hostile files early (size, nesting, aliases, expansion, alias cycles); the walk
over the parsed nodes finds what YAML itself lets through but the format refuses: a key written
twice, a key that is not text, `24.000` (Italian thousands that YAML reads as 24.0) and numbers
in other notations (`0x1F`, `1_000`, `1:30`, `.inf`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from careers.dataset.problems import DatasetError, Path_, Problem
from careers.dataset.yaml_errors import syntax_problem

MAX_BYTES = 2 * 1024 * 1024
MAX_ALIASES = 100
MAX_DEPTH = 40
# Nodes that aliases add once expanded: stops "billion laughs" files before anything walks them.
MAX_EXPANDED_NODES = 200_000
# libyaml's parser when PyYAML was built with it (the wheels are): ~20x faster than pure Python.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"
_NUMBER_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MERGE = "tag:yaml.org,2002:merge"
# Characters YAML refuses in a file (C0/C1 controls other than tab and line breaks, surrogates).
_UNPRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_THOUSANDS = re.compile(r"^[-+]?\d{1,3}(\.\d{3})+$")
_DECIMAL = re.compile(r"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")
_LONGEST_NUMBER = 30


@dataclass
class Parsed:
    """A parsed document, its node tree (for lines), and the problems the text already has."""

    document: Any
    node: yaml.Node
    problems: list[Problem] = field(default_factory=list)
    # How scalars that are not text were written (`yes`, `24.000`), to quote them as typed.
    written: dict[Path_, str] = field(default_factory=dict)


def decode(raw: bytes) -> str:
    """The file's text; DatasetError for an oversized, UTF-16, binary, non-UTF-8 or empty one."""
    if len(raw) > MAX_BYTES:
        raise DatasetError([Problem("too_large", params={"limit_mb": MAX_BYTES // (1024 * 1024)})])
    if _looks_utf16(raw):
        raise DatasetError([Problem("utf16")])
    if b"\x00" in raw:
        raise DatasetError([Problem("binary")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start].decode("utf-8", errors="replace")
        line, column = _place(before, len(before))
        raise DatasetError([Problem("not_utf8").at(line, column)]) from None
    bad = _UNPRINTABLE.search(text)
    if bad:
        line, column = _place(text, bad.start())
        char = f"U+{ord(bad.group()):04X}"
        raise DatasetError([Problem("control_char", params={"char": char}).at(line, column)])
    if not text.strip():
        raise DatasetError([Problem("empty")])
    return text


def _looks_utf16(raw: bytes) -> bool:
    """A UTF-16 (or UTF-32) file: its byte-order mark, or a NUL byte beside every ASCII one."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    head = raw[:200]
    return len(head) >= 4 and (
        head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4
    )


def _place(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of `offset` in `text`."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def parse_yaml(raw: bytes) -> Parsed:
    """Parse YAML within the size, depth and alias limits.

    Raises:
        DatasetError: for a file that cannot be read as one YAML document within the limits.
    """
    text = decode(raw)
    try:
        aliases = _check_events(text)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise DatasetError([Problem("empty")])
            if aliases:
                _check_cycles(node)
                _check_expansion(node)
            problems, written = _walk(node)
            document = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise DatasetError([syntax_problem(exc)]) from None
    return Parsed(document, node, problems, written)


def _check_events(text: str) -> int:
    """Stream the parse events once to refuse deep nesting and many aliases before composing.

    Returns:
        How many aliases the document uses (0 means nothing can expand).
    """
    depth = aliases = 0
    for event in yaml.parse(text, Loader=_Loader):
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


def _check_cycles(root: yaml.Node) -> None:
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


def _check_expansion(root: yaml.Node) -> None:
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


def _walk(root: yaml.Node) -> tuple[list[Problem], dict[Path_, str]]:
    """Find keys written twice or not text, and odd numbers; make the tree safe to construct.

    Bad keys are taken out of the tree and odd numbers become text, so the schema does not
    report them a second time and building the document cannot fail on them.
    """
    problems: list[Problem] = []
    written: dict[Path_, str] = {}
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, Path_]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            _scalar(node, path, problems, written)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((child, (*path, i)) for i, child in enumerate(node.value))
        elif isinstance(node, yaml.MappingNode):
            node.value = _keys(node, path, problems)
            stack.extend((value, (*path, key.value)) for key, value in node.value)
    return problems, written


def _keys(
    node: yaml.MappingNode, path: Path_, problems: list[Problem]
) -> list[tuple[yaml.Node, yaml.Node]]:
    """The mapping's pairs without keys that are not text and without repeated keys."""
    kept: list[tuple[yaml.Node, yaml.Node]] = []
    first: dict[str, int] = {}
    for key, value in node.value:
        mark = key.start_mark
        where = (mark.line + 1, mark.column + 1)
        if isinstance(key, yaml.ScalarNode) and key.tag == _MERGE:
            kept.append((key, value))
        elif not isinstance(key, yaml.ScalarNode) or key.tag != _STR:
            shown = key.value if isinstance(key, yaml.ScalarNode) else "[…]"
            problems.append(Problem("key_not_text", path, params={"name": shown or "~"}).at(*where))
        elif key.value in first:
            problems.append(
                Problem(
                    "duplicate_key",
                    (*path, key.value),
                    params={"name": key.value, "first_line": first[key.value]},
                ).at(*where)
            )
        else:
            first[key.value] = where[0]
            kept.append((key, value))
    return kept


def _scalar(
    node: yaml.ScalarNode, path: Path_, problems: list[Problem], written: dict[Path_, str]
) -> None:
    """Check a number's notation; remember how non-text scalars were written."""
    if node.tag == _STR:
        return
    written[path] = node.value
    if node.tag == _TIMESTAMP:
        # A date is text in this format (and in JSON); building it could fail on `2024-13-45`.
        node.tag = _STR
        return
    if node.tag not in _NUMBER_TAGS:
        return
    mark = node.start_mark
    value = node.value
    if _THOUSANDS.match(value):
        problems.append(
            Problem(
                "number_thousands",
                path,
                params={"value": value, "plain": value.replace(".", "")},
            ).at(mark.line + 1, mark.column + 1)
        )
        node.tag = _STR
    elif (
        not _DECIMAL.match(value) or len(value) > _LONGEST_NUMBER or not math.isfinite(float(value))
    ):
        problems.append(
            Problem("number_format", path, params={"value": value[:_LONGEST_NUMBER]}).at(
                mark.line + 1, mark.column + 1
            )
        )
        node.tag = _STR


def line_map(root: yaml.Node) -> dict[Path_, int]:
    """Map each field path of the document to the 1-based line where it starts."""
    lines: dict[Path_, int] = {}
    stack: list[tuple[yaml.Node, Path_]] = [(root, ())]
    seen: set[int] = set()
    while stack:
        node, path = stack.pop()
        lines.setdefault(path, node.start_mark.line + 1)
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, (*path, i)) for i, child in enumerate(node.value))
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    lines[(*path, key.value)] = key.start_mark.line + 1
                    stack.append((value, (*path, key.value)))
    return lines


def line_of(path: Path_, lines: dict[Path_, int]) -> int | None:
    """The line of `path`, or of its nearest ancestor that has one."""
    for end in range(len(path), -1, -1):
        if path[:end] in lines:
            return lines[path[:end]]
    return None
