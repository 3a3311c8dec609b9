"""Problems in the user's language: `roles[2].salary, riga 40: Il minimo è maggiore del massimo`."""

from __future__ import annotations

from careers.dataset.problems import Problem
from careers.text.i18n import Translator


def describe(problem: Problem, t: Translator) -> str:
    """One sentence for one problem, with where it is (field path, line, column) when known.

    Only translated text: a library's English `detail` never reaches the page.
    """
    key = f"problem.{problem.code}"
    if not t.has(key):
        key = "problem.schema.other"
    params = dict(problem.params)
    if "kind" in params:
        params["found"] = t(f"problem.kind.{params['kind']}")
    params.setdefault("input", "")
    try:
        message = t(key, **params)
    except (KeyError, IndexError, ValueError):
        # A placeholder the error did not carry: fall back to the generic sentence.
        message = t("problem.schema.other", input=params["input"])
    return f"{place}: {message}" if (place := _place(problem, t)) else message


def _place(problem: Problem, t: Translator) -> str:
    """Where the problem is: `roles[2].salary, riga 40, colonna 7`, or '' when unknown."""
    where = problem.where() or t("problem.whole_file")
    if problem.line and problem.column:
        return t("problem.where_column", where=where, line=problem.line, column=problem.column)
    if problem.line:
        return t("problem.where", where=where, line=problem.line)
    return t("problem.where_no_line", where=where) if problem.where() else ""
