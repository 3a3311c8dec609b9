"""Make dataset text safe to show through Markdown: it must read as typed, never act."""

from __future__ import annotations

import re

# Everything Markdown (and Streamlit's own extensions: :color[...], $math$, :emoji:) treats as
# syntax. Escaping it means a dataset cannot add links, images, HTML or formatting to a page.
_MARKDOWN_SYNTAX = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=^])")


# Ordinary white space only: a no-break space keeps an amount next to its currency.
_LINE_BREAKS = re.compile(r"[ \t\r\n\f\v]+")


def md_escape(text: str) -> str:
    """Escape `text` so st.markdown shows it literally, on one line of its own."""
    flat = _LINE_BREAKS.sub(" ", text).strip()
    return _MARKDOWN_SYNTAX.sub(r"\\\1", flat)
