"""The home page in both languages: purpose, the ladder at a glance, a start for each user."""

from __future__ import annotations

import json
from typing import Any, TypedDict
from urllib.parse import parse_qsl

import pytest
from streamlit.testing.v1 import AppTest

from careers import DEFAULT_DATASET, load_dataset
from tests.app.conftest import (
    APP,
    chart_spec,
    lines_with,
    note_lines,
    note_marks,
    open_page,
    plain,
    screen_text,
)
from tests.conftest import as_yaml, small_dataset
from tests.support.synthetic import make_yaml

DEFAULT = load_dataset(DEFAULT_DATASET)


def table_columns(table) -> dict[str, dict[str, Any]]:
    """A dataframe's column settings as sent to the browser, by column name."""
    columns: dict[str, dict[str, Any]] = json.loads(table.proto.columns)  # name -> settings
    return columns


class HomeTexts(TypedDict):
    """What the home page shows in one language."""

    title: str
    bands: list[str]
    estimate: str
    starts: list[str]


EXPECTED: dict[str, HomeTexts] = {
    "it": {
        "title": "Carriere nel call center",
        "bands": [
            "32.000\u00a0USD – 35.000\u00a0USD all'anno",
            "38.000\u00a0USD – 44.000\u00a0USD all'anno",
            "63.000\u00a0USD – oltre 100.000\u00a0USD all'anno",
        ],
        "estimate": "stima",
        "starts": [
            "Vuoi diventare operatore?",
            "Conduci un workshop (HR)?",
            "Confronti le retribuzioni?",
        ],
    },
    "en": {
        "title": "Call-center careers",
        "bands": [
            "$32,000 – $35,000 per year",
            "$38,000 – $44,000 per year",
            "$63,000 – over $100,000 per year",
        ],
        "estimate": "estimate",
        "starts": ["Want to become an operator?", "Presenting a workshop (HR)?", "Comparing pay?"],
    },
}


@pytest.mark.parametrize("lang", ["it", "en"])
def test_home_shows_the_ladder_bands_and_starting_points(lang):
    at = open_page("home", lang)
    assert not at.exception
    expected = EXPECTED[lang]
    assert [t.value for t in at.title] == [expected["title"]]
    text = screen_text(at)
    for figure in expected["bands"] + expected["starts"]:
        assert figure in text
    assert f"[{expected['estimate']}]" in text  # the supervisor's band is badged as an estimate
    download = at.get("download_button")[0].proto
    assert download.label == (
        "Scarica le fasce retributive (CSV)" if lang == "it" else "Download the salary bands (CSV)"
    )
    questions = [e.label for e in at.expander]
    assert len([q for q in questions if q.endswith("?")]) == 4  # the sources' FAQ
    _, spec = chart_spec(at, "home_ladder")
    assert spec["data"][0]["customdata"] == [
        "operatore",
        "team_leader",
        "supervisore",
        "coordinatore",
    ]


@pytest.mark.parametrize("lang", ["it", "en"])
def test_nothing_on_home_is_an_untranslated_key(lang):
    text = screen_text(open_page("home", lang))
    assert not [
        line
        for line in text.splitlines()
        if line.strip().startswith(("home.", "band.", "ladder.", "nav.", "role."))
    ]


def test_unknown_language_in_link_falls_back_to_italian_with_a_notice():
    at = open_page("home", "xx")
    assert not at.exception
    assert at.title[0].value == "Carriere nel call center"
    assert "«xx»" in at.toast[0].value
    assert at.query_params["lang"] == "it"


def test_language_switch_in_the_sidebar():
    at = open_page("home", "it")
    at.sidebar.radio(key="lang").set_value("en").run()
    assert at.title[0].value == "Call-center careers"
    assert at.query_params["lang"] == "en"


def _links(at) -> list[tuple[str, str, dict[str, str]]]:
    """Every page link on the page: (label, target page, query parameters)."""
    links = []
    for element in at.get("page_link"):
        proto = element.proto
        links.append((plain(proto.label), proto.page, dict(parse_qsl(proto.query_string))))
    return links


def test_each_kind_of_user_gets_links_to_the_pages_that_serve_them():
    at = open_page("home", "en")
    pages = [(label, page.rsplit("/", 1)[-1], params) for label, page, params in _links(at)]
    assert pages == [
        ("The entry role, in full", "ladder", {"role": "operatore", "lang": "en"}),
        ("Am I ready? Check yourself", "self_check", {"role": "operatore", "lang": "en"}),
        ("Workshop mode", "workshop", {"lang": "en"}),
        ("Write a job description", "job_description", {"lang": "en"}),
        ("The salary bands", "salaries", {"lang": "en"}),
        ("Compare two roles", "compare", {"lang": "en"}),
    ]


def test_home_links_follow_a_different_dataset():
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["dataset"] = load_dataset(as_yaml(small_dataset()))
    at.query_params["lang"] = "it"
    at.run()
    labels = [(label, params) for label, _, params in _links(at)]
    assert labels[0] == ("Il ruolo d'ingresso, per intero", {"role": "agent", "lang": "it"})
    assert labels[1][1] == {"role": "agent", "lang": "it"}


@pytest.mark.parametrize("lang", ["it", "en"])
def test_the_chart_s_data_is_one_click_away_with_translated_headers(lang):
    at = open_page("home", lang)
    title = "I dati del grafico in tabella" if lang == "it" else "The chart's data as a table"
    assert at.expander[0].label == title
    assert not at.dataframe  # built only once opened
    at.session_state["home_ladder_table_open"] = True
    at.run()
    table = at.dataframe[0]
    _, spec = chart_spec(at, "home_ladder")
    drawn = [
        title for trace in spec["data"] if trace.get("customdata") for title in trace["hovertext"]
    ]
    assert list(table.value["role"]) == drawn
    assert list(table.value["level"][:4]) == [1, 2, 3, 4]
    assert list(table.value["estimate"][:4]) == [False, False, True, False]
    headers = {name: column.get("label") for name, column in table_columns(table).items()}
    expected = (
        {"role": "Ruolo", "track": "Percorso", "level": "Gradino", "leads_to": "Porta a"}
        if lang == "it"
        else {"role": "Role", "track": "Track", "level": "Step", "leads_to": "Leads to"}
    )
    assert expected.items() <= headers.items()


def test_a_big_ladder_shows_a_few_cards_and_says_where_the_rest_are():
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["dataset"] = load_dataset(make_yaml(100))
    at.query_params["lang"] = "en"
    at.run()
    assert not at.exception
    text = screen_text(at)
    # Eight cards: the entry steps of the first eight departments; the intro counts the rest.
    assert "Role 7.0" in text and "Role 8.0" not in text
    assert "Role 0.0 / Role 1.0 / Role 2.0 / Role 3.0 / … (+16) → Role 0.1" in text
    assert "…and 72 more ladder roles: the table under the chart lists them all." in text
    assert "100 roles: too many to name beside each step." in text
    _, spec = chart_spec(at, "home_ladder")
    assert sum(len(t.get("customdata") or []) for t in spec["data"]) == 100


@pytest.mark.parametrize(
    ("lang", "sections"),
    [
        ("it", ["§ Carriera di operatore di call center", "§ Introduzione"]),
        (
            "en",
            [
                "§ Carriera di operatore di call center (Call-center operator career)",
                "§ Introduzione (Introduction)",
            ],
        ),
    ],
)
def test_the_ladder_mapping_cites_both_articles(lang, sections):
    at = open_page("home", lang)
    mapping = DEFAULT.ladder_note
    assert mapping is not None
    (line,) = lines_with(at, mapping.text.get(lang)[:40])
    marks = note_marks(line)
    assert len(marks) == 2
    notes = note_lines(at)
    for mark, section in zip(marks, sections, strict=True):
        assert any(n.startswith(f"{mark} [") and n.endswith(section) for n in notes), section


def test_italian_home_says_descrizione_della_posizione_and_a_che_punto_sono():
    text = screen_text(open_page("home", "it"))
    assert "prepara le descrizioni della posizione da consegnare" in text
    assert "Scrivi una descrizione della posizione" in text
    assert "A che punto sono? Fai la verifica" in text
    assert "fascia retributiva di ogni ruolo" in text
    assert "del lavoro" not in text and "pronto" not in text and "di stipendio" not in text
