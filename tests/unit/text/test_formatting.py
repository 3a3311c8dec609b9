"""Money, numbers and bands in each language, and the language choice itself."""

from __future__ import annotations

import pytest

from careers import DEFAULT_DATASET, load_dataset
from careers.text.formatting import (
    format_band,
    format_money,
    format_number,
    format_percent,
    plotly_separators,
)
from careers.text.i18n import Translator, resolve_language


@pytest.mark.parametrize(
    ("lang", "usd", "eur", "pct", "sep"),
    [
        ("it", "32.000\u00a0USD", "32.000\u00a0€", "+22,4%", ",."),
        ("en", "$32,000", "€32,000", "+22.4%", ".,"),
    ],
)
def test_money_and_percent_follow_the_language(lang, usd, eur, pct, sep):
    """Italian puts the currency after the amount, joined by a no-break space."""
    assert format_money(32000, "USD", lang) == usd
    assert format_money(32000, "EUR", lang) == eur
    assert format_percent(0.2239, lang, signed=True) == pct
    assert plotly_separators(lang) == sep


def test_numbers_keep_requested_digits():
    assert format_number(33500.25, "it", digits=2) == "33.500,25"
    assert format_number(33500, "en") == "33,500"
    assert format_percent(-0.05, "en", signed=True) == "-5.0%"


@pytest.mark.parametrize(
    ("lang", "role", "expected"),
    [
        ("it", "operatore", "32.000\u00a0USD – 35.000\u00a0USD all'anno"),
        ("en", "team_leader", "$38,000 – $44,000 per year"),
        ("it", "coordinatore", "63.000\u00a0USD – oltre 100.000\u00a0USD all'anno"),
        ("en", "coordinatore", "$63,000 – over $100,000 per year"),
    ],
)
def test_bands_read_as_the_sources_give_them(lang, role, expected):
    band = load_dataset(DEFAULT_DATASET).role(role).salary
    assert band is not None
    assert format_band(band, Translator(lang)) == expected


@pytest.mark.parametrize(
    ("requested", "browser", "expected"),
    [
        ("en", "it-IT", ("en", None)),
        ("IT", None, ("it", None)),
        (None, "en-GB", ("en", None)),
        (None, "de-DE", ("it", None)),
        (None, None, ("it", None)),
        ("xx", "en-US", ("en", "xx")),
        ("<script>", None, ("it", "<script>")),
    ],
)
def test_language_link_then_browser_then_italian(requested, browser, expected):
    assert resolve_language(requested, browser) == expected
