"""An in-memory database with the room tables, fresh for each test."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import StaticPool

from careers.store.rooms import metadata


@pytest.fixture
def engine() -> Engine:
    """One SQLite database in memory, shared by every connection of the test."""
    engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    metadata.create_all(engine)
    return engine
