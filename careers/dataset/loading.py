"""Load a dataset from YAML safely, and report every problem with its field path and line."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from careers.dataset.checks import cross_check
from careers.dataset.models import Dataset
from careers.dataset.problems import DatasetError, Path_, Problem

MAX_BYTES = 2 * 1024 * 1024
MAX_ALIASES = 100
MAX_DEPTH = 40
# Nodes that aliases add once expanded: stops "billion laughs" files before anything walks them.
MAX_EXPANDED_NODES = 200_000
# libyaml's parser when PyYAML was built with it (the wheels are): ~20x faster than pure Python.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DEFAULT_DATASET = Path(__file__).resolve().parents[2] / "data" / "career_map.yaml"


def load_dataset(source: str | Path | bytes) -> Dataset:
    """Read, parse and validate a dataset.

    Args:
        source: a path to a YAML file, or the file's bytes (an upload).

    Returns:
        The validated Dataset.

    Raises:
        DatasetError: with one Problem per thing wrong, each with path and line where known.
    """
    raw = source if isinstance(source, bytes) else _read_limited(Path(source))
    with _gc_paused():
        document, node = parse_yaml(raw)
        if not isinstance(document, dict):
            raise DatasetError([Problem("not_mapping", params={"found": _kind(document)})])
        try:
            dataset = Dataset.model_validate(document)
        except ValidationError as exc:
            raise DatasetError(_from_validation(exc, _line_map(node))) from None
        problems = cross_check(dataset)
        if problems:
            lines = _line_map(node)
            raise DatasetError([_with_line(p, lines) for p in problems])
        # Free the parse tree while the collector still sleeps: otherwise its first pass
        # afterwards walks every node of it (a second, for a 1,000-role file).
        del document, node
    return dataset


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a dataset is built, thread-safely.

    Parsing makes hundreds of thousands of small objects and none of them is garbage yet, so the
    collector's passes only cost time: for a 1,000-role file they doubled the load time
    (docs/benchmarks.md). Reference counting still frees memory meanwhile. Sessions load in
    threads of one process, so pauses are counted and the last one out restores the collector.
    """
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


def _read_limited(path: Path) -> bytes:
    """Read at most MAX_BYTES + 1 bytes, so a huge file is refused without reading it all."""
    with path.open("rb") as handle:
        return handle.read(MAX_BYTES + 1)


def parse_yaml(raw: bytes) -> tuple[Any, yaml.Node]:
    """Parse YAML within the size, depth and alias limits; return the document and its node tree.

    The node tree knows the line of every field (`_line_map`), needed only to report problems.

    Raises:
        DatasetError: for an oversized, binary, empty, malformed or expanding file.
    """
    if len(raw) > MAX_BYTES:
        raise DatasetError([Problem("too_large", params={"limit_mb": MAX_BYTES // (1024 * 1024)})])
    if b"\x00" in raw:
        raise DatasetError([Problem("binary")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DatasetError([Problem("not_utf8", params={"position": exc.start})]) from None
    if not text.strip():
        raise DatasetError([Problem("empty")])
    try:
        aliases = _check_events(text)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise DatasetError([Problem("empty")])
            if aliases:
                _check_expansion(node)
            document = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise DatasetError(
            [Problem("yaml_syntax", line=line, detail=str(exc.problem or exc.context or ""))]
        ) from None
    except yaml.YAMLError as exc:
        raise DatasetError([Problem("yaml_syntax", detail=str(exc))]) from None
    return document, node


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
                raise DatasetError(
                    [
                        Problem(
                            "too_deep", line=event.start_mark.line + 1, params={"limit": MAX_DEPTH}
                        )
                    ]
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise DatasetError(
                    [
                        Problem(
                            "too_many_aliases",
                            line=event.start_mark.line + 1,
                            params={"limit": MAX_ALIASES},
                        )
                    ]
                )
    return aliases


def _check_expansion(root: yaml.Node) -> None:
    """Refuse a document whose aliases, expanded, add more than MAX_EXPANDED_NODES nodes.

    The written nodes are bounded by the file size; only what aliases repeat can explode.
    Sizes are memoised per node and capped, so a billion-laughs file is refused in milliseconds.
    """
    written: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in written:
            continue
        written.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
    limit = len(written) + MAX_EXPANDED_NODES
    sizes: dict[int, int] = {}

    def size(node: yaml.Node) -> int:
        if id(node) in sizes:
            return sizes[id(node)]
        total = 1
        if isinstance(node, yaml.SequenceNode):
            total += sum(size(child) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total += sum(size(k) + size(v) for k, v in node.value)
        sizes[id(node)] = total = min(total, limit + 1)
        return total

    if size(root) > limit:
        raise DatasetError([Problem("too_expanding", params={"limit": MAX_EXPANDED_NODES})])


def _line_map(root: yaml.Node) -> dict[Path_, int]:
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


def _with_line(problem: Problem, lines: dict[Path_, int]) -> Problem:
    """Return `problem` with its line filled in from the line map."""
    return Problem(
        problem.code, problem.path, line_of(problem.path, lines), problem.params, problem.detail
    )


def _from_validation(exc: ValidationError, lines: dict[Path_, int]) -> list[Problem]:
    """Turn pydantic's errors into Problems with a translatable code, path and line."""
    problems = []
    for error in exc.errors(include_url=False):
        path = tuple(part for part in error["loc"] if not _is_union_tag(part))
        ctx = {
            k: int(v) if isinstance(v, float) and v.is_integer() else v
            for k, v in (error.get("ctx") or {}).items()
            if isinstance(v, int | float | str)
        }
        problems.append(
            Problem(
                code=f"schema.{error['type']}",
                path=path,
                line=line_of(path, lines),
                params={**ctx, "input": _short(error.get("input"))},
                detail=error["msg"],
            )
        )
    return problems


def _is_union_tag(part: str | int) -> bool:
    """Pydantic adds validator tags such as `function-after[...]` to locations; not fields."""
    return isinstance(part, str) and ("[" in part or part.startswith("function-"))


def _short(value: Any, limit: int = 60) -> str:
    """A short printable form of a bad value, for the message."""
    if isinstance(value, dict | list):
        return _kind(value)
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _kind(value: Any) -> str:
    """The YAML name of a value's type, for messages."""
    return {
        dict: "mapping",
        list: "list",
        str: "text",
        int: "number",
        float: "number",
        bool: "true/false",
        type(None): "nothing",
    }.get(type(value), type(value).__name__)
