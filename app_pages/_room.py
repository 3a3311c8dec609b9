"""The live room behind the workshop page: session state, link parameters and callbacks.

Page-side glue only: the rules live in careers.rooms, the room itself in the database (so any
server process can serve any participant, and a reload or a restarted process loses nothing).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial

import streamlit as st
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from app_pages._session import default_dataset
from careers.dataset.models import Dataset
from careers.rooms import service
from careers.rooms import state as rs
from careers.rooms.clients import behind_proxy, client_address
from careers.rooms.codes import is_secret_shaped
from careers.rooms.questions import RoomQuestion, all_questions
from careers.rooms.state import RoomError, RoomState
from careers.store import rooms as store
from careers.store.engine import get_engine, ping
from careers.text.i18n import Translator
from careers.workshop.steps import workshop_steps

# How often a participant's page asks the database for the room's version: a step reaches the
# phones within this plus one redraw (the target is 2 s at the 95th percentile).
POLL_SECONDS = 1.0
# Participant ids: 128 random bits, in the link (`?p=`) so a reload or reconnect keeps them.
PARTICIPANT_BYTES = 16


def engine() -> Engine:
    """The database of rooms (and workspaces)."""
    return get_engine()


def now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def client() -> str:
    """Who is asking, for rate limits: the socket's address, or behind our proxy the one it
    forwards (careers.rooms.clients decides which to believe)."""
    return client_address(st.context.headers, st.context.ip_address, behind_proxy(os.environ))


def show_error(t: Translator, code: str) -> None:
    """A room's refusal in the user's language."""
    key = f"rooms.error.{code}"
    st.error(t(key if t.has(key) else "rooms.error.unavailable"), icon=":material/error:")


def flash_error(t: Translator) -> None:
    """Show (once) the refusal a callback left for this run."""
    code = st.session_state.pop("ws_room_error", None)
    if code:
        show_error(t, code)


@st.cache_resource(max_entries=64, show_spinner=False)
def room_dataset(code: str) -> Dataset:
    """The data a room runs on, read once per process (a room's data never changes)."""
    found = store.load(engine(), code)
    if found is None or found[1] is None:
        return default_dataset()
    return Dataset.model_validate_json(found[1])


def room_questions(dataset: Dataset) -> dict[str, RoomQuestion]:
    """Every question of the workshop on `dataset`, by id."""
    return all_questions(dataset, workshop_steps(dataset))


# The presenter ---------------------------------------------------------------------------


def presenter_room(t: Translator) -> RoomState | None:
    """The room `?present=` controls, or None (with a notice for a link that controls none)."""
    secret = st.query_params.get("present")
    if secret is None:
        return None
    try:
        code = service.presenter_code(engine(), secret)
        state = store.load_state(engine(), code)
    except RoomError as err:
        show_error(t, err.code)
        return None
    except SQLAlchemyError:
        # Not a local presentation: one click on "Start" or "Next" would not reach the room.
        # Say so, and come back to the room by itself once the database answers.
        show_error(t, "unavailable")
        keep_waiting_for_database()
        st.stop()
    return state


def start_room(dataset: Dataset, step: int, count: int) -> None:
    """Open a room on this session's data, at the step shown (a button callback)."""
    snapshot = None if dataset is default_dataset() else dataset.model_dump_json(by_alias=True)
    try:
        code, secret = service.start_room(engine(), snapshot, client(), now(), service.room_hours())
        if step > 1:
            service.move(engine(), code, partial(rs.go_to, step=step, count=count), now())
    except RoomError as err:
        st.session_state["ws_room_error"] = err.code
        return
    except SQLAlchemyError:
        st.session_state["ws_room_error"] = "unavailable"
        return
    st.session_state["ws_room_started"] = True
    st.query_params["present"] = secret


def leave_room() -> None:
    """Present without a room again (a button callback)."""
    st.query_params.pop("present", None)


def move(code: str, change: Callable[[RoomState], RoomState]) -> None:
    """Apply a presenter's move; a refusal is kept for the next run to show (a callback)."""
    try:
        service.move(engine(), code, change, now())
    except RoomError as err:
        st.session_state["ws_room_error"] = err.code
    except SQLAlchemyError:
        st.session_state["ws_room_error"] = "unavailable"


def end_room(code: str) -> None:
    """End the room now (the presenter's confirmed "end" button's callback)."""
    move(code, partial(rs.end, at=now()))


def move_to_picked_step(code: str, count: int) -> None:
    """Move the room to the step picked on the step slider (its on_change callback)."""
    move(code, partial(rs.go_to, step=int(st.session_state["step"]), count=count))


# The participant -------------------------------------------------------------------------


def new_participant() -> str:
    """A fresh anonymous participant id (128 random bits)."""
    return secrets.token_urlsafe(PARTICIPANT_BYTES)


def participant_id() -> str:
    """This browser's anonymous id in the room: kept in the session and in the link (`?p=`).

    The link keeps it through a reload, a dropped connection or a restarted server process (a
    new session on another process starts from the same link); Streamlit offers no cookie a
    page could write. A hostile or malformed `?p=` is quietly replaced by a fresh id.
    """
    pid: str | None = st.session_state.get("ws_participant")
    if pid is None:
        linked = st.query_params.get("p")
        pid = linked if linked and is_secret_shaped(linked) else new_participant()
        st.session_state["ws_participant"] = pid
    if st.query_params.get("p") != pid:
        st.query_params["p"] = pid
    return pid


def participant_room(typed: str) -> RoomState:
    """The room this participant follows, joined once per session; raises RoomError."""
    known = st.session_state.get("ws_room_code")
    if known is not None and st.session_state.get("ws_room_typed") == typed:
        state = store.load_state(engine(), known)
        if state is None or not state.is_live(now()):
            raise RoomError("ended")
        return state
    state, _ = service.find_room(engine(), typed, client(), now())
    service.join(engine(), state.code, participant_id(), client(), now())
    st.session_state["ws_room_code"] = state.code
    st.session_state["ws_room_typed"] = typed
    return state


def restore_answers(code: str, questions: list[RoomQuestion]) -> None:
    """Put this participant's stored answers into the answer widgets (after a reload)."""
    missing = [q for q in questions if f"ws_answer_{q.id}" not in st.session_state]
    if not missing:
        return
    mine = service.my_answers(engine(), code, participant_id())
    for question in missing:
        st.session_state[f"ws_answer_{question.id}"] = mine.get(question.id)


def answer(code: str, question_id: str) -> None:
    """Record the choice just made (the answer widget's callback); undo it if refused."""
    key = f"ws_answer_{question_id}"
    option = st.session_state.get(key)
    if option is None:
        return
    pid = participant_id()
    try:
        questions = room_questions(room_dataset(code))
        service.answer(engine(), code, questions, pid, question_id, option, now())
    except RoomError as err:
        st.session_state["ws_room_error"] = err.code
        st.session_state[key] = service.my_answers(engine(), code, pid).get(question_id)
    except SQLAlchemyError:
        st.session_state["ws_room_error"] = "unavailable"


def set_language() -> None:
    """Switch this participant's language (the picker's callback; app.py reads `lang`)."""
    st.session_state["lang"] = st.session_state["ws_room_lang"] or st.session_state["lang"]


def keep_following(t: Translator, code: str, seen: int, expires_at: datetime) -> None:
    """Start (or keep) the once-a-second check that redraws this phone when the room moves.

    The checker lives alone at the top of the bottom container, never in the page's main
    column: a fragment's re-run sends its drawing to the position (delta path) it had in the
    last full run, and in the main column that position shifts with whatever is drawn before
    it (a notice, a refusal) or is gone while a full run redraws the page. The browser then
    rejects the message ("Bad delta path index"), drops the connection and the phone stops
    following. Index 0 of the bottom container is always a valid position.
    """
    with st.bottom:
        follow(t, code, seen, expires_at)


@st.fragment(run_every=POLL_SECONDS)
def follow(t: Translator, code: str, seen: int, expires_at: datetime) -> None:
    """Redraw the page when the room changed: one primary-key read per second, nothing drawn
    while nothing changed; while the database does not answer, the last screen stays with a
    notice."""
    try:
        current = store.version(engine(), code)
    except SQLAlchemyError:
        show_error(t, "unavailable")
        return
    if current != seen or now() >= expires_at:
        st.rerun(scope="app")


def keep_waiting_for_database() -> None:
    """Start the once-a-second check that runs the page again once the database answers (at
    the bottom container's stable position, like `keep_following`)."""
    with st.bottom:
        wait_for_database()


@st.fragment(run_every=POLL_SECONDS)
def wait_for_database() -> None:
    """Run the page again as soon as the database answers (checked once a second)."""
    if ping():
        st.rerun(scope="app")
