"""A room's shared state and the presenter's moves on it, as pure functions.

Every move returns a new state with `version` one higher: participants' pages compare versions
to know when to redraw, so the version is the only thing they poll.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

DEFAULT_HOURS = 4.0
MAX_HOURS = 72.0


class RoomError(ValueError):
    """Something a room refuses, with a code the pages translate (`rooms.error_<code>`)."""

    def __init__(self, code: str, detail: str = ""):
        self.code = code
        super().__init__(f"{code}: {detail}" if detail else code)


@dataclass(frozen=True)
class RoomState:
    """What every screen of a room is drawn from: step, reveals, closed questions, lifetime."""

    code: str
    step: int = 1
    revealed: frozenset[str] = frozenset()
    hide_pay: bool = False
    results_hidden: bool = False
    closed: frozenset[str] = frozenset()
    ended: bool = False
    expires_at: datetime = datetime.max.replace(tzinfo=UTC)
    version: int = 1

    def is_live(self, now: datetime) -> bool:
        """Whether the room still runs: not ended by the presenter and not expired."""
        return not self.ended and now < self.expires_at

    def pay_visible(self, role_id: str) -> bool:
        """Whether `role_id`'s pay may be drawn for the room (and so sent to phones)."""
        return not self.hide_pay and role_id in self.revealed

    def is_open(self, question_id: str) -> bool:
        """Whether a question still takes answers."""
        return question_id not in self.closed


def expiry(now: datetime, hours: float) -> datetime:
    """When a room started at `now` ends by itself; hours outside 0 < h <= MAX_HOURS are refused."""
    if not 0 < hours <= MAX_HOURS:
        raise RoomError("bad_hours", f"{hours!r} is not between 0 and {MAX_HOURS}")
    return now + timedelta(hours=hours)


def _next(state: RoomState, **changes: object) -> RoomState:
    """The state with `changes` and a new version; an ended room refuses every move."""
    if state.ended:
        raise RoomError("ended")
    return replace(state, version=state.version + 1, **changes)  # type: ignore[arg-type]


def go_to(state: RoomState, step: int, count: int) -> RoomState:
    """Move the room to `step` (1..count)."""
    if not 1 <= step <= count:
        raise RoomError("bad_step", f"{step} not in 1..{count}")
    return _next(state, step=step)


def reveal(state: RoomState, role_id: str, shown: bool) -> RoomState:
    """Reveal (or hide again) one role's pay."""
    revealed = state.revealed | {role_id} if shown else state.revealed - {role_id}
    return _next(state, revealed=frozenset(revealed))


def hide_all_pay(state: RoomState, hidden: bool) -> RoomState:
    """Hide every pay figure from the room (or stop hiding them)."""
    return _next(state, hide_pay=hidden)


def hide_results(state: RoomState, hidden: bool) -> RoomState:
    """Hide the answers' results from the projector until the room has answered (or show them)."""
    return _next(state, results_hidden=hidden)


def close_question(state: RoomState, question_id: str, closed: bool) -> RoomState:
    """Stop (or resume) taking answers to one question."""
    ids = state.closed | {question_id} if closed else state.closed - {question_id}
    return _next(state, closed=frozenset(ids))


def end(state: RoomState, at: datetime | None = None) -> RoomState:
    """End the room: every page shows that it ended, nothing changes any more.

    `at`, the moment the presenter ended it, becomes its end of life when that is earlier than
    planned, so the purge counts its hours from when the room really ended.
    """
    if at is None or at >= state.expires_at:
        return _next(state, ended=True)
    return _next(state, ended=True, expires_at=at)
