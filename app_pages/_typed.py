"""Numbers a person types in a text box, read in the page's language (careers.text.numbers).

A browser's number box misreads Italian digits (`2300,50` as 230050), so pages use text boxes:
the box shows the value the page's way (`0,92`), a good entry replaces the value, and a bad or
ambiguous one leaves the previous value in place with a translated message. The value lives
under its own session key, not the box's, so it survives a page switch (Streamlit forgets the
state of a box that is not drawn) and is rewritten when the language changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from careers.text.numbers import NumberError, number_message_fields, number_text, parse_number


@dataclass(frozen=True)
class TypedNumber:
    """One typed number: its value's session key, its limits, and whether it may be empty."""

    key: str
    low: float
    high: float
    optional: bool = False
    digits: int = 2

    @property
    def box(self) -> str:
        """The text box's widget key."""
        return f"{self.key}_text"

    @property
    def _error(self) -> str:
        return f"{self.key}_error"

    @property
    def _lang(self) -> str:
        return f"{self.key}_lang"

    def value(self) -> float | None:
        """The last good value."""
        value = st.session_state.get(self.key)
        return None if value is None else float(value)

    def prepare(self, lang: str, default: float | None) -> None:
        """Start at `default`; write the box the page's way when it is new or the language changed.

        Call before the box is drawn.
        """
        state = st.session_state
        state.setdefault(self.key, default)
        if self.box not in state or state.get(self._lang) != lang:
            value = state[self.key]
            state[self.box] = "" if value is None else number_text(value, lang, self.digits)
            state[self._lang] = lang
            state.pop(self._error, None)

    def set(self, value: float | None) -> None:
        """Replace the value (from a link or a reset); the box is rewritten on the next draw."""
        st.session_state[self.key] = value
        st.session_state.pop(self.box, None)
        st.session_state.pop(self._error, None)

    def reader(self, lang: str) -> Callable[[], None]:
        """The box's on_change: parse the text; keep the previous value when it is not usable."""

        def read() -> None:
            state = st.session_state
            text = str(state.get(self.box) or "")
            if not text.strip() and self.optional:
                state[self.key] = None
                state.pop(self._error, None)
                return
            try:
                value = float(parse_number(text, lang))
            except NumberError as error:
                state[self._error] = (f"number.{error.code}", number_message_fields(error, lang))
                return
            if not self.low <= value <= self.high:
                fields = {
                    "value": text.strip()[:40],
                    "low": number_text(self.low, lang, self.digits),
                    "high": number_text(self.high, lang, self.digits),
                }
                state[self._error] = ("salaries.number_range", fields)
                return
            state[self.key] = value
            state.pop(self._error, None)

        return read

    def message(self, t: Translator) -> str | None:
        """The translated problem with the last entry, or None."""
        error = st.session_state.get(self._error)
        if error is None:
            return None
        # The typed text is the user's: escaped before it reaches Markdown.
        return t(error[0], **{name: md_escape(text) for name, text in error[1].items()})
