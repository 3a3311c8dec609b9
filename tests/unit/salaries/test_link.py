"""The salary page's link: typed numbers in their canonical form, what is new, what is refused."""

from __future__ import annotations

from careers.salaries.bands import View
from careers.salaries.link import link_params, new_link_values


def test_link_params_round_trip():
    view = View(
        base="USD", target="EUR", rate=0.93, converted=True, period="hour", hours_per_week=37.5
    )
    params = link_params(view, 2300.5)
    assert params == {"period": "hour", "hours": "37.5", "rate": "0.93", "salary": "2300.5"}
    values, rejected = new_link_values(params, {})
    assert rejected == [] and values == {
        "period": "hour",
        "hours": 37.5,
        "rate": 0.93,
        "salary": 2300.5,
    }


def test_only_values_the_page_did_not_write_are_requests():
    written = {"period": "month", "rate": "0.92"}
    values, rejected = new_link_values({"period": "month", "rate": "0.5"}, written)
    assert values == {"rate": 0.5} and rejected == []


def test_bad_values_are_refused_by_name():
    values, rejected = new_link_values(
        {"period": "week", "hours": "0", "rate": "nan", "salary": "2.300,50"}, {}
    )
    assert values == {}
    assert [name for name, _ in rejected] == ["period", "hours", "rate", "salary"]
    _, rejected = new_link_values({"hours": "9" * 5000, "rate": "-1e309"}, {})
    assert [name for name, _ in rejected] == ["hours", "rate"]
