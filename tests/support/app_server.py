"""The app's deployed entry started for a test on its own database (scripts/server.py)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from scripts.server import ServerError, start_server


@contextmanager
def app_server(db_url: str, log: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """The app on a free port with the database `db_url`; yields (URL, process).

    A server that will not start fails the test with its log, not a traceback.
    """
    try:
        server = start_server(log_path=log, env={"CAREERS_DATABASE_URL": db_url})
    except ServerError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield server.url, server.process
    finally:
        server.stop()
