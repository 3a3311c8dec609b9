"""What the store raises: one exception per thing a page must tell the user, with a code."""

from __future__ import annotations

from careers.dataset.problems import Problem


class StoreError(Exception):
    """Base of every store error; `code` names the translated message a page shows."""

    code = "store.error"


class NotFound(StoreError):
    """No workspace for this token: wrong, replaced, deleted or purged (never says which)."""

    code = "store.not_found"


class ReadOnly(StoreError):
    """A read-only (view) token was used to change a workspace."""

    code = "store.read_only"


class Conflict(StoreError):
    """The workspace changed since this copy was loaded; `current` is its version now."""

    code = "store.conflict"

    def __init__(self, current: int):
        self.current = current
        super().__init__(f"the workspace is at version {current}")


class TooMany(StoreError):
    """Too many workspaces created by one session in the last hour."""

    code = "store.too_many"

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(f"at most {limit} workspaces per hour")


class InvalidPayload(StoreError):
    """The workspace content is oversized or malformed; `problems` say what, like an upload."""

    code = "store.invalid"

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(f"{p.where() or '-'}: {p.code}" for p in problems))


class Unavailable(StoreError):
    """The database cannot be reached right now; nothing was changed."""

    code = "store.unavailable"
