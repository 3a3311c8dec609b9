"""Every broken or hostile file, uploaded on the data page: a clear message, the data unchanged.

One AppTest per case and language walks a user through both situations: a bad file while the
default data are in use, then a good upload followed by the same bad file. Each time the user
reads the case's message (with its field and line), the session's data keep their id and
fingerprint, and another page still renders them.
"""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from careers import DEFAULT_DATASET, load_dataset
from careers.dataset.export import EXAMPLE_DATASET
from tests.app.conftest import PAGES, open_page, plain, screen_text
from tests.hardening.corpus import BAD, Case

DEFAULT = load_dataset(DEFAULT_DATASET)
EXAMPLE = load_dataset(EXAMPLE_DATASET)
LINE = {"it": "riga", "en": "line"}
NOT_UPLOADED = {"it": "non è stato caricato", "en": "was not uploaded"}
UNCHANGED = {"it": "I dati in uso non sono cambiati.", "en": "The data in use has not changed."}
OPERATOR = {"it": "Operatore di call center (agente)", "en": "Call-center operator (agent)"}

# The 2 MB file costs a few seconds per upload: one language is enough to show it is refused.
RUNS = [
    pytest.param(case, lang, id=f"{case.name}-{lang}")
    for case in BAD
    for lang in ("it", "en")
    if not (case.name == "too_large" and lang == "en")
]


def upload(at: AppTest, name: str, content: bytes) -> AppTest:
    """Choose a file in the data page's uploader, as a user does."""
    return at.file_uploader(key="data_upload").set_value((name, content, "application/yaml")).run()


def in_use(at: AppTest) -> tuple[str, str, int]:
    """The id and fingerprint of the session's data, and the number of times it changed."""
    dataset = at.session_state["dataset"] if "dataset" in at.session_state else DEFAULT
    version = at.session_state["dataset_version"] if "dataset_version" in at.session_state else 0
    return dataset.id, dataset.fingerprint(), version


def error_text(at: AppTest) -> str:
    """The error boxes' text, as a user reads it (Markdown escapes removed)."""
    return plain("\n".join(box.value for box in at.error))


def assert_told(at: AppTest, case: Case, lang: str, file: str) -> None:
    """The page shows one error naming the file, the case's message, its field and its line."""
    assert not at.exception, at.exception
    message = error_text(at)
    assert message, f"no error shown for {case.name}: {screen_text(at)[:500]}"
    assert file in message
    assert NOT_UPLOADED[lang] in message and UNCHANGED[lang] in message
    assert (case.it if lang == "it" else case.en) in message
    if case.where and case.line:
        assert re.search(rf"{re.escape(case.where)}, {LINE[lang]} {case.line}[:,]", message)
    elif case.where:
        assert f"{case.where}:" in message
    elif case.line:
        # Syntax problems add the column: "riga 3, colonna 1:".
        assert re.search(rf"{LINE[lang]} {case.line}[:,]", message)
    assert len(message) < 2_000, "the message must stay readable, whatever the file"
    assert not at.success, "a refused file must not be announced as loaded"


def switch(at: AppTest, page: str) -> AppTest:
    """Go to another page through the navigation, in the same session."""
    return at.switch_page(str(PAGES[page])).run()


@pytest.mark.parametrize(("case", "lang"), RUNS)
def test_bad_upload_is_explained_and_changes_nothing(case: Case, lang: str) -> None:
    at = open_page("data", lang)
    assert not at.exception, at.exception

    # 1. The default data are in use: the bad file is refused, the default stays.
    before = in_use(at)
    assert before[:2] == (DEFAULT.id, DEFAULT.fingerprint())
    upload(at, f"{case.name}.yaml", case.raw)
    assert_told(at, case, lang, f"{case.name}.yaml")
    assert in_use(at) == before
    assert "dataset" not in at.session_state
    switch(at, "salaries")
    assert not at.exception, at.exception
    switch(at, "ladder")
    assert not at.exception, at.exception
    assert at.selectbox(key="ladder_role").value == DEFAULT.roles[0].id
    assert OPERATOR[lang] in screen_text(at)

    # 2. A good upload is active: the same bad file leaves it in place.
    switch(at, "data")
    upload(at, "banca.yaml", EXAMPLE_DATASET.read_bytes())
    assert not at.exception, at.exception
    good = in_use(at)
    assert good[:2] == (EXAMPLE.id, EXAMPLE.fingerprint())
    upload(at, f"again_{case.name}.yaml", case.raw)
    assert_told(at, case, lang, f"again_{case.name}.yaml")
    assert in_use(at) == good
    switch(at, "ladder")
    assert not at.exception, at.exception
    assert at.selectbox(key="ladder_role").value == EXAMPLE.roles[0].id
    assert EXAMPLE.roles[0].title.get(lang) in screen_text(at)
    switch(at, "salaries")
    assert not at.exception, at.exception
    assert in_use(at) == good
