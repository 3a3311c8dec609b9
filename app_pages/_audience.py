"""A participant's phone in a live room (`/workshop?room=CODE`): the presenter's current screen,
the step's questions, the participant's own language. Drawn only from the room as stored."""

from __future__ import annotations

import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from app_pages import _room as room
from careers.ladder.graph import ladder_roles
from careers.rooms.questions import step_questions
from careers.rooms.state import RoomError
from careers.text.i18n import Translator
from careers.workshop.steps import workshop_steps
from components.workshop.room import answer_buttons
from components.workshop.view import faq_screen, pay_slot, role_screen

PHONE_KEY = "ws_phone"
LANGUAGES = {"it": "Italiano", "en": "English"}


def language_picker(t: Translator) -> None:
    """Each participant reads the room in their own language."""
    st.session_state["ws_room_lang"] = t.lang
    st.segmented_control(
        t("rooms.your_language"),
        list(LANGUAGES),
        format_func=lambda lang: LANGUAGES[lang],
        key="ws_room_lang",
        on_change=room.set_language,
    )


def code_form(t: Translator) -> None:
    """A box to type the room's code, for a participant whose link did not work."""
    with st.form("ws_room_form", border=False):
        typed = st.text_input(
            t("rooms.enter_code"), max_chars=12, help=t("rooms.enter_code_help"), key="ws_code"
        )
        if st.form_submit_button(t("rooms.join_button"), type="primary"):
            st.query_params["room"] = typed


def show(t: Translator, typed: str) -> None:
    """The whole participant page."""
    language_picker(t)
    room.flash_error(t)
    try:
        state = room.participant_room(typed)
    except RoomError as err:
        room.show_error(t, err.code)
        if err.code in ("unknown", "guessing"):
            code_form(t)
        return
    except SQLAlchemyError:
        # The follower shows the notice while the database is away, and reruns once it is back.
        room.follow(t, typed, -1, room.now())
        return
    if not state.is_live(room.now()):
        st.info(t("rooms.ended"), icon=":material/door_front:")
        return
    room.follow(t, state.code, state.version, state.expires_at)
    dataset = room.room_dataset(state.code)
    steps = workshop_steps(dataset)
    step = steps[min(state.step, len(steps)) - 1]
    questions = step_questions(dataset, step)
    room.restore_answers(state.code, questions)
    st.caption(t("workshop.progress", step=min(state.step, len(steps)), count=len(steps)))
    with st.container(key=PHONE_KEY):
        if step.kind == "title":
            st.title(dataset.name.get(t.lang), anchor=False)
            st.info(t("rooms.waiting"), icon=":material/smartphone:")
        elif step.kind == "faq":
            faq_screen(dataset, t)
        elif step.kind == "channels":
            st.title(t("workshop.channels_title"), anchor=False)
        elif step.role_id is not None:
            role = dataset.role(step.role_id)
            ladder = ladder_roles(dataset)
            rung = t("workshop.rung", level=state.step - 1, count=len(ladder))
            with role_screen(role, dataset, t, rung):
                pay_slot(
                    role,
                    t,
                    hidden_for_all=state.hide_pay,
                    revealed=state.pay_visible(role.id),
                )
        if questions and step.kind == "role":
            st.caption(t("rooms.app_question"))
        for question in questions:
            with st.container(border=True):
                answer_buttons(
                    question,
                    t.lang,
                    key=f"ws_answer_{question.id}",
                    closed=not state.is_open(question.id),
                    on_change=room.answer,
                    args=(state.code, question.id),
                    t=t,
                )
