"""A job description as Markdown (screen and file), plain text to paste, and a Word file."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import docx
import pytest
from markdown_it import MarkdownIt

from careers import DEFAULT_DATASET, load_dataset
from careers.job_description.document import JobDescription, from_role
from careers.job_description.render import (
    commonmark_escape,
    render_docx,
    render_markdown,
    render_screen,
    render_text,
)
from careers.text.i18n import Translator
from tests.app.conftest import plain

DATASET = load_dataset(DEFAULT_DATASET)
EN, IT = Translator("en"), Translator("it")
HOSTILE = "[click](javascript:alert(1)) <img src=x onerror=alert(1)> **bold** :red[x] &amp; `code`"
# A CommonMark reader, with GFM tables and strikethrough as many job boards read Markdown.
READER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def open_docx(data: bytes) -> docx.document.Document:
    """The bytes read back by python-docx, as a word processor would open them."""
    return docx.Document(io.BytesIO(data))


def paragraphs(document) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph."""
    return [(p.style.name, p.text) for p in document.paragraphs]


def read_back(markdown: str) -> tuple[str, str]:
    """The HTML a Markdown reader makes of `markdown`, and its text with the tags removed."""
    html = READER.render(markdown)
    text = re.sub(r"<[^>]+>", "", html)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    return html, text.replace("&amp;", "&")


def test_markdown_has_every_section_in_order():
    jd = replace(from_role(DATASET, "operatore", EN), company="Acme", contract="Permanent")
    text = plain(render_markdown(jd, EN))
    order = [
        "# Call-center operator (agent)",
        "**Company:** Acme",
        "**Contract:** Permanent",
        "## Job summary",
        "## Responsibilities",
        "- Handling customer requests: Solve problems",
        "## Skills and qualifications",
        "## Salary range",
        "$32,000 – $35,000 per year",
        "**Sources of the original text**",
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    assert "Location" not in text  # left empty: not printed


@pytest.mark.parametrize(("lang", "t"), [("it", IT), ("en", EN)])
def test_markdown_file_has_backslashes_only_where_markdown_needs_them(lang, t):
    jd = from_role(DATASET, "team_leader", t)
    markdown = render_markdown(jd, t)
    assert markdown.startswith(f"# {jd.title}\n")  # "(responsabile di team)" as written
    assert "\\(" not in markdown and "\\." not in markdown and "\\:" not in markdown
    _, text = read_back(markdown)
    for line in jd.responsibilities:
        assert line in text


def test_markdown_file_reads_back_as_typed_however_hostile():
    jd = JobDescription(
        role_id="x",
        lang="en",
        title="# Title <script>",
        summary=HOSTILE,
        responsibilities=(HOSTILE, "- nested\n## heading", "1. first", "+ plus", "> quote"),
        qualifications=("a | b | c", "~~struck~~", "snake_case_name", "R&D, 5 < 6"),
        company="<b>Evil</b>",
    )
    html, text = read_back(render_markdown(jd, EN))
    for tag in ("<a ", "<img", "<script", "<b>", "<em>", "<code>", "<del>", "<table", "<ol"):
        assert tag not in html
    assert html.count("<strong>") == 1  # the app's own "Company:"
    assert html.count("<h2>") == 3 and "<blockquote>" not in html
    for typed in (HOSTILE, "# Title <script>", "1. first", "+ plus", "> quote", "a | b | c"):
        assert typed in text
    assert "- nested ## heading" in text  # a line break in an item cannot start a block
    assert "~~struck~~" in text and "snake_case_name" in text and "R&D, 5 < 6" in text


@pytest.mark.parametrize(
    ("typed", "escaped"),
    [
        ("Pay (gross): 30.000 €", "Pay (gross): 30.000 €"),
        ("1. first", "1\\. first"),
        ("# not a heading", "\\# not a heading"),
        ("a*b*c_d_", "a\\*b\\*c\\_d\\_"),
        ("<b> & &amp; R&D [1] [a](b)", "\\<b> & \\&amp; R&D [1] [a\\](b)"),
    ],
)
def test_commonmark_escape_touches_only_syntax(typed, escaped):
    assert commonmark_escape(typed) == escaped


def test_screen_markdown_escapes_streamlits_own_syntax_too():
    jd = JobDescription(
        role_id="x",
        lang="en",
        title="# Title <script>",
        summary=HOSTILE,
        responsibilities=(HOSTILE, "- nested\n## heading"),
        company="<b>Evil</b>",
    )
    markdown = render_screen(jd, EN)
    # Every character Markdown, HTML or Streamlit would act on is backslash-escaped.
    assert re.findall(r"(?<!\\)[<>\[\]()*:]", markdown.replace("**Company:**", "")) == []
    assert "\\<img src\\=x" in markdown and "\\<b\\>Evil" in markdown
    assert "\\[click\\]\\(javascript\\:alert\\(1\\)\\)" in markdown
    assert "\\*\\*bold\\*\\*" in markdown and "\\:red\\[x\\]" in markdown
    assert markdown.startswith("### \\# Title \\<script\\>")  # h3: under the page's h1, h2
    assert "\n## heading" not in markdown


@pytest.mark.parametrize(
    ("t", "expected_start", "headings"),
    [
        (
            IT,
            "Team leader (responsabile di team)\n\nAzienda: Acme & figli\n\n"
            "Sintesi della posizione\n",
            ["Responsabilità\n• ", "Competenze e qualifiche\n• ", "Fascia retributiva\n38.000"],
        ),
        (
            EN,
            "Team leader\n\nCompany: Acme & figli\n\nJob summary\n",
            ["Responsibilities\n• ", "Skills and qualifications\n• ", "Salary range\n$38,000"],
        ),
    ],
)
def test_plain_text_is_what_a_person_pastes(t, expected_start, headings):
    jd = replace(from_role(DATASET, "team_leader", t), company="Acme & figli")
    text = render_text(jd, t)
    assert text.startswith(expected_start)
    for heading in headings:
        assert heading in text
    assert "\\" not in text and "#" not in text and "**" not in text
    assert f"• {jd.responsibilities[0]}\n" in text


def test_plain_text_keeps_typed_markup_as_typed_and_drops_hidden_salary():
    jd = replace(
        from_role(DATASET, "operatore", EN),
        responsibilities=("**not bold** <b>x</b>\nsecond line",),
        show_salary=False,
    )
    text = render_text(jd, EN)
    assert "• **not bold** <b>x</b> second line\n" in text
    assert "Salary range" not in text and "32,000" not in text


def test_hidden_salary_is_left_out_of_every_output():
    jd = replace(from_role(DATASET, "operatore", EN), show_salary=False)
    assert "32,000" not in render_markdown(jd, EN) and "32,000" not in render_screen(jd, EN)
    texts = [text for _, text in paragraphs(open_docx(render_docx(jd, EN)))]
    assert "Salary range" not in texts and not any("32,000" in t for t in texts)


def test_docx_opens_and_holds_the_sections():
    jd = replace(
        from_role(DATASET, "coordinatore", EN),
        company="Acme",
        location="Milan",
        responsibilities=("Own the budget", "Hire the team"),
    )
    document = open_docx(render_docx(jd, EN))
    paras = paragraphs(document)
    assert paras[0] == ("Title", "Call-center coordinator (call-center manager)")
    assert ("Normal", "Company: Acme") in paras and ("Normal", "Location: Milan") in paras
    headings = [text for style, text in paras if style == "Heading 1"]
    assert headings == [
        "Job summary",
        "Responsibilities",
        "Skills and qualifications",
        "Salary range",
    ]
    start = paras.index(("Heading 1", "Responsibilities"))
    assert paras[start + 1 : start + 3] == [
        ("List Bullet", "Own the budget"),
        ("List Bullet", "Hire the team"),
    ]
    assert ("Normal", "$63,000 – over $100,000 per year") in paras
    assert paras.index(("Heading 2", "Sources of the original text")) > start
    assert paras[-1][0] == "List Bullet" and paras[-1][1].startswith("[")


@pytest.mark.parametrize(
    ("t", "company", "author", "language", "subject"),
    [
        (EN, "Acme Contact Center", "Acme Contact Center", "en-GB", "Job description"),
        (IT, "", "Carriere nel call center", "it-IT", "Descrizione della posizione"),
        (EN, "  \n", "Call-center careers", "en-GB", "Job description"),
    ],
)
def test_docx_properties_name_the_company_or_the_app(t, company, author, language, subject):
    jd = replace(from_role(DATASET, "team_leader", t), company=company)
    properties = open_docx(render_docx(jd, t)).core_properties
    assert properties.author == author and properties.last_modified_by == author
    assert properties.title == jd.title
    assert properties.language == language
    assert properties.subject == subject
    assert "python-docx" not in (properties.comments + properties.author)
    assert properties.created.year >= 2026


def test_docx_in_italian_with_estimate():
    document = open_docx(render_docx(from_role(DATASET, "supervisore", IT), IT))
    texts = [text for _, text in paragraphs(document)]
    assert "Fascia retributiva" in texts and "Sintesi della posizione" in texts
    assert any(text.startswith("44.000") and "stima" in text for text in texts)


def test_docx_keeps_markup_as_text_and_drops_control_characters():
    jd = JobDescription(
        role_id="x",
        lang="en",
        title="<b>Agent</b>\x0b",
        responsibilities=("**not bold**\x00 & <tag>",),
    )
    texts = [text for _, text in paragraphs(open_docx(render_docx(jd, EN)))]
    assert texts[0] == "<b>Agent</b>"
    assert "**not bold** & <tag>" in texts
