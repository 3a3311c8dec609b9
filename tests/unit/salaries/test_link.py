"""The salary page's link: typed numbers in their canonical form, and what is refused."""

from __future__ import annotations

import pytest

from careers.salaries.bands import View
from careers.salaries.link import LINK_READERS, link_params


def test_link_params_round_trip():
    view = View(
        base="USD", target="EUR", rate=0.93, converted=True, period="hour", hours_per_week=37.5
    )
    params = link_params(view, 2300.5)
    assert params == {"period": "hour", "hours": "37.5", "rate": "0.93", "salary": "2300.5"}
    values = {name: LINK_READERS[name](raw) for name, raw in params.items()}
    assert values == {"period": "hour", "hours": 37.5, "rate": 0.93, "salary": 2300.5}


def test_only_what_matters_for_the_view_is_written():
    assert link_params(View(base="USD"), None) == {"period": "year"}


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("period", "week"),
        ("period", "Al mese"),
        ("hours", "0"),
        ("hours", "81"),
        ("rate", "nan"),
        ("rate", "-1e309"),
        ("salary", "2.300,50"),  # the page's way is for boxes; links are canonical
        ("salary", "-1"),
        ("hours", "9" * 5000),
    ],
)
def test_bad_values_are_refused(name, raw):
    assert LINK_READERS[name](raw) is None
