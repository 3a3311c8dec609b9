"""Room operations as the pages use them: the domain rules over the database, no Streamlit.

Every function takes the engine and the current time, so tests pass an in-memory database and
a fixed clock. Refusals are RoomError codes the pages translate (`rooms.error_<code>`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import datetime

from sqlalchemy import Engine

from careers.rooms import codes, limits
from careers.rooms.questions import RoomQuestion
from careers.rooms.results import Tally, tally
from careers.rooms.state import DEFAULT_HOURS, RoomError, RoomState, expiry
from careers.store import rate_counters, room_answers
from careers.store import rooms as store

HOURS_ENV = "CAREERS_ROOM_HOURS"
_CODE_TRIES = 20
_MOVE_TRIES = 5


def room_hours() -> float:
    """How long a room lives: `CAREERS_ROOM_HOURS`, else DEFAULT_HOURS (a bad value too)."""
    try:
        return float(os.environ.get(HOURS_ENV, DEFAULT_HOURS))
    except ValueError:
        return DEFAULT_HOURS


def allow(engine: Engine, limit: limits.Limit, key: str, now: datetime) -> bool:
    """Count one event against `limit` for `key`; False when the limit is exceeded."""
    return rate_counters.hit(engine, limit.bucket(key), limit.window(now), limit.count)


def start_room(
    engine: Engine, dataset_json: str | None, client: str, now: datetime, hours: float
) -> tuple[str, str]:
    """Open a room on the default data (None) or on `dataset_json`: (code, presenter secret)."""
    if not allow(engine, limits.CREATE, client, now):
        raise RoomError("too_many_rooms")
    secret = codes.new_secret()
    ends = expiry(now, hours)
    for _ in range(_CODE_TRIES):
        state = RoomState(code=codes.new_code(), expires_at=ends)
        if store.create(engine, state, codes.hash_secret(secret), dataset_json, now):
            return state.code, secret
    raise RoomError("no_code")


def presenter_code(engine: Engine, secret: str | None) -> str:
    """The room a presenter secret controls; "bad_presenter" for anything else."""
    if not codes.is_secret_shaped(secret):
        raise RoomError("bad_presenter")
    code = store.code_for_presenter(engine, codes.hash_secret(secret or ""))
    if code is None:
        raise RoomError("bad_presenter")
    return code


def find_room(
    engine: Engine, typed: str | None, client: str, now: datetime
) -> tuple[RoomState, str | None]:
    """The live room a typed or linked code names, with its dataset JSON.

    Raises RoomError: "guessing" when this client got too many codes wrong lately (checked
    first, so a guesser learns nothing more), "unknown" for no such room, "ended" for a room
    that ended or expired.
    """
    code = codes.normalize_code(typed)
    found = store.load(engine, code) if code else None
    if found is None:
        if not allow(engine, limits.GUESS, client, now):
            raise RoomError("guessing")
        raise RoomError("unknown")
    state, dataset_json = found
    if not state.is_live(now):
        raise RoomError("ended")
    return state, dataset_json


def move(
    engine: Engine, code: str, change: Callable[[RoomState], RoomState], now: datetime
) -> RoomState:
    """Apply a presenter's move to the room as stored now (retried if another move landed)."""
    for _ in range(_MOVE_TRIES):
        state = store.load_state(engine, code)
        if state is None:
            raise RoomError("unknown")
        if not state.is_live(now):
            raise RoomError("ended")
        new = change(state)
        if store.save(engine, new, state.version):
            return new
    raise RoomError("busy")


def join(engine: Engine, code: str, participant: str, client: str, now: datetime) -> bool:
    """Count a participant in; True for a new one, False for one rejoining (reload, reconnect).

    Raises RoomError "too_many_joins" when this client address brings too many new ones.
    """
    participant_hash = codes.hash_secret(participant)
    if room_answers.is_participant(engine, code, participant_hash):
        return False
    if not allow(engine, limits.JOIN, client, now):
        raise RoomError("too_many_joins")
    return room_answers.add_participant(engine, code, participant_hash, now)


def my_answers(engine: Engine, code: str, participant: str) -> dict[str, str]:
    """The answers a participant gave so far (to restore them after a reload)."""
    return room_answers.answers_of(engine, code, codes.hash_secret(participant))


def answer(
    engine: Engine,
    code: str,
    questions: Mapping[str, RoomQuestion],
    participant: str,
    question_id: str,
    option_id: str,
    now: datetime,
) -> None:
    """Record or change one participant's answer.

    Raises RoomError: "ended", "unknown_question" (not a question of this room, or not one of
    its options), "closed" (the presenter closed it), "too_fast" (answer flood).
    """
    state = store.load_state(engine, code)
    if state is None or not state.is_live(now):
        raise RoomError("ended")
    question = questions.get(question_id)
    if question is None or option_id not in question.option_ids():
        raise RoomError("unknown_question")
    if not state.is_open(question_id):
        raise RoomError("closed")
    if not allow(engine, limits.ANSWER, codes.hash_secret(participant), now):
        raise RoomError("too_fast")
    room_answers.set_answer(
        engine, code, question_id, codes.hash_secret(participant), option_id, now
    )


def tallies(engine: Engine, code: str, questions: list[RoomQuestion]) -> list[Tally]:
    """The answers to `questions` so far, every option counted."""
    found = room_answers.counts(engine, code, [q.id for q in questions])
    return [tally(q, found[q.id]) for q in questions]
