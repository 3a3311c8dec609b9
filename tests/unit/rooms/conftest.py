"""Room tests run on a migrated database: SQLite, and PostgreSQL for the store-facing ones."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from careers.store.engine import get_engine


@pytest.fixture
def engine(store_url: str) -> Engine:
    """An empty database migrated to the newest schema (SQLite, then PostgreSQL)."""
    return get_engine(store_url)
