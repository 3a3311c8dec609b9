"""Numbers, money, percentages and salary bands formatted for a language with Babel."""

from __future__ import annotations

from copy import copy
from functools import lru_cache

from babel import Locale
from babel import numbers as babel_numbers

from careers.dataset.roles import SalaryBand
from careers.text.i18n import Translator

BABEL_LOCALES = {"it": "it_IT", "en": "en_US"}


@lru_cache(maxsize=8)
def _locale(lang: str) -> Locale:
    """The Babel locale behind a UI language."""
    return Locale.parse(BABEL_LOCALES.get(lang, "it_IT"))


# Below this, cents are part of the figure (an hourly 14.50); above it they are noise that a
# conversion adds (a yearly band shown per month), so they are not shown.
CENTS_BELOW = 1000


def money_digits(*amounts: float) -> int:
    """2 when any of the amounts has cents that matter (under CENTS_BELOW), else 0."""
    return 2 if any(abs(a) < CENTS_BELOW and round(a, 2) != round(a) for a in amounts) else 0


def _clean(value: float, digits: int) -> float:
    """`value` rounded as it will be shown, with -0.0 made 0.0.

    Rounding first means -0.4 shown without decimals is "0", never "-0"; and the caches below
    see one key for zero (lru_cache treats -0.0 and 0.0 as equal, so whichever came first
    would otherwise be shown to every session that asks for the other).
    """
    rounded = round(float(value), digits)
    return rounded if rounded != 0 else 0.0


def format_money(amount: float, currency: str, lang: str, digits: int | None = None) -> str:
    """Money in the language's own pattern: `32.000 USD` in Italian, `$14.50` in English.

    Without `digits`, cents are shown when the amount has them and is small (an hourly band).
    """
    places = money_digits(amount) if digits is None else digits
    return _money(_clean(amount, places), currency, lang, places)


@lru_cache(maxsize=4096)  # Babel takes ~0.5 ms a call; pages repeat the same figures
def _money(amount: float, currency: str, lang: str, digits: int) -> str:
    """format_money's work, on an amount already rounded and never -0.0."""
    locale = _locale(lang)
    pattern = copy(locale.currency_formats["standard"])
    pattern.frac_prec = (digits, digits)
    return str(pattern.apply(amount, locale, currency=currency, currency_digits=False))


def format_number(value: float, lang: str, digits: int = 0) -> str:
    """A plain number with the language's grouping and decimal marks."""
    return _number(_clean(value, digits), lang, digits)


@lru_cache(maxsize=4096)  # Babel takes ~0.5 ms a call; pages repeat the same figures
def _number(value: float, lang: str, digits: int) -> str:
    """format_number's work, on a value already rounded and never -0.0."""
    fmt = "#,##0" + ("." + "0" * digits if digits else "")
    return str(babel_numbers.format_decimal(value, format=fmt, locale=_locale(lang)))


def format_percent(ratio: float, lang: str, digits: int = 1, signed: bool = False) -> str:
    """A ratio as a percentage: 0.094 -> `9,4%` (it) or `9.4%` (en); `+22,4%` when signed."""
    clean = _clean(ratio, digits + 2)
    text = _percent(clean, lang, digits)
    return f"+{text}" if signed and clean > 0 else text


@lru_cache(maxsize=4096)  # Babel takes ~0.5 ms a call; pages repeat the same figures
def _percent(ratio: float, lang: str, digits: int) -> str:
    """format_percent's work, on a ratio already rounded and never -0.0."""
    fmt = "#,##0" + ("." + "0" * digits if digits else "") + "%"
    return str(babel_numbers.format_percent(ratio, format=fmt, locale=_locale(lang)))


def plotly_separators(lang: str) -> str:
    """Plotly's `layout.separators`: the decimal mark, then the thousands mark."""
    symbols = _locale(lang).number_symbols["latn"]
    return str(symbols["decimal"]) + str(symbols["group"])


def format_band(band: SalaryBand, t: Translator) -> str:
    """A band in words: `32.000 USD – 35.000 USD all'anno`, `63.000 USD – oltre 100.000 USD`."""
    # Both ends with cents when either has them: "14,00 € – 19,25 €", not "14 € – 19,25 €".
    digits = money_digits(band.min, *([band.max] if band.max is not None else []))
    low = format_money(band.min, band.currency, t.lang, digits)
    if band.max is None:
        text = t("band.from_only", low=low)
    else:
        high = format_money(band.max, band.currency, t.lang, digits)
        text = t("band.open" if band.open_ended else "band.closed", low=low, high=high)
    return f"{text} {t(f'period.{band.period}')}"
