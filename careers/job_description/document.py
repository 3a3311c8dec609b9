"""A job description for one role, in the structure of the sources' job-description guide.

The guide (guida_ruoli) gives every role the same parts: a sample job summary, the
responsibilities, the essential skills and qualifications, and the average salary. A
JobDescription holds those parts as plain text, pre-filled from the dataset and then edited by
the user; `careers.job_description.render` turns it into Markdown, plain text and Word.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from careers.dataset.models import Dataset
from careers.dataset.roles import Role
from careers.dataset.sources import Item, SourceRef
from careers.text.formatting import format_band
from careers.text.i18n import Translator

_NOT_FILENAME = re.compile(r"[^a-z0-9_]+")


@dataclass(frozen=True)
class JobDescription:
    """The parts of a job description, as text the user can edit (nothing escaped yet)."""

    role_id: str
    lang: str
    title: str
    summary: str = ""
    responsibilities: tuple[str, ...] = ()
    qualifications: tuple[str, ...] = ()
    salary: str = ""
    show_salary: bool = True
    company: str = ""
    location: str = ""
    contract: str = ""
    sources: tuple[str, ...] = ()


def _item_line(item: Item, lang: str) -> str:
    """`Title: text` as the guide writes its bullet points, or the text alone."""
    text = item.text.get(lang)
    return f"{item.title.get(lang)}: {text}" if item.title else text


def salary_line(role: Role, t: Translator) -> str:
    """The band in words, saying `estimate` when it is one; empty when the role has no band."""
    band = role.salary
    if band is None:
        return ""
    text = format_band(band, t)
    return t("job_description.doc.salary_estimate", band=text) if band.estimate else text


def _used_sources(role: Role) -> list[SourceRef]:
    """Every source reference behind the parts a job description takes from a role."""
    refs = [i.source for i in [role.summary or role.description] if i]
    refs += [i.source for i in role.responsibilities]
    refs += [s.source for s in role.skills]
    refs += [q.source for q in (*role.experience, *role.education) if q.necessity != "informative"]
    if role.salary and role.salary.source:
        refs.append(role.salary.source)
    return refs


def from_role(dataset: Dataset, role_id: str, t: Translator) -> JobDescription:
    """A job description pre-filled from a role of the dataset, in the translator's language.

    Raises:
        KeyError: when the dataset has no role `role_id`.
    """
    role, lang = dataset.role(role_id), t.lang
    summary = role.summary or role.description
    skills = [
        s.note.get(lang) if s.note else dataset.skill(s.skill).name.get(lang) for s in role.skills
    ]
    # What the sources only mention for information is context, not a requirement to publish.
    requirements = [
        q.text.get(lang)
        for q in (*role.experience, *role.education)
        if q.necessity != "informative"
    ]
    sources = [dataset.cite(ref, lang) for ref in _used_sources(role)]
    if role.salary and role.salary.estimate and role.salary.basis:
        sources.append(t("job_description.doc.estimate_basis", basis=role.salary.basis.get(lang)))
    return JobDescription(
        role_id=role.id,
        lang=lang,
        title=role.title.get(lang),
        summary=summary.text.get(lang) if summary else "",
        responsibilities=tuple(_item_line(i, lang) for i in role.responsibilities),
        qualifications=tuple(dict.fromkeys([*skills, *requirements])),
        salary=salary_line(role, t),
        show_salary=role.salary is not None,
        sources=tuple(dict.fromkeys(sources)),
    )


def fingerprint(jd: JobDescription) -> str:
    """A short digest of a job description: it changes whenever the pre-filled text would."""
    return hashlib.sha256(repr(jd).encode("utf-8")).hexdigest()[:12]


def lines_of(text: str) -> tuple[str, ...]:
    """One list item per non-blank line of a text box, trimmed."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def file_name(jd: JobDescription, extension: str) -> str:
    """`job_description_<role>_<lang>.<ext>`, with anything unsafe in a file name replaced."""
    role = _NOT_FILENAME.sub("_", jd.role_id.lower()).strip("_")[:64] or "role"
    lang = _NOT_FILENAME.sub("_", jd.lang.lower()).strip("_")[:8] or "xx"
    return f"job_description_{role}_{lang}.{extension}"
