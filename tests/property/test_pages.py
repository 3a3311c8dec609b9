"""Whatever the loader accepts, every page draws: generated valid datasets through AppTest.

Each example runs every page in both languages with its main interactions (each role chosen,
each workshop step, the quiz submitted, each role compared with the next, the self-check with
everything ticked) and fails on an exception or on "nan", "inf" or "-0" on screen.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import Phase, given, settings
from streamlit.testing.v1 import AppTest

from careers import load_dataset
from tests.app.conftest import PAGES, open_page_on, screen_text
from tests.property.conftest import PAGE_EXAMPLES
from tests.property.strategies import valid_datasets, yaml_of

# A number shown as nan/inf, or a zero with a minus sign ("-0", "-0,00", "-$0", "-0 €").
_WRONG = re.compile(r"\bnan\b|\binf\b|(?<![\w-])-[$€£]?\s?0(?![\d.,]*[1-9])", re.I)


def _check(at: AppTest, where: str) -> None:
    """No exception, and nothing on screen that reads as a broken number."""
    assert not at.exception, f"{where}: {at.exception}"
    found = _WRONG.findall(screen_text(at))
    assert not found, f"{where}: {found}"


def _each_role(at: AppTest, role_ids: list[str], where: str) -> None:
    """Choose every role in every role selectbox on the page (compare: each as A and as B).

    By value, not by index: AppTest's select_index stores the shown title, which the page's
    format_func (id -> title) cannot read back.
    """
    keys = [box.key for box in at.selectbox if box.key and box.value in role_ids]
    for key in keys:
        for role_id in role_ids:
            box = next((b for b in at.selectbox if b.key == key), None)
            if box is None:
                break
            # A box may list only some roles (the ladder's rungs, say): choose what it offers.
            # Its format_func may only know those roles, so an unknown id is one it does not offer.
            try:
                shown = str(box.format_func(role_id))
            except KeyError:
                continue
            if shown not in box.options:
                continue
            box.set_value(role_id).run()
            _check(at, f"{where} {key}={role_id}")


def _click(at: AppTest, key: str, where: str, times: int = 1) -> None:
    """Click the button `key` up to `times` times while it is on the page and enabled."""
    for _ in range(times):
        button = next((b for b in at.button if b.key == key and not b.disabled), None)
        if button is None:
            return
        button.click().run()
        _check(at, f"{where} after {key}")


def _tick_all(at: AppTest, where: str) -> None:
    """Tick every checkbox on the page (the self-check's skills)."""
    for box in list(at.checkbox):
        box.check()
    at.run()
    _check(at, f"{where} all ticked")


def _visit(dataset: Any, stem: str, lang: str) -> None:
    """Open one page on `dataset` in `lang` and go through its main interactions."""
    at = open_page_on(dataset, stem, lang, timeout=60)
    where = f"{stem}/{lang}"
    _check(at, where)
    _each_role(at, [role.id for role in dataset.roles], where)
    if stem == "workshop":
        _click(at, "ws_next", where, times=12)
    if stem == "channels":
        _click(at, "channels_quiz_submit", where)
    if stem == "self_check":
        _tick_all(at, where)


# Each example costs seconds of AppTest: shrinking a failure would take many minutes, and the
# failing dataset is printed whole anyway (the assertion names the page and the choice).
@settings(max_examples=PAGE_EXAMPLES, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(valid_datasets())
def test_every_page_draws_whatever_the_loader_accepts(document):
    dataset = load_dataset(yaml_of(document))
    for stem in PAGES:
        for lang in ("it", "en"):
            _visit(dataset, stem, lang)
