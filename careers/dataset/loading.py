"""Load a dataset from YAML safely, and report every problem with its field path and line."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from careers.dataset.checks import cross_check
from careers.dataset.decoding import MAX_BYTES
from careers.dataset.models import Dataset
from careers.dataset.parsing import Parsed, line_map, line_of, parse_yaml
from careers.dataset.problems import DatasetError, Path_, Problem

DEFAULT_DATASET = Path(__file__).resolve().parents[2] / "data" / "career_map.yaml"
# The format's text patterns, by the message that explains them.
_PATTERN_CODES = {
    r"^[a-z][a-z0-9_]{0,63}$": "schema.slug",
    r"^[A-Z]{3}$": "schema.currency",
    r"^[a-z]{2,3}$": "schema.language_code",
}
# Locations pydantic adds for a union's branch: not fields of the file.
_BRANCH_TAGS = {"heading", "translated"}


def load_dataset(source: str | Path | bytes) -> Dataset:
    """Read, parse and validate a dataset.

    Args:
        source: a path to a YAML file, or the file's bytes (an upload).

    Returns:
        The validated Dataset.

    Raises:
        DatasetError: with every Problem found at once (what the text, the fields and the
            cross-references have wrong), each with path and line where known.
    """
    raw = source if isinstance(source, bytes) else _read_limited(Path(source))
    with _gc_paused():
        parsed = parse_yaml(raw)
        if not isinstance(parsed.document, dict):
            kind = _kind(parsed.document)
            raise DatasetError([Problem("not_mapping", params={"kind": kind}).at(1, 1)])
        problems = list(parsed.problems)
        dataset = None
        try:
            dataset = Dataset.model_validate(parsed.document)
        except ValidationError as exc:
            problems += _validation_problems(exc, parsed)
        problems += cross_check(parsed.document)
        if problems:
            raise DatasetError(_placed(problems, parsed))
        # Free the parse tree while the collector still sleeps: otherwise its first pass
        # afterwards walks every node of it (a second, for a 1,000-role file).
        del parsed
    assert dataset is not None  # no problem means validation passed
    return dataset


def _placed(problems: list[Problem], parsed: Parsed) -> list[Problem]:
    """Problems with their lines filled in, in file order, each reported once."""
    lines = line_map(parsed.node)
    out: dict[tuple[str, Path_], Problem] = {}
    for problem in problems:
        if problem.line is None:
            problem = problem.at(line_of(problem.path, lines))
        out.setdefault((problem.code, problem.path), problem)
    return sorted(out.values(), key=lambda p: (p.line or 0, p.column or 0))


def _validation_problems(exc: ValidationError, parsed: Parsed) -> list[Problem]:
    """The schema's problems, except at fields whose text was already reported as wrong."""
    reported = {p.path for p in parsed.problems}
    return [
        p
        for p in _from_validation(exc, {}, parsed.written)
        if not any(p.path[: len(r)] == r for r in reported if r)
    ]


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


def _from_validation(
    exc: ValidationError, lines: dict[Path_, int], written: dict[Path_, str] | None = None
) -> list[Problem]:
    """Turn pydantic's errors into Problems with a translatable code, path and line.

    `written` gives how a value was typed (`yes`, not pydantic's `True`) to quote it as is.
    """
    problems = []
    for error in exc.errors(include_url=False):
        path = tuple(part for part in error["loc"] if not _is_union_tag(part))
        ctx = {
            k: int(v) if isinstance(v, float) and v.is_integer() else v
            for k, v in (error.get("ctx") or {}).items()
            if isinstance(v, int | float | str)
        }
        typed = (written or {}).get(path)
        code = f"schema.{error['type']}"
        if path == ("format_version",):
            code = "format_version"
        elif error["type"] == "string_pattern_mismatch":
            code = _PATTERN_CODES.get(str(ctx.get("pattern")), "schema.other")
        problems.append(
            Problem(
                code=code,
                path=path,
                line=line_of(path, lines),
                params={**ctx, "input": typed if typed is not None else _short(error.get("input"))},
                detail=error["msg"],
            )
        )
    return problems


def _is_union_tag(part: str | int) -> bool:
    """Pydantic adds validator and union-branch tags (`function-after[...]`) to locations."""
    return isinstance(part, str) and (
        "[" in part or part.startswith("function-") or part in _BRANCH_TAGS
    )


def _short(value: Any, limit: int = 60) -> str:
    """A short printable form of a bad value, for the message (a collection as brackets)."""
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _kind(value: Any) -> str:
    """The kind of a YAML value, as a key of the translated names (`problem.kind.<kind>`)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    kinds = {list: "list", str: "text", type(None): "nothing"}
    return kinds.get(type(value), "other")
