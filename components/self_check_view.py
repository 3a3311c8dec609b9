"""Streamlit blocks of the self-check page: the answers form, the overview, one role's result."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from careers.formatting import format_percent
from careers.i18n import Translator
from careers.models import Dataset, SourceRef
from careers.plan import Step, check_label, check_source
from careers.self_check import EDUCATION_LEVELS, MAX_YEARS, Check, RoleResult, skills_in_areas
from careers.text import md_escape
from components.role_card import bullets

EDUCATION_KEYS = {
    "none": "self_check.edu.none",
    "high_school": "self_check.edu.high_school",
    "bachelor": "self_check.edu.bachelor",
}
_BADGES = {
    "skill": ("gray", "self_check.badge_skill"),
    "required": ("blue", "necessity.required"),
    "preferred": ("violet", "necessity.preferred"),
}


def skill_key(skill_id: str) -> str:
    """The widget key of a skill's checkbox."""
    return f"self_check_skill_{skill_id}"


def _cite(dataset: Dataset, ref: SourceRef | None, t: Translator) -> str:
    """A grey, escaped short citation, or nothing."""
    return f" :gray[{md_escape(dataset.cite(ref, t.lang, short=True))}]" if ref else ""


def answers_form(dataset: Dataset, t: Translator) -> None:
    """Education, years, leadership, then one checkbox per catalogue skill, grouped by area."""
    first, second, third = st.columns(3, gap="medium")
    first.selectbox(
        t("self_check.education"),
        EDUCATION_LEVELS,
        key="self_check_edu",
        format_func=lambda level: t(EDUCATION_KEYS[level]),
    )
    second.number_input(
        t("self_check.years"),
        min_value=0.0,
        max_value=MAX_YEARS,
        step=0.5,
        format="%.1f",
        key="self_check_years",
        help=t("self_check.years_help"),
    )
    with third:
        st.checkbox(
            t("self_check.leadership"), key="self_check_lead", help=t("self_check.lead_help")
        )
    st.markdown(f"**{t('self_check.skills_question')}**")
    st.caption(t("self_check.skills_help"))
    notes = {}
    for role in dataset.roles:
        for role_skill in role.skills:
            if role_skill.note and role_skill.skill not in notes:
                notes[role_skill.skill] = role_skill.note.get(t.lang)
    names = {a.id: a.name.get(t.lang) for a in dataset.skill_areas}
    groups = skills_in_areas(dataset)
    columns = st.columns(min(3, max(len(groups), 1)), gap="medium")
    for index, (area, skill_ids) in enumerate(groups):
        with columns[index % len(columns)]:
            st.markdown(f"###### {md_escape(names.get(area, area))}")
            for skill_id in skill_ids:
                st.checkbox(
                    md_escape(dataset.skill(skill_id).name.get(t.lang)),
                    key=skill_key(skill_id),
                    help=md_escape(notes[skill_id]) if skill_id in notes else None,
                )


def overview_frame(results: list[RoleResult], t: Translator) -> pd.DataFrame:
    """One row per role: title, score (0–100 or empty), points met, points in total, missing."""
    return pd.DataFrame(
        [
            {
                t("self_check.col_role"): r.role.title.get(t.lang),
                t("self_check.col_score"): None if r.score is None else round(100 * r.score),
                t("self_check.col_points"): f"{r.points} / {r.total}" if r.total else "—",
                t("self_check.col_missing"): len(r.missing),
            }
            for r in results
        ]
    )


def overview(results: list[RoleResult], t: Translator) -> None:
    """Every role's score in one table with progress bars."""
    frame = overview_frame(results, t)
    st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        column_config={
            t("self_check.col_score"): st.column_config.ProgressColumn(
                t("self_check.col_score"), format="%d%%", min_value=0, max_value=100
            )
        },
    )


def _check_line(check: Check, dataset: Dataset, t: Translator) -> str:
    """A requirement as one escaped Markdown line: weight badge, text, source."""
    colour, key = _BADGES["skill" if check.kind == "skill" else check.qualification.necessity]
    badge = f":{colour}-badge[{t(key)}]"
    text = md_escape(check_label(check, dataset, t.lang))
    extra = ""
    if check.reason == "experience_for_education":
        extra = f" :green-badge[{t('self_check.via_experience')}]"
    elif check.reason == "needs_leadership":
        extra = f" :orange-badge[{t('self_check.needs_leadership')}]"
    return f"{badge}{extra} {text}{_cite(dataset, check_source(check), t)}"


def result_block(result: RoleResult, steps: list[Step], dataset: Dataset, t: Translator) -> None:
    """One role's score and its rule, what is met and missing, the notes, the next steps."""
    if result.score is None:
        st.info(t("self_check.no_requirements"), icon=":material/info:")
    else:
        st.metric(
            t("self_check.score_label"),
            format_percent(result.score, t.lang, 0),
            border=True,
        )
        st.caption(t("self_check.points_line", points=result.points, total=result.total))
    with st.expander(t("self_check.rule_title"), expanded=True):
        st.markdown(t("self_check.rule"))
    have, missing = st.columns(2, gap="large")
    for column, title, checks, empty in (
        (have, t("self_check.have"), result.met, t("self_check.have_none")),
        (missing, t("self_check.missing"), result.missing, t("self_check.missing_none")),
    ):
        with column:
            st.markdown(f"#### {title}")
            lines = [_check_line(c, dataset, t) for c in checks]
            st.markdown(bullets(lines) if lines else f"_{empty}_")
    if result.faq_applied:
        st.success(
            f"{t('self_check.faq_applied')}  \n> {md_escape(result.faq_rule.answer.get(t.lang))}"
            f"  \n{_cite(dataset, result.faq_rule.source, t)}",
            icon=":material/workspace_premium:",
        )
    if result.notes:
        st.markdown(f"#### {t('self_check.notes')}")
        st.markdown(
            bullets(
                f"{md_escape(q.text.get(t.lang))}{_cite(dataset, q.source, t)}"
                for q in result.notes
            )
        )
    st.markdown(f"#### {t('self_check.steps')}")
    st.markdown(
        bullets(f"{md_escape(s.text)}{_cite(dataset, s.source, t)}" for s in steps)
        if steps
        else f"_{t('self_check.steps_none')}_"
    )
