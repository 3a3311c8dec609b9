"""Texts that describe whichever dataset is in use: the ladder in words, the skills table."""

from __future__ import annotations

from careers import load_dataset
from careers.dataset.export import EXAMPLE_DATASET
from careers.dataset.frames import skills_frame
from careers.ladder.summary import ladder_alt, ladder_chain, ladder_chart_table
from careers.text.i18n import Translator
from tests.conftest import as_yaml, small_dataset, text


def test_chain_of_the_example_names_its_own_roles():
    example = load_dataset(EXAMPLE_DATASET)
    assert ladder_chain(example, "en") == (
        "Bank contact-center operator → Second-line specialist → Floor manager"
    )
    assert ladder_alt(example, Translator("it")) == (
        "La scala di carriera: Operatore del contact center bancario → Specialista di secondo "
        "livello → Responsabile di sala; ruoli laterali: Consulente in filiale."
    )


def test_roles_on_one_level_share_a_step_and_no_lateral_means_no_lateral_clause():
    data = small_dataset()
    data["roles"][2]["track"] = "ladder"
    data["transitions"][1]["kind"] = "promotion"
    dataset = load_dataset(as_yaml(data))
    assert ladder_chain(dataset, "it") == "Agente → Capo / Banco"
    assert ladder_alt(dataset, Translator("en")) == "The career ladder: Agent → Lead / Desk."


def test_skills_frame_lists_who_asks_for_each_skill():
    data = small_dataset()
    data["skills"].append({"id": "solo", "name": text("Solo"), "area": "people"})
    frame = skills_frame(load_dataset(as_yaml(data)), "en")
    assert frame.to_dict("records") == [
        {"id": "talk", "skill": "Talking", "area": "People", "roles": "Agent, Lead"},
        {"id": "lead", "skill": "Leading", "area": "People", "roles": "Lead"},
        {"id": "solo", "skill": "Solo (en)", "area": "People", "roles": ""},
    ]


def test_chart_table_lists_what_the_chart_draws_in_its_order():
    dataset = load_dataset(as_yaml(small_dataset()))
    table = ladder_chart_table(dataset, Translator("en"), with_pay=True)
    assert list(table.columns) == ["role", "track", "level", "band", "estimate", "leads_to"]
    assert table.to_dict("records") == [
        {
            "role": "Agent",
            "track": "Ladder step",
            "level": 1,
            "band": "€20,000 – €24,000 per year",
            "estimate": False,
            "leads_to": "Lead, Desk",
        },
        {
            "role": "Lead",
            "track": "Ladder step",
            "level": 2,
            "band": "€26,000 – €30,000 per year",
            "estimate": False,
            "leads_to": "",
        },
        {
            "role": "Desk",
            "track": "Lateral role",
            "level": None,
            "band": "Salary not given by the sources",
            "estimate": False,
            "leads_to": "",
        },
    ]


def test_chart_table_without_pay_has_no_band_column_and_speaks_italian():
    table = ladder_chart_table(
        load_dataset(as_yaml(small_dataset())), Translator("it"), with_pay=False
    )
    assert "band" not in table.columns
    assert list(table["track"]) == ["Gradino della scala", "Gradino della scala", "Ruolo laterale"]
