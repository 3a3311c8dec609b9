"""The presenter's side of workshop mode: moves without a room (session) or with one (database),
the room's join panel and its live results."""

from __future__ import annotations

from functools import partial

import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from app_pages import _room as room
from careers.dataset.models import Dataset
from careers.rooms import service
from careers.rooms import state as rs
from careers.rooms.results import results_frame
from careers.rooms.state import RoomState
from careers.store import room_answers
from careers.store import rooms as store
from careers.text.i18n import Translator
from careers.workshop.steps import Step
from components.workshop.room import join_panel, results_block


def local_go(to: int) -> None:
    """Move to another step without a room (a button callback)."""
    st.session_state["step"] = to


def local_hide_pay(hidden: bool) -> None:
    """Hide (or show) every pay figure without a room (a button callback)."""
    st.session_state["ws_hide_pay"] = hidden


def local_reveal(role_id: str, shown: bool) -> None:
    """Show or hide one role's salary without a room (a button callback)."""
    revealed = st.session_state.setdefault("ws_revealed", set())
    (revealed.add if shown else revealed.discard)(role_id)


def room_go(code: str, count: int, to: int) -> None:
    """Move the room to another step (a button callback)."""
    room.move(code, partial(rs.go_to, step=to, count=count))


def room_reveal(code: str, role_id: str, shown: bool) -> None:
    """Reveal or hide one role's pay for the whole room (a button callback)."""
    room.move(code, partial(rs.reveal, role_id=role_id, shown=shown))


def start_button(t: Translator, dataset: Dataset, step: int, count: int) -> None:
    """The way into a live room, from plain workshop mode."""
    st.button(
        t("rooms.start"),
        key="ws_start_room",
        icon=":material/groups:",
        help=t("rooms.start_help"),
        on_click=room.start_room,
        args=(dataset, step, count),
    )


def join_url(code: str) -> str:
    """The participants' link, on the address the presenter's browser uses."""
    base = (st.context.url or "").rstrip("/")
    base = base.removesuffix("/workshop")
    return f"{base}/workshop?room={code}"


def room_bar(
    t: Translator, state: RoomState, dataset: Dataset, steps: list[Step], *, large: bool
) -> None:
    """How to join (large on the title screen), who joined, and the room's own controls."""
    if st.session_state.pop("ws_room_started", False):
        st.success(t("rooms.started"), icon=":material/key:")
    if state.ended:
        st.info(t("rooms.ended_presenter", code=state.code), icon=":material/door_front:")
    else:
        join_panel(state.code, join_url(state.code), t, large=large)
    with st.container(horizontal=True, vertical_alignment="center", key="ws_room_bar"):
        live_count(t, state.code)
        st.space("stretch")
        if not state.ended:
            hidden = state.results_hidden
            st.button(
                t("rooms.show_results") if hidden else t("rooms.hide_results"),
                key="ws_results_button",
                type="tertiary",
                icon=":material/bar_chart:",
                help=t("rooms.hide_results_help"),
                on_click=room.move,
                args=(state.code, partial(rs.hide_results, hidden=not hidden)),
            )
        questions = list(room.room_questions(dataset).values())
        frame = results_frame(service.tallies(room.engine(), state.code, questions), t.lang)
        st.download_button(
            t("rooms.download"),
            frame.to_csv(index=False).encode("utf-8"),
            file_name=f"room_{state.code}_{t.lang}.csv",
            mime="text/csv",
            key="ws_room_csv",
            icon=":material/download:",
            type="tertiary",
            on_click="ignore",
        )
        if state.ended:
            st.button(t("rooms.new_room"), key="ws_leave_room", on_click=room.leave_room)
        else:
            with st.popover(t("rooms.end"), icon=":material/door_front:"):
                st.markdown(t("rooms.end_confirm"))
                st.button(
                    t("rooms.end_now"),
                    key="ws_end_room",
                    type="primary",
                    on_click=room.end_room,
                    args=(state.code,),
                )


@st.fragment(run_every=2 * room.POLL_SECONDS)
def live_count(t: Translator, code: str) -> None:
    """How many people joined, kept current while they arrive (one count query every 2 s)."""
    try:
        participants = room_answers.participant_count(room.engine(), code)
    except SQLAlchemyError:
        st.caption(t("rooms.reconnecting"))
        return
    st.markdown(t("rooms.participants", count=participants), width="content")


@st.fragment(run_every=room.POLL_SECONDS)
def live_results(t: Translator, code: str, question_ids: list[str]) -> None:
    """The answers to this step's questions, redrawn every second as they arrive."""
    try:
        state = store.load_state(room.engine(), code)
        questions = room.room_questions(room.room_dataset(code))
        shown = [questions[q] for q in question_ids if q in questions]
        tallies = service.tallies(room.engine(), code, shown)
    except SQLAlchemyError:
        st.caption(t("rooms.reconnecting"))
        return
    if state is None:
        return
    columns = st.columns(min(len(tallies), 3) or 1, gap="large")
    for n, tally in enumerate(tallies):
        with columns[n % len(columns)]:
            results_block(
                tally,
                t.lang,
                t,
                hidden=state.results_hidden,
                chart_key=f"ws_chart_{tally.question.id}",
            )
            if not state.ended:
                closed = not state.is_open(tally.question.id)
                st.button(
                    t("rooms.reopen_question") if closed else t("rooms.close_question"),
                    key=f"ws_close_{tally.question.id}",
                    type="tertiary",
                    icon=":material/lock_open:" if closed else ":material/lock:",
                    on_click=room.move,
                    args=(
                        code,
                        partial(
                            rs.close_question, question_id=tally.question.id, closed=not closed
                        ),
                    ),
                )
