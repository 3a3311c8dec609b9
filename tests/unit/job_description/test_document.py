"""Job descriptions built from a role: their parts, the escaped Markdown, the Word file."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import docx
import pytest
import yaml

from careers import DEFAULT_DATASET, load_dataset
from careers.job_description.document import (
    JobDescription,
    file_name,
    fingerprint,
    from_role,
    lines_of,
    render_docx,
    render_markdown,
)
from careers.text.i18n import Translator
from tests.app.conftest import plain
from tests.conftest import small_dataset

DATASET = load_dataset(DEFAULT_DATASET)
EN, IT = Translator("en"), Translator("it")


def open_docx(data: bytes) -> docx.document.Document:
    """The bytes read back by python-docx, as a word processor would open them."""
    return docx.Document(io.BytesIO(data))


def paragraphs(document) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph."""
    return [(p.style.name, p.text) for p in document.paragraphs]


def test_operator_is_prefilled_in_the_guides_structure():
    jd = from_role(DATASET, "operatore", EN)
    assert jd.title == "Call-center operator (agent)"
    assert jd.summary.startswith("This position handles a high volume of inbound and outbound")
    assert "Escalation: Know when and how to escalate unresolved issues" in jd.responsibilities[4]
    assert jd.qualifications[0].startswith("Communication skills: exemplary verbal")
    assert "At least a high-school diploma or equivalent." in jd.qualifications
    # Said only for information in the sources: not printed as a requirement.
    assert not any("no special diplomas" in line for line in jd.qualifications)
    assert jd.salary == "$32,000 – $35,000 per year"
    assert jd.show_salary


def test_italian_text_comes_from_the_italian_side_of_the_data():
    jd = from_role(DATASET, "team_leader", IT)
    assert jd.title == "Team leader (responsabile di team)"
    assert jd.responsibilities[1] == (
        "Leadership del team: Motivare e allenare i membri del team per migliorare le prestazioni."
    )
    assert jd.salary == "38.000\u00a0USD – 44.000\u00a0USD all'anno"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "$44,000 – $63,000 per year (estimate: the sources give no figure for this role)"),
        (
            "it",
            "44.000\u00a0USD – 63.000\u00a0USD all'anno "
            "(stima: le fonti non indicano una cifra per questo ruolo)",
        ),
    ],
)
def test_estimated_band_says_estimate_and_cites_its_basis(lang, expected):
    jd = from_role(DATASET, "supervisore", Translator(lang))
    assert jd.salary == expected
    assert any("44" in s and "63" in s for s in jd.sources[-1:])


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "$63,000 – over $100,000 per year"),
        ("it", "63.000\u00a0USD – oltre 100.000\u00a0USD all'anno"),
    ],
)
def test_open_ended_band_says_over(lang, expected):
    assert from_role(DATASET, "coordinatore", Translator(lang)).salary == expected


def test_role_without_band_has_no_salary_line_and_hides_it():
    jd = from_role(DATASET, "receptionist", EN)
    assert jd.salary == "" and jd.show_salary is False
    assert "Salary range" not in render_markdown(jd, EN)


def test_sources_are_cited_once_each():
    jd = from_role(DATASET, "operatore", EN)
    assert len(jd.sources) == len(set(jd.sources))
    assert (
        "[1] Call-center job descriptions: entry, intermediate and senior roles"
        " (title given by the app, the article has none), § "
        "Ruolo di Base: Agente del Call Center (Entry role: call-center agent)" in jd.sources
    )


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


def test_hostile_text_is_escaped_in_markdown():
    hostile = "[click](javascript:alert(1)) <img src=x onerror=alert(1)> **bold** :red[x]"
    jd = JobDescription(
        role_id="x",
        lang="en",
        title="# Title <script>",
        summary=hostile,
        responsibilities=(hostile, "- nested\n## heading"),
        company="<b>Evil</b>",
    )
    markdown = render_markdown(jd, EN)
    # Every character Markdown or HTML would act on is backslash-escaped.
    assert re.findall(r"(?<!\\)[<>\[\]()*:]", markdown.replace("**Company:**", "")) == []
    assert "\\<img src\\=x" in markdown and "\\<b\\>Evil" in markdown
    assert "\\[click\\]\\(javascript\\:alert\\(1\\)\\)" in markdown
    assert "\\*\\*bold\\*\\*" in markdown and "\\:red\\[x\\]" in markdown
    assert "# \\# Title \\<script\\>" in markdown
    # A line break in an item cannot start a new Markdown block.
    assert "\n## heading" not in markdown


def test_hidden_salary_is_left_out_of_both_outputs():
    jd = replace(from_role(DATASET, "operatore", EN), show_salary=False)
    assert "32,000" not in render_markdown(jd, EN)
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
    assert document.core_properties.title == jd.title
    assert document.core_properties.language == "en-GB"


def test_docx_in_italian_with_estimate():
    document = open_docx(render_docx(from_role(DATASET, "supervisore", IT), IT))
    texts = [text for _, text in paragraphs(document)]
    assert "Fascia di stipendio" in texts
    assert any(text.startswith("44.000") and "stima" in text for text in texts)
    assert document.core_properties.language == "it-IT"


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


@pytest.mark.parametrize(
    ("role_id", "lang", "extension", "expected"),
    [
        ("team_leader", "en", "docx", "job_description_team_leader_en.docx"),
        ("operatore", "it", "md", "job_description_operatore_it.md"),
        ("../etc/Pass wd", "en", "docx", "job_description_etc_pass_wd_en.docx"),
        ("///", "e/n", "md", "job_description_role_e_n.md"),
    ],
)
def test_file_names_carry_role_and_language_safely(role_id, lang, extension, expected):
    jd = JobDescription(role_id=role_id, lang=lang, title="x")
    assert file_name(jd, extension) == expected


def test_lines_of_drops_blank_lines_and_trims():
    assert lines_of("  one \n\n two\r\n   \nthree") == ("one", "two", "three")
    assert lines_of("") == ()


def test_fingerprint_follows_the_text():
    jd = from_role(DATASET, "operatore", EN)
    assert fingerprint(jd) == fingerprint(from_role(DATASET, "operatore", EN))
    assert fingerprint(jd) != fingerprint(replace(jd, salary="other"))
    assert fingerprint(jd) != fingerprint(from_role(DATASET, "operatore", IT))


def test_other_dataset_with_eur_band_and_skill_names():
    dataset = load_dataset(yaml.safe_dump(small_dataset()).encode())
    jd = from_role(dataset, "lead", EN)
    assert jd.title == "Lead"
    assert jd.qualifications == ("Talking", "Leading")  # no note: the catalogue's names
    assert jd.salary == "€26,000 – €30,000 per year"
    assert jd.summary == "" and jd.responsibilities == ()
    text = render_markdown(jd, EN)
    assert "Job summary" not in text and "Responsibilities" not in text
    assert file_name(jd, "docx") == "job_description_lead_en.docx"
    with pytest.raises(KeyError):
        from_role(dataset, "operatore", EN)
