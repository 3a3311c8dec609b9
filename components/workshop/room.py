"""Blocks of a live room: the join panel with its QR code, answer buttons, the results."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import segno
import streamlit as st

from careers.rooms.questions import RoomQuestion
from careers.rooms.results import Tally
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.workshop.results_figure import results_figure

Callback = Callable[..., None]


def qr_png(url: str, scale: int = 8) -> bytes:
    """The join link as a QR code PNG, made locally (segno: no network, no service)."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()


def join_panel(code: str, join_url: str, t: Translator, *, large: bool) -> None:
    """How to join: the code in big type, the QR code and the link; a one-line badge if small."""
    if not large:
        st.markdown(t("rooms.join_short", code=code, url=md_escape(join_url)), width="content")
        return
    text, qr = st.columns([3, 2], vertical_alignment="center")
    with text:
        st.header(t("rooms.join_title"), anchor=False)
        st.markdown(t("rooms.join_code", code=code))
        st.markdown(t("rooms.join_link", url=md_escape(join_url)))
    with qr:
        st.image(qr_png(join_url), caption=t("rooms.qr_caption"), width=260)


def answer_buttons(
    question: RoomQuestion,
    lang: str,
    *,
    key: str,
    closed: bool,
    on_change: Callback,
    args: tuple[Any, ...],
    t: Translator,
) -> None:
    """One question as a list of choices; closed questions show the choice but take no answer.

    The choice itself lives in `st.session_state[key]`, set by the page before this is drawn.
    """
    st.radio(
        md_escape(question.text[lang]),
        question.option_ids(),
        format_func=lambda option_id: question.option_text(option_id, lang),
        key=key,
        index=None,
        disabled=closed,
        on_change=on_change,
        args=args,
    )
    st.caption(t("rooms.closed_note") if closed else t("rooms.change_note"))


def results_block(tally: Tally, lang: str, t: Translator, *, hidden: bool, chart_key: str) -> None:
    """A question's results for the projector: its chart with the count, or only the count."""
    st.markdown(f"**{md_escape(tally.question.text[lang])}**")
    st.caption(t("rooms.answer_count", count=tally.total))
    if hidden:
        st.caption(t("rooms.results_hidden_note"))
        return
    st.plotly_chart(
        results_figure(tally, lang, t("rooms.answers_axis")),
        key=chart_key,
        config={"displayModeBar": False, "staticPlot": True},
    )
