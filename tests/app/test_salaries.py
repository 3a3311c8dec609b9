"""The salary page: figures and metrics in both languages, views, own bands, clicks and links."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
import yaml

from careers import load_dataset
from tests.app.conftest import (
    APP,
    chart_spec,
    click_point,
    open_expander,
    open_page,
    plain,
    screen_text,
)
from tests.conftest import small_dataset

ORDER = ["operatore", "team_leader", "supervisore", "coordinatore"]
EXAMPLE_BANDS = (Path(__file__).resolve().parents[2] / "docs/examples/your_bands.csv").read_bytes()
# (lang) -> what a user reads in the metrics table for the source data.
EXPECTED = {
    "it": {
        "agent_mid": "33.500\u00a0USD",
        "agent_spread": "9,4%",
        "leader_mid": "41.000\u00a0USD",
        "leader_spread": "15,8%",
        "progression": "+22,4%",
        "gap": "salto di 3.000\u00a0USD",
        "open": "Serve un massimo (fascia aperta)",
        "source": "32.000\u00a0USD – 35.000\u00a0USD all'anno",
    },
    "en": {
        "agent_mid": "$33,500",
        "agent_spread": "9.4%",
        "leader_mid": "$41,000",
        "leader_spread": "15.8%",
        "progression": "+22.4%",
        "gap": "gap of $3,000",
        "open": "Needs a maximum (open-ended band)",
        "source": "$32,000 – $35,000 per year",
    },
}


def metrics(at):
    """The metrics table as shown (the dataframe with metric columns), indexed by role title."""
    frame = next(d.value for d in at.dataframe if "overlap_money" in d.value.columns)
    return frame.set_index("role")


def titles(lang):
    """Role titles of the default data in ladder order."""
    from careers import DEFAULT_DATASET

    dataset = load_dataset(DEFAULT_DATASET)
    return [dataset.role(r).title.get(lang) for r in ORDER]


def edit_own_bands(at, rows):
    """Type rows into the "your bands" editor, as the browser reports an edit."""
    editor = next(e for e in at.dataframe if "salaries_own_table" in e.proto.id)
    states = at._tree.get_widget_states()
    state = states.widgets.add()
    state.id = editor.proto.id
    state.string_value = json.dumps({"edited_rows": {}, "added_rows": rows, "deleted_rows": []})
    return at._run(states)


def upload_own_bands(at, name, data):
    """Give the "your bands" uploader a file, as the browser does, and rerun."""
    uploader = next(u for u in at.file_uploader if u.key.startswith("salaries_own_csv"))
    return uploader.set_value((name, data, "text/csv")).run()


def own_table(at):
    """The rows of the "your bands" table as shown (None for an empty cell)."""
    editor = next(e for e in at.dataframe if "salaries_own_table" in e.proto.id)
    frame = editor.value
    return [
        {str(k): (None if pd.isna(v) else v) for k, v in row.items()}
        for row in frame.to_dict("records")
    ]


@pytest.mark.parametrize("lang", ["it", "en"])
def test_metrics_of_the_source_data_in_each_language(lang):
    at = open_page("salaries", lang)
    assert not at.exception
    want = EXPECTED[lang]
    table = metrics(at)
    agent, leader, supervisor, top = titles(lang)
    assert list(table.index) == [agent, leader, supervisor, top]
    assert table.loc[agent, "midpoint"] == want["agent_mid"]
    assert table.loc[agent, "range_spread"] == want["agent_spread"]
    assert table.loc[agent, "source"] == want["source"]
    assert table.loc[leader, "midpoint"] == want["leader_mid"]
    assert table.loc[leader, "range_spread"] == want["leader_spread"]
    assert table.loc[leader, "midpoint_progression"] == want["progression"]
    assert table.loc[leader, "overlap_money"] == want["gap"]
    assert table.loc[top, "midpoint"] == want["open"]
    assert table.loc[top, "range_spread"] == want["open"]
    # The panel below opens on the entry level, its midpoint in large type.
    assert at.metric[0].value == want["agent_mid"]


@pytest.mark.parametrize("lang", ["it", "en"])
def test_chart_draws_every_band_in_ladder_order(lang):
    at = open_page("salaries", lang)
    _, spec = chart_spec(at, "salaries_chart")
    bars = spec["data"][0]
    assert bars["customdata"] == ORDER
    assert bars["base"] == [32_000, 38_000, 44_000, 63_000]
    assert spec["layout"]["separators"] == (",." if lang == "it" else ".,")
    assert spec["layout"]["xaxis"]["title"]["text"] == (
        "USD all'anno" if lang == "it" else "USD per year"
    )


def test_period_switch_to_month_with_14_payments():
    at = open_page("salaries", "it")
    at.segmented_control(key="salaries_period").set_value("month")
    at.selectbox(key="payments").set_value(14).run()
    assert not at.exception
    agent = titles("it")[0]
    table = metrics(at)
    # 32,000 / 14 = 2,285.71 and 35,000 / 14 = 2,500: shown rounded; the source stays yearly.
    assert table.loc[agent, "band"] == "2286\u00a0USD – 2500\u00a0USD".replace(
        "2286", "2.286"
    ).replace("2500", "2.500")
    assert table.loc[agent, "source"] == EXPECTED["it"]["source"]
    assert table.loc[agent, "range_spread"] == "9,4%"  # ratios do not change with the period
    # The page writes the period; Streamlit's browser side writes bound widgets (e2e tests).
    assert at.query_params["period"] == "month" and at.selectbox(key="payments").value == 14
    _, spec = chart_spec(at, "salaries_chart")
    assert spec["layout"]["xaxis"]["title"]["text"] == "USD al mese, 14 mensilità"


def test_period_switch_to_hour_uses_hours_per_week():
    at = open_page("salaries", "en")
    at.segmented_control(key="salaries_period").set_value("hour")
    at.text_input(key="salaries_hours_text").input("20").run()
    leader = titles("en")[1]
    # 41,000 a year / (20 h × 52 weeks) = 39.42 an hour: small amounts keep their cents.
    assert metrics(at).loc[leader, "midpoint"] == "$39.42"
    _, spec = chart_spec(at, "salaries_chart")
    assert spec["layout"]["xaxis"]["title"]["text"] == "USD per hour, 20 h a week"
    assert at.query_params["hours"] == "20"


@pytest.mark.parametrize(
    ("lang", "midpoint", "note"),
    [
        ("it", "30.820\u00a0€", "Convertito al cambio 1 USD = 0,92 EUR"),
        ("en", "€30,820", "Converted at 1 USD = 0.92 EUR"),
    ],
)
def test_currency_switch_converts_at_the_example_rate_and_says_so(lang, midpoint, note):
    at = open_page("salaries", lang)
    at.selectbox(key="currency").set_value("EUR").run()
    assert not at.exception
    agent = titles(lang)[0]
    assert metrics(at).loc[agent, "midpoint"] == midpoint  # 33,500 × 0.92
    assert metrics(at).loc[agent, "source"] == EXPECTED[lang]["source"]
    _, spec = chart_spec(at, "salaries_chart")
    notes = " ".join(a.get("text", "") for a in spec["layout"]["annotations"])
    assert note in notes
    assert at.selectbox(key="currency").value == "EUR" and at.query_params["rate"] == "0.92"


def test_a_typed_rate_replaces_the_example():
    at = open_page("salaries", "en", currency="EUR")
    at.text_input(key="salaries_rate_text").input("0.5").run()
    agent = titles("en")[0]
    assert metrics(at).loc[agent, "midpoint"] == "€16,750"
    _, spec = chart_spec(at, "salaries_chart")
    notes = " ".join(a.get("text", "") for a in spec["layout"]["annotations"])
    assert "1 USD = 0.5 EUR" in notes and "example" not in notes


def test_a_typed_salary_gives_compa_ratio_penetration_and_a_line():
    at = open_page("salaries", "en")
    at.text_input(key="salaries_salary_text").input("36,000").run()
    agent, leader, _, top = titles("en")
    table = metrics(at)
    assert table.loc[agent, "compa_ratio"] == "107.5%"
    assert table.loc[agent, "range_penetration"] == "133.3%"
    assert table.loc[leader, "range_penetration"] == "-33.3%"
    assert table.loc[top, "range_penetration"] == EXPECTED["en"]["open"]
    assert at.query_params["salary"] == "36000"
    _, spec = chart_spec(at, "salaries_chart")
    assert any(s.get("x0") == 36_000 for s in spec["layout"]["shapes"])


@pytest.mark.parametrize(
    ("lang", "bad_row", "good", "loaded"),
    [
        (
            "it",
            "Riga 2",
            "24.000\u00a0€ – 28.000\u00a0€",
            "2 fasce caricate da «mine.csv» nella tabella qui sotto: puoi modificarle lì.",
        ),
        (
            "en",
            "Row 2",
            "€24,000 – €28,000",
            "2 bands loaded from “mine.csv” into the table below: you can edit them there.",
        ),
    ],
)
def test_own_bands_csv_with_a_bad_row(lang, bad_row, good, loaded):
    # Changed with the upload path: the file now loads into the table (which then counts) and
    # the uploader is emptied; before, the file counted only while the uploader held it.
    at = open_page("salaries", lang, currency="EUR")
    data = b"role,min,max,currency\noperatore,24000,28000,EUR\nteam_leader,44000,30000,EUR\n"
    at = upload_own_bands(at, "mine.csv", data)
    assert not at.exception
    assert [plain(s.value) for s in at.success] == [loaded]
    error = plain(at.error[0].value)
    assert bad_row in error and "Riga 1" not in error and "Row 1" not in error
    # Both rows are in the table, the bad one to be fixed there.
    sep = "." if lang == "it" else ","
    assert [(r["role"], r["min"], r["max"]) for r in own_table(at)] == [
        ("operatore", f"24{sep}000", f"28{sep}000"),
        ("team_leader", f"44{sep}000", f"30{sep}000"),
    ]
    assert [(u.key, u.value) for u in at.file_uploader] == [("salaries_own_csv_1", None)]
    agent, leader = titles(lang)[:2]
    table = metrics(at)
    assert table.loc[agent, "own_band"] == good
    assert table.loc[leader, "own_band"] == ""
    _, spec = chart_spec(at, "salaries_chart")
    own = [d for d in spec["data"] if d.get("name") in ("La tua fascia retributiva", "Your band")]
    assert own and own[0]["customdata"] == ["operatore"]


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (
            "it",
            "1 fascia caricata da «one.csv» nella tabella qui sotto: puoi modificarla lì. "
            "Le righe che c'erano prima sono state sostituite.",
        ),
        (
            "en",
            "1 band loaded from “one.csv” into the table below: you can edit it there. "
            "The rows that were there before have been replaced.",
        ),
    ],
)
def test_a_loaded_file_replaces_the_typed_rows_and_says_so(lang, message):
    at = open_page("salaries", lang)
    at = edit_own_bands(at, [{"role": "supervisore", "min": "40000", "max": "45000"}])
    supervisor = titles(lang)[2]
    assert metrics(at).loc[supervisor, "own_band"] != ""
    at = upload_own_bands(at, "one.csv", b"role;min;max\noperatore;30000;36000\n")
    assert [plain(s.value) for s in at.success] == [message]
    assert [r["role"] for r in own_table(at)] == ["operatore"]
    assert metrics(at).loc[supervisor, "own_band"] == ""
    # The next run shows the table, not the file again: a row added now is kept beside it.
    at = edit_own_bands(at, [{"role": "team_leader", "min": "40000", "max": "45000"}])
    assert not at.success
    assert [r["role"] for r in at.session_state["salaries_own_rows"]] == [
        "operatore",
        "team_leader",
    ]
    assert metrics(at).loc[titles(lang)[1], "own_band"] != ""


@pytest.mark.parametrize(
    ("lang", "data", "message"),
    [
        (
            "it",
            b"name,low,high\nx,1,2\n",
            "Il file «<img src=x onerror=alert(1)>**b**.csv» non è stato caricato: "
            "nell'intestazione mancano le colonne: role, min, max. La tabella non è cambiata.",
        ),
        (
            "en",
            b"role,min,max\n",
            "“<img src=x onerror=alert(1)>**b**.csv” was not loaded: it holds no bands: it is "
            "empty or has only the header. The table has not changed.",
        ),
        (
            "en",
            b"\xff\xfe\x00\x01",
            "“<img src=x onerror=alert(1)>**b**.csv” was not loaded: it is not UTF-8 text. "
            "The table has not changed.",
        ),
    ],
)
def test_a_refused_file_changes_nothing_and_says_why(lang, data, message):
    at = open_page("salaries", lang)
    at = edit_own_bands(at, [{"role": "operatore", "min": "30000", "max": "36000"}])
    before = own_table(at)
    at = upload_own_bands(at, "<img src=x onerror=alert(1)>**b**.csv", data)
    assert not at.exception
    errors = [e.value for e in at.error]
    assert [plain(e) for e in errors] == [message]
    # Escaped: Markdown shows the name as typed, neither a tag nor bold.
    assert "\\<img" in errors[0] and "\\*\\*b\\*\\*" in errors[0]
    assert own_table(at) == before
    assert metrics(at).loc[titles(lang)[0], "own_band"] != ""
    assert [(u.key, u.value) for u in at.file_uploader] == [("salaries_own_csv_1", None)]


@pytest.mark.parametrize(
    ("lang", "bands"),
    [
        (
            "it",
            ["24.000\u00a0€ – 28.000\u00a0€", "30.000\u00a0€ – 36.000\u00a0€",
             "31.200\u00a0€ – 37.200\u00a0€", "45.000\u00a0€ – 60.000\u00a0€"],
        ),
        (
            "en",
            ["€24,000 – €28,000", "€30,000 – €36,000", "€31,200 – €37,200", "€45,000 – €60,000"],
        ),
    ],
)  # fmt: skip
def test_loaded_bands_survive_a_page_switch(lang, bands):
    at = upload_own_bands(open_page("salaries", lang), "your_bands.csv", EXAMPLE_BANDS)
    rows = own_table(at)
    assert len(rows) == 4 and rows[2]["role"] == "supervisore"
    at.switch_page("app_pages/ladder.py").run()
    at.switch_page("app_pages/salaries.py").run()
    assert not at.exception and not at.success  # said once, when loaded
    assert own_table(at) == rows
    assert list(metrics(at)["own_band"]) == bands


@pytest.mark.parametrize(("first", "then"), [("it", "en"), ("en", "it")])
def test_loaded_and_typed_bands_survive_a_change_of_language(first, then):
    at = upload_own_bands(open_page("salaries", first), "your_bands.csv", EXAMPLE_BANDS)
    typed = {"it": "2.300,5", "en": "2,300.5"}[first]
    at = edit_own_bands(at, [{"role": "nobody", "min": typed, "max": typed}])
    at.radio(key="lang").set_value(then).run()
    assert not at.exception
    # Amounts are written the new language's way, and nothing reads two ways.
    sep = "." if then == "it" else ","
    assert [(r["min"], r["max"]) for r in own_table(at)][0] == (f"24{sep}000", f"28{sep}000")
    assert own_table(at)[-1]["min"] == {"it": "2.300,5", "en": "2,300.5"}[then]
    assert [plain(e.value).count("\n- ") for e in at.error] == [1]  # only "nobody" is refused
    assert all(band for band in metrics(at)["own_band"])


def test_own_bands_typed_in_the_table_with_bad_rows():
    at = open_page("salaries", "en")
    at = edit_own_bands(
        at,
        [
            {"role": "operatore", "min": "30,000", "max": "36,000"},
            {"role": "team_leader", "min": "-1", "max": "100"},
            {"role": "supervisore", "min": "50000", "max": "40000"},
        ],
    )
    assert not at.exception
    error = plain(at.error[0].value)
    assert "Row 2" in error and "“-1” is negative" in error
    assert "Row 3" in error and "minimum is greater than the maximum" in error
    agent = titles("en")[0]
    assert metrics(at).loc[agent, "own_band"] == "$30,000 – $36,000"
    assert metrics(at).loc[agent, "own_diff"] == "-$500 (-1.5%)"


def test_click_on_a_band_opens_that_role_below():
    at = open_page("salaries", "en")
    assert plain(at.header[0].value) == titles("en")[0]
    at = click_point(at, "salaries_chart", "team_leader")
    assert not at.exception
    assert plain(at.header[0].value) == "Team leader"
    shown = {m.label: m.value for m in at.metric}
    assert shown["Midpoint progression"] == "+22.4%"
    assert shown["Overlap in money"] == "gap of $3,000"
    assert at.query_params["role"] == "team_leader"
    _, spec = chart_spec(at, "salaries_chart_team_leader")
    assert spec["data"][0]["marker"]["line"]["width"][1] == 4


def test_clicking_the_estimate_shows_its_basis():
    at = click_point(open_page("salaries", "it"), "salaries_chart", "supervisore")
    assert "Stima, non dalle fonti" in plain(at.warning[0].value)


def test_link_restores_the_view():
    at = open_page(
        "salaries", "it", role="coordinatore", currency="EUR", period="month", payments="13"
    )
    assert not at.exception
    assert at.selectbox(key="salaries_role").value == "coordinatore"
    assert at.selectbox(key="currency").value == "EUR"
    assert at.segmented_control(key="salaries_period").value == "month"
    assert at.selectbox(key="payments").value == 13
    assert plain(at.header[0].value).startswith("Coordinatore")
    assert "Fascia aperta" in screen_text(at)
    # 63,000 × 0.92 / 13 = 4,458.46
    top = titles("it")[3]
    assert metrics(at).loc[top, "band"].startswith("4.458\u00a0€")
    assert not at.warning


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"role": "<script>alert(1)</script>"}, "role"),
        ({"currency": "dollars!"}, "currency"),
        ({"period": "x" * 5000}, "period"),
        ({"payments": "15"}, "payments"),
        ({"hours": "-3"}, "hours"),
        ({"rate": "inf"}, "rate"),
    ],
)
def test_bad_link_falls_back_with_a_notice(params, name):
    at = open_page("salaries", "en", **params)
    assert not at.exception
    warning = plain(at.warning[0].value)
    assert f"for “{name}”" in warning and "cannot be used" in warning, warning
    assert len(warning) < 300
    assert at.selectbox(key="salaries_role").value == "operatore"
    assert at.segmented_control(key="salaries_period").value == "year"
    assert metrics(at).loc[titles("en")[0], "midpoint"] == "$33,500"


def test_pay_mix_total_beside_the_band():
    at = open_page("salaries", "en", role="team_leader")
    at.text_input(key="salaries_fixed_text").input("3,000").run()
    at.text_input(key="salaries_commission_text").input("500").run()
    at.slider(key="salaries_achievement").set_value(50).run()
    assert not at.exception
    # 3,000 × 12 + 500 × 0.5 × 12 = 39,000: inside the team leader's 38,000–44,000.
    assert "Total pay: $39,000 — within the band" in screen_text(at)
    assert "Fixed pay plus commissions" in screen_text(at)  # the dataset's sourced statement
    _, spec = chart_spec(at, "salaries_mix_chart")
    assert spec["data"][0]["x"] == [36_000] and spec["data"][1]["x"] == [3_000]


def test_another_dataset_with_its_own_roles_and_euros():
    from streamlit.testing.v1 import AppTest

    dataset = load_dataset(yaml.safe_dump(small_dataset()).encode())
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["lang"] = "en"
    at.session_state["dataset"] = dataset
    at.run()
    at.switch_page("app_pages/salaries.py").run()
    assert not at.exception
    table = metrics(at)
    assert list(table.index) == ["Agent", "Lead"]
    assert table.loc["Lead", "midpoint"] == "€28,000"
    assert table.loc["Lead", "overlap_money"] == "gap of €2,000"
    assert table.loc["Lead", "midpoint_progression"] == "+27.3%"
    _, spec = chart_spec(at, "salaries_chart_agent")
    assert spec["data"][0]["customdata"] == ["agent", "lead"]
    assert "Total pay" in screen_text(at)
    assert "This data does not describe how pay is made up" in screen_text(at)
    # Converting euro data goes to dollars by default.
    assert at.selectbox(key="currency").options[:2] == ["EUR", "USD"]


def table_under(at, title_start):
    """The dataframe inside the expander whose label starts with `title_start`."""
    expander = next(e for e in at.expander if e.label.startswith(title_start))
    return expander.dataframe[0].value


def test_the_chart_figures_are_one_click_away_as_a_table():
    at = open_page("salaries", "en")
    _, spec = chart_spec(at, "salaries_chart")
    bars = spec["data"][0]
    table = table_under(open_expander(at, "salaries_chart_table"), "The chart's figures as a table")
    assert list(table.columns) == ["Role", "Minimum", "Maximum", "Midpoint", "Note"]
    assert list(table["Role"]) == titles("en")
    # The same figures the bars are drawn from: base = minimum, base + x = maximum.
    assert list(table["Minimum"]) == [f"${b:,.0f}" for b in bars["base"]]
    closed = [f"${b + x:,.0f}" for b, x in zip(bars["base"], bars["x"], strict=True)]
    assert list(table["Maximum"])[:3] == closed[:3]
    assert table["Maximum"].iloc[3] == "over $100,000"
    assert "Open-ended" in table["Note"].iloc[3] and table["Note"].iloc[2] == "estimate"
    mids = next(d for d in spec["data"] if d["type"] == "scatter")
    assert list(table["Midpoint"])[:3] == [f"${m:,.0f}" for m in mids["x"]]


def test_the_chart_table_follows_the_view_and_shows_own_bands():
    at = open_page("salaries", "it", period="month", payments="14")
    at = edit_own_bands(at, [{"role": "operatore", "min": "2.000", "max": "2.400"}])
    open_expander(at, "salaries_chart_table")
    table = table_under(at, "Le cifre del grafico in tabella (USD al mese, 14 mensilità)")
    assert list(table.columns)[-2:] == ["Il tuo minimo", "Il tuo massimo"]
    first = table.iloc[0]
    assert first["Minimo"] == "2.286\u00a0USD"  # 32,000 / 14
    assert (first["Il tuo minimo"], first["Il tuo massimo"]) == ("2.000\u00a0USD", "2.400\u00a0USD")
    assert table.iloc[1]["Il tuo minimo"] == ""


def test_the_pay_mix_figures_as_a_table():
    at = open_page("salaries", "en", role="team_leader")
    at.text_input(key="salaries_fixed_text").input("3,000").run()
    at.text_input(key="salaries_commission_text").input("500").run()
    table = table_under(
        open_expander(at, "salaries_mix_table"), "The pay mix as a table (USD per year)"
    )
    assert dict(zip(table["Item"], table["Amount"], strict=True)) == {
        "Fixed pay": "$36,000",
        "Commissions": "$6,000",
        "Total": "$42,000",
        "Minimum": "$38,000",
        "Maximum": "$44,000",
    }


def test_a_very_large_dataset_draws_a_readable_chart_and_lists_every_role():
    from streamlit.testing.v1 import AppTest

    from tests.support.synthetic import make_yaml

    dataset = load_dataset(make_yaml(100))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = "en"
    at.session_state["dataset"] = dataset
    at.run()
    at.switch_page("app_pages/salaries.py").run()
    assert not at.exception
    _, spec = chart_spec(at, "salaries_chart")
    assert len(spec["data"][0]["customdata"]) == 25
    assert spec["layout"]["height"] < 2_000
    assert "The chart draws the first 25 of 100 roles" in screen_text(at)
    assert len(metrics(at)) == 100


# -- numbers typed the page's way (issue 14) -------------------------------------------------


def test_italian_salary_typed_the_italian_way():
    at = open_page("salaries", "it", period="month", payments="14")
    at.text_input(key="salaries_salary_text").input("2.300,50").run()
    assert not at.exception and not at.error
    agent = titles("it")[0]
    # 2,300.50 a month against 32,000 / 14 – 35,000 / 14: compa-ratio 2,300.5 / 2,392.86.
    assert metrics(at).loc[agent, "compa_ratio"] == "96,1%"
    assert at.query_params["salary"] == "2300.5"  # the link keeps one canonical form


@pytest.mark.parametrize(
    ("lang", "typed", "message"),
    [
        ("it", "2300.50", "non è scritto all'italiana"),
        ("it", "2,300", "si può leggere in due modi"),
        ("en", "2.300", "can be read two ways"),
        ("en", "lots", "is not a number"),
    ],
)
def test_a_salary_that_reads_two_ways_is_refused_and_the_previous_one_stays(lang, typed, message):
    at = open_page("salaries", lang, salary="36000")
    agent = titles(lang)[0]
    before = metrics(at).loc[agent, "compa_ratio"]
    at.text_input(key="salaries_salary_text").input(typed).run()
    assert not at.exception
    assert message in plain(at.error[0].value)
    assert metrics(at).loc[agent, "compa_ratio"] == before
    assert at.query_params["salary"] == "36000"


def test_typed_numbers_are_shown_the_pages_way():
    at = open_page("salaries", "it", currency="EUR", period="hour", hours="37.5")
    assert at.text_input(key="salaries_hours_text").value == "37,5"
    assert at.text_input(key="salaries_rate_text").value == "0,92"
    at.text_input(key="salaries_hours_text").input("100").run()
    assert "fuori dall'intervallo" in plain(at.error[0].value)
    assert at.query_params["hours"] == "37.5"


# -- state across pages (issue 11) ------------------------------------------------------------


def test_choices_survive_a_switch_to_another_page_and_back():
    at = open_page("salaries", "en")
    at.selectbox(key="currency").set_value("EUR").run()
    at.segmented_control(key="salaries_period").set_value("month").run()
    at.selectbox(key="payments").set_value(14).run()
    at.text_input(key="salaries_salary_text").input("2,300.50").run()
    at = click_point(at, "salaries_chart", "team_leader")
    at.switch_page("app_pages/ladder.py").run()
    at.switch_page("app_pages/salaries.py").run()
    assert not at.exception
    assert at.selectbox(key="currency").value == "EUR"
    assert at.segmented_control(key="salaries_period").value == "month"
    assert at.selectbox(key="payments").value == 14
    assert at.selectbox(key="salaries_role").value == "team_leader"
    assert at.text_input(key="salaries_salary_text").value == "2,300.5"
    assert "compa_ratio" in metrics(at).columns


# -- frictions (issue 13) ---------------------------------------------------------------------


def test_pay_mix_follows_the_view_before_anything_is_typed():
    at = open_page("salaries", "it")
    at.selectbox(key="currency").set_value("EUR").run()
    at.segmented_control(key="salaries_period").set_value("month").run()
    at.selectbox(key="payments").set_value(14).run()
    # The band's minimum per payment in euros: 32,000 × 0.92 / 14 = 2,102.86.
    assert at.text_input(key="salaries_fixed_text").value == "2.103"
    assert at.text_input(key="salaries_commission_text").value == "110"
    text = screen_text(at)
    assert "dentro la fascia" in text and "126" not in text


@pytest.mark.parametrize(
    ("lang", "assumption", "roles"),
    [
        ("it", "la commissione parte dal 5% del fisso", "La fonte descrive questa struttura per"),
        ("en", "the commission starts at 5% of the fixed pay", "The source describes this"),
    ],
)
def test_the_commission_assumption_is_on_screen_with_the_roles_the_source_names(
    lang, assumption, roles
):
    at = open_page("salaries", lang)
    info = plain(at.info[0].value)
    assert assumption in info
    operator = titles(lang)[0]
    assert any(roles in line and operator in line for line in screen_text(at).splitlines())


def test_own_bands_without_a_period_are_read_in_the_pages_and_a_half_typed_row_is_quiet():
    at = open_page("salaries", "en", period="month", payments="14")
    at = edit_own_bands(
        at,
        [
            {"role": "operatore", "min": "2,000", "max": "2,400"},
            {"role": "team_leader"},
        ],
    )
    assert not at.exception and not at.error  # row 2 is being typed: nothing to report yet
    agent = titles("en")[0]
    assert metrics(at).loc[agent, "own_band"] == "$2,000 – $2,400"


@pytest.mark.parametrize(("lang", "text"), [("it", "retribuzione media"), ("en", "average pay")])
def test_bands_are_called_average_pay(lang, text):
    at = open_page("salaries", lang)
    assert text in screen_text(at)
    assert "Penetrazione" not in screen_text(at) and "((" not in screen_text(at)
