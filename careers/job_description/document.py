"""A job description for one role, in the structure of the sources' job-description guide.

The guide (guida_ruoli) gives every role the same parts: a sample job summary, the
responsibilities, the essential skills and qualifications, and the average salary. A
JobDescription holds those parts as plain text, pre-filled from the dataset and then edited by
the user, and renders them as Markdown (escaped: user text can never become markup) and as a
Word document.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from careers.dataset.models import Dataset, Item, Role, SourceRef
from careers.text.formatting import format_band
from careers.text.i18n import Translator
from careers.text.markdown import md_escape

# Word's XML refuses control characters; text pasted from elsewhere sometimes carries them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_FILENAME = re.compile(r"[^a-z0-9_]+")
# The language tag Word's spelling checker uses for each UI language.
_WORD_LANGUAGE = {"it": "it-IT", "en": "en-GB"}


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


def _facts(jd: JobDescription, t: Translator) -> list[tuple[str, str]]:
    """(label, value) for the company, location and contract that were filled in."""
    pairs = [
        (t("job_description.doc.company"), jd.company),
        (t("job_description.doc.location"), jd.location),
        (t("job_description.doc.contract"), jd.contract),
    ]
    return [(label, value.strip()) for label, value in pairs if value.strip()]


def _sections(jd: JobDescription, t: Translator) -> list[tuple[str, list[str], bool]]:
    """(heading, lines, as a bullet list) for each part that has something to say."""
    parts = [
        (t("job_description.doc.summary"), [jd.summary.strip()], False),
        (t("job_description.doc.responsibilities"), list(jd.responsibilities), True),
        (t("job_description.doc.qualifications"), list(jd.qualifications), True),
    ]
    if jd.show_salary:
        parts.append((t("job_description.doc.salary"), [jd.salary.strip()], False))
    return [
        (heading, [x for x in lines if x], bullet) for heading, lines, bullet in parts if any(lines)
    ]


def render_markdown(jd: JobDescription, t: Translator) -> str:
    """The job description as Markdown; every user text is escaped so it reads as typed."""
    out = [f"# {md_escape(jd.title)}"]
    facts = _facts(jd, t)
    if facts:
        out.append("  \n".join(f"**{md_escape(k)}:** {md_escape(v)}" for k, v in facts))
    for heading, lines, bullet in _sections(jd, t):
        out.append(f"## {md_escape(heading)}")
        out.append("\n".join((f"- {md_escape(x)}" if bullet else md_escape(x)) for x in lines))
    if jd.sources:
        out.append("---")
        out.append(f"**{md_escape(t('job_description.doc.sources'))}**")
        out.append("\n".join(f"- {md_escape(s)}" for s in jd.sources))
    return "\n\n".join(out) + "\n"


def _xml_safe(text: str) -> str:
    """Text Word can store: control characters removed."""
    return _NOT_XML.sub("", text)


def _set_language(document: Document, lang: str) -> None:
    """Tell Word which language the text is in, so its spelling checker uses the right one."""
    run_properties = document.styles["Normal"].element.get_or_add_rPr()
    tag = OxmlElement("w:lang")
    tag.set(qn("w:val"), _WORD_LANGUAGE.get(lang, lang))
    run_properties.append(tag)


def _bullets(document: Document, lines: Iterable[str], size: Pt | None = None) -> None:
    """One bulleted paragraph per line."""
    for line in lines:
        run = document.add_paragraph(style="List Bullet").add_run(_xml_safe(line))
        if size:
            run.font.size = size


def render_docx(jd: JobDescription, t: Translator) -> bytes:
    """The job description as a Word (.docx) file: headings, bullet lists, sources at the end."""
    document = Document()
    _set_language(document, jd.lang)
    document.core_properties.title = _xml_safe(jd.title)[:255]
    document.core_properties.language = _WORD_LANGUAGE.get(jd.lang, jd.lang)
    document.add_heading(_xml_safe(jd.title), level=0)
    for label, value in _facts(jd, t):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(_xml_safe(value))
    for heading, lines, bullet in _sections(jd, t):
        document.add_heading(heading, level=1)
        if bullet:
            _bullets(document, lines)
        else:
            for line in lines:
                document.add_paragraph(_xml_safe(line))
    if jd.sources:
        document.add_heading(t("job_description.doc.sources"), level=2)
        _bullets(document, jd.sources, size=Pt(9))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def file_name(jd: JobDescription, extension: str) -> str:
    """`job_description_<role>_<lang>.<ext>`, with anything unsafe in a file name replaced."""
    role = _NOT_FILENAME.sub("_", jd.role_id.lower()).strip("_")[:64] or "role"
    lang = _NOT_FILENAME.sub("_", jd.lang.lower()).strip("_")[:8] or "xx"
    return f"job_description_{role}_{lang}.{extension}"
