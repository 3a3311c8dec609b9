"""Compare two roles side by side, and see which role asks for which skill."""

import streamlit as st

from app_pages._session import current
from careers.compare import (
    comparable_roles,
    compare_roles,
    matrix_roles,
    resolve_pair,
    skill_matrix_frame,
)
from careers.text import md_escape
from components.compare_figures import skill_matrix_figure
from components.compare_view import differences, pay_block, role_heads, role_titles
from components.role_card import sources_block

t, dataset = current()
titles = role_titles(comparable_roles(dataset), t.lang)
ids = list(titles)

st.title(t("compare.title"), anchor=False)
st.caption(t("compare.intro"))
if len(ids) < 2:
    st.info(t("compare.single_role"), icon=":material/info:")
    st.stop()

link = (st.query_params.get("a"), st.query_params.get("b"))
if link != st.session_state.get("compare_link") or st.session_state.get("compare_a") not in ids:
    (st.session_state["compare_a"], st.session_state["compare_b"]), fell_back = resolve_pair(
        dataset, *link
    )
    if fell_back:
        st.warning(
            t(
                "compare.bad_link",
                a=md_escape((link[0] or "—")[:60]),
                b=md_escape((link[1] or "—")[:60]),
                first=md_escape(titles[st.session_state["compare_a"]]),
                second=md_escape(titles[st.session_state["compare_b"]]),
            ),
            icon=":material/link_off:",
        )
if st.session_state.get("compare_b") not in ids:
    st.session_state["compare_b"] = next(i for i in ids if i != st.session_state["compare_a"])

left, right = st.columns(2, gap="large")
left.selectbox(t("compare.role_a"), ids, key="compare_a", format_func=titles.get)
right.selectbox(t("compare.role_b"), ids, key="compare_b", format_func=titles.get)
a, b = st.session_state["compare_a"], st.session_state["compare_b"]
st.query_params["a"], st.query_params["b"] = a, b
st.session_state["compare_link"] = (a, b)

if a == b:
    st.warning(t("compare.same_role"), icon=":material/compare_arrows:")
else:
    comparison = compare_roles(dataset, a, b)
    role_heads(comparison, dataset, t)
    st.subheader(t("compare.pay_title"), anchor=False)
    pay_block(comparison.pay, comparison, t)
    st.subheader(t("compare.changes_title"), anchor=False)
    st.caption(t("compare.changes_intro"))
    differences(comparison, dataset, t)

st.subheader(t("compare.matrix_title"), anchor=False)
st.caption(t("compare.matrix_legend"))
roles = matrix_roles(dataset, (a, b))
if dataset.skills:
    st.plotly_chart(
        skill_matrix_figure(dataset, t, roles, (a, b)),
        key="compare_matrix",
        config={"displayModeBar": False},
        alt=t("compare.matrix_alt"),
    )
    with st.expander(t("compare.matrix_table")):
        table = skill_matrix_frame(dataset, t.lang, roles)
        st.dataframe(
            table.rename(columns={"area": t("compare.col_area"), "skill": t("compare.col_skill")}),
            hide_index=True,
            width="stretch",
        )
omitted = [titles[i] for i in ids if i not in {r.id for r in roles}]
if omitted:
    st.caption(t("compare.matrix_omitted", roles=", ".join(map(md_escape, omitted))))

with st.expander(t("common.sources")):
    sources_block(dataset, t)
