"""Shared test helpers: the repository root and small datasets built in the test."""

from __future__ import annotations

import copy
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Browser, sync_playwright

from scripts.browser import launch_chromium

ROOT = Path(__file__).resolve().parent.parent

pytest_plugins = ["tests.support.fixtures"]

_session_db: Path | None = None


def pytest_configure(config: pytest.Config) -> None:
    """Point the app (AppTest here, and every server a test starts) at a throwaway SQLite file.

    Set before any test runs, and whatever the developer's environment says, so no test ever
    writes to var/careers.sqlite3 or to a database named in CAREERS_DATABASE_URL.
    """
    global _session_db
    _session_db = Path(tempfile.mkdtemp(prefix="careers-test-db-"))
    os.environ["CAREERS_DATABASE_URL"] = f"sqlite:///{_session_db / 'careers.sqlite3'}"


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the session's throwaway database."""
    if _session_db is not None:
        shutil.rmtree(_session_db, ignore_errors=True)


# Tests that need more than Python: a real browser (tests/e2e) or servers (tests/cluster).
# `./test.sh --fast` leaves them out by these markers.
_MARKED_FOLDERS = {"e2e": "e2e", "cluster": "cluster"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test by the folder it lives in (tests/e2e -> e2e, tests/cluster -> cluster)."""
    for item in items:
        folder = Path(item.fspath).relative_to(ROOT / "tests").parts[0]
        if folder in _MARKED_FOLDERS:
            item.add_marker(getattr(pytest.mark, _MARKED_FOLDERS[folder]))


SOURCE = {"source": "handbook", "section": "Roles"}


def text(it: str, en: str | None = None) -> dict[str, str]:
    """A bilingual text for a test dataset."""
    return {"it": it, "en": en or f"{it} (en)"}


def small_dataset() -> dict[str, Any]:
    """A valid three-role dataset with one lateral move, as a plain dict."""
    return {
        "format_version": 1,
        "id": "small",
        "name": text("Piccolo", "Small"),
        "sources": [
            {"id": "handbook", "title": text("Manuale", "Handbook"), "sections": ["Roles"]}
        ],
        "skill_areas": [{"id": "people", "name": text("Persone", "People")}],
        "skills": [
            {"id": "talk", "name": text("Parlare", "Talking"), "area": "people"},
            {"id": "lead", "name": text("Guidare", "Leading"), "area": "people"},
        ],
        "roles": [
            {
                "id": "agent",
                "title": text("Agente", "Agent"),
                "skills": [{"skill": "talk", "source": SOURCE}],
                "salary": {
                    "currency": "EUR",
                    "period": "year",
                    "min": 20000,
                    "max": 24000,
                    "source": SOURCE,
                },
            },
            {
                "id": "lead",
                "title": text("Capo", "Lead"),
                "skills": [
                    {"skill": "talk", "source": SOURCE},
                    {"skill": "lead", "source": SOURCE},
                ],
                "salary": {
                    "currency": "EUR",
                    "period": "year",
                    "min": 26000,
                    "max": 30000,
                    "source": SOURCE,
                },
            },
            {"id": "desk", "title": text("Banco", "Desk"), "track": "lateral"},
        ],
        "transitions": [
            {"from": "agent", "to": "lead", "kind": "promotion", "source": SOURCE},
            {"from": "agent", "to": "desk", "kind": "lateral", "source": SOURCE},
        ],
    }


def as_yaml(data: dict[str, Any]) -> bytes:
    """A dict dumped as the YAML bytes an upload would carry."""
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


@pytest.fixture
def small() -> dict[str, Any]:
    """A fresh copy of the small dataset, free to break in the test."""
    return copy.deepcopy(small_dataset())


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's headless Chromium, driven by Playwright: one for the whole run.

    The browser and cluster tests share it: a second `sync_playwright()` started while the first
    is alive fails ("using Playwright Sync API inside the asyncio loop").
    """
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()
