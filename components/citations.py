"""Citations that inform without drowning the page: a small numbered mark after each fact.

A page makes one `Citations` for its dataset and language. `marks(refs)` numbers each distinct
(source, section) once, in the order facts appear, and returns the superscript markers to put
after the fact (one per source it cites: a fact with `also_sources` gets a mark for each).
`show_notes(numbers)` puts a section's full citations one tap away (a popover); and
`show_all(...)` lists every note and every source once, at the end of the page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import streamlit as st

from careers.dataset.models import Dataset
from careers.dataset.sources import SourceRef
from careers.text.i18n import Translator
from careers.text.markdown import md_escape

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# Between two marks of one fact: a narrow no-break space, so ¹ ² never reads as ¹².
_MARK_GAP = "\u202f"


def superscript(number: int) -> str:
    """`12` -> `¹²`: a footnote number that sits after a word without taking a line."""
    return str(number).translate(_SUPERSCRIPT)


@dataclass
class Citations:
    """The notes of one page: each cited (source, section) numbered once, in order of use."""

    dataset: Dataset
    t: Translator
    _numbers: dict[tuple[str, str], int] = field(default_factory=dict)
    _refs: list[SourceRef] = field(default_factory=list)

    def number(self, ref: SourceRef) -> int:
        """The note number of `ref`, given the next free one the first time it is cited."""
        key = (ref.source, str(ref.section))
        if key not in self._numbers:
            self._numbers[key] = len(self._refs) + 1
            self._refs.append(ref)
        return self._numbers[key]

    def mark(self, ref: SourceRef) -> str:
        """The grey superscript note number to put right after a fact (Markdown)."""
        return self.marks([ref])

    def marks(self, refs: Iterable[SourceRef]) -> str:
        """The grey superscript note numbers of every source of one fact (Markdown)."""
        numbers = numbers_of(self, list(refs))
        return f":gray[{_MARK_GAP.join(superscript(n) for n in numbers)}]"

    def note(self, number: int) -> str:
        """Note `number` in words, escaped: `¹ [1] Source title, § section`."""
        ref = self._refs[number - 1]
        return f"{superscript(number)} {md_escape(self.dataset.cite(ref, self.t.lang))}"

    @property
    def count(self) -> int:
        """How many notes the page has so far."""
        return len(self._refs)


def numbers_of(citations: Citations, refs: list[SourceRef]) -> list[int]:
    """The distinct note numbers of `refs`, in order (numbering the new ones)."""
    return list(dict.fromkeys(citations.number(ref) for ref in refs))


def show_notes(citations: Citations, numbers: list[int]) -> None:
    """A small "sources" button whose popover gives these notes in full, in number order
    (nothing if none)."""
    if not numbers:
        return
    numbers = sorted(numbers)
    marks = " ".join(superscript(n) for n in numbers)
    with st.popover(
        citations.t("citations.here", marks=marks), icon=":material/menu_book:", width="content"
    ):
        st.markdown("\n".join(f"- {citations.note(n)}" for n in numbers))


def sources_lines(dataset: Dataset, t: Translator) -> list[str]:
    """Every source of the dataset once, numbered as `dataset.cite` numbers them, escaped."""
    return [
        md_escape(f"[{n}] {source.title.get(t.lang)}")
        + (f" — {md_escape(source.publisher)}" if source.publisher else "")
        for n, source in enumerate(dataset.sources, start=1)
    ]


def show_all(citations: Citations) -> None:
    """The page's notes and sources, listed once at its end, folded away until opened."""
    t = citations.t
    with st.expander(t("citations.all"), icon=":material/menu_book:"):
        if citations.count:
            st.markdown("\n".join(f"- {citations.note(n)}" for n in range(1, citations.count + 1)))
        st.markdown(f"**{t('common.sources')}**")
        st.markdown("\n".join(f"- {line}" for line in sources_lines(citations.dataset, t)))
