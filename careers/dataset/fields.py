"""Building blocks of the dataset format: ids, texts in both languages, numbers, the base model."""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, Strict, StringConstraints
from pydantic_core import PydanticCustomError

LANGUAGES: tuple[str, ...] = ("it", "en")
Language = Literal["it", "en"]

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
# Control characters other than tab and line breaks: a title with BEL or ESC in it, written
# raw or as a "\x07" escape, is a broken file, never text a reader should get.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _readable(text: str) -> str:
    """Refuse control characters and text that has nothing visible (only zero-width marks)."""
    bad = _CONTROL.search(text)
    if bad:
        raise PydanticCustomError(
            "text_control",
            "control character {char} in a text",
            {"char": f"U+{ord(bad.group()):04X}"},
        )
    # Letters, digits, marks, punctuation and symbols show; spaces (Z*) and format or
    # private characters (C*: soft hyphen, zero-width space, word joiner, BOM) do not.
    if not any(unicodedata.category(char)[0] not in "ZC" for char in text):
        raise PydanticCustomError("text_invisible", "the text has no visible character")
    return text


# Long enough for any paragraph of a job description, short enough to keep a page readable.
TextValue = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=4000),
    AfterValidator(_readable),
]
# A ceiling that no real yearly salary reaches; above it a figure is a typo (or hostile).
MAX_PAY = 10_000_000


def _no_negative_zero(value: float) -> float:
    """-0.0 becomes 0.0: the same amount, and nothing downstream can print it as "-0"."""
    return value + 0.0


# A number written as a number: strict refuses true/yes/on (YAML booleans, which pydantic
# would otherwise read as 1), as the JSON Schema does; no infinity or NaN.
Number = Annotated[float, Strict(), Field(allow_inf_nan=False), AfterValidator(_no_negative_zero)]


class Model(BaseModel):
    """Base of every dataset model: unknown keys are errors and loaded data is immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Text(Model):
    """A human-readable text in both languages of the app."""

    it: TextValue
    en: TextValue

    def get(self, lang: str) -> str:
        """Return the text in `lang`, falling back to Italian, the sources' language."""
        return self.en if lang == "en" else self.it
