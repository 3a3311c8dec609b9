"""Presenter mode: the ladder one screen at a time, pay revealed on demand, step in the link."""

import streamlit as st

from app_pages._session import current
from careers.ladder.graph import ladder_roles
from careers.text.markdown import md_escape
from careers.workshop.steps import parse_step, workshop_steps
from components.workshop.view import (
    STAGE_CSS,
    STAGE_KEY,
    faq_screen,
    role_screen,
    salary_reveal,
    title_screen,
)

st.set_page_config(initial_sidebar_state="collapsed")
t, dataset = current()
ladder = ladder_roles(dataset)
steps = workshop_steps(dataset)
count = len(steps)

requested = st.query_params.get("step")
if requested is not None and requested != st.session_state.get("ws_link_step"):
    step, problem = parse_step(requested, count)
    st.session_state["ws_step"] = step
    shown = md_escape(requested[:20])
    if problem == "not_a_number":
        st.warning(t("workshop.bad_step", value=shown), icon=":material/link_off:")
    elif problem == "out_of_range":
        st.warning(
            t("workshop.step_out_of_range", value=shown, count=count, step=step),
            icon=":material/link_off:",
        )
step = min(max(st.session_state.get("ws_step", 1), 1), count)
st.session_state["ws_step"] = step
st.session_state["ws_link_step"] = str(step)
st.query_params["step"] = str(step)


def _go(to: int) -> None:
    """Move to another step (a button callback)."""
    st.session_state["ws_step"] = to


def _reveal(role_id: str, shown: bool) -> None:
    """Show or hide one role's salary (a button callback)."""
    revealed = st.session_state.setdefault("ws_revealed", set())
    (revealed.add if shown else revealed.discard)(role_id)


st.html(STAGE_CSS)
with st.container(horizontal=True, vertical_alignment="center", key="ws_controls"):
    st.button(
        t("workshop.previous"),
        key="ws_previous",
        icon=":material/arrow_back:",
        disabled=step == 1,
        on_click=_go,
        args=(step - 1,),
        shortcut="Left",
        help=t("workshop.keys_help"),
    )
    st.button(
        t("workshop.next"),
        key="ws_next",
        icon=":material/arrow_forward:",
        type="primary",
        disabled=step == count,
        on_click=_go,
        args=(step + 1,),
        shortcut="Right",
        help=t("workshop.keys_help"),
    )
    st.markdown(t("workshop.progress", step=step, count=count), width="content")
    st.space("stretch")
    hide_pay = st.toggle(
        t("workshop.hide_pay"), key="ws_hide_pay", help=t("workshop.hide_pay_help")
    )

current_step = steps[step - 1]
with st.container(key=STAGE_KEY):
    if current_step.kind == "title":
        title_screen(dataset, ladder, t)
    elif current_step.kind == "faq":
        faq_screen(dataset, t)
    else:
        role = dataset.role(current_step.role_id)
        rung = t("workshop.rung", level=step - 1, count=len(ladder))
        with role_screen(role, dataset, t, rung):
            revealed = role.id in st.session_state.get("ws_revealed", set())
            if hide_pay:
                st.caption(t("workshop.pay_hidden_note"))
            elif revealed:
                salary_reveal(role, t)
                st.button(
                    t("workshop.conceal"),
                    key=f"ws_conceal_{role.id}",
                    icon=":material/visibility_off:",
                    type="tertiary",
                    on_click=_reveal,
                    args=(role.id, False),
                )
            else:
                st.button(
                    t("workshop.reveal"),
                    key=f"ws_reveal_{role.id}",
                    icon=":material/visibility:",
                    on_click=_reveal,
                    args=(role.id, True),
                )
