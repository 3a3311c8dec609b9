"""The translator: plural forms by each language's rules, and the language a link asks for."""

from __future__ import annotations

import pytest

from careers.text.i18n import Translator, load_strings, resolve_language


@pytest.fixture
def years(monkeypatch):
    """A translator whose strings include a count-aware message, in each language."""

    def make(lang: str) -> Translator:
        t = Translator(lang)
        forms = {
            "it": {"one": "{count} anno", "many": "{count} di anni", "other": "{count} anni"},
            "en": {"one": "{count} year", "other": "{count} years"},
        }[lang]
        strings = {**load_strings(lang), **{f"x.years.{k}": v for k, v in forms.items()}}
        monkeypatch.setattr(t, "strings", strings)
        return t

    return make


@pytest.mark.parametrize(
    ("lang", "count", "shown"),
    [
        ("it", 1, "1 anno"),
        ("it", 2, "2 anni"),
        ("it", 0, "0 anni"),
        ("it", 1.5, "1,5 anni"),
        ("en", 1, "1 year"),
        ("en", 2, "2 years"),
        ("en", 0, "0 years"),
        ("en", 1000, "1,000 years"),
    ],
)
def test_plural_follows_the_language_rules(years, lang, count, shown):
    assert years(lang).plural("x.years", count) == shown


def test_unknown_language_in_the_link_names_the_language_shown():
    # ?lang=de from an English browser: English, and the notice says English, not Italian.
    assert resolve_language("de", "en-GB") == ("en", "de")
    assert "English" in Translator("en")("app.unknown_language", value="de")
    assert resolve_language("de", None) == ("it", "de")
    assert "italiano" in Translator("it")("app.unknown_language", value="de")
