"""The default dataset says what the two source articles say, and cites both where it uses both."""

from typing import Any

import pytest

from careers import DatasetError
from careers.dataset.loading import DEFAULT_DATASET, load_dataset
from careers.dataset.messages import describe
from careers.dataset.models import Dataset
from careers.text.i18n import Translator
from tests.conftest import as_yaml

# Quoted from the operator profile (seeds/002, "Carriera di operatore di call center").
COORDINATION_SOURCE = (
    "l'organizzazione del lavoro è guidata da team leader, supervisori e coordinatori del call "
    "center, che coordinano le attività e controllano le prestazioni individuali e generali"
)
# The article headings as the two seed files write them, one per line.
GUIDE_HEADINGS = [
    "Introduzione",
    "Ruolo di Base: Agente del Call Center",
    "Ruolo Intermedio: Responsabile di Team del Call Center",
    "Ruolo Senior: Responsabile del Call Center",
    "Conclusione",
    "Domande Frequenti",
]


@pytest.fixture(scope="module")
def data() -> Dataset:
    """The default dataset, loaded once."""
    return load_dataset(DEFAULT_DATASET)


def _plain(text: str) -> str:
    """Text with its line folding undone, for comparing with a quotation."""
    return " ".join(text.split())


def test_coordination_belongs_to_all_three_leading_roles(data: Dataset) -> None:
    """The source gives coordinating and checking to team leaders, supervisors and coordinators."""
    assert "team leader, supervisori e coordinatori" in COORDINATION_SOURCE
    holders = [
        role.id
        for role in data.roles
        if any(item.id == "coordination" for item in role.responsibilities)
    ]
    assert holders == ["team_leader", "supervisore", "coordinatore"]
    for role_id in holders:
        item = next(i for i in data.role(role_id).responsibilities if i.id == "coordination")
        italian, english = _plain(item.text.it), _plain(item.text.en)
        assert "Team leader, supervisori e coordinatori guidano insieme" in italian
        assert "coordinano le attività e controllano le prestazioni individuali e generali" in (
            italian
        )
        assert english.startswith("Team leaders, supervisors and coordinators together")
        assert item.source.section == "Carriera di operatore di call center"


def test_first_promotion_cites_both_articles(data: Dataset) -> None:
    """The note quotes the profile and the guide's one year: it cites both."""
    move = data.transitions[0]
    assert (move.from_role, move.to_role) == ("operatore", "team_leader")
    assert move.note is not None
    assert "almeno un anno" in _plain(move.note.it)
    assert "at least one year" in _plain(move.note.en)
    cited = [(r.source, r.section) for r in move.references()]
    assert cited == [
        ("scheda_operatore", "Carriera di operatore di call center"),
        ("guida_ruoli", "Ruolo Intermedio: Responsabile di Team del Call Center"),
    ]


@pytest.mark.parametrize(
    ("lang", "label"),
    [("it", "lettura dell'app"), ("en", "the app's reading")],
)
def test_ladder_note_is_labelled_the_apps_and_cites_both(
    data: Dataset, lang: str, label: str
) -> None:
    """The mapping of the two ladders is the app's own: its title says so, both sources cited."""
    note = data.ladder_note
    assert note is not None
    assert label in (note.title.get(lang) if note.title else "")
    cites = [data.cite(ref, lang) for ref in note.references()]
    assert [c[:3] for c in cites] == ["[2]", "[1]"]


def test_coordinator_relations_with_other_parts_of_the_company(data: Dataset) -> None:
    """The source says relations with the other parts of the company, not with the company."""
    item = data.role("coordinatore").responsibilities[6]
    assert item.id == "company_relations"
    assert item.title is not None
    assert item.title.it == "Relazioni con le altre parti dell'azienda"
    assert item.title.en == "Relations with the other parts of the company"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("it", "[1] § Ruolo di Base: Agente del Call Center"),
        ("en", "[1] § Ruolo di Base: Agente del Call Center (Entry role: call-center agent)"),
    ],
)
def test_every_section_has_an_english_name(data: Dataset, lang: str, expected: str) -> None:
    """English pages show each source heading with its English name beside it."""
    assert data.sources[0].section_names() == GUIDE_HEADINGS
    for source in data.sources:
        assert all(not isinstance(s, str) for s in source.sections), source.id
    ref = data.role("operatore").salary
    assert ref is not None and ref.source is not None
    assert data.cite(ref.source, lang, short=True) == expected


@pytest.mark.parametrize(
    ("lang", "note"),
    [("it", "titolo dato dall'app"), ("en", "title given by the app")],
)
def test_guide_title_is_labelled_as_the_apps(data: Dataset, lang: str, note: str) -> None:
    """The role guide has no title of its own; the app's title says so, the profile's does not."""
    guide, profile = data.sources
    assert note in guide.label(lang)
    assert profile.title_note is None
    assert profile.label(lang) == profile.title.get(lang)


@pytest.mark.parametrize(("lang", "words"), [("it", "In alcuni contesti"), ("en", "In some")])
def test_foreign_languages_are_asked_only_in_some_contexts(
    data: Dataset, lang: str, words: str
) -> None:
    """The profile asks for foreign languages «in alcuni contesti», not always."""
    skill = next(s for s in data.role("operatore").skills if s.skill == "foreign_languages")
    assert skill.note is not None
    assert skill.note.get(lang).startswith(words)


@pytest.mark.parametrize(("lang", "words"), [("it", "non è tra quelle"), ("en", "is not one of")])
def test_also_sources_are_checked_like_source(small: dict[str, Any], lang: str, words: str) -> None:
    """A second citation naming a section its source does not list is reported at its path."""
    small["transitions"][0]["also_sources"] = [{"source": "handbook", "section": "Nowhere"}]
    with pytest.raises(DatasetError) as caught:
        load_dataset(as_yaml(small))
    [problem] = caught.value.problems
    assert problem.where() == "transitions[0].also_sources[0].section"
    assert words in describe(problem, Translator(lang))


def test_also_sources_cite_in_order(small: dict[str, Any]) -> None:
    """A fact with a second source cites its own first, then the other."""
    small["sources"].append({"id": "guide", "title": {"it": "Guida", "en": "Guide"}})
    small["transitions"][0]["also_sources"] = [{"source": "guide", "section": "Pay"}]
    data = load_dataset(as_yaml(small))
    cites = [data.cite(ref, "en") for ref in data.transitions[0].references()]
    assert cites == ["[1] Handbook, § Roles", "[2] Guide, § Pay"]
