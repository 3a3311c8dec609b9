"""Bands and views: currency, period, payments and hours; which roles and levels below."""

from __future__ import annotations

import pytest
import yaml

from careers import DEFAULT_DATASET, load_dataset
from careers.salaries.bands import (
    View,
    band_roles,
    base_currency,
    convert,
    currency_choices,
    level_below,
    monthly,
    role_band,
)
from tests.conftest import small_dataset

DATASET = load_dataset(DEFAULT_DATASET)


def test_roles_in_ladder_order_and_level_below_from_the_ladder():
    assert [r.id for r in band_roles(DATASET)] == [
        "operatore",
        "team_leader",
        "supervisore",
        "coordinatore",
    ]
    below = level_below(DATASET, "coordinatore")
    assert below is not None and below.id == "supervisore"
    assert level_below(DATASET, "operatore") is None
    assert level_below(DATASET, "receptionist") is None  # lateral: not a rung


def test_base_currency_and_the_currencies_offered():
    dataset = load_dataset(yaml.safe_dump(small_dataset()).encode())
    assert base_currency(dataset) == "EUR" and base_currency(DATASET) == "USD"
    assert currency_choices("USD")[:2] == ("USD", "EUR")
    assert currency_choices("EUR").count("EUR") == 1 and currency_choices("EUR")[0] == "EUR"
    assert currency_choices("JPY")[0] == "JPY"  # a dataset's own currency always comes first


@pytest.mark.parametrize(
    ("payments", "expected"), [(12, 3_000), (13, 36_000 / 13), (14, 36_000 / 14)]
)
def test_per_month_with_12_13_14_payments(payments, expected):
    view = View(base="USD", period="month", payments=payments)
    assert convert(36_000, "USD", "year", view) == pytest.approx(expected)


def test_per_hour_from_hours_per_week():
    view = View(base="USD", period="hour", hours_per_week=40)
    assert convert(41_600, "USD", "year", view) == pytest.approx(20.0)  # 41,600 / (40 × 52)
    assert convert(20, "USD", "hour", View(base="USD")) == pytest.approx(41_600)


def test_currency_conversion_at_the_users_rate():
    eur = View(base="USD", target="EUR", rate=0.9, converted=True)
    leader = role_band(DATASET.role("team_leader"), eur)
    assert leader is not None
    assert leader.min == pytest.approx(34_200) and (leader.max, leader.currency) == (39_600, "EUR")
    assert convert(900, "EUR", "year", View(base="USD", target="EUR", rate=0.9)) == 1_000
    assert convert(100, "GBP", "year", eur) is None


def test_monthly_payment_from_the_view():
    assert monthly(42_000, View(base="USD", payments=14)) == 3_000
