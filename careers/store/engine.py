"""One SQLAlchemy engine per process and database URL, migrated to the newest schema on first use.

The URL comes from `CAREERS_DATABASE_URL` (any SQLAlchemy URL: `sqlite:///path` or
`postgresql+psycopg://user:password@host/db`); without it, an SQLite file `var/careers.sqlite3`
under the repository, created on first use.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.exc import SQLAlchemyError

ENV_VAR = "CAREERS_DATABASE_URL"
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SQLITE = ROOT / "var" / "careers.sqlite3"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Any fixed 64-bit number: every process takes this PostgreSQL advisory lock to migrate.
_MIGRATION_LOCK_ID = 0x43415245455253  # "CAREERS"
# How long an SQLite writer waits for another one before giving up.
_SQLITE_BUSY_MS = 10_000

_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def database_url() -> str:
    """The database URL in force: `CAREERS_DATABASE_URL`, else the default SQLite file."""
    return os.environ.get(ENV_VAR) or f"sqlite:///{DEFAULT_SQLITE}"


def get_engine(url: str | None = None) -> Engine:
    """The engine for `url` (default: `database_url()`), created and migrated once per process."""
    url = url or database_url()
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _create(url)
            migrate(engine)
            _engines[url] = engine
        return engine


def dispose_all() -> None:
    """Close every engine of this process (tests and forked workers start afresh)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


def dispose(url: str) -> None:
    """Close and forget the engine of `url`, if this process has one."""
    with _lock:
        engine = _engines.pop(url, None)
    if engine is not None:
        engine.dispose()


def ping(url: str | None = None) -> bool:
    """Whether the database answers a trivial query now (for readiness checks)."""
    try:
        with get_engine(url).connect() as connection:
            connection.execute(text("SELECT 1"))
        return True
    except SQLAlchemyError:
        return False


def _create(url: str) -> Engine:
    """A new engine with the settings each backend needs."""
    parsed = make_url(url)
    options: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        options["connect_args"] = {"timeout": _SQLITE_BUSY_MS / 1000}
    else:
        # A pooled connection may have died with a database restart: test it before use.
        options["pool_pre_ping"] = True
    engine = create_engine(url, **options)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL (readers never wait for the writer), foreign keys on, and a save is durable once
    acknowledged (synchronous=FULL also survives a power cut, not only a killed process)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={_SQLITE_BUSY_MS}")
    cursor.close()


def migrate(engine: Engine) -> None:
    """Upgrade the database to the newest migration; safe when several processes start at once."""
    with _migration_lock(engine) as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[Any]:
    """A connection held under a lock that one process at a time can take.

    PostgreSQL: a session-level advisory lock. SQLite: an exclusive lock on a file beside the
    database, since SQLite's own locks are not held across Alembic's several transactions.
    """
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:id)"), {"id": _MIGRATION_LOCK_ID})
            connection.commit()
            try:
                yield connection
            finally:
                connection.rollback()
                connection.execute(
                    text("SELECT pg_advisory_unlock(:id)"), {"id": _MIGRATION_LOCK_ID}
                )
                connection.commit()
        return
    database = engine.url.database
    if not database or database == ":memory:":
        with engine.connect() as connection:
            yield connection
        return
    with open(f"{database}.migrate-lock", "a+b") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            with engine.connect() as connection:
                yield connection
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)
