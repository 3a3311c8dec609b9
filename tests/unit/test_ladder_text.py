"""Texts that describe whichever dataset is in use: the ladder in words, the skills table."""

from __future__ import annotations

from careers import load_dataset
from careers.export import EXAMPLE_DATASET
from careers.frames import skills_frame
from careers.i18n import Translator
from careers.ladder_text import ladder_alt, ladder_chain
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
