"""The user's own bands: amounts read the page's way, row problems, defaults from the view."""

from __future__ import annotations

import pytest

from careers import DEFAULT_DATASET, load_dataset
from careers.salaries.bands import Gap, Period, View, role_band
from careers.salaries.own_bands import (
    amounts_as_numbers,
    own_differences,
    own_view_bands,
    parse_amount,
    parse_own_rows,
)
from careers.text.numbers import NumberError

DATASET = load_dataset(DEFAULT_DATASET)
YEAR_USD: tuple[str, Period] = ("USD", "year")


@pytest.mark.parametrize(
    ("raw", "lang", "expected"),
    [
        ("32000", "it", 32_000),
        ("32.000", "it", 32_000),
        ("1.250.000", "it", 1_250_000),
        ("2.300,50", "it", 2_300.5),
        ("2300,5", "it", 2_300.5),
        ("32,000", "en", 32_000),
        ("2,300.50", "en", 2_300.5),
        (" € 30.000 ", "it", 30_000),
        ("2300.5", "it", 2_300.5),  # a program's CSV: plain dot decimals, not three of them
        (31000, "it", 31_000),
    ],
)
def test_amounts_read_the_pages_way(raw, lang, expected):
    assert parse_amount(raw, lang) == expected


@pytest.mark.parametrize(
    ("raw", "lang", "code"),
    [
        ("32.000", "en", "ambiguous"),
        ("2,300", "it", "ambiguous"),
        ("abc", "it", "not_a_number"),
        (float("nan"), "en", "not_a_number"),
        (True, "en", "not_a_number"),
    ],
)
def test_amounts_that_read_two_ways_or_are_not_numbers_are_refused(raw, lang, code):
    with pytest.raises(NumberError) as error:
        parse_amount(raw, lang)
    assert error.value.code == code


def test_own_rows_from_the_editor_skip_rows_being_typed_and_flag_duplicates():
    records = [
        {"role": "operatore", "min": "30.000", "max": "34.000", "currency": None, "period": None},
        {"role": None, "min": None, "max": None, "currency": "", "period": None},
        {"role": "team_leader", "min": None, "max": None, "currency": None, "period": None},
        {"role": "operatore", "min": "1", "max": "2", "currency": None, "period": None},
        {"role": "supervisore", "min": "1", "max": None, "currency": "EURO", "period": None},
    ]
    own, problems = parse_own_rows(records, DATASET, YEAR_USD, "it")
    assert [(b.role_id, b.min) for b in own] == [("operatore", 30_000)]
    # Row 3 has only its role so far: no "minimum missing" while it is being typed.
    assert [(p.row, p.code) for p in problems] == [(4, "duplicate_role"), (5, "no_max")]


def test_own_bands_in_the_view_and_their_difference_from_the_source():
    record = {"role": "operatore", "min": "27,600", "max": "32,200", "currency": "EUR"}
    own, _ = parse_own_rows([record], DATASET, YEAR_USD, "en")
    view = View(base="USD", target="EUR", rate=0.92, converted=True)
    mine = own_view_bands(own, view)["operatore"]
    source = role_band(DATASET.role("operatore"), view)
    money, ratio = own_differences(mine, source)
    # Source midpoint 33,500 USD = 30,820 EUR; own midpoint 29,900 EUR.
    assert money == pytest.approx(-920) and ratio == pytest.approx(-920 / 30_820)
    assert own_differences(mine, None) == (Gap.NO_BAND, Gap.NO_BAND)


@pytest.mark.parametrize(
    ("lang", "cells", "kept"),
    [
        ("it", ("24.000", "2.300,5"), (24_000, 2_300.5)),
        ("en", ("24,000", "2,300.5"), (24_000, 2_300.5)),
        ("en", ("24.000", "abc"), ("24.000", "abc")),  # reads two ways / not a number: as typed
        ("it", ("-5", "99999999999"), ("-5", "99999999999")),  # refused later, with its text
        ("it", (None, ""), (None, "")),
    ],
)
def test_table_rows_keep_their_amounts_as_numbers(lang, cells, kept):
    row = {"role": "operatore", "min": cells[0], "max": cells[1], "currency": "EUR"}
    plain = amounts_as_numbers(row, lang)
    assert (plain["min"], plain["max"]) == kept
    assert (plain["role"], plain["currency"]) == ("operatore", "EUR")
