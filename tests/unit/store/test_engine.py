"""The engine: URL from the environment, migrations from an empty database, several processes."""

from __future__ import annotations

import subprocess
import sys

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from careers.store import engine as store_engine
from careers.store.engine import MIGRATIONS, database_url, get_engine, ping
from tests.conftest import ROOT


def test_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERS_DATABASE_URL", "sqlite:////somewhere/else.db")
    assert database_url() == "sqlite:////somewhere/else.db"
    monkeypatch.delenv("CAREERS_DATABASE_URL")
    assert database_url() == f"sqlite:///{ROOT / 'var' / 'careers.sqlite3'}"


def test_an_empty_database_is_migrated_to_head_on_first_use(store_url: str) -> None:
    engine = get_engine(store_url)
    tables = set(inspect(engine).get_table_names())
    assert {"workspaces", "workspace_creations", "alembic_version"} <= tables
    # The newest file in migrations/versions (0001_workspaces, then the features after it).
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None and head >= "0001_workspaces"
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == head
    assert get_engine(store_url) is engine
    assert ping(store_url)


def test_sqlite_file_and_folder_are_created_with_wal(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'folder' / 'db.sqlite3'}"
    engine = get_engine(url)
    with engine.connect() as connection:
        assert connection.scalar(text("PRAGMA journal_mode")) == "wal"
        assert connection.scalar(text("PRAGMA foreign_keys")) == 1
    assert (tmp_path / "new" / "folder" / "db.sqlite3").exists()
    store_engine.dispose(url)


def test_ping_is_false_when_nothing_answers() -> None:
    # Port 9 on loopback (discard) has no PostgreSQL; the URL never reaches another host.
    assert not ping("postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=2")


def test_processes_starting_together_migrate_once(store_url: str) -> None:
    script = (
        "import sys; from careers.store.engine import get_engine; "
        "get_engine(sys.argv[1]); print('ok')"
    )
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script, store_url],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0, 0], outputs
    with get_engine(store_url).connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM alembic_version")) == 1
