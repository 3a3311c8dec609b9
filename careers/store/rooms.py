"""Rooms in the database: their state, participants, answers and rate-limit counters.

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
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from careers.rooms.limits import LONGEST_SECONDS
from careers.rooms.state import RoomState
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

participants = Table(
    "room_participants",
    metadata,
    Column("room_code", String(8), ForeignKey("rooms.code", ondelete="CASCADE"), primary_key=True),
    Column("participant_hash", String(64), primary_key=True),
    Column("joined_at", Float, nullable=False),
)

answers = Table(
    "room_answers",
    metadata,
    Column("room_code", String(8), ForeignKey("rooms.code", ondelete="CASCADE"), primary_key=True),
    Column("question_id", String(80), primary_key=True),
    Column("participant_hash", String(64), primary_key=True),
    Column("option_id", String(80), nullable=False),
    Column("answered_at", Float, nullable=False),
)

counters = Table(
    "rate_counters",
    metadata,
    Column("bucket", String(100), primary_key=True),
    Column("window_start", Integer, primary_key=True),
    Column("hits", Integer, nullable=False),
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


def add_participant(engine: Engine, code: str, participant_hash: str, now: datetime) -> bool:
    """Record a participant once; False when they had joined before (a reload, a reconnect)."""
    try:
        with engine.begin() as db:
            db.execute(
                insert(participants).values(
                    room_code=code, participant_hash=participant_hash, joined_at=_epoch(now)
                )
            )
    except IntegrityError:
        return False
    return True


def is_participant(engine: Engine, code: str, participant_hash: str) -> bool:
    """Whether this participant joined the room before."""
    with engine.connect() as db:
        found = db.execute(
            select(participants.c.joined_at).where(
                participants.c.room_code == code,
                participants.c.participant_hash == participant_hash,
            )
        ).first()
    return found is not None


def participant_count(engine: Engine, code: str) -> int:
    """How many different participants joined the room."""
    with engine.connect() as db:
        return db.execute(
            select(func.count()).select_from(participants).where(participants.c.room_code == code)
        ).scalar_one()


def set_answer(
    engine: Engine,
    code: str,
    question_id: str,
    participant_hash: str,
    option_id: str,
    now: datetime,
) -> None:
    """Record or change one participant's answer: one row per participant and question."""
    key = (
        answers.c.room_code == code,
        answers.c.question_id == question_id,
        answers.c.participant_hash == participant_hash,
    )
    values = {"option_id": option_id, "answered_at": _epoch(now)}
    with engine.begin() as db:
        if db.execute(update(answers).where(*key).values(**values)).rowcount:
            return
    try:
        with engine.begin() as db:
            db.execute(
                insert(answers).values(
                    room_code=code,
                    question_id=question_id,
                    participant_hash=participant_hash,
                    **values,
                )
            )
    except IntegrityError:
        # The same participant's other tab inserted first: theirs becomes this answer.
        with engine.begin() as db:
            db.execute(update(answers).where(*key).values(**values))


def answers_of(engine: Engine, code: str, participant_hash: str) -> dict[str, str]:
    """One participant's answers: question id -> option id."""
    with engine.connect() as db:
        rows = db.execute(
            select(answers.c.question_id, answers.c.option_id).where(
                answers.c.room_code == code, answers.c.participant_hash == participant_hash
            )
        )
        return {row.question_id: row.option_id for row in rows}


def counts(engine: Engine, code: str, question_ids: list[str]) -> dict[str, dict[str, int]]:
    """Answers per option for each of `question_ids`: question id -> option id -> count."""
    out: dict[str, dict[str, int]] = {q: {} for q in question_ids}
    if not question_ids:
        return out
    with engine.connect() as db:
        rows = db.execute(
            select(answers.c.question_id, answers.c.option_id, func.count())
            .where(answers.c.room_code == code, answers.c.question_id.in_(question_ids))
            .group_by(answers.c.question_id, answers.c.option_id)
        )
        for question_id, option_id, count in rows:
            out[question_id][option_id] = count
    return out


def hit(engine: Engine, bucket: str, window: int, limit: int) -> bool:
    """Count one event in `bucket`'s window starting at `window` (Unix seconds); False when
    that makes it more than `limit`."""
    key = (counters.c.bucket == bucket, counters.c.window_start == window)
    with engine.begin() as db:
        done = db.execute(update(counters).where(*key).values(hits=counters.c.hits + 1))
        if done.rowcount == 0:
            try:
                with db.begin_nested():
                    db.execute(insert(counters).values(bucket=bucket, window_start=window, hits=1))
            except IntegrityError:
                db.execute(update(counters).where(*key).values(hits=counters.c.hits + 1))
        hits: int = db.execute(select(counters.c.hits).where(*key)).scalar_one()
    return hits <= limit


def purge(engine: Engine, now: datetime, keep_hours: float = 24.0) -> int:
    """Delete rooms expired more than `keep_hours` ago, with their participants and answers,
    and the rate-limit counters whose window is over; how many rooms went."""
    cutoff = _epoch(now) - keep_hours * 3600
    with engine.begin() as db:
        old = [r.code for r in db.execute(select(rooms.c.code).where(rooms.c.expires_at < cutoff))]
        if old:
            # Children first: SQLite enforces the cascade only with foreign keys switched on.
            db.execute(delete(answers).where(answers.c.room_code.in_(old)))
            db.execute(delete(participants).where(participants.c.room_code.in_(old)))
            db.execute(delete(rooms).where(rooms.c.code.in_(old)))
        # Whatever `keep_hours` is, a window still counting is never reset.
        db.execute(delete(counters).where(counters.c.window_start < _epoch(now) - LONGEST_SECONDS))
    return len(old)
