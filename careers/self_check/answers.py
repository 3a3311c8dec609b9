"""A job seeker's answers to the self-check: what they hold, read from a link or a typed box."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from careers.dataset.models import Dataset
from careers.dataset.roles import EducationLevel
from careers.text.numbers import parse_number

EDUCATION_LEVELS: tuple[EducationLevel, ...] = ("none", "high_school", "bachelor")
MAX_YEARS = 60.0
# The locale key naming each education level, for the form and the downloaded plan alike.
EDUCATION_KEYS: dict[EducationLevel, str] = {
    level: f"self_check.edu.{level}" for level in EDUCATION_LEVELS
}
# A link value longer than this is not a list of answers anyone typed: it is ignored.
MAX_PARAM_LENGTH = 4000


@dataclass(frozen=True)
class Answers:
    """What the job seeker says they have."""

    skills: frozenset[str] = frozenset()
    education: EducationLevel = "none"
    years: float = 0.0
    leadership: bool = False


class YearsError(ValueError):
    """Years typed outside 0 to MAX_YEARS (the number itself was read fine)."""


def parse_years(text: str, lang: str) -> float:
    """Years of experience typed on a page in `lang` ("1,5" in Italian is one and a half).

    Raises:
        NumberError: when the text is not a number written the page's way.
        YearsError: when the number is below 0 or above MAX_YEARS.
    """
    value = parse_number(text, lang)
    if not Decimal(0) <= value <= Decimal(str(MAX_YEARS)):
        raise YearsError(text)
    return float(value)


def _number(value: str) -> float | None:
    """A finite number of years in range, from a link value; None when it is not one.

    Links keep the canonical form (`1.5`); `1,5` from links written before is read too.
    """
    try:
        years = float(value.replace(",", "."))
    except ValueError:
        return None
    if not math.isfinite(years) or not 0 <= years <= MAX_YEARS:
        return None
    return years


def answers_from_params(
    params: Mapping[str, str], dataset: Dataset
) -> tuple[Answers, str | None, list[str]]:
    """Read answers from a link's query parameters: skills, edu, years, lead, role.

    Returns:
        (answers, role_id, rejected): values that are not in the dataset or not valid are left
        out and listed in `rejected` (as they were written) so the page can say so.
    """
    rejected: list[str] = []
    known = {s.id for s in dataset.skills}
    skills: set[str] = set()
    raw = params.get("skills", "")
    if len(raw) > MAX_PARAM_LENGTH:
        rejected.append(raw)
    else:
        for part in filter(None, (p.strip() for p in raw.split(","))):
            (skills.add if part in known else rejected.append)(part)
    education: EducationLevel = "none"
    if "edu" in params:
        if params["edu"] in EDUCATION_LEVELS:
            education = params["edu"]
        else:
            rejected.append(params["edu"])
    years = 0.0
    if "years" in params:
        parsed = _number(params["years"][:40])
        if parsed is None:
            rejected.append(params["years"])
        else:
            years = parsed
    leadership = False
    if "lead" in params:
        if params["lead"] in ("0", "1"):
            leadership = params["lead"] == "1"
        else:
            rejected.append(params["lead"])
    role_id = params.get("role")
    if role_id is not None and role_id not in {r.id for r in dataset.roles}:
        rejected.append(role_id)
        role_id = None
    return Answers(frozenset(skills), education, years, leadership), role_id, rejected


def answers_to_params(answers: Answers, dataset: Dataset, role_id: str) -> dict[str, str]:
    """The answers as compact query parameters (skills in catalogue order), the inverse of
    `answers_from_params`."""
    skills = [s.id for s in dataset.skills if s.id in answers.skills]
    years = f"{answers.years:g}"
    return {
        "skills": ",".join(skills),
        "edu": answers.education,
        "years": years,
        "lead": "1" if answers.leadership else "0",
        "role": role_id,
    }
