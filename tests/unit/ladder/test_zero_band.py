"""Issue 12, crash 3: a 0-0 band below a promotion is valid data and the ladder page draws it."""

from __future__ import annotations

import pytest

from careers import load_dataset
from tests.app.conftest import open_page
from tests.conftest import as_yaml


@pytest.mark.parametrize("lang", ["it", "en"])
def test_ladder_draws_a_step_up_from_a_zero_band(small, lang):
    small["roles"][0]["salary"].update(min=0, max=0)
    dataset = load_dataset(as_yaml(small))
    at = open_page("home", lang)
    at.session_state["dataset"] = dataset
    at.switch_page("app_pages/ladder.py").run()
    at.selectbox(key="ladder_role").set_value("agent").run()
    assert not at.exception
    assert [m.label for m in at.metric]
