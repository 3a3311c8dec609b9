"""The defects of issue 12 on the dataset side: each refused (or shown right), in both languages."""

from __future__ import annotations

import time

import pytest

from careers import DatasetError, load_dataset
from careers.dataset.messages import describe
from careers.dataset.problems import Problem
from careers.text.formatting import format_band, format_money
from careers.text.i18n import Translator
from tests.conftest import as_yaml

LANGS = ("it", "en")


def problems_of(raw: bytes) -> list[Problem]:
    """The problems load_dataset reports for `raw` (the test fails if it loads)."""
    with pytest.raises(DatasetError) as caught:
        load_dataset(raw)
    return caught.value.problems


def messages(raw: bytes, lang: str) -> list[str]:
    """Every problem of `raw` as the user reads it in `lang`."""
    return [describe(p, Translator(lang)) for p in problems_of(raw)]


def replace(raw: bytes, old: str, new: str) -> bytes:
    """`raw` with the first `old` replaced by `new` (the test fails when `old` is absent)."""
    text = raw.decode()
    assert old in text
    return text.replace(old, new, 1).encode()


@pytest.mark.parametrize("lang", LANGS)
def test_1_self_referencing_alias_is_a_clear_error(small, lang):
    raw = as_yaml(small) + b"extra: &loop [*loop]\n"
    started = time.perf_counter()
    [problem] = problems_of(raw)
    assert time.perf_counter() - started < 1
    assert problem.code == "alias_cycle" and problem.line == raw.decode().count("\n")
    text = describe(problem, Translator(lang))
    assert ("se stessa" if lang == "it" else "itself") in text


@pytest.mark.parametrize("lang", LANGS)
def test_5_a_key_written_twice_is_refused_at_its_second_line(small, lang):
    raw = replace(as_yaml(small), "    max: 24000\n", "    max: 24000\n    max: 99000\n")
    [problem] = problems_of(raw)
    assert problem.line is not None
    second = raw.decode().splitlines()[problem.line - 1]
    assert problem.code == "duplicate_key" and second.strip() == "max: 99000"
    assert problem.where() == "roles[0].salary.max"
    text = describe(problem, Translator(lang))
    assert f"{'riga' if lang == 'it' else 'line'} {problem.line - 1}" in text
    assert ("«max»" if lang == "it" else "“max”") in text


@pytest.mark.parametrize("lang", LANGS)
def test_6_italian_thousands_are_refused_with_the_way_to_write_them(small, lang):
    raw = replace(as_yaml(small), "min: 20000", "min: 24.000")
    [problem] = problems_of(raw)
    assert (problem.code, problem.where()) == ("number_thousands", "roles[0].salary.min")
    text = describe(problem, Translator(lang))
    assert "24000" in text and ("virgolette" if lang == "it" else "quotes") in text
    assert ", colonna " if lang == "it" else ", column " in text


@pytest.mark.parametrize("written", ["0x5DC0", "24_000", "6:40", ".inf", ".nan"])
def test_numbers_in_other_notations_are_refused(small, written):
    raw = replace(as_yaml(small), "min: 20000", f"min: {written}")
    [problem] = problems_of(raw)
    assert (problem.code, problem.params["value"]) == ("number_format", written)


def test_7_negative_zero_is_stored_and_shown_as_zero(small):
    small["roles"][0]["salary"].update(min=-0.0, max=-0.0)
    band = load_dataset(as_yaml(small)).roles[0].salary
    assert band is not None
    assert str(band.min) == "0.0" and str(band.max) == "0.0"
    for lang in LANGS:
        assert "-" not in format_band(band, Translator(lang)).split("–")[0]


def test_7_the_money_cache_keeps_zero_and_negative_zero_apart():
    first = format_money(-0.0, "EUR", "it")
    assert first == format_money(0.0, "EUR", "it") == "0\xa0€"
    assert format_money(-0.2, "USD", "en") == "-$0.20"
    assert format_money(-0.001, "USD", "en") == "$0"


@pytest.mark.parametrize(("lang", "shown"), [("it", "14,50\xa0€"), ("en", "€19.25")])
def test_8_hourly_bands_keep_their_cents(small, lang, shown):
    small["roles"][0]["salary"].update(period="hour", min=14.5, max=19.25)
    band = load_dataset(as_yaml(small)).roles[0].salary
    assert band is not None
    assert shown in format_band(band, Translator(lang))


@pytest.mark.parametrize("written", ["yes", "on", "true", "True", "y"])
def test_9_yes_on_true_are_not_numbers(small, written):
    raw = replace(as_yaml(small), "min: 20000", f"min: {written}")
    for lang in LANGS:
        [text] = messages(raw, lang)
        assert "roles[0].salary.min" in text and ("numero" if lang == "it" else "number") in text
        # quoted as the user typed it, not as Python's True
        assert written in text or written == "y"


@pytest.mark.parametrize("title", ["\u200b", "\u00ad\u2060", "\ufeff", " \u200b "])
def test_10_a_title_of_invisible_characters_is_refused(small, title):
    small["roles"][0]["title"]["it"] = title
    [problem] = problems_of(as_yaml(small))
    assert (problem.code, problem.where()) == ("schema.text_invisible", "roles[0].title.it")


@pytest.mark.parametrize("escape", ["\\0", "\\a", "\\e", "\\x07", "\\u001b"])
def test_10_escaped_control_characters_are_refused_like_raw_ones(small, escape):
    raw = replace(as_yaml(small), "it: Agente", f'it: "Agente{escape}"')
    [problem] = problems_of(raw)
    assert (problem.code, problem.where()) == ("schema.text_control", "roles[0].title.it")
    assert problem.line is not None


@pytest.mark.parametrize("lang", LANGS)
def test_11_yaml_syntax_errors_are_translated_with_line_and_column(lang):
    raw = b"format_version: 1\nid: x\n---\nid: y\n"
    [text] = messages(raw, lang)
    assert ("riga 3, colonna 1" if lang == "it" else "line 3, column 1") in text
    assert ("più di un documento YAML" if lang == "it" else "more than one YAML document") in text
    assert "but found" not in text


@pytest.mark.parametrize(
    "raw",
    [
        b"a: b: c\n",
        b"a:\n  b: 1\n c: 2\n",
        b'a: "abc\n',
        b"a: *x\n",
        b"a:\n\tb: 1\n",
        b"a: [1, 2\n",
        b"a: {b: 1\n",
        b'a: "\\q"\n',
        b"a: !foo x\n",
        b"- a\nb: 1\n",
        b"%FOO\n---\na: 1\n",
        b"a: |\n b\nc\n",
    ],
)
def test_11_no_english_from_the_parser_on_italian_pages(raw):
    [problem] = problems_of(raw)
    assert problem.code.startswith("yaml.") and problem.code != "yaml.other"
    text = describe(problem, Translator("it"))
    english = ("found", "expected", "while", "scanning", "parsing", "mapping values")
    assert not any(word in text for word in english), text
    assert "riga" in text and "colonna" in text


@pytest.mark.parametrize("lang", LANGS)
def test_12_a_raw_control_character_is_placed_by_line_and_column(small, lang):
    raw = replace(as_yaml(small), "it: Agente", "it: Age\x07nte")
    [problem] = problems_of(raw)
    line = next(i for i, text in enumerate(raw.decode().splitlines(), 1) if "\x07" in text)
    assert (problem.code, problem.line) == ("control_char", line)
    text = describe(problem, Translator(lang))
    assert "U+0007" in text and ("riga" if lang == "it" else "line") in text
    assert "position" not in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_13_utf16_files_are_told_to_save_as_utf8(small, lang, codec):
    raw = as_yaml(small).decode().encode(codec)
    [problem] = problems_of(raw)
    assert problem.code == "utf16"
    assert "UTF-8" in describe(problem, Translator(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_14_quoted_format_version_says_to_write_the_number(small, lang):
    raw = replace(as_yaml(small), "format_version: 1", 'format_version: "1"')
    [text] = messages(raw, lang)
    assert "format_version: 1" in text and "«1»" not in text and "“1”" not in text


@pytest.mark.parametrize(("key", "shown"), [("1", "1"), ("~", "~"), ("true", "true")])
def test_15_keys_that_are_not_text_get_their_own_path_and_line(small, key, shown):
    raw = replace(as_yaml(small), "  track: lateral\n", f"  track: lateral\n  {key}: x\n")
    [problem] = problems_of(raw)
    assert problem.line is not None
    line = raw.decode().splitlines()[problem.line - 1]
    assert problem.code == "key_not_text" and line.strip() == f"{key}: x"
    assert problem.where() == "roles[2]" and problem.params["name"] == shown
    for lang in LANGS:
        assert "None" not in describe(problem, Translator(lang))


def test_16_field_errors_and_reference_errors_come_in_one_report(small):
    small["roles"][0]["salary"]["min"] = "lots"
    small["transitions"][0]["to"] = "ghost"
    small["roles"][1]["skills"][0]["skill"] = "juggling"
    codes = {(p.code, p.where()) for p in problems_of(as_yaml(small))}
    assert codes == {
        ("schema.float_type", "roles[0].salary.min"),
        ("unknown_role", "transitions[0].to"),
        ("unknown_skill", "roles[1].skills[0].skill"),
    }


def test_a_lateral_move_written_both_ways_is_valid_data(small):
    small["transitions"].append(
        {
            "from": "desk",
            "to": "agent",
            "kind": "lateral",
            "source": small["transitions"][0]["source"],
        }
    )
    assert len(load_dataset(as_yaml(small)).transitions) == 3


@pytest.mark.parametrize("lang", LANGS)
def test_sections_with_an_english_name_show_it_beside_the_italian(small, lang):
    small["sources"][0]["sections"] = [{"it": "Roles", "en": "The roles"}]
    dataset = load_dataset(as_yaml(small))
    ref = dataset.transitions[0].source
    cited = dataset.cite(ref, lang)
    assert cited.endswith("§ Roles (The roles)" if lang == "en" else "§ Roles")
