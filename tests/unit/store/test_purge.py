"""The purge command as an operator runs it."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

from sqlalchemy import update

from careers.store.engine import get_engine
from careers.store.errors import NotFound
from careers.store.schema import workspaces
from careers.store.workspaces import WorkspaceStore, utc_now
from tests.conftest import ROOT


def test_purge_command_removes_old_workspaces(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    store = WorkspaceStore(get_engine(url))
    old = store.create({}, creator="a")
    fresh = store.create({}, creator="a")
    with store.engine.begin() as connection:
        connection.execute(
            update(workspaces)
            .where(workspaces.c.version == 1, workspaces.c.id == 1)
            .values(used_at=utc_now() - timedelta(days=40))
        )
    result = subprocess.run(
        [sys.executable, "-m", "careers.store.purge", "--days", "30", "--database-url", url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Removed 1 workspace(s) unused for 30 day(s)."
    store.open(fresh.edit_token)
    try:
        store.open(old.edit_token)
        raise AssertionError("the old workspace is still there")
    except NotFound:
        pass


def test_purge_command_refuses_zero_days() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "careers.store.purge", "--days", "0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and "--days must be at least 1" in result.stderr
