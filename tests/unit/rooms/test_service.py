"""Rooms through the database: start, find, move, join, answer, limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from careers import DEFAULT_DATASET, load_dataset
from careers.rooms import limits, service
from careers.rooms import state as rs
from careers.rooms.codes import hash_secret
from careers.rooms.questions import all_questions
from careers.rooms.state import RoomError
from careers.store import room_answers
from careers.store import rooms as store
from careers.workshop.steps import workshop_steps

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
DATASET = load_dataset(DEFAULT_DATASET)
QUESTIONS = all_questions(DATASET, workshop_steps(DATASET))


def start(engine, hours=4.0):
    return service.start_room(engine, None, "10.0.0.1", NOW, hours)


def test_a_started_room_is_found_by_its_code_and_stores_only_the_secret_hash(engine):
    code, secret = start(engine)
    state, dataset = service.find_room(engine, code.lower(), "10.0.0.2", NOW)
    assert (state.code, state.step, dataset) == (code, 1, None)
    assert service.presenter_code(engine, secret) == code
    with engine.connect() as db:
        stored = db.execute(store.rooms.select()).first()
    assert stored.presenter_hash == hash_secret(secret)
    assert secret not in str(tuple(stored))


@pytest.mark.parametrize("secret", [None, "", "x", "A" * 43, "../../etc/passwd", "é" * 30])
def test_a_wrong_presenter_secret_controls_nothing(engine, secret):
    start(engine)
    with pytest.raises(RoomError) as err:
        service.presenter_code(engine, secret)
    assert err.value.code == "bad_presenter"


def test_presenter_moves_are_stored_for_every_process(engine):
    code, _ = start(engine)
    service.move(engine, code, lambda s: rs.go_to(s, 3, 7), NOW)
    service.move(engine, code, lambda s: rs.reveal(s, "team_leader", True), NOW)
    state = store.load_state(engine, code)
    assert state is not None
    assert state.step == 3 and state.revealed == {"team_leader"} and state.version == 3
    assert store.version(engine, code) == 3


def test_ended_and_expired_rooms_are_not_found(engine):
    code, _ = start(engine, hours=1)
    with pytest.raises(RoomError) as err:
        service.find_room(engine, code, "c", NOW + timedelta(hours=1))
    assert err.value.code == "ended"
    other, _ = start(engine)
    service.move(engine, other, rs.end, NOW)
    with pytest.raises(RoomError) as err:
        service.find_room(engine, other, "c", NOW)
    assert err.value.code == "ended"
    with pytest.raises(RoomError):
        service.move(engine, other, lambda s: rs.go_to(s, 2, 7), NOW)


def test_guessing_codes_is_rate_limited_per_client(engine):
    code, _ = start(engine)
    for _ in range(limits.GUESS.count):
        with pytest.raises(RoomError) as err:
            service.find_room(engine, "ACDEFG" if code != "ACDEFG" else "ACDEFH", "guesser", NOW)
        assert err.value.code == "unknown"
    with pytest.raises(RoomError) as err:
        service.find_room(engine, "ACDEFG", "guesser", NOW)
    assert err.value.code == "guessing"
    # Another client is not affected, and the window passes.
    assert service.find_room(engine, code, "someone_else", NOW)[0].code == code
    later = NOW + timedelta(seconds=limits.GUESS.seconds)
    with pytest.raises(RoomError) as err:
        service.find_room(engine, "ACDEFG", "guesser", later)
    assert err.value.code == "unknown"


def test_one_answer_per_participant_per_question_changeable_until_closed(engine):
    code, _ = start(engine)
    assert service.join(engine, code, "p" * 22, "ip", NOW)
    assert not service.join(engine, code, "p" * 22, "ip", NOW)  # a reload rejoins
    service.answer(engine, code, QUESTIONS, "p" * 22, "phone_experience", "never", NOW)
    service.answer(engine, code, QUESTIONS, "p" * 22, "phone_experience", "sometimes", NOW)
    service.answer(engine, code, QUESTIONS, "q" * 22, "phone_experience", "sometimes", NOW)
    [result] = service.tallies(engine, code, [QUESTIONS["phone_experience"]])
    assert result.counts == (("regularly", 0), ("sometimes", 2), ("never", 0))
    assert service.my_answers(engine, code, "p" * 22) == {"phone_experience": "sometimes"}
    service.move(engine, code, lambda s: rs.close_question(s, "phone_experience", True), NOW)
    with pytest.raises(RoomError) as err:
        service.answer(engine, code, QUESTIONS, "p" * 22, "phone_experience", "never", NOW)
    assert err.value.code == "closed"
    [result] = service.tallies(engine, code, [QUESTIONS["phone_experience"]])
    assert result.total == 2 and dict(result.counts)["sometimes"] == 2
    assert room_answers.participant_count(engine, code) == 1


@pytest.mark.parametrize(
    ("question", "option"),
    [("nope", "never"), ("phone_experience", "maybe"), ("phone_experience", "<b>x</b>")],
)
def test_answers_outside_the_room_questions_are_refused(engine, question, option):
    code, _ = start(engine)
    with pytest.raises(RoomError) as err:
        service.answer(engine, code, QUESTIONS, "p" * 22, question, option, NOW)
    assert err.value.code == "unknown_question"
    assert service.my_answers(engine, code, "p" * 22) == {}


def test_an_answer_flood_is_refused_and_keeps_the_last_good_answer(engine):
    code, _ = start(engine)
    options = ["regularly", "never"]
    for n in range(limits.ANSWER.count):
        service.answer(engine, code, QUESTIONS, "p" * 22, "phone_experience", options[n % 2], NOW)
    with pytest.raises(RoomError) as err:
        service.answer(engine, code, QUESTIONS, "p" * 22, "phone_experience", "sometimes", NOW)
    assert err.value.code == "too_fast"
    assert service.my_answers(engine, code, "p" * 22) == {"phone_experience": "never"}


def test_joins_from_one_address_are_limited_but_rejoins_are_not(engine):
    code, _ = start(engine)
    for n in range(limits.JOIN.count):
        service.join(engine, code, f"participant{n:020d}", "one_router", NOW)
    with pytest.raises(RoomError) as err:
        service.join(engine, code, "x" * 22, "one_router", NOW)
    assert err.value.code == "too_many_joins"
    assert not service.join(engine, code, f"participant{0:020d}", "one_router", NOW)
    assert room_answers.participant_count(engine, code) == limits.JOIN.count


def test_purge_removes_long_expired_rooms_with_their_answers(engine):
    code, _ = start(engine, hours=1)
    service.answer(engine, code, QUESTIONS, "p" * 22, "phone_experience", "never", NOW)
    assert store.purge(engine, NOW + timedelta(hours=2)) == 0
    assert store.purge(engine, NOW + timedelta(hours=26)) == 1
    assert store.load(engine, code) is None
    assert room_answers.counts(engine, code, ["phone_experience"]) == {"phone_experience": {}}
