"""Workshop mode: the ladder one screen at a time for a projector, optionally as a live room.

`/workshop?step=N` presents without a room; `?present=<secret>` controls a live room (its state
in the database); `/workshop?room=CODE` is a participant's phone following that room.
"""

import streamlit as st

from app_pages import _audience, _presenter, _room
from app_pages._session import current
from app_pages._workshop_step import shown_step, stage_moves
from careers.ladder.graph import ladder_roles
from careers.rooms.questions import step_questions
from careers.workshop.steps import workshop_steps
from components.workshop import presenter
from components.workshop.stage import stage
from components.workshop.view import STAGE_CSS

st.set_page_config(initial_sidebar_state="collapsed")
t, dataset = current()
typed_room = st.query_params.get("room")
if typed_room is not None:
    _audience.show(t, typed_room)
    st.stop()

_room.flash_error(t)
room = _room.presenter_room(t)
if room is not None:
    dataset = _room.room_dataset(room.code)
ladder = ladder_roles(dataset)
steps = workshop_steps(dataset)
count = len(steps)

step = shown_step(t, count, room)
moves = stage_moves(room, count)

st.html(STAGE_CSS)
presenter.controls(t, step, count, moves.hide_pay, go=moves.go, toggle_pay=moves.toggle_pay)
st.select_slider(
    t("workshop.step_picker"),
    list(range(1, count + 1)),
    key="step",
    bind="query-params",
    label_visibility="collapsed",
    on_change=_room.move_to_picked_step if room is not None else None,
    args=(room.code, count) if room is not None else None,
)

current_step = steps[step - 1]
questions = step_questions(dataset, current_step)
if room is None:
    _presenter.start_button(t, dataset, step, count)
else:
    _presenter.room_bar(t, room, dataset, steps, large=current_step.kind == "title")
stage(current_step, step, dataset, ladder, questions, t,
      hide_pay=moves.hide_pay, revealed=moves.revealed, reveal=moves.reveal)  # fmt: skip
if room is not None and questions:
    _presenter.live_results(t, room.code, [q.id for q in questions])
