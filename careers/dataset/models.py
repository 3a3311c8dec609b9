"""The whole dataset: one YAML file, the app's public file format (docs/data-format.md).

Its parts have their own modules: `fields` (ids, texts, numbers), `sources` (sources and
sourced facts), `roles` (roles, pay bands, moves) and `questions` (FAQ, quiz, workshop).
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import Field

from careers.dataset.fields import Model, Slug, Text
from careers.dataset.questions import FaqEntry, QuizQuestion, WorkshopQuestion
from careers.dataset.roles import Role, Skill, SkillArea, Transition
from careers.dataset.sources import Item, Source, SourceRef


class Channel(Model):
    """Inbound or outbound work: who calls whom, the activities, the duties."""

    id: Slug
    name: Text
    who_calls: Item
    activities: list[Item] = Field(default_factory=list)
    duties: list[Item] = Field(default_factory=list)
    experience: list[Item] = Field(default_factory=list)


class PayStructure(Model):
    """Which work condition says how pay is made up, and the roles its source says it for."""

    item: Slug
    roles: list[Slug] = Field(default_factory=list)


class Dataset(Model):
    """A whole career map: one YAML file."""

    format_version: Literal[1]
    id: Slug
    name: Text
    description: Text | None = None
    sources: list[Source] = Field(min_length=1)
    ladder_note: Item | None = None
    skill_areas: list[SkillArea] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)
    roles: list[Role] = Field(min_length=1)
    transitions: list[Transition] = Field(default_factory=list)
    channels: list[Channel] = Field(default_factory=list)
    common_duties: list[Item] = Field(default_factory=list)
    script: Item | None = None
    training: list[Item] = Field(default_factory=list)
    work_conditions: list[Item] = Field(default_factory=list)
    pay_structure: PayStructure | None = None
    sectors: list[Item] = Field(default_factory=list)
    reasons: list[Item] = Field(default_factory=list)
    faq: list[FaqEntry] = Field(default_factory=list)
    # The quiz on the inbound / outbound page, and the FAQ entry the self-check applies
    # (experience standing in for education in senior roles): see docs/data-format.md.
    quiz: list[QuizQuestion] = Field(default_factory=list, max_length=20)
    experience_for_education_faq: Slug | None = None
    # Questions for a live workshop room, written for the app (not taken from the sources).
    workshop_questions: list[WorkshopQuestion] = Field(default_factory=list, max_length=200)

    def role(self, role_id: str) -> Role:
        """Return the role with `role_id`; raise KeyError when there is none."""
        role: Role = self._index("roles")[role_id]
        return role

    def skill(self, skill_id: str) -> Skill:
        """Return the catalogue skill with `skill_id`; raise KeyError when there is none."""
        skill: Skill = self._index("skills")[skill_id]
        return skill

    def fingerprint(self) -> str:
        """A digest of the whole content, computed once: equal data, equal fingerprint.

        Caches key figures and tables on it, so two sessions with the same data share them
        and an edited dataset never gets another's.
        """
        cached = self.__dict__.get("_fingerprint")
        if cached is None:
            cached = hashlib.sha256(self.model_dump_json().encode()).hexdigest()
            self.__dict__["_fingerprint"] = cached
        return cached

    def _index(self, field: str) -> dict[str, Any]:
        """Items of a list field by id, built once per list (pages look ids up per skill).

        The index is tied to the list object, so a `model_copy(update=...)` that replaces the
        list gets a fresh one; the first item wins on duplicate ids, as a linear search would.
        """
        items = getattr(self, field)
        cached = self.__dict__.get(f"_index_{field}")
        if cached is None or cached[0] is not items:
            index: dict[str, Any] = {}
            for item in items:
                index.setdefault(item.id, item)
            cached = (items, index)
            self.__dict__[f"_index_{field}"] = cached
        return cached[1]

    def cite(self, ref: SourceRef, lang: str, *, short: bool = False) -> str:
        """A reference in words: `[1] Source title, § section`, or `[1] § section` when short.

        Sources are named by their title, never by file name; on English pages a section with
        an English name shows it beside the source's own heading.
        """
        for number, source in enumerate(self.sources, start=1):
            if source.id == ref.source:
                title = "" if short else f" {source.label(lang)},"
                return f"[{number}]{title} § {source.section_label(ref.section, lang)}"
        return f"{ref.source}, § {ref.section}"

    def source_list(self, lang: str) -> list[str]:
        """The numbered sources behind every `[n]`: `[1] Title` each, in citation order."""
        return [f"[{n}] {s.label(lang)}" for n, s in enumerate(self.sources, start=1)]
