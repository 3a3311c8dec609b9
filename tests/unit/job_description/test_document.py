"""Job descriptions built from a role: their parts, their fingerprint and file names."""

from __future__ import annotations

from dataclasses import replace

import pytest
import yaml

from careers import DEFAULT_DATASET, load_dataset
from careers.job_description.document import (
    JobDescription,
    file_name,
    fingerprint,
    from_role,
    lines_of,
)
from careers.job_description.render import render_markdown
from careers.text.i18n import Translator
from tests.conftest import small_dataset

DATASET = load_dataset(DEFAULT_DATASET)
EN, IT = Translator("en"), Translator("it")


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
