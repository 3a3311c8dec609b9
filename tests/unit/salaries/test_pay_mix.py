"""The pay mix: the sum, its starting values from the band, where it falls, what the data says."""

from __future__ import annotations

import pytest
import yaml

from careers import DEFAULT_DATASET, load_dataset
from careers.salaries.bands import Band, View, role_band
from careers.salaries.pay_mix import mix_position, mix_start, pay_mix, pay_structure
from tests.conftest import small_dataset

DATASET = load_dataset(DEFAULT_DATASET)


def test_pay_mix_fixed_plus_commissions():
    mix = pay_mix(2_000, 200, 0.5, 14)
    assert (mix.fixed, mix.commission, mix.total) == (28_000, 1_200, 29_200)


@pytest.mark.parametrize("args", [(-1, 0, 1, 12), (1, -1, 1, 12), (1, 1, -0.1, 12), (1, 1, 1, 15)])
def test_pay_mix_refuses_bad_input(args):
    with pytest.raises(ValueError):
        pay_mix(*args)


def test_start_follows_the_view_so_nothing_stale_is_compared():
    eur14 = View(base="USD", target="EUR", rate=0.92, converted=True, period="month", payments=14)
    band = role_band(DATASET.role("operatore"), eur14)
    fixed, commission = mix_start(band, eur14)
    assert fixed == round(32_000 * 0.92 / 14)  # the band's minimum per payment, in euros
    assert commission == round(fixed * 0.05, -1)  # the app's 5% example
    mix = pay_mix(fixed, commission, 1.0, 14)
    where, compa = mix_position(mix.total / 14, band, "EUR")
    # Starting at the minimum plus the example commission: within the band, near its midpoint.
    assert where == "within" and isinstance(compa, float) and 0.95 < compa < 1.05


def test_position_against_the_band():
    band = Band(min=100, max=200, currency="EUR")
    where, compa = mix_position(90, band, "EUR")
    assert where == "below" and compa == pytest.approx(0.6)
    assert mix_position(250, band, "EUR")[0] == "above"
    assert mix_position(150, band, "USD") == ("other_currency", None)
    assert mix_position(150, None, "EUR") == (None, None)
    open_band = Band(min=100, max=200, currency="EUR", open_ended=True)
    assert mix_position(250, open_band, "EUR")[0] == "over_open"


def test_the_data_says_which_item_and_which_roles():
    item, roles = pay_structure(DATASET)
    assert item is not None and item.id == "pay_structure"
    assert [r.id for r in roles] == ["operatore"]
    assert pay_structure(load_dataset(yaml.safe_dump(small_dataset()).encode())) == (None, [])
