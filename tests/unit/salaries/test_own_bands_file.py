"""A "your bands" CSV read into the table's rows: amounts the page's way, whole-file problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from careers import DEFAULT_DATASET, load_dataset
from careers.salaries.bands import Period
from careers.salaries.own_bands import parse_own_rows
from careers.salaries.own_bands_file import OwnBandsFileError, own_csv_rows, read_own_csv

DATASET = load_dataset(DEFAULT_DATASET)
YEAR_USD: tuple[str, Period] = ("USD", "year")
EUR_MONTH: tuple[str, Period] = ("EUR", "month")
EXAMPLE = Path(__file__).resolve().parents[3] / "docs" / "examples" / "your_bands.csv"


def row(role, low, high, currency=None, period=None):
    """A table row as the editor holds it."""
    return {"role": role, "min": low, "max": high, "currency": currency, "period": period}


EXAMPLE_ROWS = [
    row("operatore", 24_000, 28_000, "EUR", "year"),
    row("team_leader", 30_000, 36_000, "EUR", "year"),
    row("supervisore", 2_600, 3_100, "EUR", "month"),
    row("coordinatore", 45_000, 60_000, "EUR", "year"),
]


@pytest.mark.parametrize("lang", ["it", "en"])
def test_the_example_file_becomes_table_rows(lang):
    rows = own_csv_rows(EXAMPLE.read_bytes(), DATASET, lang)
    # The supervisor is named by its English title in the file: the table holds its id.
    assert rows == EXAMPLE_ROWS
    own, problems = parse_own_rows(rows, DATASET, YEAR_USD, lang)
    assert problems == []
    assert [(b.role_id, b.min, b.max, b.period) for b in own][2] == (
        "supervisore",
        2_600,
        3_100,
        "month",
    )


@pytest.mark.parametrize(
    ("lang", "cells", "amounts"),
    [
        ("it", ("2300.5", "2.500,75"), (2_300.5, 2_500.75)),
        ("en", ("2300.5", "2,500.75"), (2_300.5, 2_500.75)),
        ("it", ("30.000", "35000"), (30_000, 35_000)),
        ("en", ("30,000", " 35000 "), (30_000, 35_000)),
    ],
)
def test_amounts_are_read_the_pages_way_into_numbers(lang, cells, amounts):
    data = f"role;min;max\noperatore;{cells[0]};{cells[1]}\n".encode()
    rows = own_csv_rows(data, DATASET, lang)
    assert (rows[0]["min"], rows[0]["max"]) == amounts
    own, problems = parse_own_rows(rows, DATASET, EUR_MONTH, lang)
    assert problems == [] and (own[0].currency, own[0].period) == ("EUR", "month")


def test_cells_that_do_not_read_are_kept_as_the_file_has_them():
    data = (
        b"role,min,max,currency,period\n"
        b"nobody,1,2,eur,Mese\n"
        b"team_leader,2.300,abc,EURO,weekly\n"
        b"supervisore,-5,99999999999,,\n"
    )
    rows = own_csv_rows(data, DATASET, "en")
    assert rows == [
        row("nobody", 1, 2, "EUR", "month"),
        row("team_leader", "2.300", "abc", "EURO", "weekly"),
        row("supervisore", "-5", "99999999999"),
    ]
    _, problems = parse_own_rows(rows, DATASET, YEAR_USD, "en")
    assert [(p.row, p.code, p.value) for p in problems] == [
        (1, "unknown_role", "nobody"),
        (2, "ambiguous", "2.300"),
        (3, "negative", "-5"),
    ]


def test_own_csv_good_and_bad_rows():
    data = (
        b"role,min,max,currency,period\n"
        b"operatore,24000,28000,EUR,year\n"
        b"team_leader,36000,30000,EUR,year\n"
        b"nobody,1,2,,\n"
        b"supervisore,-5,10,,\n"
        b"Call-center coordinator (call-center manager),abc,60000,,\n"
        b"Team leader,30000,36000,EUR,mese\n"
    )
    own, problems = parse_own_rows(own_csv_rows(data, DATASET, "en"), DATASET, YEAR_USD, "en")
    assert [(b.row, b.role_id, b.period) for b in own] == [
        (1, "operatore", "year"),
        (6, "team_leader", "month"),
    ]
    assert [(p.row, p.code, p.value) for p in problems] == [
        (2, "min_gt_max", ""),
        (3, "unknown_role", "nobody"),
        (4, "negative", "-5"),
        (5, "not_a_number", "abc"),
    ]


def test_own_csv_with_semicolons_italian_amounts_and_the_views_defaults():
    rows = own_csv_rows(b"role;min;max\noperatore;30.000;35.000\n", DATASET, "it")
    own, problems = parse_own_rows(rows, DATASET, EUR_MONTH, "it")
    assert problems == []
    assert (own[0].min, own[0].max, own[0].currency, own[0].period) == (
        30_000,
        35_000,
        "EUR",
        "month",  # no period given: the period the page shows
    )


def test_an_ambiguous_amount_says_the_two_ways_to_type_it():
    rows = own_csv_rows(b"role,min,max\noperatore,2.300,2.500\n", DATASET, "en")
    own, problems = parse_own_rows(rows, DATASET, YEAR_USD, "en")
    assert own == []
    assert (problems[0].code, problems[0].value) == ("ambiguous", "2.300")
    assert dict(problems[0].fields) == {
        "value": "2.300",
        "as_thousands": "2,300",
        "as_decimal": "2.3",
    }


def test_a_byte_order_mark_extra_columns_and_short_rows_are_read():
    data = "\ufeffRole,MIN,Max,note\noperatore,1000,2000,x,y\nteam_leader,3000\n".encode()
    assert read_own_csv(data) == [
        {"role": "operatore", "min": "1000", "max": "2000", "currency": None, "period": None},
        {"role": "team_leader", "min": "3000", "max": None, "currency": None, "period": None},
    ]


@pytest.mark.parametrize(
    ("data", "code", "value"),
    [
        (b"name,low,high\nx,1,2\n", "file_header", "role, min, max"),
        (b"role,low,max\nx,1,2\n", "file_header", "min"),
        (b"\xff\xfe\x00bad", "file_not_utf8", ""),
        (b"role,min,max\noperatore,1\x00,2\n", "file_not_utf8", ""),
        (b"role,min,max\n" + b"operatore,1,2\n" * 501, "file_too_many_rows", "500"),
        (b"x" * 1_100_000, "file_too_large", "1"),
        (b"", "file_empty", ""),
        (b" \r\n\n", "file_empty", ""),
        (b"role,min,max\n", "file_empty", ""),
        (b"role,min,max\n" + b"x" * 201 + b",1,2\n", "file_long_cell", "200"),
        (b"role,min,max\n" + b"x" * 140_000 + b",1,2\n", "file_not_csv", ""),
    ],
)
def test_whole_file_problems_refuse_the_file(data, code, value):
    with pytest.raises(OwnBandsFileError) as error:
        own_csv_rows(data, DATASET, "en")
    problem = error.value.problem
    assert (problem.row, problem.code, problem.value) == (0, code, value)


def test_five_hundred_rows_are_still_a_table():
    data = b"role,min,max\n" + b"operatore,1,2\n" * 500
    assert len(own_csv_rows(data, DATASET, "it")) == 500
