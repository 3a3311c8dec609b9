"""Numbers, money, percentages and salary bands formatted for a language with Babel."""

from __future__ import annotations

from copy import copy
from functools import lru_cache

from babel import Locale
from babel import numbers as babel_numbers

from careers.dataset.models import SalaryBand
from careers.text.i18n import Translator

BABEL_LOCALES = {"it": "it_IT", "en": "en_US"}


@lru_cache(maxsize=8)
def _locale(lang: str) -> Locale:
    """The Babel locale behind a UI language."""
    return Locale.parse(BABEL_LOCALES.get(lang, "it_IT"))


@lru_cache(maxsize=4096)  # Babel takes ~0.5 ms a call; pages repeat the same figures
def format_money(amount: float, currency: str, lang: str, digits: int = 0) -> str:
    """Money in the language's own pattern: `32.000 USD` in Italian, `$32,000` in English."""
    locale = _locale(lang)
    pattern = copy(locale.currency_formats["standard"])
    pattern.frac_prec = (digits, digits)
    return pattern.apply(amount, locale, currency=currency, currency_digits=False)


@lru_cache(maxsize=4096)  # Babel takes ~0.5 ms a call; pages repeat the same figures
def format_number(value: float, lang: str, digits: int = 0) -> str:
    """A plain number with the language's grouping and decimal marks."""
    fmt = "#,##0" + ("." + "0" * digits if digits else "")
    return babel_numbers.format_decimal(value, format=fmt, locale=_locale(lang))


@lru_cache(maxsize=4096)  # Babel takes ~0.5 ms a call; pages repeat the same figures
def format_percent(ratio: float, lang: str, digits: int = 1, signed: bool = False) -> str:
    """A ratio as a percentage: 0.094 -> `9,4%` (it) or `9.4%` (en); `+22,4%` when signed."""
    fmt = "#,##0" + ("." + "0" * digits if digits else "") + "%"
    text = babel_numbers.format_percent(ratio, format=fmt, locale=_locale(lang))
    return f"+{text}" if signed and ratio > 0 else text


def plotly_separators(lang: str) -> str:
    """Plotly's `layout.separators`: the decimal mark, then the thousands mark."""
    symbols = _locale(lang).number_symbols["latn"]
    return symbols["decimal"] + symbols["group"]


def format_band(band: SalaryBand, t: Translator) -> str:
    """A band in words: `32.000 USD – 35.000 USD all'anno`, `63.000 USD – oltre 100.000 USD`."""
    low = format_money(band.min, band.currency, t.lang)
    if band.max is None:
        text = t("band.from_only", low=low)
    elif band.open_ended:
        text = t("band.open", low=low, high=format_money(band.max, band.currency, t.lang))
    else:
        text = t("band.closed", low=low, high=format_money(band.max, band.currency, t.lang))
    return f"{text} {t(f'period.{band.period}')}"
