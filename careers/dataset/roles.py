"""Roles and the moves between them: skills, qualifications, pay bands, promotions."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from careers.dataset.fields import MAX_PAY, CurrencyCode, Model, Number, Slug, Text
from careers.dataset.sources import AlsoSources, Item, SourceRef


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
    # The source asks for it only in some settings ("in some contexts"): shown, never a gap.
    some_contexts: bool = False
    source: SourceRef


EducationLevel = Literal["none", "high_school", "bachelor"]
Necessity = Literal["required", "preferred", "informative"]


class Qualification(Model):
    """An education or experience requirement as the source states it."""

    id: Slug
    text: Text
    necessity: Necessity = "informative"
    education_level: EducationLevel | None = None
    min_years: Number | None = Field(default=None, ge=0, le=60)
    source: SourceRef


class SalaryBand(Model):
    """A pay band. `open_ended` means the source gives `max` as 'over max', not as a top."""

    currency: CurrencyCode
    period: Literal["year", "month", "hour"]
    min: Number = Field(ge=0, le=MAX_PAY)
    max: Number | None = Field(default=None, ge=0, le=MAX_PAY)
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
    also_sources: AlsoSources

    def references(self) -> list[SourceRef]:
        """Every source the move's note cites: its `source` first, then `also_sources`."""
        return [self.source, *self.also_sources]
