"""Numbers typed the Italian or the English way are read as the person meant, or refused."""

from decimal import Decimal

import pytest

from careers.text.numbers import NumberError, number_text, parse_number


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2.300,50", "it", "2300.50"),
        ("2300,50", "it", "2300.50"),
        ("30.000", "it", "30000"),
        ("1,5", "it", "1.5"),
        ("0,92", "it", "0.92"),
        ("0,920", "it", "0.920"),
        ("1.234.567,8", "it", "1234567.8"),
        (" 2 300,5 € ", "it", "2300.5"),
        ("\u202f40", "it", "40"),
        ("-3,5", "it", "-3.5"),
        ("\u22123,5", "it", "-3.5"),
        ("2,300.50", "en", "2300.50"),
        ("30,000", "en", "30000"),
        ("1.5", "en", "1.5"),
        ("$2,300", "en", "2300"),
        ("EUR 40", "en", "40"),
        ("0", "en", "0"),
    ],
)
def test_reads_the_language_s_own_marks(text: str, lang: str, expected: str) -> None:
    assert parse_number(text, lang) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("", "it", "empty"),
        ("   ", "en", "empty"),
        ("€", "it", "empty"),
        ("2300.50", "it", "wrong_separator"),
        ("1.5", "it", "wrong_separator"),
        ("0.9200", "it", "wrong_separator"),
        ("2.30.0", "it", "wrong_separator"),
        ("2,300.50", "it", "wrong_separator"),
        ("2300,50", "en", "wrong_separator"),
        ("1,5", "en", "wrong_separator"),
        ("1.2.3", "en", "wrong_separator"),
        ("2,300", "it", "ambiguous"),
        ("2.300", "en", "ambiguous"),
        ("1e5", "en", "not_a_number"),
        ("inf", "en", "not_a_number"),
        ("NaN", "it", "not_a_number"),
        ("12abc", "it", "not_a_number"),
        ("--5", "it", "not_a_number"),
        (",5", "it", "not_a_number"),
        ("5,", "it", "not_a_number"),
        ("<script>", "en", "not_a_number"),
        ("1'000", "it", "wrong_separator"),
        ("9" * 41, "en", "too_long"),
    ],
)
def test_refuses_what_is_not_a_number_or_reads_two_ways(text: str, lang: str, code: str) -> None:
    with pytest.raises(NumberError) as caught:
        parse_number(text, lang)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (Decimal("2300.5"), "it", "2.300,5"),
        (Decimal("2300.5"), "en", "2,300.5"),
        (0.92, "it", "0,92"),
        (40.0, "it", "40"),
        (40.0, "en", "40"),
        (-0.0, "it", "0"),
        (32000, "it", "32.000"),
        (14.5, "en", "14.5"),
    ],
)
def test_numbers_are_shown_as_a_person_types_them(value: object, lang: str, expected: str) -> None:
    assert number_text(value, lang) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["it", "en"])
@pytest.mark.parametrize("value", ["0", "1.5", "2300.5", "30000", "1234567.25", "-12.75"])
def test_what_is_shown_reads_back_the_same(lang: str, value: str) -> None:
    assert parse_number(number_text(Decimal(value), lang), lang) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "lang", "phrases"),
    [
        ("2,300", "it", ["«2,300»", "2.300", "2,3"]),
        ("2.300", "en", ["“2.300”", "2,300", "2.3"]),
        ("2300.50", "it", ["«2300.50»", "virgola per i decimali"]),
        ("abc", "en", ["“abc”", "not a number"]),
    ],
)
def test_the_message_says_how_to_type_it(text: str, lang: str, phrases: list[str]) -> None:
    from careers.text.i18n import Translator
    from careers.text.numbers import number_message_fields

    with pytest.raises(NumberError) as caught:
        parse_number(text, lang)
    message = Translator(lang)(
        f"number.{caught.value.code}", **number_message_fields(caught.value, lang)
    )
    for phrase in phrases:
        assert phrase in message
