"""'Am I ready?': a job seeker's answers scored against what the sources ask of each role.

The rule, shown on the page as it is applied here:
- every skill a role asks for weighs 1 point (the sources do not rank skills); a skill asked
  for only in some settings (`some_contexts`) is shown beside the result, neither scored nor
  counted as missing;
- every education or experience requirement weighs 2 points when `required`, 1 when
  `preferred`; `informative` items weigh nothing and are shown as notes;
- an education requirement is met when the answer's level reaches its `education_level`;
- an experience requirement is met when the years of customer-service or call-center experience
  reach its `min_years` (any experience when it gives none); in a senior role (two or more
  promotions above the entry role) it also needs experience leading a team, because the sources
  describe those roles as reached by working up the ladder;
- the sources' FAQ says significant experience can stand in for formal education in senior
  roles: when the dataset names that FAQ entry (`experience_for_education_faq`), a senior
  role's missing education counts as met for someone who meets all of that role's experience
  requirements and has led a team.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal, TypedDict

from careers.compare.pair import comparable_roles
from careers.dataset.models import Dataset
from careers.dataset.questions import FaqEntry
from careers.dataset.roles import Qualification, Role, RoleSkill
from careers.ladder.graph import ladder_levels, promotions
from careers.self_check.answers import EDUCATION_LEVELS, Answers

WEIGHTS = {"required": 2, "preferred": 1, "informative": 0}
SKILL_WEIGHT = 1
# Promotions above the entry role from which a role counts as senior.
SENIOR_LEVEL = 2

Reason = Literal[
    "ticked",
    "not_ticked",
    "level_ok",
    "level_low",
    "years_ok",
    "years_short",
    "needs_leadership",
    "experience_for_education",
]


@dataclass(frozen=True)
class Check:
    """One thing a role asks for, its weight, and whether the answers meet it (and why)."""

    kind: Literal["skill", "education", "experience"]
    weight: int
    met: bool
    reason: Reason
    skill: RoleSkill | None = None
    qualification: Qualification | None = None

    @property
    def requirement(self) -> Qualification:
        """The education or experience requirement checked (not for skill checks)."""
        if self.qualification is None:
            raise TypeError(f"a {self.kind} check has no qualification")
        return self.qualification

    @property
    def role_skill(self) -> RoleSkill:
        """The skill checked (only for skill checks)."""
        if self.skill is None:
            raise TypeError(f"a {self.kind} check has no skill")
        return self.skill


@dataclass(frozen=True)
class RoleResult:
    """How the answers measure up to one role."""

    role: Role
    senior: bool
    checks: list[Check]
    notes: list[Qualification]
    # Skills the sources ask for only in some settings: shown, neither scored nor missing.
    some_contexts: list[RoleSkill] = field(default_factory=list)
    faq_rule: FaqEntry | None = None
    faq_applied: bool = False
    next_rungs: list[tuple[Role, list[Check]]] = field(default_factory=list)

    @property
    def points(self) -> int:
        """Points of the requirements met."""
        return sum(c.weight for c in self.checks if c.met)

    @property
    def total(self) -> int:
        """Points of everything the role asks for."""
        return sum(c.weight for c in self.checks)

    @property
    def score(self) -> float | None:
        """Points met over total points, or None when the sources ask nothing of the role."""
        return self.points / self.total if self.total else None

    @property
    def met(self) -> list[Check]:
        """The requirements the answers meet."""
        return [c for c in self.checks if c.met]

    @property
    def missing(self) -> list[Check]:
        """The requirements still to meet, heaviest first."""
        return sorted((c for c in self.checks if not c.met), key=lambda c: -c.weight)


def faq_rule(dataset: Dataset) -> FaqEntry | None:
    """The FAQ entry saying experience can replace education in senior roles, if the dataset
    names one (`experience_for_education_faq`) and has it."""
    wanted = dataset.experience_for_education_faq
    return next((f for f in dataset.faq if wanted is not None and f.id == wanted), None)


def _education_met(answers: Answers, q: Qualification) -> bool:
    """Whether the answer's education level reaches the requirement's level."""
    level = q.education_level or "none"
    return EDUCATION_LEVELS.index(answers.education) >= EDUCATION_LEVELS.index(level)


def _experience_check(answers: Answers, q: Qualification, senior: bool) -> Check:
    """An experience requirement against the years (and, in senior roles, leadership)."""
    weight = WEIGHTS[q.necessity]
    enough = answers.years >= q.min_years if q.min_years is not None else answers.years > 0
    if not enough:
        return Check("experience", weight, False, "years_short", qualification=q)
    if senior and not answers.leadership:
        return Check("experience", weight, False, "needs_leadership", qualification=q)
    return Check("experience", weight, True, "years_ok", qualification=q)


def _requirement_checks(role: Role, answers: Answers, senior: bool) -> list[Check]:
    """Education and experience requirements that carry weight, checked against the answers."""
    checks = []
    for q in role.education:
        if q.necessity == "informative":
            continue
        met = _education_met(answers, q)
        reason: Reason = "level_ok" if met else "level_low"
        checks.append(Check("education", WEIGHTS[q.necessity], met, reason, qualification=q))
    checks += [
        _experience_check(answers, q, senior)
        for q in role.experience
        if q.necessity != "informative"
    ]
    return checks


def assess_role(dataset: Dataset, role_id: str, answers: Answers) -> RoleResult:
    """Score the answers against one role and list what the next rungs up will ask.

    Raises:
        KeyError: when `role_id` is not a role of the dataset.
    """
    return _assess(dataset, dataset.role(role_id), answers, ladder_levels(dataset), _ups(dataset))


def _ups(dataset: Dataset) -> dict[str, list[str]]:
    """Role id → the roles its promotions lead to, in file order."""
    ups: dict[str, list[str]] = {}
    for move in promotions(dataset):
        ups.setdefault(move.from_role, []).append(move.to_role)
    return ups


def _assess(
    dataset: Dataset,
    role: Role,
    answers: Answers,
    levels: dict[str, int],
    ups: dict[str, list[str]],
) -> RoleResult:
    """`assess_role` with the ladder's levels and promotions worked out once by the caller."""
    level = levels.get(role.id)
    senior = role.track == "ladder" and level is not None and level >= SENIOR_LEVEL
    checks = [
        Check(
            "skill",
            SKILL_WEIGHT,
            s.skill in answers.skills,
            "ticked" if s.skill in answers.skills else "not_ticked",
            skill=s,
        )
        for s in role.skills
        if not s.some_contexts
    ]
    checks += _requirement_checks(role, answers, senior)
    rule = faq_rule(dataset) if senior else None
    applied = False
    experience = [c for c in checks if c.kind == "experience" and c.weight == WEIGHTS["required"]]
    if rule and answers.leadership and answers.years > 0 and all(c.met for c in experience):
        replaced = []
        for check in checks:
            if check.kind == "education" and not check.met:
                check = replace(check, met=True, reason="experience_for_education")
                applied = True
            replaced.append(check)
        checks = replaced
    notes = [q for q in (*role.education, *role.experience) if q.necessity == "informative"]
    next_rungs = []
    for upper_id in ups.get(role.id, []):
        upper = dataset.role(upper_id)
        upper_level = levels.get(upper.id, 0)
        next_rungs.append((upper, _requirement_checks(upper, answers, upper_level >= SENIOR_LEVEL)))
    contextual = [s for s in role.skills if s.some_contexts]
    return RoleResult(role, senior, checks, notes, contextual, rule, applied, next_rungs)


def assess_all(dataset: Dataset, answers: Answers) -> list[RoleResult]:
    """The answers against every role: the ladder from the entry up, then lateral roles."""
    levels, ups = ladder_levels(dataset), _ups(dataset)
    return [_assess(dataset, r, answers, levels, ups) for r in comparable_roles(dataset)]


def skills_in_areas(dataset: Dataset) -> list[tuple[str, list[str]]]:
    """The catalogue's skill ids grouped by area, areas and skills in file order."""
    groups: dict[str, list[str]] = {a.id: [] for a in dataset.skill_areas}
    for skill in dataset.skills:
        groups.setdefault(skill.area, []).append(skill.id)
    return [(area, ids) for area, ids in groups.items() if ids]


class CoverageRow(TypedDict):
    """One bar of the coverage chart: a skill area, or education, or experience."""

    group: Literal["skill", "education", "experience"]
    label: str
    met: int
    total: int


def coverage_by_area(dataset: Dataset, result: RoleResult, lang: str) -> list[CoverageRow]:
    """Rows for the coverage chart: per skill area of the role, then education and experience.

    Each row: `group` ("skill", "education" or "experience"), `label` (area name for skills,
    empty otherwise: the page names those two), `met` and `total` counts of items.
    """
    names = {a.id: a.name.get(lang) for a in dataset.skill_areas}
    rows: dict[str, CoverageRow] = {}
    for check in result.checks:
        if check.kind == "skill":
            area = dataset.skill(check.role_skill.skill).area
            key, label = f"skill:{area}", names.get(area, area)
        else:
            key, label = check.kind, ""
        row = rows.setdefault(key, CoverageRow(group=check.kind, label=label, met=0, total=0))
        row["total"] += 1
        row["met"] += int(check.met)
    order = {"skill": 0, "education": 1, "experience": 2}
    return sorted(rows.values(), key=lambda r: order[r["group"]])
