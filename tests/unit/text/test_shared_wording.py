"""Shared strings read as good Italian and English: quote marks, 'data', counts with plurals."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from careers import DatasetError, load_dataset
from careers.dataset.messages import describe
from careers.dataset.problems import Problem
from careers.text.i18n import LOCALES_DIR, Translator, _flatten
from tests.conftest import as_yaml, small_dataset

# Ladder and home strings are moving to their page files (owner: phone); checked there.
MOVING = ("ladder.", "home.")


def shared(lang: str) -> dict[str, str]:
    """The shared strings of `lang` (locales/<lang>.yaml), pages' own files left out."""
    tree = yaml.safe_load((LOCALES_DIR / f"{lang}.yaml").read_text(encoding="utf-8"))
    return {k: v for k, v in _flatten(tree).items() if not k.startswith(MOVING)}


@pytest.mark.parametrize(("lang", "foreign"), [("it", '“”"'), ("en", "«»")])
def test_each_language_uses_its_own_quote_marks(lang: str, foreign: str) -> None:
    wrong = {k: v for k, v in shared(lang).items() if any(mark in v for mark in foreign)}
    assert wrong == {}


def test_english_data_is_singular_and_informative_is_for_reference() -> None:
    strings = shared("en")
    plural_data = {k: v for k, v in strings.items() if "data are" in v or "hese data" in v}
    assert plural_data == {}
    assert strings["necessity.informative"] == "for reference"
    assert not any("for information" in v for v in strings.values())


def test_italian_job_description_is_not_a_calque() -> None:
    assert Translator("it")("nav.job_description") == "Descrizione della posizione"


def _problem(data: dict[str, Any]) -> Problem:
    """The first problem reported for `data`, which must be refused."""
    with pytest.raises(DatasetError) as caught:
        load_dataset(as_yaml(data))
    return caught.value.problems[0]


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [
        ("it", "almeno 1 elemento.", "massimo 4.000 caratteri"),
        ("en", "at least 1 item.", "at most 4,000 characters"),
    ],
)
def test_counted_problems_use_plural_forms(lang: str, one: str, many: str) -> None:
    t = Translator(lang)
    no_sources = {**small_dataset(), "sources": []}
    assert describe(_problem(no_sources), t).endswith(one)
    too_long = {**small_dataset(), "name": {"it": "x" * 4001, "en": "y"}}
    assert many in describe(_problem(too_long), t)


@pytest.mark.parametrize(("lang", "text"), [("it", "oltre 40 livelli"), ("en", "than 40 levels")])
def test_limit_messages_count_in_the_language(lang: str, text: str) -> None:
    with pytest.raises(DatasetError) as caught:
        load_dataset(b"a: " + b"[" * 50 + b"]" * 50)
    assert text in describe(caught.value.problems[0], Translator(lang))
