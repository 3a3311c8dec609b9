"""Alembic environment: runs on the connection `careers.store.engine.migrate` hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from careers.store.engine import database_url
from careers.store.schema import metadata

config = context.config


def run() -> None:
    """Apply the migrations on the given connection, or on `database_url()` when run by hand."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _apply(connection)
        return
    with create_engine(database_url()).connect() as own:
        _apply(own)
        own.commit()


def _apply(connection: Connection) -> None:
    """Run the pending migrations in one transaction where the database allows it."""
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things in place: batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run()
