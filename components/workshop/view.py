"""The screens of workshop mode, in type large enough to read from the back of a room."""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from careers.dataset.models import Dataset
from careers.dataset.roles import Role
from careers.rooms.questions import RoomQuestion
from careers.text.formatting import format_band
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.faq import faq_expanders
from components.ladder.role_card import bullets

STAGE_KEY = "ws_stage"
TITLE_STEPS = 8
# Static CSS (no data in it): type scales with the smaller of the window's width and height, so
# one screen fills a 1280x720 projector and a 1920x1080 one alike without scrolling.
STAGE_CSS = """<style>
.st-key-ws_stage {
  --ws-text: clamp(1.05rem, min(1.8vw, 3.6vh), 2.4rem);
}
.st-key-ws_stage [data-testid="stMarkdownContainer"] p,
.st-key-ws_stage [data-testid="stMarkdownContainer"] li {
  font-size: var(--ws-text);
  line-height: 1.3;
}
.st-key-ws_stage [data-testid="stMarkdownContainer"] li { margin-bottom: 0.15em; }
.st-key-ws_stage [data-testid="stHeading"] h1 {
  font-size: calc(var(--ws-text) * 1.9); line-height: 1.1; padding: 0;
}
.st-key-ws_stage [data-testid="stHeading"] h2 {
  font-size: calc(var(--ws-text) * 1.25); padding: 0.2em 0;
}
.st-key-ws_stage [data-testid="stCaptionContainer"] p { font-size: calc(var(--ws-text) * 0.75); }
.st-key-ws_stage [data-testid="stExpander"] summary p { font-size: var(--ws-text); }
[data-testid="stMainBlockContainer"] { padding-top: 3.75rem; padding-bottom: 1rem; }
</style>"""


def title_screen(dataset: Dataset, ladder: list[Role], t: Translator) -> None:
    """The opening screen: the data's name and the ladder's steps, bottom to top."""
    st.title(md_escape(dataset.name.get(t.lang)), anchor=False)
    st.header(
        f"{t('workshop.subtitle')} · {t('workshop.ladder_steps', count=len(ladder))}",
        anchor=False,
    )
    # A long ladder would not fit one screen: its first steps, then how many more.
    lines = [
        f"{n}. **{md_escape(role.title.get(t.lang))}**"
        for n, role in enumerate(ladder[:TITLE_STEPS], 1)
    ]
    if len(ladder) > TITLE_STEPS:
        lines.append(f"{TITLE_STEPS + 1}. … (+{len(ladder) - TITLE_STEPS})")
    st.markdown("\n".join(lines))
    st.markdown(t("workshop.start_hint"))


def role_screen(role: Role, dataset: Dataset, t: Translator, rung: str) -> DeltaGenerator:
    """One rung: title, what the role is, its duties and skills; returns the slot for its pay."""
    lang = t.lang
    head, pay = st.columns([5, 3], gap="large")
    with head:
        st.caption(rung)
        st.title(md_escape(role.title.get(lang)), anchor=False)
    if role.description:
        st.markdown(md_escape(role.description.text.get(lang)))
    duties, skills = st.columns(2, gap="large")
    with duties:
        st.header(t("workshop.duties"), anchor=False)
        st.markdown(
            bullets(md_escape((i.title or i.text).get(lang)) for i in role.responsibilities)
            or f"_{t('role.none_listed')}_"
        )
    with skills:
        st.header(t("workshop.skills"), anchor=False)
        names = [md_escape(dataset.skill(s.skill).name.get(lang)) for s in role.skills]
        # A no-break space keeps each dot at the end of a line, never at the start of the next.
        st.markdown("\u00a0· ".join(names) or f"_{t('role.none_listed')}_")
    return pay


def salary_reveal(role: Role, t: Translator) -> None:
    """The band in large type, tagged when it is an estimate (its basis on hover)."""
    band = role.salary
    if band is None:
        st.markdown(f"_{t('band.none_short')}_")
        return
    st.header(md_escape(format_band(band, t)), anchor=False)
    if band.estimate:
        basis = band.basis.get(t.lang) if band.basis else None
        st.markdown(
            f":orange-badge[{t('band.estimate_tag')}]", help=md_escape(basis) if basis else None
        )


def faq_screen(dataset: Dataset, t: Translator) -> None:
    """The closing screen: the sources' frequently asked questions, one to open at a time."""
    st.title(t("workshop.faq_title"), anchor=False)
    if not dataset.faq:
        st.markdown(t("workshop.no_faq"))
        return
    st.markdown(t("workshop.faq_intro"))
    faq_expanders(dataset, t)


def channels_screen(questions: list[RoomQuestion], t: Translator) -> None:
    """The channel quiz's questions and their answers, for the room to talk over."""
    st.title(t("workshop.channels_title"), anchor=False)
    st.markdown(t("workshop.channels_intro"))
    lines = []
    for n, question in enumerate(questions, 1):
        options = " · ".join(
            md_escape(question.option_text(o, t.lang)) for o in question.option_ids()
        )
        lines.append(f"{n}. **{md_escape(question.text[t.lang])}**  \n{options}")
    st.markdown("\n".join(lines))


def pay_slot(role: Role, t: Translator, *, hidden_for_all: bool, revealed: bool) -> None:
    """What a phone shows where the pay goes: the band once revealed, else why it is not there.

    Nothing about the band is drawn before the reveal, so it never reaches the browser.
    """
    if hidden_for_all:
        st.caption(t("workshop.pay_hidden_note"))
    elif revealed:
        salary_reveal(role, t)
    else:
        st.caption(t("rooms.pay_pending"))
