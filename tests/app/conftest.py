"""Helpers to drive the app through Streamlit's AppTest: open a page, read the screen, click."""

from __future__ import annotations

import json
import re
from typing import Any

from streamlit.testing.v1 import AppTest

from app_pages.registry import PAGES as REGISTRY
from tests.conftest import ROOT

APP = str(ROOT / "app.py")
# Page stem -> the file AppTest switches to (None: home, where app.py starts).
PAGES = {spec.stem: None if spec.default else spec.file for spec in REGISTRY}
# The pages AppTest switches to (every page but home): stem -> file.
PAGE_FILES = {spec.stem: spec.file for spec in REGISTRY if not spec.default}


def open_page(page: str, lang: str | None = None, **params: str) -> AppTest:
    """Run the app with `?lang=&...` in the link, then switch to `page`."""
    at = AppTest.from_file(APP, default_timeout=30)
    if lang:
        at.query_params["lang"] = lang
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    file = PAGES[page]
    if file:
        at.switch_page(file).run()
    return at


def open_page_on(dataset: Any, page: str, lang: str, timeout: float = 30) -> AppTest:
    """Run the app with `dataset` as this session's upload (`?lang=lang`), then switch to `page`."""
    at = AppTest.from_file(APP, default_timeout=timeout)
    at.query_params["lang"] = lang
    at.session_state["dataset"] = dataset
    at.session_state["dataset_origin"] = "uploaded"
    at.run()
    if file := PAGES[page]:
        at.switch_page(file).run()
    return at


def open_expander(at: AppTest, key: str) -> AppTest:
    """Open the keyed expander `key` (a chart's data table is drawn only when open), rerun."""
    at.session_state[key] = True
    return at.run()


def plain(markdown: str) -> str:
    """Markdown source with its backslash escapes removed: the text as a user reads it."""
    return re.sub(r"\\(.)", r"\1", markdown)


def screen_text(at: AppTest) -> str:
    """Every text element's value and every widget label, as a user reads them."""
    values = [getattr(node, "value", None) for node in at._tree]
    labels = [getattr(node, "label", None) for node in at._tree]
    return plain("\n".join(v for v in values + labels if isinstance(v, str)))


# The superscript digits of a note mark (¹²³ are Latin-1, the others in their own block).
NOTE_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def note_marks(line: str) -> list[str]:
    """The grey note marks after a fact, `:gray[¹ ²]` -> ["¹", "²"] (none: [])."""
    found = re.findall(rf":gray\[([{NOTE_DIGITS}\u202f]+)\]", line)
    return [mark for group in found for mark in group.split("\u202f")]


def note_lines(at: AppTest) -> list[str]:
    """Every line of the page's notes (popovers and the list at its end), as read:
    `¹ [1] Source title, § section (English section)`."""
    lines = (line.removeprefix("- ") for m in at.markdown for line in plain(m.value).splitlines())
    return [line for line in lines if line[:1] in NOTE_DIGITS and " [" in line]


def lines_with(at: AppTest, words: str) -> list[str]:
    """The Markdown lines on the page that contain `words`, as read."""
    return [line for m in at.markdown for line in plain(m.value).splitlines() if words in line]


def chart_spec(at: AppTest, key_prefix: str) -> tuple[str, dict[str, Any]]:
    """The widget id and plotly spec of the chart whose key starts with `key_prefix`."""
    for chart in at.get("plotly_chart"):
        if f"-{key_prefix}" in chart.proto.id:
            return chart.proto.id, json.loads(chart.proto.spec)
    raise AssertionError(f"no chart with key {key_prefix!r}")


def click_point(at: AppTest, key_prefix: str, role_id: str) -> AppTest:
    """Click the marker of `role_id` on a chart, as the browser reports a plotly click.

    AppTest has no setter for chart selections, so this sends the selection state the
    frontend would send, through the same widget-state path a real click takes.
    """
    widget_id, spec = chart_spec(at, key_prefix)
    drawn = [
        (curve, ids.index(role_id))
        for curve, ids in enumerate(trace.get("customdata") or [] for trace in spec["data"])
        if role_id in ids
    ]
    assert drawn, f"{role_id} is not drawn on the chart"
    curve, index = drawn[0]
    states = at._tree.get_widget_states()
    state = states.widgets.add()
    state.id = widget_id
    state.string_value = json.dumps(
        {
            "selection": {
                "points": [
                    {
                        "curve_number": curve,
                        "point_number": index,
                        "point_index": index,
                        "customdata": role_id,
                    }
                ],
                "point_indices": [index],
                "box": [],
                "lasso": [],
            }
        }
    )
    return at._run(states)


def away_and_back(at: AppTest, page: str, other: str = "ladder") -> AppTest:
    """Switch from `page` to `other` and back, as the sidebar does (the link's parameters go)."""
    away, back = PAGES[other], PAGES[page]
    assert away is not None and back is not None, "use two pages other than home"
    at.switch_page(away).run()
    at.query_params.clear()  # the browser drops a page's parameters when leaving it
    return at.switch_page(back).run()
