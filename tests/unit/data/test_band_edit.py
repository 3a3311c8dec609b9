"""Editing the salary bands as a table: unchanged rows stay sourced, bad rows are named."""

from __future__ import annotations

import math

import pytest

from careers import load_dataset
from careers.data.band_edit import BandEditError, apply_bands, band_table, describe_row
from careers.dataset.export import dump_dataset
from careers.text.i18n import Translator
from tests.conftest import as_yaml, small_dataset


@pytest.fixture
def dataset():
    return load_dataset(as_yaml(small_dataset()))


def rows(dataset, **changes):
    """The bands table as records, with {role_id: {column: value}} applied."""
    records = band_table(dataset, "en").to_dict("records")
    for record in records:
        record.update(changes.get(record["role_id"], {}))
    return records


def problems(dataset, records, lang="en"):
    with pytest.raises(BandEditError) as caught:
        apply_bands(dataset, records, "en")
    return [describe_row(p, Translator(lang)) for p in caught.value.problems]


def test_table_has_every_role_ladder_first_with_its_band(dataset):
    table = band_table(dataset, "it")
    assert list(table["role_id"]) == ["agent", "lead", "desk"]
    assert list(table["role"]) == ["Agente", "Capo", "Banco"]
    assert list(table["min"][:2]) == [20000, 26000]
    # The lateral role has no band: empty figures, the dataset's currency and period ready.
    assert math.isnan(table["min"][2]) and math.isnan(table["max"][2])
    assert (table["currency"][2], table["period"][2]) == ("EUR", "year")


def test_an_unchanged_table_gives_back_the_same_dataset(dataset):
    assert apply_bands(dataset, band_table(dataset, "en"), "en") == dataset


def test_an_edited_band_becomes_a_hand_made_estimate_that_round_trips(dataset):
    edited = apply_bands(dataset, rows(dataset, agent={"min": 21000, "max": 25000}), "en")
    band = edited.role("agent").salary
    assert (band.min, band.max, band.estimate, band.source) == (21000, 25000, True, None)
    assert band.basis.en == (
        "Figures entered by hand on the Data page, not taken from the sources "
        "(before: €20,000 – €24,000 per year)."
    )
    assert band.basis.it.endswith("(prima: 20.000\u00a0€ – 24.000\u00a0€ all'anno).")
    assert edited.role("lead").salary == dataset.role("lead").salary  # untouched row kept
    assert dataset.role("agent").salary.min == 20000  # the original is not modified
    assert load_dataset(dump_dataset(edited).encode()) == edited


def test_a_role_gets_a_band_and_an_emptied_row_loses_it(dataset):
    edited = apply_bands(
        dataset,
        rows(
            dataset,
            desk={"min": 1500, "max": 1800, "period": "month"},
            lead={"min": None, "max": None},
        ),
        "en",
    )
    assert edited.role("desk").salary.period == "month"
    assert edited.role("desk").salary.basis.en.endswith("(before: no band).")
    assert edited.role("lead").salary is None


def test_currency_is_accepted_in_lower_case(dataset):
    edited = apply_bands(dataset, rows(dataset, agent={"currency": " usd ", "min": 1}), "en")
    assert edited.role("agent").salary.currency == "USD"


def test_min_above_max(dataset):
    assert problems(dataset, rows(dataset, lead={"min": 31000})) == [
        "Row 2 (Lead) — The minimum (31000) is greater than the maximum (30000)."
    ]


def test_negative_figure(dataset):
    assert problems(dataset, rows(dataset, agent={"min": -100}), "it") == [
        "Riga 1 (Agent) — Minimo: Deve essere almeno 0."
    ]


def test_not_a_number(dataset):
    assert problems(dataset, rows(dataset, agent={"max": "tanti"})) == [
        "Row 1 (Agent) — Maximum: Must be a number, not “tanti”."
    ]


def test_absurd_pay(dataset):
    assert problems(dataset, rows(dataset, lead={"max": 50_000_000})) == [
        "Row 2 (Lead) — Maximum: Cannot be more than 10000000."
    ]


def test_unknown_role(dataset):
    records = rows(dataset) + [{"role_id": "ghost", "min": 1, "max": 2}]
    assert problems(dataset, records) == ["Row 4 (ghost) — Id: The role “ghost” is not in roles."]


def test_missing_max_without_open_flag(dataset):
    assert problems(dataset, rows(dataset, agent={"max": None})) == [
        "Row 1 (Agent) — A band without a maximum must be marked open_ended: true."
    ]


def test_every_bad_row_is_reported_at_once(dataset):
    found = problems(dataset, rows(dataset, agent={"min": -1}, lead={"currency": "euro"}))
    assert [line.split(" — ")[0] for line in found] == ["Row 1 (Agent)", "Row 2 (Lead)"]
    assert "Currency:" in found[1]
