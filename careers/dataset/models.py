"""Pydantic models of a career-map dataset: the app's public file format (docs/data-format.md)."""

from __future__ import annotations

import hashlib
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

LANGUAGES: tuple[str, ...] = ("it", "en")
Language = Literal["it", "en"]

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
# Long enough for any paragraph of a job description, short enough to keep a page readable.
TextValue = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
# A ceiling that no real yearly salary reaches; above it a figure is a typo (or hostile).
MAX_PAY = 10_000_000


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


class SourceRef(Model):
    """Where a fact comes from: a source id and the section of that source."""

    source: Slug
    section: TextValue


class Source(Model):
    """A source article the dataset is built from."""

    id: Slug
    title: Text
    publisher: str | None = None
    language: str = "it"
    file: str | None = None
    sections: list[TextValue] = Field(default_factory=list)


class Item(Model):
    """One sourced fact: a duty, an activity, a training course, a work condition..."""

    id: Slug
    title: Text | None = None
    text: Text
    source: SourceRef


class Skill(Model):
    """A skill of the shared catalogue that roles refer to by id."""

    id: Slug
    name: Text
    area: Slug


class SkillArea(Model):
    """A group of skills, used to summarise coverage by area."""

    id: Slug
    name: Text


class RoleSkill(Model):
    """A skill a role asks for, with the source's own wording for that role."""

    skill: Slug
    note: Text | None = None
    source: SourceRef


EducationLevel = Literal["none", "high_school", "bachelor"]
Necessity = Literal["required", "preferred", "informative"]


class Qualification(Model):
    """An education or experience requirement as the source states it."""

    id: Slug
    text: Text
    necessity: Necessity = "informative"
    education_level: EducationLevel | None = None
    min_years: float | None = Field(default=None, ge=0, le=60)
    source: SourceRef


class SalaryBand(Model):
    """A pay band. `open_ended` means the source gives `max` as 'over max', not as a top."""

    currency: CurrencyCode
    period: Literal["year", "month", "hour"]
    min: float = Field(ge=0, le=MAX_PAY)
    max: float | None = Field(default=None, ge=0, le=MAX_PAY)
    open_ended: bool = False
    estimate: bool = False
    basis: Text | None = None
    source: SourceRef | None = None

    @model_validator(mode="after")
    def _coherent(self) -> SalaryBand:
        if self.max is not None and self.min > self.max:
            raise PydanticCustomError(
                "band_min_gt_max",
                "min ({min}) is greater than max ({max})",
                {"min": self.min, "max": self.max},
            )
        if self.max is None and not self.open_ended:
            raise PydanticCustomError(
                "band_open_needs_flag", "a band without max must be marked open_ended: true"
            )
        if self.estimate and self.basis is None:
            raise PydanticCustomError(
                "estimate_needs_basis", "an estimated band needs a basis saying how it was made"
            )
        if not self.estimate and self.source is None:
            raise PydanticCustomError(
                "band_needs_source", "a band needs a source, or estimate: true with a basis"
            )
        return self

    @property
    def midpoint(self) -> float | None:
        """The band's midpoint, or None when the band has no top."""
        if self.max is None or self.open_ended:
            return None
        return (self.min + self.max) / 2


class AlsoCalled(Model):
    """Another name a source uses for the same role."""

    name: Text
    source: SourceRef


class Role(Model):
    """A job: a rung of the ladder or a lateral move."""

    id: Slug
    title: Text
    track: Literal["ladder", "lateral"] = "ladder"
    also_called: list[AlsoCalled] = Field(default_factory=list)
    mapping: Text | None = None
    description: Item | None = None
    summary: Item | None = None
    responsibilities: list[Item] = Field(default_factory=list)
    skills: list[RoleSkill] = Field(default_factory=list)
    education: list[Qualification] = Field(default_factory=list)
    experience: list[Qualification] = Field(default_factory=list)
    salary: SalaryBand | None = None
    salary_note: Text | None = None


class Transition(Model):
    """A move between two roles: a promotion up the ladder or a lateral move."""

    from_role: Slug = Field(alias="from")
    to_role: Slug = Field(alias="to")
    kind: Literal["promotion", "lateral"]
    note: Text | None = None
    source: SourceRef


class Channel(Model):
    """Inbound or outbound work: who calls whom, the activities, the duties."""

    id: Slug
    name: Text
    who_calls: Item
    activities: list[Item] = Field(default_factory=list)
    duties: list[Item] = Field(default_factory=list)
    experience: list[Item] = Field(default_factory=list)


class FaqEntry(Model):
    """A question and answer from a source's FAQ."""

    id: Slug
    question: Text
    answer: Text
    source: SourceRef


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

    def role(self, role_id: str) -> Role:
        """Return the role with `role_id`; raise KeyError when there is none."""
        return self._index("roles")[role_id]

    def skill(self, skill_id: str) -> Skill:
        """Return the catalogue skill with `skill_id`; raise KeyError when there is none."""
        return self._index("skills")[skill_id]

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
        """A reference in words: `[1] Source title, § section`, or `[1] § section` when short."""
        for number, source in enumerate(self.sources, start=1):
            if source.id == ref.source:
                title = "" if short else f" {source.title.get(lang)},"
                return f"[{number}]{title} § {ref.section}"
        return f"{ref.source}, § {ref.section}"
