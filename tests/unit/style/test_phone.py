"""Which browsers are phones: they are sent only the narrow form of a chart."""

from __future__ import annotations

import pytest

from components.style import is_phone
from scripts.browser import PHONE_USER_AGENT

IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"
)
ANDROID_FIREFOX = "Mozilla/5.0 (Android 14; Mobile; rv:132.0) Gecko/132.0 Firefox/132.0"
# iPadOS asks for desktop pages; an Android tablet's Chrome leaves out "Mobile".
IPAD = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/18.1 Safari/605.1.15"
)
ANDROID_TABLET = (
    "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
DESKTOP = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "HeadlessChrome/131.0.0.0 Safari/537.36"
)


@pytest.mark.parametrize("agent", [PHONE_USER_AGENT, IPHONE, ANDROID_FIREFOX])
def test_phones_are_recognised(agent: str) -> None:
    assert is_phone(agent)


@pytest.mark.parametrize("agent", [IPAD, ANDROID_TABLET, DESKTOP, ""])
def test_tablets_desktops_and_unknown_browsers_get_both_forms(agent: str) -> None:
    assert not is_phone(agent)
