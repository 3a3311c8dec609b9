"""UI strings from locales/*.yaml and the choice of language (link, then browser, then Italian)."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale
from babel.numbers import format_decimal

from careers.dataset.fields import LANGUAGES

DEFAULT_LANGUAGE = "it"
LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"
log = logging.getLogger(__name__)


def resolve_language(requested: str | None, browser_locale: str | None) -> tuple[str, str | None]:
    """Pick the UI language.

    Args:
        requested: the `?lang=` value from the link, if any.
        browser_locale: the browser's locale such as "en-GB", if known.

    Returns:
        (language, rejected): `rejected` is the link value that was not a supported language,
        so the page can say so; None when the link was fine or absent.
    """
    if requested:
        code = requested.strip().lower()
        if code in LANGUAGES:
            return code, None
    rejected = requested if requested else None
    if browser_locale:
        code = browser_locale.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code, rejected
    return DEFAULT_LANGUAGE, rejected


def _flatten(tree: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """Nested YAML mappings to dotted keys: {"a": {"b": "x"}} -> {"a.b": "x"}."""
    flat: dict[str, str] = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = str(value)
    return flat


def _locale_files(lang: str) -> list[Path]:
    """`locales/<lang>.yaml` (shared strings) then `locales/<lang>/*.yaml` (one per page)."""
    return [LOCALES_DIR / f"{lang}.yaml", *sorted((LOCALES_DIR / lang).glob("*.yaml"))]


@lru_cache(maxsize=len(LANGUAGES))
def load_strings(lang: str) -> dict[str, str]:
    """All UI strings of one language, keyed by dotted name.

    Each file owns its top-level sections; a section defined in two files is an error, so one
    page's strings can never silently replace another's.
    """
    tree: dict[str, Any] = {}
    for path in _locale_files(lang):
        with path.open(encoding="utf-8") as handle:
            part = yaml.safe_load(handle) or {}
        clash = sorted(set(tree) & set(part))
        if clash:
            raise ValueError(f"{path.name}: sections already defined elsewhere: {clash}")
        tree.update(part)
    return _flatten(tree)


class Translator:
    """Looks up UI strings of one language: `t("ladder.title")`, `t("x", n=3)`."""

    def __init__(self, lang: str):
        self.lang = lang
        self.strings = load_strings(lang)

    def __call__(self, key: str, **params: Any) -> str:
        """The string for `key`, with `{name}` placeholders filled from `params`."""
        text = self.strings.get(key)
        if text is None:
            # A missing key is a bug the locale test catches; users still get a readable page.
            log.warning("missing UI string %r for %s", key, self.lang)
            return key
        return text.format(**params) if params else text

    def plural(self, key: str, count: float, **params: Any) -> str:
        """The form of `key` for `count` by the language's plural rules: "1 anno", "2 anni".

        The locale file gives the forms under the key (`one:`, `other:`, and `many:` where the
        language has it); `{count}` is the number written the language's way.
        """
        form = Locale.parse(self.lang).plural_form(abs(count))
        name = f"{key}.{form}" if self.has(f"{key}.{form}") else f"{key}.other"
        shown = format_decimal(count, locale=self.lang)
        return self(name, count=shown, **params)

    def has(self, key: str) -> bool:
        """Whether `key` exists in this language."""
        return key in self.strings
