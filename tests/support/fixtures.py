"""Pytest fixtures for the database: a PostgreSQL cluster per test session, and store tests
parametrized over SQLite and PostgreSQL (a fresh, empty database for each test)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from careers.store.engine import dispose, dispose_all
from tests.support.postgres import PostgresCluster, PostgresUnavailable


class FakeClock:
    """A clock the test moves by hand (naive UTC, like the store)."""

    def __init__(self, start: datetime = datetime(2030, 1, 15, 9, 0)):
        self.now = start

    def __call__(self) -> datetime:
        """The current fake time."""
        return self.now

    def advance(self, **delta: float) -> None:
        """Move the clock forward, e.g. `advance(days=31)`."""
        self.now += timedelta(**delta)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """A throwaway PostgreSQL cluster for the whole test session.

    Missing PostgreSQL is a failure, not a skip: ./test.sh installs it, so CI must have it.
    """
    try:
        cluster = PostgresCluster()
    except PostgresUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield cluster
    finally:
        dispose_all()
        cluster.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The URL of an empty database, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('store')}/careers.sqlite3"
    else:
        cluster: PostgresCluster = request.getfixturevalue("postgres")
        url = cluster.create_database()
    yield url
    dispose(url)


@pytest.fixture
def clock() -> FakeClock:
    """A hand-moved clock for the store."""
    return FakeClock()
