"""Page glue for the workshop's step and moves: the step from the link or the room, and what
the presenter's buttons do, locally or in a live room."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import streamlit as st

from app_pages import _presenter, _room
from careers.rooms import state as rs
from careers.rooms.state import RoomState
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from careers.workshop.steps import parse_step


@dataclass(frozen=True)
class StageMoves:
    """Where pay stands and what the presenter's buttons call."""

    hide_pay: bool
    revealed: set[str]
    go: Callable[[int], None]
    toggle_pay: Callable[[], None]
    reveal: Callable[[str, bool], None]


def shown_step(t: Translator, count: int, room: RoomState | None) -> int:
    """The step to show (1..count): a live room's, else the link's or the slider's.

    `?step=` is the step slider's own link parameter; a value it cannot take gets the notice
    here, once per new value.
    """
    state = st.session_state
    requested = st.query_params.get("step")
    if requested is not None and requested != state.get("ws_link_step"):
        step, problem = parse_step(requested, count)
        state["step"] = step
        shown = md_escape(requested[:20])
        if problem == "not_a_number":
            st.warning(t("workshop.bad_step", value=shown), icon=":material/link_off:")
        elif problem == "out_of_range":
            st.warning(
                t("workshop.step_out_of_range", value=shown, count=count, step=step),
                icon=":material/link_off:",
            )
    if room is not None:
        state["step"] = min(room.step, count)
    step = min(max(int(state.get("step", 1)), 1), count)
    state["step"] = step
    state["ws_link_step"] = str(step)
    return step


def stage_moves(room: RoomState | None, count: int) -> StageMoves:
    """This session's own pay settings and moves, or the live room's (stored for every process)."""
    if room is None:
        hide_pay = bool(st.session_state.get("ws_hide_pay", False))
        return StageMoves(
            hide_pay=hide_pay,
            revealed=st.session_state.setdefault("ws_revealed", set()),
            go=_presenter.local_go,
            toggle_pay=partial(_presenter.local_hide_pay, not hide_pay),
            reveal=_presenter.local_reveal,
        )
    return StageMoves(
        hide_pay=room.hide_pay,
        revealed=set(room.revealed),
        go=partial(_presenter.room_go, room.code, count),
        toggle_pay=partial(
            _room.move, room.code, partial(rs.hide_all_pay, hidden=not room.hide_pay)
        ),
        reveal=partial(_presenter.room_reveal, room.code),
    )
