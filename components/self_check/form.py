"""The self-check's answers form: education, years typed the page's way, leadership, skills."""

from __future__ import annotations

import streamlit as st

from careers.dataset.models import Dataset
from careers.self_check.answers import EDUCATION_KEYS, EDUCATION_LEVELS
from careers.self_check.scoring import skills_in_areas
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.ladder.role_card import bullets


def skill_key(skill_id: str) -> str:
    """The widget key of a skill's checkbox."""
    return f"self_check_skill_{skill_id}"


def answers_form(dataset: Dataset, t: Translator, years_problem: str | None = None) -> None:
    """Education, years, leadership, then one checkbox per catalogue skill, grouped by area.

    `years_problem` is the translated message for years typed that could not be read; the
    page keeps the previous value meanwhile.
    """
    first, second, third = st.columns(3, gap="medium")
    first.selectbox(
        t("self_check.education"),
        EDUCATION_LEVELS,
        key="self_check_edu",
        format_func=lambda level: t(EDUCATION_KEYS[level]),
        persist_state="session",
    )
    with second:
        st.text_input(
            t("self_check.years"),
            key="self_check_years_text",
            max_chars=40,
            help=t("self_check.years_help"),
            persist_state="session",
        )
        if years_problem:
            st.error(years_problem, icon=":material/error:")
    with third:
        st.checkbox(
            t("self_check.leadership"),
            key="self_check_lead",
            help=t("self_check.lead_help"),
            persist_state="session",
        )
    st.markdown(f"**{t('self_check.skills_question')}**")
    st.caption(t("self_check.skills_help"))
    notes = skill_notes(dataset, t.lang)
    names = {a.id: a.name.get(t.lang) for a in dataset.skill_areas}
    groups = skills_in_areas(dataset)
    columns = st.columns(min(3, max(len(groups), 1)), gap="medium")
    for index, (area, skill_ids) in enumerate(groups):
        with columns[index % len(columns)]:
            st.markdown(f"### {md_escape(names.get(area, area))}")
            for skill_id in skill_ids:
                st.checkbox(
                    md_escape(dataset.skill(skill_id).name.get(t.lang)),
                    key=skill_key(skill_id),
                    help=md_escape(notes[skill_id]) if skill_id in notes else None,
                    persist_state="session",
                )
    if notes:
        # A tooltip needs a pointer: the sources' words are also here, for touch screens.
        with st.expander(t("self_check.notes_title"), icon=":material/format_quote:"):
            st.markdown(
                bullets(
                    f"**{md_escape(dataset.skill(i).name.get(t.lang))}**: {md_escape(note)}"
                    for i, note in notes.items()
                )
            )


def skill_notes(dataset: Dataset, lang: str) -> dict[str, str]:
    """The sources' own words about each skill: the first note any role gives it."""
    notes: dict[str, str] = {}
    for role in dataset.roles:
        for role_skill in role.skills:
            if role_skill.note and role_skill.skill not in notes:
                notes[role_skill.skill] = role_skill.note.get(lang)
    return notes
