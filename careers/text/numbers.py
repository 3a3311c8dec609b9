"""Numbers typed by a person, read in the page's language: `2.300,50` (it), `2,300.50` (en).

A browser's number box reads `2300,50` as 230050 on an Italian page; these functions read text
with the language's own decimal and grouping marks (Babel's symbols), and refuse what could be
read two ways instead of guessing. Errors carry a code that the pages translate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

from careers.text.formatting import _locale

# Longer input is not a number anyone types; refusing it early keeps hostile text cheap.
MAX_LENGTH = 40
# Spaces people type inside numbers, and the no-break spaces some keyboards insert.
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_MINUS = "-\u2212"
# Currency signs a person may type beside an amount: read past, never interpreted.
_CURRENCY = re.compile(r"^(?:€|\$|£|EUR|USD|GBP)|(?:€|\$|£|EUR|USD|GBP)$", re.IGNORECASE)

NumberProblem = Literal["empty", "too_long", "not_a_number", "ambiguous", "wrong_separator"]


@dataclass(frozen=True)
class NumberError(ValueError):
    """Text that is not a number in the page's language; `code` names the problem."""

    code: NumberProblem
    text: str

    def __str__(self) -> str:
        """A short English description, for logs and tests; pages show a translated message."""
        return f"{self.code}: {self.text[:MAX_LENGTH]!r}"


def separators(lang: str) -> tuple[str, str]:
    """The decimal and grouping marks: (",", ".") in Italian, (".", ",") in English."""
    symbols = _locale(lang).number_symbols["latn"]
    return symbols["decimal"], symbols["group"]


def _grouped(integer: str, group: str) -> bool:
    """Whether `integer` uses `group` marks correctly: 1-3 digits, then groups of exactly 3."""
    return re.fullmatch(r"\d{1,3}(?:" + re.escape(group) + r"\d{3})+", integer) is not None


def parse_number(text: str, lang: str) -> Decimal:
    """Read a number typed on a page in `lang`.

    Accepted: digits with the language's decimal mark and, optionally, its grouping marks in
    groups of three (`2.300,50`, `30.000`, `1,5` in Italian; `2,300.50`, `30,000`, `1.5` in
    English); a leading minus; spaces; a currency sign before or after.

    Raises:
        NumberError: `empty`; `too_long`; `not_a_number` (letters, exponents, several signs);
            `wrong_separator` (the other language's marks, like `2300.50` on an Italian page, or
            grouping that is not in threes); `ambiguous` (only a decimal mark followed by exactly
            three digits, like `2,300` on an Italian page, which people with the other habit
            write for two thousand three hundred).
    """
    if len(text) > MAX_LENGTH:
        raise NumberError("too_long", text)
    cleaned = _SPACES.sub("", text)
    cleaned = _CURRENCY.sub("", cleaned)
    cleaned = _SPACES.sub("", cleaned)
    if not cleaned:
        raise NumberError("empty", text)
    negative = cleaned[0] in _MINUS
    body = cleaned[1:] if negative else cleaned
    decimal, group = separators(lang)
    if not body or not re.fullmatch(r"[0-9.,']+", body) or not body[0].isdigit():
        raise NumberError("not_a_number", text)
    if body.count(decimal) > 1:
        raise NumberError("wrong_separator", text)
    integer, _, fraction = body.partition(decimal)
    if group in fraction or "'" in body:
        raise NumberError("wrong_separator", text)
    if group in integer and not _grouped(integer, group):
        raise NumberError("wrong_separator", text)
    if decimal in body and not fraction:
        raise NumberError("not_a_number", text)
    if (
        decimal in body
        and group not in integer
        and len(fraction) == 3
        and integer.lstrip("0") != ""
        and len(integer) <= 3
    ):
        raise NumberError("ambiguous", text)
    digits = integer.replace(group, "")
    try:
        value = Decimal(f"{digits}.{fraction}" if fraction else digits)
    except InvalidOperation as exc:  # pragma: no cover - the pattern above admits only digits
        raise NumberError("not_a_number", text) from exc
    return -value if negative and value else value


def number_text(value: Decimal | float | int, lang: str, max_digits: int = 2) -> str:
    """A number as a person would type it back in `lang`: grouped, with up to `max_digits` decimals.

    The inverse of `parse_number` for what the pages show in their inputs (`2.300,5`, not
    `2300.50`); trailing zeros are dropped, and -0 is written 0.
    """
    quantum = Decimal(1).scaleb(-max_digits)
    amount = Decimal(str(value)).quantize(quantum).normalize()
    if amount == 0:
        amount = Decimal(0)
    decimal, group = separators(lang)
    sign = "-" if amount < 0 else ""
    integer, _, fraction = f"{abs(amount):f}".partition(".")
    grouped = f"{int(integer):,}".replace(",", group)
    return f"{sign}{grouped}{decimal}{fraction}" if fraction else f"{sign}{grouped}"


def number_message_fields(error: NumberError, lang: str) -> dict[str, str]:
    """The fields of the translated message `number.<code>`: the value (cut) and, for an
    ambiguous one, the two ways to type it unambiguously."""
    fields = {"value": error.text.strip()[:MAX_LENGTH]}
    if error.code == "ambiguous":
        decimal, group = separators(lang)
        integer, _, fraction = _SPACES.sub("", error.text).partition(decimal)
        integer = integer.lstrip(_MINUS)
        fields["as_thousands"] = f"{integer}{group}{fraction}"
        fields["as_decimal"] = f"{integer}{decimal}{fraction.rstrip('0') or '0'}"
    return fields
