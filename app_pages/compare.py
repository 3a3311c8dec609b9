"""Compare two roles side by side, and see which role asks for which skill."""

import streamlit as st

from app_pages._links import keep_in_link, new_link_value
from app_pages._session import cached_figure, current
from careers.compare.pair import comparable_roles, compare_roles, default_pair, resolve_pair
from careers.text.markdown import md_escape
from components.citations import Citations, show_all
from components.compare.matrix import matrix_block
from components.compare.view import differences, pay_block, role_heads, role_titles

t, dataset = current()
cites = Citations(dataset, t)
titles = role_titles(comparable_roles(dataset), t.lang)
ids = list(titles)

st.title(t("compare.title"), anchor=False)
st.markdown(t("compare.intro"))
if len(ids) < 2:
    st.info(t("compare.single_role"), icon=":material/info:")
    st.stop()

# `?a=&b=` hold role ids; the selectboxes show titles, so the ids are kept in the link by hand
# (app_pages/_links.py says why) and the choice itself persists across page switches.
link = (new_link_value("a"), new_link_value("b"))
if link != (None, None):
    requested = (st.query_params.get("a"), st.query_params.get("b"))
    (st.session_state["compare_a"], st.session_state["compare_b"]), fell_back = resolve_pair(
        dataset, *requested
    )
    if fell_back:
        st.warning(
            t(
                "compare.bad_link",
                a=md_escape((requested[0] or "—")[:60]),
                b=md_escape((requested[1] or "—")[:60]),
                first=md_escape(titles[st.session_state["compare_a"]]),
                second=md_escape(titles[st.session_state["compare_b"]]),
            ),
            icon=":material/link_off:",
        )
pair = default_pair(dataset) or (ids[0], ids[1])
for key, fallback in zip(("compare_a", "compare_b"), pair, strict=True):
    if st.session_state.get(key) not in ids:  # first visit, or another dataset since
        st.session_state[key] = fallback

left, right = st.columns(2, gap="large")
a = left.selectbox(
    t("compare.role_a"),
    ids,
    key="compare_a",
    format_func=titles.__getitem__,
    persist_state="session",
)
b = right.selectbox(
    t("compare.role_b"),
    ids,
    key="compare_b",
    format_func=titles.__getitem__,
    persist_state="session",
)
keep_in_link("a", a)
keep_in_link("b", b)

if a == b:
    st.warning(t("compare.same_role"), icon=":material/compare_arrows:")
else:
    comparison = compare_roles(dataset, a, b)
    role_heads(comparison, dataset, t, cites)
    st.header(t("compare.pay_title"), anchor=False)
    pay_block(comparison.pay, comparison, t)
    st.header(t("compare.changes_title"), anchor=False)
    st.caption(t("compare.changes_intro"))
    differences(comparison, dataset, t, cites)

matrix_block(dataset, t, (a, b), build=cached_figure)

show_all(cites)
