"""Workspaces in the database: create, open by token, save with a version check, rotate, delete.

Every function takes the token from the link as it came; a token of the wrong shape is refused
before any query. Read-only (view) tokens are refused here for any change, whatever the page does.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, or_, select, update
from sqlalchemy.exc import SQLAlchemyError

from careers.store.engine import get_engine
from careers.store.errors import Conflict, NotFound, ReadOnly, TooMany, Unavailable
from careers.store.payload import Payload, check, decode
from careers.store.schema import workspace_creations, workspaces
from careers.store.tokens import (
    looks_like_token,
    matches,
    new_token,
    seal_view_token,
    token_hash,
    unseal_view_token,
)

log = logging.getLogger(__name__)

MAX_CREATED_PER_HOUR = 10


def utc_now() -> datetime:
    """The current time in UTC, naive (as stored)."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Created:
    """A new workspace: its two secret tokens (shown once, never stored) and first version."""

    edit_token: str
    view_token: str
    version: int
    saved_at: datetime


@dataclass(frozen=True)
class Opened:
    """A workspace as loaded: its content, version, whether the token only lets one look."""

    payload: Payload
    version: int
    read_only: bool
    created_at: datetime
    saved_at: datetime
    # A short public fingerprint to tell workspaces apart in the sidebar; not a secret.
    label: str
    # The read-only token: the one used, or recovered with the edit token.
    view_token: str


@dataclass(frozen=True)
class Saved:
    """An acknowledged save: the workspace is at `version` since `saved_at` (UTC)."""

    version: int
    saved_at: datetime


class WorkspaceStore:
    """The workspace repository over one database engine."""

    def __init__(
        self,
        engine: Engine | None = None,
        clock: Callable[[], datetime] = utc_now,
        max_created_per_hour: int = MAX_CREATED_PER_HOUR,
    ):
        self.engine = engine or get_engine()
        self.clock = clock
        self.max_created_per_hour = max_created_per_hour

    def create(self, payload: Payload | dict[str, Any], creator: str) -> Created:
        """Save `payload` as a new workspace for the session `creator`; return its tokens.

        Raises:
            InvalidPayload: the content is oversized or malformed; nothing is stored.
            TooMany: this session already created the hourly maximum.
            Unavailable: the database cannot be reached.
        """
        _, stored = check(payload)
        now = self.clock()
        who = hashlib.sha256(creator.encode("utf-8")).hexdigest()
        edit, view = new_token(), new_token()
        with self._begin() as connection:
            recent = connection.scalar(
                select(func.count())
                .select_from(workspace_creations)
                .where(
                    workspace_creations.c.creator == who,
                    workspace_creations.c.created_at > now - timedelta(hours=1),
                )
            )
            if (recent or 0) >= self.max_created_per_hour:
                raise TooMany(self.max_created_per_hour)
            connection.execute(insert(workspace_creations).values(creator=who, created_at=now))
            connection.execute(
                insert(workspaces).values(
                    edit_hash=token_hash(edit),
                    view_hash=token_hash(view),
                    view_sealed=seal_view_token(view, edit),
                    version=1,
                    payload=stored,
                    created_at=now,
                    updated_at=now,
                    used_at=now,
                )
            )
        return Created(edit, view, 1, now)

    def open(self, token: str) -> Opened:
        """The workspace that `token` (edit or view) opens.

        Raises:
            NotFound: wrong, replaced, deleted or purged token, all alike.
            Unavailable: the database cannot be reached.
        """
        if not looks_like_token(token):
            raise NotFound()
        hashed = token_hash(token)
        with self._begin() as connection:
            row = connection.execute(
                select(workspaces).where(
                    or_(workspaces.c.edit_hash == hashed, workspaces.c.view_hash == hashed)
                )
            ).first()
            if row is None:
                raise NotFound()
            connection.execute(
                update(workspaces).where(workspaces.c.id == row.id).values(used_at=self.clock())
            )
        read_only = not matches(token, row.edit_hash)
        return Opened(
            payload=decode(row.payload),
            version=row.version,
            read_only=read_only,
            created_at=row.created_at,
            saved_at=row.updated_at,
            label=row.view_hash[:6].upper(),
            view_token=token if read_only else unseal_view_token(row.view_sealed, token),
        )

    def save(self, token: str, payload: Payload | dict[str, Any], expected_version: int) -> Saved:
        """Replace the content, if the workspace is still at `expected_version`.

        Raises:
            InvalidPayload: oversized or malformed content; nothing changes.
            Conflict: someone saved in between; `current` is the version now stored.
            ReadOnly: `token` is a view token.
            NotFound: no workspace for this token.
            Unavailable: the database cannot be reached.
        """
        if not looks_like_token(token):
            raise NotFound()
        _, stored = check(payload)
        hashed = token_hash(token)
        now = self.clock()
        with self._begin() as connection:
            result = connection.execute(
                update(workspaces)
                .where(
                    workspaces.c.edit_hash == hashed,
                    workspaces.c.version == expected_version,
                )
                .values(
                    payload=stored,
                    version=expected_version + 1,
                    updated_at=now,
                    used_at=now,
                )
            )
            if result.rowcount == 1:
                return Saved(expected_version + 1, now)
            self._refuse(connection, hashed)
        raise AssertionError("unreachable")  # pragma: no cover - _refuse always raises

    def rotate(self, token: str) -> str:
        """Replace the edit token; the old edit link stops working. Returns the new token.

        Raises:
            ReadOnly, NotFound, Unavailable: as for `save`.
        """
        if not looks_like_token(token):
            raise NotFound()
        hashed = token_hash(token)
        fresh = new_token()
        with self._begin() as connection:
            sealed = connection.scalar(
                select(workspaces.c.view_sealed).where(workspaces.c.edit_hash == hashed)
            )
            if sealed is None:
                self._refuse(connection, hashed)
            view = unseal_view_token(str(sealed), token)
            connection.execute(
                update(workspaces)
                .where(workspaces.c.edit_hash == hashed)
                .values(
                    edit_hash=token_hash(fresh),
                    view_sealed=seal_view_token(view, fresh),
                    used_at=self.clock(),
                )
            )
        return fresh

    def delete(self, token: str) -> None:
        """Remove the workspace from the database now; both links stop working.

        Raises:
            ReadOnly, NotFound, Unavailable: as for `save`.
        """
        if not looks_like_token(token):
            raise NotFound()
        hashed = token_hash(token)
        with self._begin() as connection:
            result = connection.execute(delete(workspaces).where(workspaces.c.edit_hash == hashed))
            if result.rowcount != 1:
                self._refuse(connection, hashed)

    def purge(self, days: int) -> int:
        """Remove the workspaces nobody opened or saved for `days` days; return how many."""
        if days < 1:
            raise ValueError("days must be at least 1")
        now = self.clock()
        with self._begin() as connection:
            removed = connection.execute(
                delete(workspaces).where(workspaces.c.used_at < now - timedelta(days=days))
            ).rowcount
            # The creation log only serves the hourly cap.
            connection.execute(
                delete(workspace_creations).where(
                    workspace_creations.c.created_at < now - timedelta(hours=1)
                )
            )
        return removed

    @staticmethod
    def _refuse(connection: Connection, hashed: str) -> None:
        """Raise why a change by edit hash `hashed` matched nothing."""
        current = connection.scalar(
            select(workspaces.c.version).where(workspaces.c.edit_hash == hashed)
        )
        if current is not None:
            raise Conflict(current)
        if connection.scalar(select(workspaces.c.id).where(workspaces.c.view_hash == hashed)):
            raise ReadOnly()
        raise NotFound()

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        """A transaction; database failures become `Unavailable` (logged without any token)."""
        try:
            with self.engine.begin() as connection:
                yield connection
        except SQLAlchemyError as exc:
            log.warning("workspace store unavailable: %s", type(exc).__name__)
            raise Unavailable() from None
