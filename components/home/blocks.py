"""The home page's blocks: band cards for the ladder, a start card per reader, facts and FAQ."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from careers.dataset.models import Dataset
from careers.dataset.roles import Role
from careers.text.formatting import format_band
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.citations import Citations, numbers_of, show_notes
from components.ladder.role_card import bullets, item_lines, item_refs

# A card per ladder role, four to a row; a big ladder shows its first few (the table has all).
GLANCE_MAX, PER_ROW = 8, 4


def glance_cards(ladder: Sequence[Role], t: Translator) -> None:
    """Each ladder role's title and band (or that it has none) on a card, in ladder order."""
    shown = ladder[:GLANCE_MAX]
    per_row = max(len(shown), 1) if len(shown) <= PER_ROW + 1 else PER_ROW
    for start in range(0, len(shown), per_row):
        row = zip(st.columns(per_row), shown[start : start + per_row], strict=False)
        for column, role in row:
            with column, st.container(border=True, height="stretch"):
                st.markdown(f"**{md_escape(role.title.get(t.lang))}**")
                if role.salary is None:
                    st.caption(t("band.none_short"))
                else:
                    st.markdown(md_escape(format_band(role.salary, t)))
                    if role.salary.estimate:
                        st.markdown(f":orange-badge[{t('band.estimate_tag')}]")
    if len(ladder) > GLANCE_MAX:
        st.caption(t("home.glance_more", count=len(ladder) - GLANCE_MAX))


def start_cards(t: Translator, entry: str | None) -> None:
    """Who might be reading (a job seeker, HR, a manager): a sentence and the pages for them.

    `entry` is the ladder's first role, which the seeker's links open (None: no ladder).
    """
    on_entry = {"role": entry, "lang": t.lang} if entry else {"lang": t.lang}
    lang = {"lang": t.lang}
    seeker_link = t("home.seeker.link") if entry else t("nav.ladder")
    cards = [
        (
            t("home.seeker.title"),
            t("home.seeker.text"),
            [
                ("app_pages/ladder.py", seeker_link, on_entry),
                ("app_pages/self_check.py", t("home.seeker.ready"), on_entry),
            ],
        ),
        (
            t("home.hr.title"),
            t("home.hr.text"),
            [
                ("app_pages/workshop.py", t("home.hr.link"), lang),
                ("app_pages/job_description.py", t("home.hr.job_description"), lang),
            ],
        ),
        (
            t("home.manager.title"),
            t("home.manager.text"),
            [
                ("app_pages/salaries.py", t("home.manager.link"), lang),
                ("app_pages/compare.py", t("home.manager.compare"), lang),
            ],
        ),
    ]
    for column, (title, text, links) in zip(st.columns(3), cards, strict=True):
        with column, st.container(border=True, height="stretch"):
            st.markdown(f"### {title}")
            st.markdown(text)
            for page, label, params in links:
                st.page_link(
                    page, label=label, icon=":material/arrow_forward:", query_params=params
                )


def source_facts(dataset: Dataset, t: Translator, cites: Citations) -> None:
    """Why people choose the job, the sources' FAQ, and how the two ladders map onto one."""
    if dataset.reasons:
        st.header(t("home.facts"), anchor=False)
        st.markdown(bullets(item_lines(dataset.reasons, dataset, t, cites)))
        show_notes(cites, numbers_of(cites, item_refs(dataset.reasons)))
    if dataset.faq:
        st.header(t("home.faq"), anchor=False)
        for faq in dataset.faq:
            with st.expander(md_escape(faq.question.get(t.lang))):
                st.markdown(f"{md_escape(faq.answer.get(t.lang))} {cites.mark(faq.source)}")
                show_notes(cites, numbers_of(cites, [faq.source]))
    if dataset.ladder_note:
        with st.expander(t("home.mapping")):
            st.markdown(item_lines([dataset.ladder_note], dataset, t, cites)[0])
            show_notes(cites, numbers_of(cites, dataset.ladder_note.references()))
