"""Every refusal a room can raise has a message in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from careers.text.i18n import load_strings

ROOMS = Path(__file__).resolve().parents[3] / "careers" / "rooms"
# Codes the pages pass themselves (a database that does not answer).
PAGE_CODES = {"unavailable"}


def raised_codes() -> set[str]:
    """The codes of every `RoomError("...")` in careers/rooms."""
    found = set()
    for path in ROOMS.glob("*.py"):
        found |= set(re.findall(r'RoomError\(\s*"([a-z_]+)"', path.read_text()))
    return found


def test_the_domain_raises_the_codes_we_expect():
    assert {"unknown", "ended", "guessing", "closed", "too_fast", "bad_presenter"} <= (
        raised_codes()
    )


@pytest.mark.parametrize("lang", ["it", "en"])
def test_every_code_has_a_message(lang):
    strings = load_strings(lang)
    missing = sorted(c for c in raised_codes() | PAGE_CODES if f"rooms.error.{c}" not in strings)
    assert missing == []
