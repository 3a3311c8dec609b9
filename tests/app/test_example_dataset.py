"""Every page runs on the invented bank example, in both languages: nothing assumes default ids."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from careers import load_dataset
from careers.dataset.export import EXAMPLE_DATASET
from tests.app.conftest import APP, PAGES, chart_spec, plain, screen_text
from tests.conftest import as_yaml, small_dataset

EXAMPLE = load_dataset(EXAMPLE_DATASET)
TITLES = {
    "it": [
        "Operatore del contact center bancario",
        "Specialista di secondo livello",
        "Responsabile di sala",
    ],
    "en": ["Bank contact-center operator", "Second-line specialist", "Floor manager"],
}
DEFAULT_TITLES = ["Supervisore del call center", "Call-center supervisor"]


def open_with(dataset, page: str, lang: str) -> AppTest:
    """Open `page` in `lang` with `dataset` as the session's data."""
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["lang"] = lang
    at.session_state["dataset"] = dataset
    at.run()
    file = PAGES[page]
    if file:
        at.switch_page(file).run()
    return at


@pytest.mark.parametrize("lang", ["it", "en"])
@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_runs_on_the_example(page, lang):
    at = open_with(EXAMPLE, page, lang)
    assert not at.exception, f"{page}/{lang}: {at.exception}"
    text = screen_text(at)
    assert EXAMPLE.name.get(lang) in text  # the sidebar badge names the dataset in use
    assert not any(title in text for title in DEFAULT_TITLES)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_home_shows_the_example_ladder_and_its_euro_bands(lang):
    at = open_with(EXAMPLE, "home", lang)
    text = screen_text(at)
    for title in TITLES[lang]:
        assert title in text
    assert " → ".join(TITLES[lang]) in text  # the intro names this dataset's ladder
    assert (
        "24.000\u00a0€ – 27.000\u00a0€ all'anno" if lang == "it" else "€24,000 – €27,000 per year"
    ) in text
    _, spec = chart_spec(at, "home_ladder")
    assert spec["data"][0]["customdata"] == ["operatore_banca", "specialista", "responsabile_sala"]
    assert [plain(e.label) for e in at.expander if e.label.endswith("?")] == [
        EXAMPLE.faq[0].question.get(lang)
    ]


@pytest.mark.parametrize("lang", ["it", "en"])
def test_ladder_opens_the_example_entry_role_and_its_lateral_move(lang):
    at = open_with(EXAMPLE, "ladder", lang)
    assert at.selectbox(key="ladder_role").value == "operatore_banca"
    assert [plain(h.value) for h in at.header] == [TITLES[lang][0]]
    lateral = "Consulente in filiale" if lang == "it" else "Branch advisor"
    assert plain(at.button(key="ladder_go_consulente_filiale").label) == lateral
    _, spec = chart_spec(at, "ladder_chart")
    assert spec["data"][1]["customdata"] == ["consulente_filiale"]


def test_a_ladder_link_to_a_default_role_falls_back_on_the_example():
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["lang"] = "en"
    at.query_params["role"] = "team_leader"
    at.session_state["dataset"] = EXAMPLE
    at.run()
    ladder = PAGES["ladder"]
    assert ladder is not None
    at.switch_page(ladder).run()
    assert not at.exception
    assert at.selectbox(key="ladder_role").value == "operatore_banca"


@pytest.mark.parametrize("page", ["home", "ladder", "data"])
def test_a_dataset_with_only_lateral_roles_does_not_break_a_page(page):
    data = small_dataset()
    for role in data["roles"]:
        role["track"] = "lateral"
    for move in data["transitions"]:
        move["kind"] = "lateral"
    at = open_with(load_dataset(as_yaml(data)), page, "en")
    assert not at.exception
    if page == "home":
        assert "This data has no roles on the main ladder, only lateral roles." in screen_text(at)
