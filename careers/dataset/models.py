"""Pydantic models of a career-map dataset: the app's public file format (docs/data-format.md)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Strict,
    StringConstraints,
    Tag,
    model_validator,
)
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


# --- The inbound / outbound quiz and the self-check's FAQ rule (owned by the channels and
# self-check features; kept together so the format addition is in one place) ---


class QuizOption(Model):
    """An answer of the quiz: its words, its points to each side, the items it is drawn from."""

    id: Slug
    text: Text
    # Strict: `yes` or "2" in a file is not a number of points.
    inbound: Annotated[int, Strict()] = Field(ge=0, le=10)
    outbound: Annotated[int, Strict()] = Field(ge=0, le=10)
    evidence: list[Slug] = Field(default_factory=list)


class QuizQuestion(Model):
    """A question of the "which suits me?" quiz, in the app's words, with its answers."""

    id: Slug
    text: Text
    options: list[QuizOption] = Field(min_length=2, max_length=6)


class PayStructure(Model):
    """Which work condition says how pay is made up, and the roles its source says it for."""

    item: Slug
    roles: list[Slug] = Field(default_factory=list)


class WorkshopOption(Model):
    """One answer a workshop question offers."""

    id: Slug
    text: Text


class WorkshopQuestion(Model):
    """A question the workshop asks the room at one rung: the app's own, not a sourced fact."""

    id: Slug
    role: Slug
    text: Text
    options: list[WorkshopOption] = Field(min_length=2, max_length=8)


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
