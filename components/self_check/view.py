"""Streamlit blocks of the self-check page: the answers form, the overview, one role's result."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from careers.dataset.models import Dataset
from careers.dataset.roles import RoleSkill
from careers.dataset.sources import SourceRef
from careers.self_check.answers import Answers
from careers.self_check.plan import NextStep, check_label, check_source, plan_file_name, render_plan
from careers.self_check.scoring import (
    Check,
    CoverageRow,
    RoleResult,
)
from careers.text.formatting import format_percent
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.chart_data import chart_data
from components.citations import Citations, numbers_of, show_notes
from components.ladder.role_card import bullets
from components.self_check.figures import coverage_figure

_BADGES = {
    "skill": ("gray", "self_check.badge_skill"),
    "required": ("blue", "necessity.required"),
    "preferred": ("violet", "necessity.preferred"),
}


def _marks(cites: Citations, refs: list[SourceRef]) -> str:
    """A fact's note marks after a space, or nothing when it cites no source."""
    return f" {cites.marks(refs)}" if refs else ""


def _check_line(check: Check, dataset: Dataset, t: Translator, cites: Citations) -> str:
    """A requirement as one escaped Markdown line: weight badge, text, note mark."""
    colour, key = _BADGES["skill" if check.kind == "skill" else check.requirement.necessity]
    badge = f":{colour}-badge[{t(key)}]"
    text = md_escape(check_label(check, dataset, t.lang))
    extra = ""
    if check.reason == "experience_for_education":
        extra = f" :green-badge[{t('self_check.via_experience')}]"
    elif check.reason == "needs_leadership":
        extra = f" :orange-badge[{t('self_check.needs_leadership')}]"
    return f"{badge}{extra} {text}{_marks(cites, [check_source(check)])}"


def _context_line(skill: RoleSkill, dataset: Dataset, t: Translator, cites: Citations) -> str:
    """A skill the sources ask for only in some settings, in their words, not scored."""
    name = md_escape(dataset.skill(skill.skill).name.get(t.lang))
    words = f": {md_escape(skill.note.get(t.lang))}" if skill.note else ""
    badge = f":gray-badge[{t('self_check.some_contexts')}]"
    return f"{badge} **{name}**{words}{_marks(cites, [skill.source])}"


def result_block(
    result: RoleResult, steps: list[NextStep], dataset: Dataset, t: Translator, cites: Citations
) -> None:
    """One role's score and its rule, what is met and missing, the notes, the next steps; each
    fact with its note marks, each section's notes one tap away."""
    if result.score is None:
        st.info(t("self_check.no_requirements"), icon=":material/info:")
    else:
        st.metric(
            t("self_check.score_label"),
            format_percent(result.score, t.lang, 0),
            border=True,
        )
        st.caption(t.plural("self_check.points_line", result.points, total=result.total))
    with st.expander(t("self_check.rule_title"), expanded=True):
        st.markdown(t("self_check.rule"))
    have, missing = st.columns(2, gap="large")
    for column, title, checks, empty in (
        (have, t("self_check.have"), result.met, t("self_check.have_none")),
        (missing, t("self_check.missing"), result.missing, t("self_check.missing_none")),
    ):
        with column:
            st.markdown(f"### {title}")
            lines = [_check_line(c, dataset, t, cites) for c in checks]
            st.markdown(bullets(lines) if lines else f"_{empty}_")
            show_notes(cites, numbers_of(cites, [check_source(c) for c in checks]))
    if result.faq_applied and result.faq_rule is not None:
        rule = result.faq_rule
        st.success(
            f"{t('self_check.faq_applied')}  \n> {md_escape(rule.answer.get(t.lang))}"
            f"{_marks(cites, [rule.source])}",
            icon=":material/workspace_premium:",
        )
        show_notes(cites, numbers_of(cites, [rule.source]))
    if result.notes or result.some_contexts:
        st.markdown(f"### {t('self_check.notes')}")
        st.markdown(
            bullets(
                [
                    f"{md_escape(q.text.get(t.lang))}{_marks(cites, [q.source])}"
                    for q in result.notes
                ]
                + [_context_line(s, dataset, t, cites) for s in result.some_contexts]
            )
        )
        refs = [q.source for q in result.notes] + [s.source for s in result.some_contexts]
        show_notes(cites, numbers_of(cites, refs))
    st.markdown(f"### {t('self_check.steps')}")
    st.markdown(
        bullets(f"{md_escape(s.text)}{_marks(cites, s.references())}" for s in steps)
        if steps
        else f"_{t('self_check.steps_none')}_"
    )
    show_notes(cites, numbers_of(cites, [ref for s in steps for ref in s.references()]))


def coverage_table(rows: Sequence[CoverageRow], t: Translator) -> pd.DataFrame:
    """What the coverage chart draws, row by row: the group, items met, missing, listed."""
    return pd.DataFrame(
        [[r["label"], r["met"], r["total"] - r["met"], r["total"]] for r in rows],
        columns=[
            t("self_check.col_group"),
            t("self_check.col_met"),
            t("self_check.chart_missing"),
            t("self_check.col_total"),
        ],
    )


def coverage_block(
    rows: list[CoverageRow],
    t: Translator,
    build: Callable[..., go.Figure] = lambda builder, *a: builder(*a),
) -> None:
    """The coverage chart of the chosen role, its data one click away as a table.

    Args:
        rows: from `careers.self_check.coverage_by_area`, every label filled in.
        t: translator.
        build: calls a figure builder with its arguments; the page passes its cache.
    """
    if not rows:
        return
    st.markdown(f"### {t('self_check.chart_title')}")
    st.plotly_chart(
        build(coverage_figure, rows, t),
        key="self_check_coverage",
        config={"displayModeBar": False},
        alt=t("self_check.chart_alt"),
    )
    with chart_data(t("self_check.chart_table"), "self_check_chart_table") as is_open:
        if is_open:
            st.dataframe(coverage_table(rows, t), hide_index=True, width="stretch")


def keep_block(
    dataset: Dataset, result: RoleResult, answers: Answers, t: Translator, params: dict[str, str]
) -> None:
    """Ways to keep the result: the plan as Markdown, and a link that reopens these answers."""
    left, right = st.columns(2, gap="large")
    left.download_button(
        t("self_check.download"),
        render_plan(dataset, result, answers, t).encode("utf-8"),
        file_name=plan_file_name(dataset, result.role.id, t.lang),
        mime="text/markdown",
        key="self_check_plan",
        icon=":material/download:",
    )
    with right:
        query = urlencode({**params, "lang": t.lang}, safe=",")
        st.markdown(f"**{t('self_check.link_title')}**")
        st.code(f"{st.context.url or '/self_check'}?{query}", language=None, wrap_lines=True)
        st.caption(t("self_check.link_help"))
