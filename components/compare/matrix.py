"""The compare page's role × skill matrix: a chart on wide screens, a list per role on phones."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from careers.compare.matrix import matrix_roles, skill_matrix_frame, skills_by_role
from careers.compare.pair import comparable_roles
from careers.dataset.models import Dataset
from careers.dataset.roles import Role
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.cache import CONTENT_HASH
from components.chart_data import chart_data
from components.compare.figures import matrix_figure
from components.style import wide_and_narrow

# The matrix stays readable up to this many role columns; the pair compared is always in it.
MATRIX_ROLES = 12
# Role titles named in the "not in the matrix" note before "and N more".
NAMED_OMITTED = 10
# Cached tables are keyed by the data's content and the language, never by the session.


@st.cache_data(max_entries=64, show_spinner=False, hash_funcs=CONTENT_HASH)
def matrix_table(dataset: Dataset, t: Translator, role_ids: tuple[str, ...]) -> pd.DataFrame:
    """The matrix as the table under it, headers in the chosen language; built once."""
    table = skill_matrix_frame(dataset, t.lang, [dataset.role(i) for i in role_ids])
    return table.rename(columns={"area": t("compare.col_area"), "skill": t("compare.col_skill")})


def matrix_block(
    dataset: Dataset,
    t: Translator,
    pair: tuple[str, str],
    build: Callable[..., go.Figure] = lambda builder, *a: builder(*a),
) -> None:
    """The role × skill matrix with its table one click away, and which roles it leaves out.

    Args:
        dataset: the career map.
        t: translator.
        pair: ids of roles A and B, always drawn and highlighted.
        build: calls a figure builder with its arguments; the page passes its cache.
    """
    st.header(t("compare.matrix_title"), anchor=False)
    st.markdown(t("compare.matrix_legend"))
    roles = matrix_roles(dataset, pair, MATRIX_ROLES)
    role_ids = tuple(r.id for r in roles)
    if dataset.skills:
        # A phone cannot fit role columns side by side: it reads the matrix one role at a time.
        wide, narrow = wide_and_narrow("compare_matrix")
        if wide is not None:
            with wide:
                st.plotly_chart(
                    build(matrix_figure, dataset, t, role_ids, pair),
                    key="compare_matrix",
                    config={"displayModeBar": False},
                    alt=t("compare.matrix_alt"),
                )
        with narrow:
            matrix_list(dataset, t, roles, pair)
        with chart_data(t("compare.matrix_table"), "compare_matrix_table") as is_open:
            if is_open:
                st.dataframe(matrix_table(dataset, t, role_ids), hide_index=True, width="stretch")
    with_skills = matrix_roles(dataset, pair)
    if len(with_skills) > len(roles):
        st.caption(t("compare.matrix_capped", shown=len(roles), total=len(with_skills)))
    listed = {r.id for r in with_skills}
    omitted = [r.title.get(t.lang) for r in comparable_roles(dataset) if r.id not in listed]
    if omitted:
        names = ", ".join(map(md_escape, omitted[:NAMED_OMITTED]))
        if len(omitted) > NAMED_OMITTED:
            names += " " + t.plural("compare.and_more", len(omitted) - NAMED_OMITTED)
        st.caption(t("compare.matrix_omitted", roles=names))


def matrix_list(dataset: Dataset, t: Translator, roles: list[Role], pair: tuple[str, str]) -> None:
    """The matrix as a list: each role, A and B marked, with the skills it asks for by area."""
    marks = {pair[0]: "A · ", pair[1]: "B · "}
    for role, areas in skills_by_role(dataset, roles, t.lang):
        title = f"{marks.get(role.id, '')}{md_escape(role.title.get(t.lang))}"
        lines = [
            f"- _{md_escape(area)}_: " + ", ".join(md_escape(skill) for skill in skills)
            for area, skills in areas
        ]
        body = "\n".join(lines) if lines else f"_{t('compare.no_skills')}_"
        st.markdown(f"**{title}**\n\n{body}")
