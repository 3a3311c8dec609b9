"""Problems in the user's language: `roles[2].salary, riga 40: Il minimo è maggiore del massimo`."""

from __future__ import annotations

from careers.dataset.problems import Problem
from careers.text.i18n import Translator


def describe(problem: Problem, t: Translator) -> str:
    """One sentence for one problem, with where it is (field path and line) when known."""
    key = f"problem.{problem.code}"
    if not t.has(key):
        key = "problem.schema.other"
    params = {"detail": problem.detail, **problem.params}
    try:
        message = t(key, **params)
    except (KeyError, IndexError, ValueError):
        # A placeholder the error did not carry: fall back to the generic sentence.
        message = t("problem.schema.other", detail=problem.detail)
    where = problem.where()
    if not where:
        place = (
            t("problem.where", where=t("problem.whole_file"), line=problem.line)
            if problem.line
            else ""
        )
    elif problem.line:
        place = t("problem.where", where=where, line=problem.line)
    else:
        place = t("problem.where_no_line", where=where)
    return f"{place}: {message}" if place else message
