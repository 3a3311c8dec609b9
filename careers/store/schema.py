"""The tables, as SQLAlchemy Core metadata; the migrations in migrations/versions create them.

Other features add their own tables to `metadata` in their own module (and a migration that
follows the newest one in migrations/versions).
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

workspaces = Table(
    "workspaces",
    metadata,
    Column("id", Integer, primary_key=True),
    # SHA-256 hex of the tokens: the raw tokens exist only in the links.
    Column("edit_hash", String(64), nullable=False, unique=True),
    Column("view_hash", String(64), nullable=False, unique=True),
    # The view token masked by the edit token (tokens.seal_view_token): the edit link can show
    # the read-only link again; the database alone cannot.
    Column("view_sealed", String(64), nullable=False),
    # Bumped by every save: a save names the version it started from (optimistic concurrency).
    Column("version", Integer, nullable=False),
    Column("payload", Text, nullable=False),
    # Naive UTC everywhere: SQLite keeps no time zone, so both databases store the same thing.
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("used_at", DateTime, nullable=False, index=True),
)

workspace_creations = Table(
    "workspace_creations",
    metadata,
    Column("id", Integer, primary_key=True),
    # A hash of the creating session's id: enough to count, nothing to identify.
    Column("creator", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Index("ix_workspace_creations_creator_created_at", "creator", "created_at"),
)
