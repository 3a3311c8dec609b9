"""The self-check's overview: every role's score, as a table on wide screens, a list on phones."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from careers.dataset.models import Dataset
from careers.self_check.answers import Answers
from careers.self_check.scoring import RoleResult, assess_all
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.cache import CONTENT_HASH
from components.style import wide_and_narrow

# Cached results are keyed by the data's content, the answers and the language, never the session.
_HASH = {
    **CONTENT_HASH,
    Answers: lambda a: (sorted(a.skills), a.education, a.years, a.leadership),
}


@st.cache_resource(max_entries=256, show_spinner=False, hash_funcs=_HASH)
def assessed(dataset: Dataset, answers: Answers) -> list[RoleResult]:
    """`assess_all`, worked out once per data and answers (results are never changed after)."""
    return assess_all(dataset, answers)


@st.cache_data(max_entries=256, show_spinner=False, hash_funcs=_HASH)
def overview_table(dataset: Dataset, answers: Answers, t: Translator) -> pd.DataFrame:
    """`overview_frame` of the assessed roles, built once per data, answers and language."""
    return overview_frame(assessed(dataset, answers), t)


def overview_frame(results: list[RoleResult], t: Translator) -> pd.DataFrame:
    """One row per role: title, score (0–100 or empty), what is still missing, points.

    A role the sources ask nothing of says so in words: "—" and "0 missing" read as "ready".
    """
    return pd.DataFrame(
        [
            {
                t("self_check.col_role"): r.role.title.get(t.lang),
                t("self_check.col_score"): None if r.score is None else round(100 * r.score),
                t("self_check.col_missing"): (
                    t("self_check.not_scored") if r.score is None else str(len(r.missing))
                ),
                t("self_check.col_points"): f"{r.points} / {r.total}" if r.total else "",
            }
            for r in results
        ]
    )


def overview(frame: pd.DataFrame, t: Translator) -> None:
    """Every role's score in one table with progress bars."""
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


def overview_lines(results: list[RoleResult], t: Translator) -> list[str]:
    """The overview as one Markdown line per role, for phones: title, score, what is missing."""
    lines = []
    for r in results:
        title = md_escape(r.role.title.get(t.lang))
        if r.score is None:
            lines.append(f"- **{title}**: {t('self_check.not_scored')}")
        else:
            missing = t.plural("self_check.missing_count", len(r.missing))
            lines.append(f"- **{title}**: {round(100 * r.score)}% · {missing}")
    return lines


def overview_block(dataset: Dataset, answers: Answers, t: Translator) -> None:
    """Every role's score: the table on wide screens, one line per role on phones."""
    wide, narrow = wide_and_narrow("self_check_overview")
    if wide is not None:
        with wide:
            overview(overview_table(dataset, answers, t), t)
    with narrow:
        st.markdown("\n".join(overview_lines(assessed(dataset, answers), t)))
