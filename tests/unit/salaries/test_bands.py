"""Band metrics, views, own-bands parsing and pay mix, on the source data and on edge cases."""

from __future__ import annotations

import pytest
import yaml

from careers import DEFAULT_DATASET, load_dataset
from careers.salaries.bands import (
    Band,
    Gap,
    View,
    band_roles,
    base_currency,
    compa_ratio,
    convert,
    level_below,
    metrics_frame,
    midpoint,
    midpoint_progression,
    monthly,
    overlap_money,
    overlap_ratio,
    own_differences,
    own_view_bands,
    parse_amount,
    parse_own_csv,
    parse_own_rows,
    pay_mix,
    range_penetration,
    range_spread,
    role_band,
    role_metrics,
)
from careers.salaries.tables import chart_table, link_params, mix_table, read_link
from tests.conftest import small_dataset

DATASET = load_dataset(DEFAULT_DATASET)
USD = View(base="USD")


def metrics(dataset=DATASET, view=USD, salary=None):
    """Role metrics keyed by role id."""
    return {row.role.id: row for row in role_metrics(dataset, view, salary)}


def band(low, high, currency="USD", open_ended=False):
    """A band for the edge-case tests."""
    return Band(min=low, max=high, currency=currency, open_ended=open_ended)


# -- the source data ------------------------------------------------------------------------


def test_agent_midpoint_and_spread():
    agent = metrics()["operatore"]
    assert agent.midpoint == 33_500
    assert round(agent.spread, 3) == 0.094
    assert agent.progression is Gap.NO_BELOW
    assert agent.overlap is Gap.NO_BELOW


def test_team_leader_midpoint_spread_progression_and_gap_below():
    leader = metrics()["team_leader"]
    assert leader.below.id == "operatore"
    assert leader.midpoint == 41_000
    assert round(leader.spread, 3) == 0.158
    assert round(leader.progression, 3) == 0.224
    assert leader.overlap_money == -3_000  # 35,000 - 38,000: a gap of 3,000
    assert leader.overlap == -0.5  # -3,000 / (44,000 - 38,000)


def test_estimated_supervisor_touches_the_team_leader():
    supervisor = metrics()["supervisore"]
    assert supervisor.band.estimate
    assert supervisor.midpoint == 53_500
    assert supervisor.overlap_money == 0 and supervisor.overlap == 0


def test_open_ended_coordinator_says_it_needs_a_top():
    top = metrics()["coordinatore"]
    assert top.band.open_ended
    assert top.midpoint is Gap.OPEN
    assert top.spread is Gap.OPEN
    assert top.progression is Gap.OPEN
    assert top.overlap is Gap.OPEN
    assert top.overlap_money == 0  # 63,000 (supervisor's max) - 63,000 needs no top of its own


def test_salary_gives_compa_ratio_and_penetration():
    rows = metrics(salary=36_000)
    assert round(rows["operatore"].compa_ratio, 4) == round(36_000 / 33_500, 4)
    assert round(rows["operatore"].penetration, 4) == round(4_000 / 3_000, 4)
    assert round(rows["team_leader"].penetration, 4) == round(-2_000 / 6_000, 4)
    assert rows["coordinatore"].compa_ratio is Gap.OPEN
    assert rows["coordinatore"].penetration is Gap.OPEN


def test_roles_in_ladder_order_and_level_below_from_the_ladder():
    assert [r.id for r in band_roles(DATASET)] == [
        "operatore",
        "team_leader",
        "supervisore",
        "coordinatore",
    ]
    assert level_below(DATASET, "coordinatore").id == "supervisore"
    assert level_below(DATASET, "operatore") is None
    assert level_below(DATASET, "receptionist") is None  # lateral: not a rung


def test_metrics_frame_keeps_source_figures_and_leaves_gaps_empty():
    view = View(base="USD", target="EUR", rate=0.5, converted=True, period="month", payments=14)
    frame = metrics_frame(role_metrics(DATASET, view), "en").set_index("role_id")
    assert frame.loc["operatore", "source_min"] == 32_000
    assert frame.loc["operatore", "min"] == pytest.approx(32_000 / 14 * 0.5)
    assert frame.loc["operatore", "currency"] == "EUR"
    assert frame.loc["coordinatore", "midpoint"] != frame.loc["coordinatore", "midpoint"]  # NaN
    assert "open" in frame.loc["coordinatore", "not_computable"]


# -- edge cases -----------------------------------------------------------------------------


def test_equal_min_and_max():
    flat = band(30_000, 30_000)
    assert midpoint(flat) == 30_000
    assert range_spread(flat) == 0
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


def test_bands_in_different_currencies_are_not_compared():
    assert midpoint_progression(band(1, 2, "USD"), band(3, 4, "EUR")) is Gap.CURRENCY
    assert overlap_money(band(1, 2, "USD"), band(3, 4, "EUR")) is Gap.CURRENCY


def test_missing_band_and_zero_minimum():
    data = small_dataset()
    data["roles"][1].pop("salary")
    dataset = load_dataset(yaml.safe_dump(data).encode())
    rows = metrics(dataset, View(base="EUR"))
    assert rows["lead"].band is None and rows["lead"].midpoint is Gap.NO_BAND
    assert range_spread(band(0, 10)) is Gap.FLAT


def test_level_below_follows_the_datasets_own_promotions():
    dataset = load_dataset(yaml.safe_dump(small_dataset()).encode())
    rows = metrics(dataset, View(base="EUR"))
    assert rows["lead"].below.id == "agent"
    assert rows["lead"].midpoint == 28_000
    assert rows["lead"].progression == pytest.approx(6_000 / 22_000)
    assert rows["lead"].overlap_money == -2_000  # 24,000 - 26,000
    assert base_currency(dataset) == "EUR"
    assert "desk" not in rows  # a lateral role without a band is not drawn


# -- views ----------------------------------------------------------------------------------


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
    assert (leader.min, leader.max, leader.currency) == (pytest.approx(34_200), 39_600, "EUR")
    assert convert(900, "EUR", "year", View(base="USD", target="EUR", rate=0.9)) == 1_000
    assert convert(100, "GBP", "year", eur) is None


def test_monthly_payment_from_the_view():
    assert monthly(42_000, View(base="USD", payments=14)) == 3_000


# -- your bands -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("32000", 32_000),
        ("32,000", 32_000),
        ("32.000", 32_000),
        ("1.250.000", 1_250_000),
        ("2500,50", 2_500.5),
        ("2500.5", 2_500.5),
        (" € 30 000 ", 30_000),
        (31000, 31_000),
        ("abc", None),
        (float("nan"), None),
        (True, None),
    ],
)
def test_parse_amount(raw, expected):
    assert parse_amount(raw) == expected


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
    own, problems = parse_own_csv(data, DATASET, "USD")
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


def test_own_csv_with_semicolons_and_default_currency():
    own, problems = parse_own_csv(b"role;min;max\noperatore;30.000;35.000\n", DATASET, "EUR")
    assert problems == []
    assert (own[0].min, own[0].max, own[0].currency, own[0].period) == (
        30_000,
        35_000,
        "EUR",
        "year",
    )


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"name,low,high\nx,1,2\n", "file_header"),
        (b"\xff\xfe\x00bad", "file_not_utf8"),
        (b"role,min,max\n" + b"operatore,1,2\n" * 600, "file_too_many_rows"),
        (b"x" * 300_000, "file_too_large"),
    ],
)
def test_own_csv_whole_file_problems(data, code):
    own, problems = parse_own_csv(data, DATASET, "USD")
    assert own == [] and problems[0].row == 0 and problems[0].code == code


def test_own_rows_from_the_editor_skip_blank_rows_and_flag_duplicates():
    records = [
        {"role": "operatore", "min": 30_000.0, "max": 34_000.0, "currency": None, "period": None},
        {"role": None, "min": float("nan"), "max": None, "currency": "", "period": None},
        {"role": "operatore", "min": 1.0, "max": 2.0, "currency": None, "period": None},
        {"role": "team_leader", "min": 1.0, "max": None, "currency": "EURO", "period": None},
    ]
    own, problems = parse_own_rows(records, DATASET, "USD")
    assert [b.role_id for b in own] == ["operatore"]
    assert [(p.row, p.code) for p in problems] == [(3, "duplicate_role"), (4, "no_max")]


def test_own_bands_in_the_view_and_their_difference_from_the_source():
    own, _ = parse_own_csv(b"role,min,max,currency\noperatore,27600,32200,EUR\n", DATASET, "USD")
    view = View(base="USD", target="EUR", rate=0.92, converted=True)
    mine = own_view_bands(own, view)["operatore"]
    source = role_band(DATASET.role("operatore"), view)
    money, ratio = own_differences(mine, source)
    # Source midpoint 33,500 USD = 30,820 EUR; own midpoint 29,900 EUR.
    assert money == pytest.approx(-920) and ratio == pytest.approx(-920 / 30_820)
    assert own_differences(mine, None) == (Gap.NO_BAND, Gap.NO_BAND)


# -- pay mix --------------------------------------------------------------------------------


def test_pay_mix_fixed_plus_commissions():
    mix = pay_mix(2_000, 200, 0.5, 14)
    assert (mix.fixed, mix.commission, mix.total) == (28_000, 1_200, 29_200)


@pytest.mark.parametrize("args", [(-1, 0, 1, 12), (1, -1, 1, 12), (1, 1, -0.1, 12), (1, 1, 1, 15)])
def test_pay_mix_refuses_bad_input(args):
    with pytest.raises(ValueError):
        pay_mix(*args)


# -- links ----------------------------------------------------------------------------------


def test_read_link_takes_good_values_and_reports_bad_ones():
    ids = ["operatore", "team_leader"]
    values, rejected = read_link(
        {"role": "team_leader", "currency": "eur", "period": "month", "payments": "14"}, ids, "USD"
    )
    assert values == {
        "role": "team_leader",
        "convert": True,
        "target": "EUR",
        "period": "month",
        "payments": 14,
    }
    assert rejected == []
    values, rejected = read_link(
        {
            "role": "x",
            "currency": "€€",
            "period": "week",
            "payments": "15",
            "hours": "0",
            "rate": "nan",
        },
        ids,
        "USD",
    )
    assert values == {}
    assert [name for name, _ in rejected] == [
        "role",
        "currency",
        "period",
        "payments",
        "hours",
        "rate",
    ]


def test_link_params_round_trip():
    view = View(
        base="USD", target="EUR", rate=0.93, converted=True, period="hour", hours_per_week=37.5
    )
    params = link_params(view, "team_leader")
    assert params == {
        "role": "team_leader",
        "currency": "EUR",
        "period": "hour",
        "hours": "37.5",
        "rate": "0.93",
    }
    values, rejected = read_link(params, ["team_leader"], "USD")
    assert rejected == [] and values["hours"] == 37.5 and values["rate"] == 0.93


# -- the charts' data as tables --------------------------------------------------------------


def test_chart_table_says_when_a_role_has_no_band_and_shows_own_bands_beside():
    from careers.text.i18n import Translator

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
    from careers.text.i18n import Translator

    table = mix_table(1_000.0, 250.0, None, "EUR", Translator("it"))
    assert table.values.tolist() == [
        ["Fisso", "1.000\u00a0€"],
        ["Commissioni", "250\u00a0€"],
        ["Totale", "1.250\u00a0€"],
    ]
