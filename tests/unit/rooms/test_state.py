"""Room state and the presenter's moves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from careers.rooms import state as rs
from careers.rooms.state import RoomError, RoomState

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def test_every_move_raises_the_version():
    room = RoomState("ACDEFG")
    moved = rs.go_to(room, 3, 7)
    assert (moved.step, moved.version) == (3, 2)
    assert rs.reveal(moved, "operatore", True).version == 3


def test_pay_is_visible_only_when_revealed_and_not_hidden_for_all():
    room = rs.reveal(RoomState("ACDEFG"), "operatore", True)
    assert room.pay_visible("operatore")
    assert not room.pay_visible("team_leader")
    hidden = rs.hide_all_pay(room, True)
    assert not hidden.pay_visible("operatore")
    assert rs.hide_all_pay(hidden, False).pay_visible("operatore")
    assert not rs.reveal(room, "operatore", False).pay_visible("operatore")


def test_closing_a_question_stops_it_and_reopening_resumes():
    room = rs.close_question(RoomState("ACDEFG"), "q1", True)
    assert not room.is_open("q1") and room.is_open("q2")
    assert rs.close_question(room, "q1", False).is_open("q1")


@pytest.mark.parametrize("step", [0, 8, -1])
def test_a_step_outside_the_workshop_is_refused(step):
    with pytest.raises(RoomError) as err:
        rs.go_to(RoomState("ACDEFG"), step, 7)
    assert err.value.code == "bad_step"


def test_ending_early_moves_the_end_of_life_to_that_moment_and_never_later():
    planned = NOW + timedelta(hours=4)
    early = rs.end(RoomState("ACDEFG", expires_at=planned), at=NOW)
    assert early.ended and early.expires_at == NOW
    late = rs.end(RoomState("ACDEFG", expires_at=planned), at=planned + timedelta(hours=1))
    assert late.expires_at == planned


def test_an_ended_room_refuses_every_move():
    ended = rs.end(RoomState("ACDEFG"))
    assert ended.ended and not ended.is_live(NOW)
    for move in (
        lambda s: rs.go_to(s, 2, 7),
        lambda s: rs.reveal(s, "x", True),
        lambda s: rs.hide_results(s, True),
        rs.end,
    ):
        with pytest.raises(RoomError) as err:
            move(ended)
        assert err.value.code == "ended"


def test_a_room_expires_after_its_hours():
    room = RoomState("ACDEFG", expires_at=rs.expiry(NOW, 2))
    assert room.is_live(NOW + timedelta(hours=1, minutes=59))
    assert not room.is_live(NOW + timedelta(hours=2))


@pytest.mark.parametrize("hours", [0, -1, 73, float("nan")])
def test_unreasonable_lifetimes_are_refused(hours):
    with pytest.raises(RoomError):
        rs.expiry(NOW, hours)
