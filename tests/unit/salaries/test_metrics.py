"""The band-metric registry and each metric, on the source data and on edge cases."""

from __future__ import annotations

import pytest
import yaml

from careers import DEFAULT_DATASET, load_dataset
from careers.salaries.bands import Band, Gap, View
from careers.salaries.metrics import (
    METRIC_IDS,
    METRICS,
    compa_ratio,
    metrics_frame,
    midpoint,
    midpoint_progression,
    overlap_money,
    overlap_ratio,
    range_penetration,
    range_spread,
    range_width,
    role_metrics,
)
from careers.text.i18n import load_strings
from tests.conftest import small_dataset

DATASET = load_dataset(DEFAULT_DATASET)
USD = View(base="USD")


def metrics(dataset=DATASET, view=USD, salary=None):
    """Role metrics keyed by role id."""
    return {row.role.id: row for row in role_metrics(dataset, view, salary)}


def band(low, high, currency="USD", open_ended=False):
    """A band for the edge-case tests."""
    return Band(min=low, max=high, currency=currency, open_ended=open_ended)


# -- the registry ---------------------------------------------------------------------------


def test_one_name_per_metric_in_the_registry_record_csv_and_locales():
    assert METRIC_IDS == (
        "midpoint",
        "range_width",
        "range_spread",
        "midpoint_progression",
        "overlap_ratio",
        "overlap_money",
        "compa_ratio",
        "range_penetration",
    )
    row = metrics(salary=36_000)["team_leader"]
    assert set(row.values) == set(METRIC_IDS)
    frame = metrics_frame(list(metrics(salary=36_000).values()), "en")
    assert set(METRIC_IDS) <= set(frame.columns)
    for lang in ("it", "en"):
        strings = load_strings(lang)
        for metric in METRICS:
            assert strings[f"salaries.col_{metric.id}"] and strings[f"salaries.help_{metric.id}"]


def test_salary_metrics_only_when_a_salary_is_given():
    row = metrics()["operatore"]
    assert row.value("compa_ratio") is None and "compa_ratio" not in row.values
    assert {m.id for m in METRICS if m.needs == "below"} == {
        "midpoint_progression",
        "overlap_ratio",
        "overlap_money",
    }


# -- the source data ------------------------------------------------------------------------


def test_agent_midpoint_width_and_spread():
    agent = metrics()["operatore"]
    assert agent.value("midpoint") == 33_500
    assert agent.value("range_width") == 3_000  # 35,000 - 32,000
    assert round(agent.value("range_spread"), 3) == 0.094
    assert agent.value("midpoint_progression") is Gap.NO_BELOW
    assert agent.value("overlap_ratio") is Gap.NO_BELOW


def test_team_leader_midpoint_spread_progression_and_gap_below():
    leader = metrics()["team_leader"]
    assert leader.below.id == "operatore"
    assert leader.value("midpoint") == 41_000
    assert round(leader.value("range_spread"), 3) == 0.158
    assert round(leader.value("midpoint_progression"), 3) == 0.224
    assert leader.value("overlap_money") == -3_000  # 35,000 - 38,000: a gap of 3,000
    assert leader.value("overlap_ratio") == -0.5  # -3,000 / (44,000 - 38,000)


def test_estimated_supervisor_touches_the_team_leader():
    supervisor = metrics()["supervisore"]
    assert supervisor.band.estimate
    assert supervisor.value("midpoint") == 53_500
    assert supervisor.value("overlap_money") == 0 and supervisor.value("overlap_ratio") == 0


def test_open_ended_coordinator_says_it_needs_a_top():
    top = metrics()["coordinatore"]
    assert top.band.open_ended
    for metric_id in ("midpoint", "range_width", "range_spread", "midpoint_progression"):
        assert top.value(metric_id) is Gap.OPEN
    assert top.value("overlap_ratio") is Gap.OPEN
    assert top.value("overlap_money") == 0  # 63,000 (supervisor's max) - 63,000


def test_salary_gives_compa_ratio_and_penetration():
    rows = metrics(salary=36_000)
    assert round(rows["operatore"].value("compa_ratio"), 4) == round(36_000 / 33_500, 4)
    assert round(rows["operatore"].value("range_penetration"), 4) == round(4_000 / 3_000, 4)
    assert round(rows["team_leader"].value("range_penetration"), 4) == round(-2_000 / 6_000, 4)
    assert rows["coordinatore"].value("compa_ratio") is Gap.OPEN
    assert rows["coordinatore"].value("range_penetration") is Gap.OPEN


def test_metrics_frame_keeps_source_figures_and_leaves_gaps_empty():
    view = View(base="USD", target="EUR", rate=0.5, converted=True, period="month", payments=14)
    frame = metrics_frame(role_metrics(DATASET, view), "en").set_index("role_id")
    assert frame.loc["operatore", "source_min"] == 32_000
    assert frame.loc["operatore", "min"] == pytest.approx(32_000 / 14 * 0.5)
    assert frame.loc["operatore", "range_width"] == pytest.approx(3_000 / 14 * 0.5)
    assert frame.loc["operatore", "currency"] == "EUR"
    top = frame.loc["coordinatore"].to_dict()
    assert top["midpoint"] != top["midpoint"]  # NaN: an empty CSV cell
    assert "open" in str(top["not_computable"])


# -- edge cases -----------------------------------------------------------------------------


def test_equal_min_and_max():
    flat = band(30_000, 30_000)
    assert midpoint(flat) == 30_000
    assert range_spread(flat) == 0 and range_width(flat) == 0
    assert range_penetration(30_000, flat) is Gap.FLAT
    assert compa_ratio(33_000, flat) == pytest.approx(1.1)
    assert overlap_ratio(band(20_000, 25_000), flat) is Gap.FLAT
    assert overlap_money(band(20_000, 25_000), flat) == -5_000


def test_touching_and_overlapping_bands():
    assert overlap_ratio(band(20_000, 30_000), band(30_000, 40_000)) == 0
    assert overlap_ratio(band(20_000, 35_000), band(30_000, 40_000)) == 0.5
    assert overlap_money(band(20_000, 35_000), band(30_000, 40_000)) == 5_000


def test_open_ended_band_below_has_no_top_to_overlap_with():
    low = band(50_000, 60_000, open_ended=True)
    assert overlap_money(low, band(55_000, 70_000)) is Gap.OPEN
    assert midpoint_progression(low, band(55_000, 70_000)) is Gap.OPEN
    assert range_width(low) is Gap.OPEN


def test_bands_in_different_currencies_are_not_compared():
    assert midpoint_progression(band(1, 2, "USD"), band(3, 4, "EUR")) is Gap.CURRENCY
    assert overlap_money(band(1, 2, "USD"), band(3, 4, "EUR")) is Gap.CURRENCY


def test_missing_band_and_zero_minimum():
    data = small_dataset()
    data["roles"][1].pop("salary")
    dataset = load_dataset(yaml.safe_dump(data).encode())
    rows = metrics(dataset, View(base="EUR"))
    assert rows["lead"].band is None and rows["lead"].value("midpoint") is Gap.NO_BAND
    assert range_spread(band(0, 10)) is Gap.FLAT


def test_level_below_follows_the_datasets_own_promotions():
    dataset = load_dataset(yaml.safe_dump(small_dataset()).encode())
    rows = metrics(dataset, View(base="EUR"))
    assert rows["lead"].below.id == "agent"
    assert rows["lead"].value("midpoint") == 28_000
    assert rows["lead"].value("midpoint_progression") == pytest.approx(6_000 / 22_000)
    assert rows["lead"].value("overlap_money") == -2_000  # 24,000 - 26,000
    assert "desk" not in rows  # a lateral role without a band is not drawn
