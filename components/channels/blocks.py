"""Streamlit blocks of the inbound / outbound page: a channel in full, a picked item, the quiz."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from careers.channels.content import (
    ChannelItem,
    channel,
    chart_table,
    comparison_frame,
    evidence,
    fitting_laterals,
    label,
)
from careers.channels.quiz import (
    BOTH,
    QUESTIONS,
    SIDES,
    Question,
    QuizResult,
    answers_by_side,
    leaning_sides,
)
from careers.dataset.models import Channel, Dataset, Item
from careers.ladder.graph import ladder_roles
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.cache import CONTENT_HASH
from components.chart_data import chart_data as data_expander
from components.ladder.role_card import bullets, item_lines

# Cached tables are keyed by the data's content and the language, never by the session.


@st.cache_data(max_entries=32, show_spinner=False, hash_funcs=CONTENT_HASH)
def chart_tables(dataset: Dataset, t: Translator) -> tuple[pd.DataFrame, bytes]:
    """The chart's data as shown under it, and as CSV (with ids) to download; built once."""
    return chart_table(dataset, t), comparison_frame(dataset, t.lang).to_csv(index=False).encode()


@st.cache_data(max_entries=4, show_spinner=False, hash_funcs=CONTENT_HASH)
def rule_table(t: Translator) -> pd.DataFrame:
    """Points per answer of every question (`rule_frame` without answers), built once."""
    return rule_frame(t)


def group_names(t: Translator) -> dict[str, str]:
    """The heading of each group of items, in the chosen language."""
    return {
        "activities": t("channels.group.activities"),
        "duties": t("channels.group.duties"),
        "experience": t("channels.group.experience"),
        "common": t("channels.group.common"),
    }


def channel_column(found: Channel, dataset: Dataset, t: Translator, focused: bool) -> None:
    """One channel in full: who calls whom, then its activities, duties and experience."""
    with st.container(border=True):
        badge = f" :orange-badge[{t('channels.focused')}]" if focused else ""
        st.subheader(f"{md_escape(found.name.get(t.lang))}{badge}", anchor=False)
        st.markdown(f"**{t('channels.who_calls')}**")
        st.markdown(item_lines([found.who_calls], dataset, t)[0])
        for group, heading in list(group_names(t).items())[:3]:
            st.markdown(f"**{heading}**")
            lines = item_lines(getattr(found, group), dataset, t)
            st.markdown(bullets(lines) if lines else f"_{t('channels.none_listed')}_")


def channel_details(dataset: Dataset, t: Translator, focus: str | None) -> None:
    """Every channel in full (the focused one first), the shared duties, script, conditions."""
    ordered = sorted(dataset.channels, key=lambda c: c.id != focus)
    for column, found in zip(st.columns(max(len(ordered), 1)), ordered, strict=False):
        with column:
            channel_column(found, dataset, t, found.id == focus)
    if dataset.common_duties:
        st.subheader(t("channels.common_title"), anchor=False)
        st.markdown(bullets(item_lines(dataset.common_duties, dataset, t)))
    if dataset.script:
        st.subheader(t("channels.script_title"), anchor=False)
        st.markdown(item_lines([dataset.script], dataset, t)[0])
    if dataset.work_conditions or dataset.sectors:
        st.subheader(t("channels.conditions_title"), anchor=False)
        conditions, sectors = st.columns(2, gap="large")
        conditions.markdown(bullets(item_lines(dataset.work_conditions, dataset, t)))
        if dataset.sectors:
            sectors.markdown(f"#### {t('channels.sectors_title')}")
            sectors.markdown(bullets(item_lines(dataset.sectors, dataset, t)))


def chart_data(frame: pd.DataFrame, csv: bytes, file_name: str, t: Translator) -> None:
    """The chart's items as a table one click away, with the CSV download."""
    with data_expander(t("channels.chart_data"), "channels_chart_table") as is_open:
        if not is_open:
            return
        st.dataframe(frame, hide_index=True, width="stretch")
        st.download_button(
            t("channels.chart_csv"),
            csv,
            file_name=file_name,
            mime="text/csv",
            key="channels_csv",
            icon=":material/download:",
        )


def quiz_intro(dataset: Dataset, t: Translator) -> bool:
    """The quiz's title, disclaimer and scoring rule; False (with why) when it cannot run here."""
    st.subheader(t("channels.quiz.title"), anchor=False)
    st.info(t("channels.quiz.disclaimer"), icon=":material/psychology_alt:")
    if not all(channel(dataset, side) for side in SIDES):
        st.info(t("channels.quiz.needs_both"), icon=":material/info:")
        return False
    with st.expander(t("channels.quiz.rule"), icon=":material/calculate:"):
        st.markdown(t("channels.quiz.rule_text"))
        st.dataframe(rule_table(t), hide_index=True, width="stretch")
    return True


def picked_item(entry: ChannelItem | None, dataset: Dataset, t: Translator) -> None:
    """The item clicked on the chart with its full text and source, or how to pick one."""
    if entry is None:
        st.markdown(t("channels.chart_hint"))
        return
    found = channel(dataset, entry.column)
    column = found.name.get(t.lang) if found else t("channels.shared")
    with st.container(border=True):
        st.markdown(f"**{t('channels.picked')}** · {md_escape(label(entry.item, t.lang))}")
        st.caption(
            t("channels.picked_in", group=group_names(t)[entry.group], column=md_escape(column))
        )
        st.markdown(f"> {md_escape(entry.item.text.get(t.lang))}")
        st.caption(md_escape(dataset.cite(entry.item.source, t.lang)))


def _question_text(question: Question, t: Translator) -> str:
    """The question in the chosen language."""
    return t(f"channels.quiz.{question.id}.text")


def _answer_text(question: Question, option_id: str, t: Translator) -> str:
    """An answer in the chosen language."""
    return t(f"channels.quiz.{question.id}.{option_id}")


def rule_frame(t: Translator, answers: dict[str, str | None] | None = None) -> pd.DataFrame:
    """Points per answer: every answer of every question, or only those given plus a total row."""
    rows = []
    for number, question in enumerate(QUESTIONS, start=1):
        for option in question.options:
            if answers is not None and answers.get(question.id) != option.id:
                continue
            rows.append(
                {
                    t("channels.quiz.col_question"): f"{number}. {_question_text(question, t)}",
                    t("channels.quiz.col_answer"): _answer_text(question, option.id, t),
                    t("channels.quiz.col_inbound"): option.inbound,
                    t("channels.quiz.col_outbound"): option.outbound,
                }
            )
    frame = pd.DataFrame(rows)
    if answers is not None and rows:
        total = {
            t("channels.quiz.col_question"): t("channels.quiz.total"),
            t("channels.quiz.col_answer"): "",
            t("channels.quiz.col_inbound"): int(frame[t("channels.quiz.col_inbound")].sum()),
            t("channels.quiz.col_outbound"): int(frame[t("channels.quiz.col_outbound")].sum()),
        }
        frame = pd.concat([frame, pd.DataFrame([total])], ignore_index=True)
    return frame


def quiz_form(t: Translator) -> bool:
    """The questions as radio buttons in a form; True on the run the user submits it."""
    with st.form("channels_quiz", border=True):
        for number, question in enumerate(QUESTIONS, start=1):
            st.radio(
                f"{number}. {_question_text(question, t)}",
                [o.id for o in question.options],
                index=None,
                key=f"channels_q_{question.id}",
                format_func=lambda option_id, q=question: _answer_text(q, option_id, t),
            )
        return st.form_submit_button(
            t("channels.quiz.submit"),
            type="primary",
            icon=":material/how_to_reg:",
            key="channels_quiz_submit",
        )


def quiz_result(
    result: QuizResult, answers: dict[str, str | None], dataset: Dataset, t: Translator
) -> None:
    """What is still missing, or the leaning with its reasons, points and roles to look at."""
    if not result.complete:
        numbers = {q.id: n for n, q in enumerate(QUESTIONS, start=1)}
        missing = [q for q in QUESTIONS if q.id in result.missing]
        st.warning(
            t("channels.quiz.missing")
            + "\n\n"
            + bullets(f"{numbers[q.id]}\\. {_question_text(q, t)}" for q in missing),
            icon=":material/pending_actions:",
        )
        return
    message = {
        "inbound": t("channels.quiz.result_inbound", **result.totals),
        "outbound": t("channels.quiz.result_outbound", **result.totals),
        "both": t("channels.quiz.result_both", **result.totals),
    }[result.leaning]
    st.success(message, icon=":material/explore:")

    st.markdown(f"#### {t('channels.quiz.roles')}")
    _role_links(result, dataset, t)

    st.markdown(f"#### {t('channels.quiz.why')}")
    grouped = answers_by_side(answers)
    for side, column in zip(SIDES, st.columns(2, gap="large"), strict=True):
        with column, st.container(border=True):
            name = md_escape(channel(dataset, side).name.get(t.lang))
            st.markdown(f"**{t('channels.quiz.towards', channel=name)}**")
            picks = grouped[side]
            if not picks:
                st.caption(t("channels.quiz.no_answers"))
                continue
            st.markdown(
                bullets(
                    t(
                        "channels.quiz.reason",
                        answer=md_escape(_answer_text(q, o.id, t)),
                        points=max(o.inbound, o.outbound),
                    )
                    for q, o in picks
                )
            )
            ids = tuple(dict.fromkeys(i for _, o in picks for i in o.evidence))
            items = evidence(dataset, side, ids)
            if items:
                st.caption(t("channels.quiz.in_sources"))
                st.markdown(bullets(_evidence_line(item, dataset, t) for item in items))
    if grouped[BOTH]:
        neutral = ", ".join(f"«{_answer_text(q, o.id, t)}»" for q, o in grouped[BOTH])
        st.caption(t("channels.quiz.neutral", answers=md_escape(neutral)))

    with st.expander(t("channels.quiz.your_answers"), icon=":material/calculate:"):
        st.dataframe(rule_frame(t, answers), hide_index=True, width="stretch")


def _evidence_line(item: Item, dataset: Dataset, t: Translator) -> str:
    """A source item in a few words, with its short citation."""
    cite = md_escape(dataset.cite(item.source, t.lang, short=True))
    return f"{md_escape(label(item, t.lang))} :gray[{cite}]"


def _role_links(result: QuizResult, dataset: Dataset, t: Translator) -> None:
    """Links to the ladder's first role and to the lateral roles that fit the leaning."""
    entry = ladder_roles(dataset)[0]
    st.page_link(
        "app_pages/ladder.py",
        label=t("channels.quiz.entry_role", role=md_escape(entry.title.get(t.lang))),
        icon=":material/stairs:",
        query_params={"role": entry.id, "lang": t.lang},
    )
    shown = set()
    for side in leaning_sides(result.leaning):
        name = channel(dataset, side).name.get(t.lang)
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
