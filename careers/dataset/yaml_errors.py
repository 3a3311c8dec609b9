"""PyYAML's English errors as translatable problems with line and column.

The library's sentence stays in `detail` (logs, the exception text); users read the problem's
code in their language (`problem.yaml.<kind>`), so nothing English reaches an Italian page.
"""

from __future__ import annotations

import yaml

from careers.dataset.problems import Problem

# Words of libyaml's (and PyYAML's) messages -> the kind of mistake, first match wins.
_KINDS: tuple[tuple[str, str], ...] = (
    ("another document", "several_documents"),
    ("undefined alias", "undefined_alias"),
    ("duplicate anchor", "duplicate_anchor"),
    ("constructor for the tag", "tag"),
    ("unknown escape", "escape"),
    ("end of stream", "unclosed"),
    ("',' or ']'", "unclosed_list"),
    ("',' or '}'", "unclosed_mapping"),
    ("cannot start any token", "bad_start"),
    ("mapping values are not allowed", "colon"),
    ("could not find expected ':'", "missing_colon"),
    ("expected key", "indentation"),
    ("'-' indicator", "indentation"),
    ("block end", "indentation"),
    ("directive", "directive"),
    ("flow node", "unclosed_list"),
)


def syntax_problem(exc: yaml.YAMLError) -> Problem:
    """The problem a PyYAML error stands for, placed at its line and column."""
    words = " ".join(
        str(part) for part in (getattr(exc, "context", None), getattr(exc, "problem", None)) if part
    )
    kind = next((name for fragment, name in _KINDS if fragment in words), "other")
    if "quoted scalar" in words and kind == "unclosed":
        kind = "unclosed_quote"
    mark = None
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
    problem = Problem(f"yaml.{kind}", detail=str(exc))
    return problem.at(mark.line + 1, mark.column + 1) if mark else problem
