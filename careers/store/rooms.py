"""Rooms in the database: their state and the presenter's secret; who joined and what they
answered is in `room_answers`.

Everything a room is lives here, never in one process's memory, so any server process can
serve any participant or the presenter, and a process killed mid-workshop loses nothing.
Times are stored as Unix seconds (floats): the same on SQLite and PostgreSQL, no time zones.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Float,
    Integer,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from careers.rooms.state import RoomState
from careers.store.rate_counters import delete_finished_windows
from careers.store.room_answers import answers, participants
from careers.store.schema import metadata

rooms = Table(
    "rooms",
    metadata,
    Column("code", String(8), primary_key=True),
    Column("presenter_hash", String(64), nullable=False, unique=True),
    # The dataset as JSON when the room runs on other data than the default (NULL: default).
    Column("dataset", Text, nullable=True),
    Column("created_at", Float, nullable=False),
    Column("expires_at", Float, nullable=False),
    Column("step", Integer, nullable=False),
    Column("revealed", Text, nullable=False),
    Column("hide_pay", Boolean, nullable=False),
    Column("results_hidden", Boolean, nullable=False),
    Column("closed", Text, nullable=False),
    Column("ended", Boolean, nullable=False),
    Column("version", Integer, nullable=False),
)


def _epoch(moment: datetime) -> float:
    """Unix seconds of an aware datetime."""
    return moment.timestamp()


def _state(row: object) -> RoomState:
    """A RoomState from a `rooms` row."""
    m = row._mapping  # type: ignore[attr-defined]
    return RoomState(
        code=m["code"],
        step=m["step"],
        revealed=frozenset(json.loads(m["revealed"])),
        hide_pay=bool(m["hide_pay"]),
        results_hidden=bool(m["results_hidden"]),
        closed=frozenset(json.loads(m["closed"])),
        ended=bool(m["ended"]),
        expires_at=datetime.fromtimestamp(m["expires_at"], UTC),
        version=m["version"],
    )


def _values(state: RoomState) -> dict[str, object]:
    """The columns a RoomState writes."""
    return {
        "step": state.step,
        "revealed": json.dumps(sorted(state.revealed)),
        "hide_pay": state.hide_pay,
        "results_hidden": state.results_hidden,
        "closed": json.dumps(sorted(state.closed)),
        "ended": state.ended,
        "expires_at": _epoch(state.expires_at),
        "version": state.version,
    }


def create(
    engine: Engine, state: RoomState, presenter_hash: str, dataset: str | None, now: datetime
) -> bool:
    """Insert a new room; False when its code is taken (the caller draws another)."""
    try:
        with engine.begin() as db:
            db.execute(
                insert(rooms).values(
                    code=state.code,
                    presenter_hash=presenter_hash,
                    dataset=dataset,
                    created_at=_epoch(now),
                    **_values(state),
                )
            )
    except IntegrityError:
        return False
    return True


def load(engine: Engine, code: str) -> tuple[RoomState, str | None] | None:
    """A room's state and its dataset JSON (None: the default data), or None when unknown."""
    with engine.connect() as db:
        row = db.execute(select(rooms).where(rooms.c.code == code)).first()
    return None if row is None else (_state(row), row.dataset)


def load_state(engine: Engine, code: str) -> RoomState | None:
    """A room's state without its dataset (what every redraw needs), or None when unknown."""
    columns = [c for c in rooms.c if c.name not in ("dataset", "presenter_hash")]
    with engine.connect() as db:
        row = db.execute(select(*columns).where(rooms.c.code == code)).first()
    return None if row is None else _state(row)


def version(engine: Engine, code: str) -> int | None:
    """The room's version, the one number a participant's page polls; None when unknown."""
    with engine.connect() as db:
        return db.execute(select(rooms.c.version).where(rooms.c.code == code)).scalar()


def code_for_presenter(engine: Engine, presenter_hash: str) -> str | None:
    """The code of the room whose presenter secret hashes to `presenter_hash`."""
    with engine.connect() as db:
        return db.execute(
            select(rooms.c.code).where(rooms.c.presenter_hash == presenter_hash)
        ).scalar()


def save(engine: Engine, state: RoomState, expected_version: int) -> bool:
    """Write `state` if the room is still at `expected_version` (False: someone moved first)."""
    with engine.begin() as db:
        done = db.execute(
            update(rooms)
            .where(rooms.c.code == state.code, rooms.c.version == expected_version)
            .values(**_values(state))
        )
    return done.rowcount == 1


def purge(engine: Engine, now: datetime, keep_hours: float = 24.0) -> int:
    """Delete rooms expired more than `keep_hours` ago, with their participants and answers,
    and the rate-limit counters whose window is over (they count joins and answers); how many
    rooms went."""
    cutoff = _epoch(now) - keep_hours * 3600
    with engine.begin() as db:
        old = [r.code for r in db.execute(select(rooms.c.code).where(rooms.c.expires_at < cutoff))]
        if old:
            # Children first: SQLite enforces the cascade only with foreign keys switched on.
            db.execute(delete(answers).where(answers.c.room_code.in_(old)))
            db.execute(delete(participants).where(participants.c.room_code.in_(old)))
            db.execute(delete(rooms).where(rooms.c.code.in_(old)))
        delete_finished_windows(db, _epoch(now))
    return len(old)
