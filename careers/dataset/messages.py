"""Problems in the user's language: `roles[2].salary, riga 40: Il minimo è maggiore del massimo`."""

from __future__ import annotations

from careers.dataset.problems import Problem
from careers.text.i18n import Translator

# Messages that count something ("at least 1 item", "200.000 elementi") take their plural form
# from this parameter, written the language's way.
_COUNTED = {
    "too_deep": "limit",
    "too_many_aliases": "limit",
    "too_expanding": "limit",
    "schema.string_too_long": "max_length",
    "schema.too_short": "min_length",
}


def describe(problem: Problem, t: Translator) -> str:
    """One sentence for one problem, with where it is (field path, line, column) when known.

    Only translated text: a library's English `detail` never reaches the page.
    """
    key = f"problem.{problem.code}"
    counted = _COUNTED.get(problem.code)
    if not (t.has(key) or counted):
        key = "problem.schema.other"
    params = dict(problem.params)
    if "kind" in params:
        params["found"] = t(f"problem.kind.{params['kind']}")
    params.setdefault("input", "")
    try:
        if counted:
            message = t.plural(key, params.pop(counted), **params)
        else:
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
