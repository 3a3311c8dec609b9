"""Issue 12, defect 2: a lateral move written both ways is valid data, and the ladder draws it."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from careers import load_dataset
from tests.app.conftest import APP, PAGES, plain
from tests.conftest import SOURCE, as_yaml, small_dataset


def open_ladder(lang: str, role: str) -> AppTest:
    """The ladder page on `role`, with agent <-> desk written as two lateral moves."""
    data = small_dataset()
    data["transitions"].append({"from": "desk", "to": "agent", "kind": "lateral", "source": SOURCE})
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["lang"] = lang
    at.query_params["role"] = role
    at.session_state["dataset"] = load_dataset(as_yaml(data))
    at.session_state["dataset_origin"] = "uploaded"
    at.run()
    return at.switch_page(str(PAGES["ladder"])).run()


@pytest.mark.parametrize("lang", ["it", "en"])
@pytest.mark.parametrize(
    ("role", "other", "title"), [("agent", "desk", "Banco"), ("desk", "agent", "Agente")]
)
def test_a_move_written_both_ways_opens_the_other_role(lang, role, other, title):
    at = open_ladder(lang, role)
    assert not at.exception
    at.button(key=f"ladder_go_{other}").click().run()
    assert not at.exception
    shown = plain(at.header[0].value)
    assert shown == (title if lang == "it" else {"Banco": "Desk", "Agente": "Agent"}[title])


@pytest.mark.parametrize("lang", ["it", "en"])
def test_every_page_draws_a_move_written_both_ways(lang):
    at = open_ladder(lang, "desk")
    for page, file in PAGES.items():
        if file:
            at.switch_page(file).run()
            assert not at.exception, page
