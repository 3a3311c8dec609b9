"""A job description as files: Markdown (for the screen or a file), plain text to paste, Word.

The three share one outline (`outline`): the facts filled in, then each part that has
something to say. Only the escaping differs: the screen needs Streamlit's escaping (its own
`:color[...]`, `$math$` and `:emoji:` syntax), a Markdown file only CommonMark's, and plain
text none at all, so pasted text has no backslashes in it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from careers.job_description.document import JobDescription
from careers.text.i18n import Translator
from careers.text.markdown import md_escape

# Word's XML refuses control characters; text pasted from elsewhere sometimes carries them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# The language tag Word's spelling checker uses for each UI language.
_WORD_LANGUAGE = {"it": "it-IT", "en": "en-GB"}
_LINE_BREAKS = re.compile(r"\s*[\r\n\f\v\u2028\u2029]+\s*")
# CommonMark syntax inside a line: emphasis, code, GFM strikethrough and tables, and the
# backslash itself. Everything else (parentheses, dots, colons, "[1]") stays as typed.
_INLINE = re.compile(r"([\\`*_~|])")
# Brackets make a link, an image or a reference definition only when `]` is followed by `(`,
# `[` or `:`; escaping that `]` is enough.
_LINK_END = re.compile(r"\](?=[(\[:])")
# `<` opens HTML or an autolink only before a letter, `/`, `!` or `?`; `&` an entity only
# before a name or number and `;`.
_HTML = re.compile(r"(<(?=[A-Za-z/!?])|&(?=#?[A-Za-z0-9]+;))")
# What opens a block at the start of a line: a heading, a quote, a list item, a ruled line.
_BLOCK = re.compile(r"^(?:#{1,6}(?:\s|$)|[-+](?:\s|$)|>|-[-\s]*$)")
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")


@dataclass(frozen=True)
class Section:
    """One part of the outline: its heading, its lines, and whether they are a bullet list."""

    heading: str
    lines: tuple[str, ...]
    bullets: bool


def facts(jd: JobDescription, t: Translator) -> list[tuple[str, str]]:
    """(label, value) for the company, location and contract that were filled in."""
    pairs = [
        (t("job_description.doc.company"), jd.company),
        (t("job_description.doc.location"), jd.location),
        (t("job_description.doc.contract"), jd.contract),
    ]
    return [(label, _one_line(value)) for label, value in pairs if value.strip()]


def outline(jd: JobDescription, t: Translator) -> list[Section]:
    """Each part that has something to say, in the guide's order (sources not included)."""
    parts = [
        Section(t("job_description.doc.summary"), (jd.summary,), False),
        Section(t("job_description.doc.responsibilities"), jd.responsibilities, True),
        Section(t("job_description.doc.qualifications"), jd.qualifications, True),
    ]
    if jd.show_salary:
        parts.append(Section(t("job_description.doc.salary"), (jd.salary,), False))
    cleaned = [
        Section(p.heading, tuple(x for x in map(_one_line, p.lines) if x), p.bullets) for p in parts
    ]
    return [section for section in cleaned if section.lines]


def _one_line(text: str) -> str:
    """Text on one line: a line break typed in an item cannot start a new block."""
    return _LINE_BREAKS.sub(" ", text).strip()


def commonmark_escape(text: str) -> str:
    """Escape what a Markdown reader would act on, and nothing else: it reads as typed."""
    line = _INLINE.sub(r"\\\1", _one_line(text))
    line = _HTML.sub(r"\\\1", _LINK_END.sub(r"\\]", line))
    if _BLOCK.match(line):
        return f"\\{line}"
    return _ORDERED.sub(r"\1\\\2", line)


def render_markdown(
    jd: JobDescription,
    t: Translator,
    escape: Callable[[str], str] = commonmark_escape,
    level: int = 1,
) -> str:
    """The job description as Markdown; every user text goes through `escape`.

    The default suits a Markdown file; pass `md_escape` for text shown by st.markdown. The
    title is a heading of `level`, the parts one level below.
    """
    title, part = "#" * level, "#" * (level + 1)
    out = [f"{title} {escape(jd.title)}"]
    if found := facts(jd, t):
        out.append("  \n".join(f"**{escape(k)}:** {escape(v)}" for k, v in found))
    for section in outline(jd, t):
        out.append(f"{part} {escape(section.heading)}")
        marker = "- " if section.bullets else ""
        out.append("\n".join(f"{marker}{escape(x)}" for x in section.lines))
    if jd.sources:
        out.append("---")
        out.append(f"**{escape(t('job_description.doc.sources'))}**")
        out.append("\n".join(f"- {escape(s)}" for s in jd.sources))
    return "\n\n".join(out) + "\n"


def render_screen(jd: JobDescription, t: Translator) -> str:
    """The Markdown the page's preview shows: escaped for Streamlit, headings from h3.

    The page has its h1 and the preview its h2 above: the document's own headings follow.
    """
    return render_markdown(jd, t, escape=md_escape, level=3)


def render_text(jd: JobDescription, t: Translator) -> str:
    """The job description as plain text a person pastes into a job board or an e-mail."""
    out = [_one_line(jd.title)]
    if found := facts(jd, t):
        out.append("\n".join(f"{label}: {value}" for label, value in found))
    for section in outline(jd, t):
        marker = "• " if section.bullets else ""
        out.append("\n".join([section.heading, *(f"{marker}{x}" for x in section.lines)]))
    if jd.sources:
        sources = [f"• {_one_line(s)}" for s in jd.sources]
        out.append("\n".join([t("job_description.doc.sources"), *sources]))
    return "\n\n".join(out) + "\n"


def _xml_safe(text: str) -> str:
    """Text Word can store: control characters removed."""
    return _NOT_XML.sub("", text)


def _set_properties(document: DocxDocument, jd: JobDescription, t: Translator) -> None:
    """The file's own details (author, title, language), so Word does not say "python-docx"."""
    language = _WORD_LANGUAGE.get(jd.lang, jd.lang)
    run_properties = document.styles["Normal"].element.get_or_add_rPr()
    tag = OxmlElement("w:lang")
    tag.set(qn("w:val"), language)
    run_properties.append(tag)  # the spelling checker's language
    author = _xml_safe(_one_line(jd.company))[:255] or t("app.page_title")
    now = datetime.now(UTC).replace(microsecond=0)
    properties = document.core_properties
    properties.author = properties.last_modified_by = author
    properties.title = _xml_safe(_one_line(jd.title))[:255]
    properties.subject = t("job_description.title")
    properties.comments = t("job_description.doc.made_with", app=t("app.page_title"))
    properties.language = language
    properties.created = properties.modified = now


def _bullets(document: DocxDocument, lines: Iterable[str], size: Pt | None = None) -> None:
    """One bulleted paragraph per line."""
    for line in lines:
        run = document.add_paragraph(style="List Bullet").add_run(_xml_safe(line))
        if size:
            run.font.size = size


def render_docx(jd: JobDescription, t: Translator) -> bytes:
    """The job description as a Word (.docx) file: headings, bullet lists, sources at the end."""
    document = Document()
    _set_properties(document, jd, t)
    document.add_heading(_xml_safe(_one_line(jd.title)), level=0)
    for label, value in facts(jd, t):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(_xml_safe(value))
    for section in outline(jd, t):
        document.add_heading(section.heading, level=1)
        if section.bullets:
            _bullets(document, section.lines)
        else:
            for line in section.lines:
                document.add_paragraph(_xml_safe(line))
    if jd.sources:
        document.add_heading(t("job_description.doc.sources"), level=2)
        _bullets(document, jd.sources, size=Pt(9))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
