"""Editing the salary bands as a table: unchanged rows stay sourced, bad rows are named."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from careers import load_dataset
from careers.data.band_edit import apply_bands, band_table
from careers.data.band_problems import BandEditError, describe_row
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
    # Figures written the page's way: an Italian page shows 20.000, an English one 20,000.
    assert list(table["min"][:2]) == ["20.000", "26.000"]
    assert list(band_table(dataset, "en")["max"][:2]) == ["24,000", "30,000"]
    # The lateral role has no band: empty figures, the dataset's currency and period ready.
    assert pd.isna(table["min"][2]) and pd.isna(table["max"][2])
    assert (table["currency"][2], table["period"][2]) == ("EUR", "year")


def test_an_unchanged_table_gives_back_the_same_dataset(dataset):
    assert apply_bands(dataset, band_table(dataset, "en"), "en") == dataset


def test_an_edited_band_becomes_a_hand_made_estimate_that_round_trips(dataset):
    edited = apply_bands(dataset, rows(dataset, agent={"min": 21000, "max": 25000}), "en")
    band = edited.role("agent").salary
    assert band is not None and band.basis is not None
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
    desk = edited.role("desk").salary
    assert desk is not None and desk.basis is not None
    assert desk.period == "month"
    assert desk.basis.en.endswith("(before: no band).")
    assert edited.role("lead").salary is None


def test_currency_is_accepted_in_lower_case(dataset):
    edited = apply_bands(dataset, rows(dataset, agent={"currency": " usd ", "min": 1}), "en")
    agent = edited.role("agent").salary
    assert agent is not None
    assert agent.currency == "USD"


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
        "Row 1 (Agent) — Maximum: “tanti” is not a number: use digits only, a point for "
        "decimals and a comma for thousands (for example 2,300.50)."
    ]


def apply_typed(dataset, lang, **typed):
    """Apply the table of `lang` with {role_id: {column: text}} typed into it."""
    records: list[dict[str, Any]] = [
        {str(k): v for k, v in record.items()}
        for record in band_table(dataset, lang).to_dict("records")
    ]
    for record in records:
        record.update(typed.get(record["role_id"], {}))
    return apply_bands(dataset, records, lang)


@pytest.mark.parametrize(
    ("lang", "low", "high", "expected"),
    [
        ("it", "30.000", "32.500,50", (30000, 32500.5)),
        ("it", "30000", "€ 31.000", (30000, 31000)),
        ("en", "30,000", "32,500.50", (30000, 32500.5)),
        ("en", "30000.5", "$31,000", (30000.5, 31000)),
    ],
)
def test_figures_are_read_the_page_s_way(dataset, lang, low, high, expected):
    edited = apply_typed(dataset, lang, lead={"min": low, "max": high})
    band = edited.role("lead").salary
    assert (band.min, band.max) == expected


@pytest.mark.parametrize("lang", ["it", "en"])
def test_an_untouched_table_in_either_language_changes_nothing(dataset, lang):
    assert apply_typed(dataset, lang) == dataset


@pytest.mark.parametrize(
    ("lang", "typed", "expected"),
    [
        (
            "it",
            "30,000",
            "Riga 2 (Capo) — Minimo: «30,000» si può leggere in due modi (migliaia o decimali): "
            "scrivi 30.000 per le migliaia oppure 30,0 per i decimali. Il valore di prima resta.",
        ),
        (
            "it",
            "30.000.5",
            "Riga 2 (Capo) — Minimo: «30.000.5» non è scritto all'italiana: usa la virgola per i "
            "decimali e il punto per le migliaia, a gruppi di tre cifre (per esempio 2.300,50). "
            "Il valore di prima resta.",
        ),
        ("en", "1e9", "Row 2 (Lead) — Minimum: “1e9” is not a number"),
        ("en", "30.000", "Row 2 (Lead) — Minimum: “30.000” can be read two ways"),
    ],
)
def test_a_figure_that_is_not_a_number_of_the_page_is_refused(dataset, lang, typed, expected):
    with pytest.raises(BandEditError) as caught:
        apply_typed(dataset, lang, lead={"min": typed})
    found = [describe_row(p, Translator(lang)) for p in caught.value.problems]
    assert len(found) == 1 and found[0].startswith(expected)
    assert caught.value.problems[0].number is not None


def test_every_bad_figure_of_a_row_is_named(dataset):
    with pytest.raises(BandEditError) as caught:
        apply_typed(dataset, "it", agent={"min": "venti", "max": "<b>1</b>"})
    assert [p.problem.path for p in caught.value.problems] == [("min",), ("max",)]


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
