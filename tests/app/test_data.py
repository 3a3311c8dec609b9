"""The data page in both languages: tables, upload (bad and good), band edits, back to default."""

from __future__ import annotations

import json
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from careers import DEFAULT_DATASET, load_dataset
from careers.dataset.export import EXAMPLE_DATASET, dump_dataset
from tests.app.conftest import PAGE_FILES, PAGES, open_page, plain, screen_text

DEFAULT = load_dataset(DEFAULT_DATASET)
EXAMPLE = load_dataset(EXAMPLE_DATASET)
TEXT: dict[str, dict[str, Any]] = {
    "it": {
        "title": "I dati",
        "tables": ["Ruoli", "Passaggi tra ruoli", "Competenze", "Fasce retributive"],
        "default": ":blue-badge[predefiniti]",
        "uploaded": ":orange-badge[caricati da te]",
        "edited": ":orange-badge[modificati da te]",
        "example": ":violet-badge[esempio inventato]",
        "bad": "«bad.yaml» non è stato caricato: 2 problemi da correggere. "
        "I dati in uso non sono cambiati.",
        "bad_lines": [
            "roles[0].salary, riga 8: Il minimo (40000) è maggiore del massimo (30000).",
            "roles[1].title.en, riga 15: Campo obbligatorio mancante.",
        ],
        "row": "Riga 2 (Specialista di secondo livello) — Minimo: Deve essere almeno 0.",
        "reset": "Torna ai dati predefiniti",
    },
    "en": {
        "title": "The data",
        "tables": ["Roles", "Moves between roles", "Skills", "Salary bands"],
        "default": ":blue-badge[default]",
        "uploaded": ":orange-badge[uploaded by you]",
        "edited": ":orange-badge[edited by you]",
        "example": ":violet-badge[invented example]",
        "bad": "“bad.yaml” was not uploaded: 2 problems to fix. The data in use has not changed.",
        "bad_lines": [
            "roles[0].salary, line 8: The minimum (40000) is greater than the maximum (30000).",
            "roles[1].title.en, line 15: Required field missing.",
        ],
        "row": "Row 2 (Second-line specialist) — Minimum: Must be at least 0.",
        "reset": "Back to the default data",
    },
}
# Two mistakes on known lines: a band upside down (its `salary:` is line 8) and a title with no
# English (line 15).
BAD_FILE = b"""format_version: 1
id: broken
name: {it: Rotto, en: Broken}
sources: [{id: doc, title: {it: Doc, en: Doc}}]
roles:
  - id: agente
    title: {it: Agente, en: Agent}
    salary:
      currency: EUR
      period: year
      min: 40000
      max: 30000
      source: {source: doc, section: x}
  - id: capo_team
    title: {it: Capo}
transitions:
  - from: agente
    to: capo_team
    kind: promotion
    source: {source: doc, section: x}
"""


def badge(at: AppTest) -> list[str]:
    """The sidebar badge's lines: label and dataset name, then the origin."""
    return [plain(m.value) for m in at.sidebar.markdown]


def label_and_name(lang: str, name: str) -> str:
    """The badge's first block: its label in small type, then the dataset's name in bold."""
    label = "Dati in uso" if lang == "it" else "Data in use"
    return f":small[{label}]  \n**{name}**"


def upload(at: AppTest, name: str, content: bytes) -> AppTest:
    """Choose a file in the data page's uploader."""
    return at.file_uploader(key="data_upload").set_value((name, content, "application/yaml")).run()


def errors(at: AppTest) -> str:
    """Every error box's text, as a user reads it."""
    return (
        screen_text(at) if not at.error else "\n".join(e.value for e in at.error).replace("\\", "")
    )


@pytest.mark.parametrize("lang", ["it", "en"])
def test_tables_of_the_default_dataset_with_csv_and_yaml_downloads(lang):
    at = open_page("data", lang)
    assert not at.exception
    expected = TEXT[lang]
    assert [t.value for t in at.title] == [expected["title"]]
    assert [h.value for h in at.header] == expected["tables"]
    roles, moves, skills, bands = (d.value for d in at.dataframe[:4])
    assert list(roles["id"]) == [r.id for r in DEFAULT.roles]
    assert len(moves) == len(DEFAULT.transitions) and len(skills) == len(DEFAULT.skills)
    assert list(bands["role_id"][:3]) == ["operatore", "team_leader", "supervisore"]
    track_word = "scala" if lang == "it" else "ladder"
    assert roles["track"][0] == track_word
    downloads = [d.proto.label for d in at.get("download_button")]
    assert len([label for label in downloads if "(CSV)" in label]) == 4
    assert any("(YAML)" in label for label in downloads)
    assert badge(at) == [label_and_name(lang, DEFAULT.name.get(lang)), expected["default"]]


@pytest.mark.parametrize("lang", ["it", "en"])
def test_a_bad_upload_lists_every_problem_with_field_and_line_and_keeps_the_data(lang):
    at = open_page("data", lang)
    upload(at, "bad.yaml", BAD_FILE)
    assert not at.exception
    message = errors(at)
    assert TEXT[lang]["bad"] in message
    for line in TEXT[lang]["bad_lines"]:
        assert line in message
    assert "dataset" not in at.session_state
    assert badge(at)[1] == TEXT[lang]["default"]


@pytest.mark.parametrize("lang", ["it", "en"])
def test_a_good_upload_becomes_the_data_of_every_page(lang):
    at = open_page("data", lang)
    upload(at, "banca.yaml", EXAMPLE_DATASET.read_bytes())
    assert not at.exception
    assert at.session_state["dataset"] == EXAMPLE
    assert badge(at) == [label_and_name(lang, EXAMPLE.name.get(lang)), TEXT[lang]["uploaded"]]
    assert "banca.yaml" in at.success[0].value.replace("\\", "")
    assert list(at.dataframe[0].value["id"]) == [r.id for r in EXAMPLE.roles]
    for page, path in PAGES.items():
        at.switch_page(path or "app_pages/home.py").run()
        assert not at.exception, page
        assert badge(at)[1] == TEXT[lang]["uploaded"], page
        if page in ("home", "ladder"):
            assert EXAMPLE.role("operatore_banca").title.get(lang) in screen_text(at)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_a_bad_file_after_a_good_one_keeps_the_good_one(lang):
    at = open_page("data", lang)
    upload(at, "banca.yaml", EXAMPLE_DATASET.read_bytes())
    upload(at, "bad.yaml", BAD_FILE)
    assert TEXT[lang]["bad"] in errors(at)
    assert at.session_state["dataset"] == EXAMPLE


def test_the_example_button_then_back_to_default_from_the_sidebar():
    at = open_page("data", "it")
    at.button(key="data_example").click().run()
    assert at.session_state["dataset"] == EXAMPLE
    assert badge(at)[1] == TEXT["it"]["example"]
    at.switch_page(PAGE_FILES["ladder"]).run()
    assert at.selectbox(key="ladder_role").value == "operatore_banca"
    reset = at.sidebar.button(key="dataset_reset")
    assert reset.label == TEXT["it"]["reset"]
    reset.click().run()
    assert not at.exception
    assert "dataset" not in at.session_state
    assert badge(at)[1] == TEXT["it"]["default"]
    assert at.selectbox(key="ladder_role").value == "operatore"
    # No way "back" when already on the default (the workspace panel has its own buttons).
    assert "dataset_reset" not in [b.key for b in at.sidebar.button]


def edit_bands(at: AppTest, edits: dict[int, dict[str, Any]]) -> AppTest:
    """Type `edits` ({row: {column: value}}) into the bands editor, then press Apply."""
    key = next(e.key for e in at.data_editor)
    assert key is not None
    at.session_state[key] = {"edited_rows": edits, "added_rows": [], "deleted_rows": []}
    at.run()
    return at.button(key="data_bands_apply").click().run()


@pytest.mark.parametrize("lang", ["it", "en"])
def test_editing_a_band_makes_an_edited_dataset_that_round_trips(lang):
    at = open_page("data", lang)
    at.button(key="data_example").click().run()
    typed = {"it": ("29.000", "33.000"), "en": ("29,000", "33,000")}[lang]
    edit_bands(at, {1: {"min": typed[0], "max": typed[1]}})
    assert not at.exception
    edited = at.session_state["dataset"]
    band = edited.role("specialista").salary
    assert (band.min, band.max, band.estimate) == (29000, 33000, True)
    assert edited.role("operatore_banca").salary == EXAMPLE.role("operatore_banca").salary
    assert badge(at)[1] == TEXT[lang]["edited"]
    assert load_dataset(dump_dataset(edited).encode()) == edited
    # The editor now starts from the edited data, and the ladder shows the new band.
    assert at.data_editor[0].value["min"][1] == typed[0]
    at.switch_page(PAGE_FILES["ladder"]).run()
    at.selectbox(key="ladder_role").set_value("specialista").run()
    figure = (
        "29.000\u00a0€ – 33.000\u00a0€ all'anno" if lang == "it" else "€29,000 – €33,000 per year"
    )
    assert figure in screen_text(at)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_a_bad_band_edit_is_named_by_row_and_changes_nothing(lang):
    at = open_page("data", lang)
    at.button(key="data_example").click().run()
    edit_bands(at, {1: {"min": "-5"}})
    assert not at.exception
    assert TEXT[lang]["row"] in errors(at)
    assert at.session_state["dataset"] == EXAMPLE
    assert badge(at)[1] == TEXT[lang]["example"]


def test_an_upload_is_the_session_s_own():
    first = open_page("data", "en")
    upload(first, "banca.yaml", EXAMPLE_DATASET.read_bytes())
    second = open_page("home", "en")
    assert "dataset" not in second.session_state
    assert "Call-center operator (agent)" in screen_text(second)


@pytest.mark.parametrize(
    ("lang", "first_band"),
    [("it", ("32.000", "35.000", "33.500")), ("en", ("32,000", "35,000", "33,500"))],
)
def test_tables_write_amounts_the_page_s_way_and_count_steps_from_one(lang, first_band):
    at = open_page("data", lang)
    roles, bands = at.dataframe[0].value, at.dataframe[3].value
    assert tuple(bands[["min", "max", "midpoint"]].iloc[0]) == first_band
    assert roles.set_index("id")["level"]["operatore"] == 1
    assert roles.set_index("id")["level"]["coordinatore"] == 4
    assert roles.set_index("id")["level"].isna()["receptionist"]  # lateral: no step
    assert at.data_editor[0].value["min"][0] == first_band[0]  # the editor writes it alike


@pytest.mark.parametrize(
    ("lang", "typed", "stored"),
    [("it", "30.000", 30000), ("it", "2.300,50", 2300.5), ("en", "30,000", 30000)],
)
def test_the_band_editor_reads_figures_the_page_s_way(lang, typed, stored):
    at = open_page("data", lang)
    edit_bands(at, {0: {"min": typed, "max": "40.000" if lang == "it" else "40,000"}})
    assert not at.exception and not at.error
    assert at.session_state["dataset"].role("operatore").salary.min == stored


@pytest.mark.parametrize(
    ("lang", "typed", "message"),
    [
        ("it", "30,000", "Riga 1 (Operatore di call center (agente)) — Minimo: «30,000» si può"),
        ("en", "30.000", "Row 1 (Call-center operator (agent)) — Minimum: “30.000” can be read"),
        ("it", "trenta", "Riga 1 (Operatore di call center (agente)) — Minimo: «trenta» non è"),
    ],
)
def test_a_figure_read_two_ways_is_refused_with_its_row_and_nothing_changes(lang, typed, message):
    at = open_page("data", lang)
    edit_bands(at, {0: {"min": typed}})
    assert not at.exception
    assert message in errors(at)
    assert "dataset" not in at.session_state


def test_on_a_phone_each_table_keeps_its_key_column_and_bands_show_figures_first():
    at = open_page("data", "en")
    settings = [json.loads(d.proto.columns) for d in at.dataframe[:4]]
    pinned = [[c for c, s in table.items() if s.get("pinned")] for table in settings]
    assert pinned == [["title"], ["from"], ["skill"], ["role"]]
    assert all(table[c[0]]["width"] <= 160 for table, c in zip(settings, pinned, strict=True))
    assert list(at.dataframe[3].proto.column_order[:3]) == ["role", "min", "max"]
    editor = json.loads(at.data_editor[0].proto.columns)
    assert editor["role"]["pinned"] and editor["min"]["type_config"]["type"] == "text"
