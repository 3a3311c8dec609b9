"""The home page in both languages: purpose, the ladder at a glance, a start for each user."""

from __future__ import annotations

import pytest

from tests.app.conftest import chart_spec, open_page, screen_text

EXPECTED = {
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
            "Presenti un workshop (HR)?",
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
        "Scarica le fasce di stipendio (CSV)" if lang == "it" else "Download the salary bands (CSV)"
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
