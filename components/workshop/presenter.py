"""The presenter's controls: step buttons with arrow-key shortcuts, pay shown or hidden."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from careers.dataset.roles import Role
from careers.text.i18n import Translator
from components.workshop.view import salary_reveal


def controls(
    t: Translator,
    step: int,
    count: int,
    hide_pay: bool,
    *,
    go: Callable[[int], None],
    toggle_pay: Callable[[], None],
) -> None:
    """Previous / Next (← / →), the progress, and the switch that hides every pay figure.

    The switch is a button, not a toggle: a focused checkbox swallows the arrow keys, so after
    a toggle the shortcuts did nothing until the presenter clicked elsewhere.
    """
    with st.container(horizontal=True, vertical_alignment="center", key="ws_controls"):
        st.button(
            t("workshop.previous"),
            key="ws_previous",
            icon=":material/arrow_back:",
            disabled=step == 1,
            on_click=go,
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
            on_click=go,
            args=(step + 1,),
            shortcut="Right",
            help=t("workshop.keys_help"),
        )
        st.markdown(t("workshop.progress", step=step, count=count), width="content")
        st.space("stretch")
        st.button(
            t("workshop.hide_pay_off") if hide_pay else t("workshop.hide_pay"),
            key="ws_hide_pay_button",
            icon=":material/visibility:" if hide_pay else ":material/visibility_off:",
            type="tertiary",
            on_click=toggle_pay,
            help=t("workshop.hide_pay_help"),
        )


def pay_controls(
    role: Role,
    t: Translator,
    hide_pay: bool,
    revealed: bool,
    reveal: Callable[[str, bool], None],
) -> None:
    """A role's pay on the projector: hidden for all, revealed with a way back, or a reveal."""
    if hide_pay:
        st.caption(t("workshop.pay_hidden_note"))
    elif revealed:
        salary_reveal(role, t)
        st.button(
            t("workshop.conceal"),
            key=f"ws_conceal_{role.id}",
            icon=":material/visibility_off:",
            type="tertiary",
            on_click=reveal,
            args=(role.id, False),
        )
    else:
        st.button(
            t("workshop.reveal"),
            key=f"ws_reveal_{role.id}",
            icon=":material/visibility:",
            on_click=reveal,
            args=(role.id, True),
        )
