"""Streamlit blocks of the "which suits me?" quiz: its rule, the questions, the result."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from careers.channels.content import channel, evidence, fitting_laterals, label
from careers.channels.quiz import BOTH, SIDES, QuizResult, answers_by_side, leaning_sides
from careers.dataset.models import Dataset
from careers.dataset.questions import QuizOption, QuizQuestion
from careers.dataset.sources import Item
from careers.ladder.graph import ladder_roles
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.cache import CONTENT_HASH
from components.ladder.role_card import bullets

Answers = dict[str, str | None]


@st.cache_data(max_entries=8, show_spinner=False, hash_funcs=CONTENT_HASH)
def rule_table(dataset: Dataset, t: Translator) -> pd.DataFrame:
    """Points per answer of every question (`rule_frame` without answers), built once."""
    return rule_frame(dataset.quiz, t)


def quiz_intro(dataset: Dataset, t: Translator) -> bool:
    """The quiz's title, disclaimer and scoring rule; False (with why) when it cannot run here."""
    st.header(t("channels.quiz.title"), anchor=False)
    if not dataset.quiz:
        st.info(t("channels.quiz.no_quiz"), icon=":material/info:")
        return False
    st.info(t("channels.quiz.disclaimer"), icon=":material/psychology_alt:")
    if not all(channel(dataset, side) for side in SIDES):
        st.info(t("channels.quiz.needs_both"), icon=":material/info:")
        return False
    with st.expander(t("channels.quiz.rule"), icon=":material/calculate:"):
        st.markdown(t("channels.quiz.rule_text"))
        st.dataframe(rule_table(dataset, t), hide_index=True, width="stretch")
    return True


def quiz_form(questions: list[QuizQuestion], t: Translator) -> bool:
    """The questions as radio buttons in a form; True on the run the user submits it."""
    with st.form("channels_quiz", border=True):
        for number, question in enumerate(questions, start=1):
            options = {o.id: md_escape(o.text.get(t.lang)) for o in question.options}
            st.radio(
                f"{number}\\. {md_escape(question.text.get(t.lang))}",
                list(options),
                index=None,
                key=f"channels_q_{question.id}",
                format_func=options.__getitem__,
            )
        st.caption(t("channels.quiz.app_words"))
        return st.form_submit_button(
            t("channels.quiz.submit"),
            type="primary",
            icon=":material/how_to_reg:",
            key="channels_quiz_submit",
        )


def rule_frame(
    questions: list[QuizQuestion], t: Translator, answers: Answers | None = None
) -> pd.DataFrame:
    """Points per answer: every answer of every question, or only those given plus a total row."""
    question_col, answer_col = t("channels.quiz.col_question"), t("channels.quiz.col_answer")
    inbound_col, outbound_col = t("channels.quiz.col_inbound"), t("channels.quiz.col_outbound")
    rows = [
        {
            question_col: f"{number}. {question.text.get(t.lang)}",
            answer_col: option.text.get(t.lang),
            inbound_col: option.inbound,
            outbound_col: option.outbound,
        }
        for number, question in enumerate(questions, start=1)
        for option in question.options
        if answers is None or answers.get(question.id) == option.id
    ]
    frame = pd.DataFrame(rows)
    if answers is not None and rows:
        total = {
            question_col: t("channels.quiz.total"),
            answer_col: "",
            inbound_col: int(frame[inbound_col].sum()),
            outbound_col: int(frame[outbound_col].sum()),
        }
        frame = pd.concat([frame, pd.DataFrame([total])], ignore_index=True)
    return frame


def _missing(result: QuizResult, questions: list[QuizQuestion], t: Translator) -> None:
    """The questions still unanswered, by number."""
    numbered = [(n, q) for n, q in enumerate(questions, start=1) if q.id in result.missing]
    st.warning(
        t("channels.quiz.missing")
        + "\n\n"
        + bullets(f"{n}\\. {md_escape(q.text.get(t.lang))}" for n, q in numbered),
        icon=":material/pending_actions:",
    )


def quiz_result(result: QuizResult, answers: Answers, dataset: Dataset, t: Translator) -> None:
    """What is still missing, or the leaning with its reasons, points and roles to look at."""
    if not result.complete or result.leaning is None:
        _missing(result, dataset.quiz, t)
        return
    st.success(
        t(f"channels.quiz.result_{result.leaning}", **result.totals), icon=":material/explore:"
    )
    st.markdown(f"### {t('channels.quiz.roles')}")
    _role_links(result, dataset, t)
    st.markdown(f"### {t('channels.quiz.why')}")
    grouped = answers_by_side(answers, dataset.quiz)
    for side, column in zip(SIDES, st.columns(2, gap="large"), strict=True):
        with column, st.container(border=True):
            _side_reasons(side, grouped[side], dataset, t)
    if grouped[BOTH]:
        neutral = ", ".join(
            t("channels.quiz.quoted", text=md_escape(o.text.get(t.lang))) for _, o in grouped[BOTH]
        )
        st.caption(t("channels.quiz.neutral", answers=neutral))
    with st.expander(t("channels.quiz.your_answers"), icon=":material/calculate:"):
        st.dataframe(rule_frame(dataset.quiz, t, answers), hide_index=True, width="stretch")


def _side_reasons(
    side: str, picks: list[tuple[QuizQuestion, QuizOption]], dataset: Dataset, t: Translator
) -> None:
    """One side's answers with their points, and the source items they are drawn from."""
    found = channel(dataset, side)
    name = md_escape(found.name.get(t.lang)) if found else side
    st.markdown(f"**{t('channels.quiz.towards', channel=name)}**")
    if not picks:
        st.caption(t("channels.quiz.no_answers"))
        return
    st.markdown(
        bullets(
            t.plural(
                "channels.quiz.reason",
                max(o.inbound, o.outbound),
                answer=md_escape(o.text.get(t.lang)),
            )
            for _, o in picks
        )
    )
    ids = tuple(dict.fromkeys(i for _, o in picks for i in o.evidence))
    items = evidence(dataset, side, ids)
    if items:
        st.caption(t("channels.quiz.in_sources"))
        st.markdown(bullets(_evidence_line(item, dataset, t) for item in items))


def _evidence_line(item: Item, dataset: Dataset, t: Translator) -> str:
    """A source item in a few words, with its short citation."""
    cite = md_escape(dataset.cite(item.source, t.lang, short=True))
    return f"{md_escape(label(item, t.lang))} :gray[{cite}]"


def _role_links(result: QuizResult, dataset: Dataset, t: Translator) -> None:
    """Links to the ladder's first role (when there is a ladder) and the laterals that fit."""
    assert result.leaning is not None
    entry = ladder_roles(dataset)[:1]  # a dataset of lateral roles only has no entry rung
    for role in entry:
        st.page_link(
            "app_pages/ladder.py",
            label=t("channels.quiz.entry_role", role=md_escape(role.title.get(t.lang))),
            icon=":material/stairs:",
            query_params={"role": role.id, "lang": t.lang},
        )
    shown = set()
    for side in leaning_sides(result.leaning):
        found = channel(dataset, side)
        name = found.name.get(t.lang) if found else side
        for role, activity in fitting_laterals(dataset, side):
            if role.id in shown:
                continue
            shown.add(role.id)
            st.page_link(
                "app_pages/ladder.py",
                label=t(
                    "channels.quiz.lateral_role",
                    role=md_escape(role.title.get(t.lang)),
                    activity=md_escape(label(activity, t.lang)),
                    channel=md_escape(name),
                ),
                icon=":material/arrow_outward:",
                query_params={"role": role.id, "lang": t.lang},
            )
    if shown:
        st.caption(t("channels.quiz.lateral_explained"))
    if not entry and not shown:
        st.caption(t("channels.quiz.no_roles"))
