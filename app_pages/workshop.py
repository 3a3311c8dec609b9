"""Workshop mode: the ladder one screen at a time for a projector, optionally as a live room.

`/workshop?step=N` presents without a room; `?present=<secret>` controls a live room (its state
in the database); `/workshop?room=CODE` is a participant's phone following that room.
"""

from functools import partial

import streamlit as st

from app_pages import _audience, _presenter, _room
from app_pages._session import current
from careers.ladder.graph import ladder_roles
from careers.rooms import state as rs
from careers.rooms.questions import step_questions
from careers.text.markdown import md_escape
from careers.workshop.steps import parse_step, workshop_steps
from components.workshop import presenter
from components.workshop.view import (
    STAGE_CSS,
    STAGE_KEY,
    channels_screen,
    faq_screen,
    role_screen,
    title_screen,
)

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

# `?step=` is the step slider's own link parameter; a value it cannot take gets the notice here.
requested = st.query_params.get("step")
if requested is not None and requested != st.session_state.get("ws_link_step"):
    step, problem = parse_step(requested, count)
    st.session_state["step"] = step
    shown = md_escape(requested[:20])
    if problem == "not_a_number":
        st.warning(t("workshop.bad_step", value=shown), icon=":material/link_off:")
    elif problem == "out_of_range":
        st.warning(
            t("workshop.step_out_of_range", value=shown, count=count, step=step),
            icon=":material/link_off:",
        )
if room is not None:
    st.session_state["step"] = min(room.step, count)
step = min(max(int(st.session_state.get("step", 1)), 1), count)
st.session_state["step"] = step
st.session_state["ws_link_step"] = str(step)

if room is None:
    hide_pay = st.session_state.get("ws_hide_pay", False)
    revealed = st.session_state.setdefault("ws_revealed", set())
    go = _presenter.local_go
    toggle_pay = partial(_presenter.local_hide_pay, not hide_pay)
    reveal = _presenter.local_reveal
else:
    hide_pay, revealed = room.hide_pay, set(room.revealed)
    go = partial(_presenter.room_go, room.code, count)
    toggle_pay = partial(_room.move, room.code, partial(rs.hide_all_pay, hidden=not hide_pay))
    reveal = partial(_presenter.room_reveal, room.code)

st.html(STAGE_CSS)
presenter.controls(t, step, count, hide_pay, go=go, toggle_pay=toggle_pay)
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
with st.container(key=STAGE_KEY):
    if current_step.kind == "title":
        title_screen(dataset, ladder, t)
    elif current_step.kind == "faq":
        faq_screen(dataset, t)
    elif current_step.kind == "channels":
        channels_screen(questions, t)
    else:
        role = dataset.role(current_step.role_id or "")
        rung = t("workshop.rung", level=step - 1, count=len(ladder))
        with role_screen(role, dataset, t, rung):
            presenter.pay_controls(role, t, hide_pay, role.id in revealed, reveal)
if room is not None and questions:
    _presenter.live_results(t, room.code, [q.id for q in questions])
