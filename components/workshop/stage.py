"""The workshop's stage: the screen of the current step, in large type for a projector."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from careers.dataset.models import Dataset
from careers.dataset.roles import Role
from careers.rooms.questions import RoomQuestion
from careers.text.i18n import Translator
from careers.workshop.steps import Step
from components.workshop.presenter import pay_controls
from components.workshop.view import (
    STAGE_KEY,
    channels_screen,
    faq_screen,
    role_screen,
    title_screen,
)


def stage(
    current: Step,
    step: int,
    dataset: Dataset,
    ladder: list[Role],
    questions: list[RoomQuestion],
    t: Translator,
    *,
    hide_pay: bool,
    revealed: set[str],
    reveal: Callable[[str, bool], None],
) -> None:
    """Draw the step's screen: title, a rung (with its pay as the presenter set it), quiz, FAQ.

    `hide_pay`: pay hidden for all; `revealed`: the roles whose pay is shown; `reveal`: what a
    reveal or conceal button calls, with the role id and whether to show it.
    """
    with st.container(key=STAGE_KEY):
        if current.kind == "title":
            title_screen(dataset, ladder, t)
        elif current.kind == "faq":
            faq_screen(dataset, t)
        elif current.kind == "channels":
            channels_screen(questions, t)
        else:
            role = dataset.role(current.role_id or "")
            rung = t("workshop.rung", level=step - 1, count=len(ladder))
            with role_screen(role, dataset, t, rung):
                pay_controls(role, t, hide_pay, role.id in revealed, reveal)
