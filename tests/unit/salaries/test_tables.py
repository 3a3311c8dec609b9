"""The page's tables in words: metrics by the registry, the charts' figures."""

from __future__ import annotations

import yaml

from careers import DEFAULT_DATASET, load_dataset
from careers.salaries.bands import Band, View
from careers.salaries.metrics import role_metrics
from careers.salaries.tables import chart_table, metrics_table, mix_table
from careers.text.i18n import Translator
from tests.conftest import small_dataset

DATASET = load_dataset(DEFAULT_DATASET)


def test_metrics_table_has_one_column_per_registry_metric_shown():
    rows = role_metrics(DATASET, View(base="USD"))
    table = metrics_table(rows, Translator("it")).set_index("role")
    assert list(table.columns) == [
        "source",
        "band",
        "midpoint",
        "range_width",
        "range_spread",
        "midpoint_progression",
        "overlap_ratio",
        "overlap_money",
    ]
    agent = table.iloc[0]
    assert (agent["midpoint"], agent["range_width"]) == ("33.500\u00a0USD", "3.000\u00a0USD")
    assert table.iloc[1]["midpoint_progression"] == "+22,4%"
    assert table.iloc[2]["band"].endswith("(stima)")
    with_salary = metrics_table(
        role_metrics(DATASET, View(base="USD"), 36_000), Translator("en"), salary=True
    )
    assert list(with_salary.columns)[-2:] == ["compa_ratio", "range_penetration"]


def test_chart_table_says_when_a_role_has_no_band_and_shows_own_bands_beside():
    raw = small_dataset()
    raw["roles"][0].pop("salary")
    rows = role_metrics(load_dataset(yaml.safe_dump(raw).encode()), View(base="EUR"))
    own = {rows[1].role.id: Band(min=20_000, max=30_000, currency="EUR")}
    table = chart_table(rows, Translator("en"), own)
    first, second = table.to_dict("records")
    assert first["Minimum"] == first["Maximum"] == first["Midpoint"] == ""
    assert first["Note"] == "No figure in the sources" and first["Your minimum"] == ""
    assert (second["Your minimum"], second["Your maximum"]) == ("€20,000", "€30,000")


def test_mix_table_without_a_band_lists_only_the_pay():
    table = mix_table(1_000.0, 250.0, None, "EUR", Translator("it"))
    assert table.values.tolist() == [
        ["Fisso", "1.000\u00a0€"],
        ["Commissioni", "250\u00a0€"],
        ["Totale", "1.250\u00a0€"],
    ]
