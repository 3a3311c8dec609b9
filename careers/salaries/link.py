"""The salary page's link: what `?period=`, `?hours=`, `?rate=` and `?salary=` ask for.

The currency and the number of payments are widgets bound to the link by Streamlit; the role
goes through the pages' shared role-link helper. Typed numbers are not bound: their boxes show
them the page's way (`0,92` in Italian) while the link keeps one canonical form (`rate=0.92`),
so a link works whatever the language of whoever opens it. The period is read here too,
because a bound widget would put its translated label in the link instead of its id.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from careers.dataset.fields import MAX_PAY
from careers.salaries.bands import MAX_HOURS_PER_WEEK, MAX_RATE, PERIODS, Period, View

# Link values longer than this are not a number anyone typed; refused before parsing.
MAX_LINK_VALUE = 40


def _number(raw: str, low: float, high: float, *, low_open: bool = True) -> float | None:
    """A finite number in the link's canonical form (dot decimals) within (low, high]."""
    if len(raw) > MAX_LINK_VALUE:
        return None
    try:
        value = float(raw)
    except ValueError:
        return None
    if not math.isfinite(value) or value > high:
        return None
    return value if (value > low if low_open else value >= low) else None


def link_period(raw: str) -> Period | None:
    """year, month or hour."""
    return next((p for p in PERIODS if p == raw), None)


def link_hours(raw: str) -> float | None:
    """Hours per week: more than 0, at most the ceiling."""
    return _number(raw, 0, MAX_HOURS_PER_WEEK)


def link_rate(raw: str) -> float | None:
    """A conversion rate: positive, at most the ceiling."""
    return _number(raw, 0, MAX_RATE)


def link_salary(raw: str) -> float | None:
    """A salary in the view: zero or more, at most the dataset ceiling."""
    return _number(raw, 0, MAX_PAY, low_open=False)


# The typed parameters the page reads itself, each with its reader.
LINK_READERS: dict[str, Callable[[str], str | float | None]] = {
    "period": link_period,
    "hours": link_hours,
    "rate": link_rate,
    "salary": link_salary,
}


def canonical(value: float) -> str:
    """A number as the link writes it: `0.92`, `37.5`, `2300`."""
    return f"{value:.10g}"


def link_params(view: View, salary: float | None) -> dict[str, str]:
    """The parameters the page writes itself for a view: only those that matter for it."""
    params: dict[str, str] = {"period": view.period}
    if view.period == "hour":
        params["hours"] = canonical(view.hours_per_week)
    if view.converted:
        params["rate"] = canonical(view.rate)
    if salary is not None:
        params["salary"] = canonical(salary)
    return params
