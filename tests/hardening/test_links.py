"""Links with unknown or hostile parameters, on every page: a notice at most, never a crash."""

from __future__ import annotations

import pytest

from components.style import page_head
from tests.app.conftest import PAGES, open_page, screen_text

# Every parameter some page reads, and then some the app has never heard of.
NAMES = [
    "lang", "role", "a", "b", "channel", "step", "currency", "period", "payments", "hours",
    "rate", "salary", "skills", "edu", "years", "lead", "languages", "langs", "reveal", "hide",
    "dataset", "view", "workspace", "room", "present", "p", "fixed", "commission", "zzz",
]  # fmt: skip
# The app's own static page head is the one script on every page (see components.style).
APP_PAGE_HEADS = {page_head(lang) for lang in ("it", "en")}
HOSTILE = {
    "markup": "<script>window.__xss=1</script>[x](javascript:alert(1))",
    "huge": "9" * 20_000,
    "nonsense": "-1e309",
    "unicode": "\u202e\u0000💥",
}


@pytest.mark.parametrize("kind", HOSTILE)
@pytest.mark.parametrize("page", PAGES)
def test_hostile_link_leaves_the_page_working(page, kind):
    value = HOSTILE[kind]
    at = open_page(page, **dict.fromkeys(NAMES, value))
    assert not at.exception, at.exception
    text = screen_text(at)
    assert text.strip(), "the page must still show its content"
    assert "9" * 200 not in text, "a huge value must not be echoed whole"
    html = [getattr(el, "value", None) for el in at.get("html")]
    assert "<script>" not in "".join(
        v for v in html if isinstance(v, str) and v not in APP_PAGE_HEADS
    )
    assert at.session_state["lang"] == "it", "an unknown language falls back to Italian"
    assert "dataset" not in at.session_state, "a link never changes the data in use"
