"""A file's bytes to a YAML document, within limits, with every problem placed at line and column.

Decoding (`decoding`) and the limits that stop hostile files early (`yaml_limits`) come first;
the walk over the parsed nodes finds what YAML itself lets through but the format refuses: a
key written twice, a key that is not text, `24.000` (Italian thousands that YAML reads as 24.0)
and numbers in other notations (`0x1F`, `1_000`, `1:30`, `.inf`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from careers.dataset.decoding import decode
from careers.dataset.problems import DatasetError, Path_, Problem
from careers.dataset.yaml_errors import syntax_problem
from careers.dataset.yaml_limits import YamlLoader, check_cycles, check_events, check_expansion

_STR = "tag:yaml.org,2002:str"
_NUMBER_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MERGE = "tag:yaml.org,2002:merge"
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


def parse_yaml(raw: bytes) -> Parsed:
    """Parse YAML within the size, depth and alias limits.

    Raises:
        DatasetError: for a file that cannot be read as one YAML document within the limits.
    """
    text = decode(raw)
    try:
        aliases = check_events(text)
        loader = YamlLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise DatasetError([Problem("empty")])
            if aliases:
                check_cycles(node)
                check_expansion(node)
            problems, written = _walk(node)
            document = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise DatasetError([syntax_problem(exc)]) from None
    return Parsed(document, node, problems, written)


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
