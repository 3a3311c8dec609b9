"""Sources and sourced facts: the articles a dataset cites, and a fact with its reference."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Discriminator, Field, StringConstraints, Tag

from careers.dataset.fields import Model, Slug, Text, TextValue


class SourceRef(Model):
    """Where a fact comes from: a source id and the section of that source."""

    source: Slug
    section: TextValue


class SectionName(Model):
    """A section heading in the source's language (`it`, the name references use) and in English."""

    it: TextValue
    en: TextValue


def _section_form(value: Any) -> str:
    """Which form a section is written in: a plain heading, or `{it: ..., en: ...}`."""
    return "heading" if isinstance(value, str) else "translated"


# A section is its heading as the source writes it; `{it:, en:}` adds an English name to show
# beside it on English pages. References name the `it` heading either way.
Section = Annotated[
    Annotated[TextValue, Tag("heading")] | Annotated[SectionName, Tag("translated")],
    Discriminator(_section_form),
]


class Source(Model):
    """A source article the dataset is built from."""

    id: Slug
    title: Text
    # Set when the title is not the source's own (an article without a title): says so.
    title_note: Text | None = None
    publisher: TextValue | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")] = "it"
    file: TextValue | None = None
    sections: list[Section] = Field(default_factory=list)

    def section_names(self) -> list[str]:
        """The headings references may name (the source's own wording)."""
        return [s if isinstance(s, str) else s.it for s in self.sections]

    def section_label(self, heading: str, lang: str) -> str:
        """`heading`, with its English name beside it on English pages when the data has one."""
        for section in self.sections:
            if isinstance(section, SectionName) and section.it == heading and lang == "en":
                return f"{section.it} ({section.en})"
        return heading

    def label(self, lang: str) -> str:
        """The source's title in `lang`, followed by its note when the title is not its own."""
        title = self.title.get(lang)
        return f"{title} ({self.title_note.get(lang)})" if self.title_note else title


# A fact that draws on more than one source (a note quoting both articles) lists the others
# here; a handful is plenty, more would be a bibliography rather than a citation.
AlsoSources = Annotated[list[SourceRef], Field(default_factory=list, max_length=5)]


class Item(Model):
    """One sourced fact: a duty, an activity, a training course, a work condition..."""

    id: Slug
    title: Text | None = None
    text: Text
    source: SourceRef
    also_sources: AlsoSources

    def references(self) -> list[SourceRef]:
        """Every source the fact cites: its `source` first, then `also_sources`."""
        return [self.source, *self.also_sources]
