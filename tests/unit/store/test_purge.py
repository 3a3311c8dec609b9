"""The purge: old workspaces and rooms go, the rest stays; the command as an operator runs it."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select, update

from careers import DEFAULT_DATASET, load_dataset
from careers.rooms import limits, service
from careers.rooms import state as rs
from careers.rooms.questions import all_questions
from careers.store import rate_counters, room_answers, rooms
from careers.store.engine import get_engine
from careers.store.errors import NotFound
from careers.store.schema import workspaces
from careers.store.workspaces import WorkspaceStore, utc_now
from careers.workshop.steps import workshop_steps
from tests.conftest import ROOT

DATASET = load_dataset(DEFAULT_DATASET)
QUESTIONS = all_questions(DATASET, workshop_steps(DATASET))


@pytest.fixture
def engine(tmp_path) -> Engine:
    """An empty SQLite database, migrated."""
    return get_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")


def room_with_an_answer(engine: Engine, started: datetime, hours: float) -> str:
    """A room started at `started` for `hours`, joined and answered by one participant."""
    code, _ = service.start_room(engine, None, "10.0.0.1", started, hours)
    service.join(engine, code, "p" * 22, "10.0.0.2", started)
    service.answer(engine, code, QUESTIONS, "p" * 22, "phone_experience", "never", started)
    return code


def rows_of(engine: Engine, code: str) -> tuple[int, int, int]:
    """How many rows the room has in rooms, room_participants and room_answers."""
    with engine.connect() as db:
        return tuple(  # type: ignore[return-value]
            db.execute(select(func.count()).select_from(table).where(column == code)).scalar_one()
            for table, column in (
                (rooms.rooms, rooms.rooms.c.code),
                (room_answers.participants, room_answers.participants.c.room_code),
                (room_answers.answers, room_answers.answers.c.room_code),
            )
        )


def test_a_room_expired_long_ago_goes_with_its_participants_and_answers(engine) -> None:
    now = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
    old = room_with_an_answer(engine, now - timedelta(hours=30), hours=4)  # expired 26 h ago
    recent = room_with_an_answer(engine, now - timedelta(hours=6), hours=4)  # expired 2 h ago
    live = room_with_an_answer(engine, now - timedelta(hours=1), hours=4)
    ended = room_with_an_answer(engine, now - timedelta(hours=1), hours=4)
    service.move(engine, ended, rs.end, now)  # ended by the presenter an instant ago

    assert rooms.purge(engine, now, keep_hours=24) == 1

    assert rows_of(engine, old) == (0, 0, 0)
    for kept in (recent, live, ended):
        assert rows_of(engine, kept) == (1, 1, 1)
    assert service.my_answers(engine, live, "p" * 22) == {"phone_experience": "never"}
    assert rooms.purge(engine, now, keep_hours=24) == 0


def test_a_room_ended_early_goes_its_hours_after_it_ended_not_after_its_planned_end(engine) -> None:
    started = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
    code = room_with_an_answer(engine, started, hours=8)  # planned to run until 17:00
    ended_at = started + timedelta(hours=1)
    service.move(engine, code, lambda s: rs.end(s, at=ended_at), ended_at)

    assert rooms.purge(engine, ended_at + timedelta(hours=23), keep_hours=24) == 0
    assert rows_of(engine, code) == (1, 1, 1)
    # 25 hours after 10:00, still before 17:00 + 24 h: gone.
    assert rooms.purge(engine, ended_at + timedelta(hours=25), keep_hours=24) == 1
    assert rows_of(engine, code) == (0, 0, 0)


def test_the_purge_never_resets_a_rate_limit_window_still_counting(engine) -> None:
    now = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
    for _ in range(limits.GUESS.count):
        service.allow(engine, limits.GUESS, "guesser", now)
    rooms.purge(engine, now, keep_hours=0)
    assert not service.allow(engine, limits.GUESS, "guesser", now)
    # Once every window is over, its counter goes.
    rooms.purge(engine, now + timedelta(seconds=2 * limits.LONGEST_SECONDS), keep_hours=0)
    with engine.connect() as db:
        assert (
            db.execute(select(func.count()).select_from(rate_counters.counters)).scalar_one() == 0
        )


def purge_command(*args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m careers.store.purge` with `args`, as an operator would."""
    return subprocess.run(
        [sys.executable, "-m", "careers.store.purge", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_purge_command_removes_old_workspaces_and_rooms(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    store = WorkspaceStore(get_engine(url))
    old = store.create({}, creator="a")
    fresh = store.create({}, creator="a")
    with store.engine.begin() as connection:
        connection.execute(
            update(workspaces)
            .where(workspaces.c.version == 1, workspaces.c.id == 1)
            .values(used_at=utc_now() - timedelta(days=40))
        )
    now = datetime.now(UTC)
    old_room = room_with_an_answer(store.engine, now - timedelta(hours=20), hours=4)
    recent_room = room_with_an_answer(store.engine, now - timedelta(hours=6), hours=4)

    result = purge_command("--days", "30", "--room-hours", "12", "--database-url", url)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Removed 1 workspace(s) unused for 30 day(s).",
        "Removed 1 room(s) expired more than 12 hour(s) ago.",
    ]
    store.open(fresh.edit_token)
    with pytest.raises(NotFound):
        store.open(old.edit_token)
    assert rows_of(store.engine, old_room) == (0, 0, 0)
    assert rows_of(store.engine, recent_room) == (1, 1, 1)


def test_purge_command_keeps_rooms_a_day_by_default(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    room_with_an_answer(get_engine(url), datetime.now(UTC) - timedelta(hours=20), hours=4)
    result = purge_command("--days", "30", "--database-url", url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "Removed 0 room(s) expired more than 24 hour(s) ago."


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--days", "0"], "--days must be at least 1"),
        (["--days", "30", "--room-hours", "-1"], "--room-hours must be at least 0"),
    ],
)
def test_purge_command_refuses_bad_numbers(args: list[str], message: str) -> None:
    result = purge_command(*args)
    assert result.returncode == 2 and message in result.stderr
