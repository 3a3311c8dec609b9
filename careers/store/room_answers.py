"""Who joined a room and what they answered: one row per participant, one per answer.

Participants are known only by a hash of their anonymous id; times are Unix seconds, as in
`careers.store.rooms`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Column,
    Engine,
    Float,
    ForeignKey,
    String,
    Table,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from careers.store.schema import metadata

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


def add_participant(engine: Engine, code: str, participant_hash: str, now: datetime) -> bool:
    """Record a participant once; False when they had joined before (a reload, a reconnect)."""
    try:
        with engine.begin() as db:
            db.execute(
                insert(participants).values(
                    room_code=code, participant_hash=participant_hash, joined_at=now.timestamp()
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
    values = {"option_id": option_id, "answered_at": now.timestamp()}
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
