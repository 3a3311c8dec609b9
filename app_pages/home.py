"""Home: what the app is for, the ladder at a glance, a starting point for each kind of user."""

import streamlit as st

from app_pages._session import cached_figure, current
from careers.ladder.graph import ladder_roles, lateral_roles
from careers.ladder.summary import ladder_alt, ladder_chain
from careers.text.formatting import format_band
from careers.text.markdown import md_escape
from components.data.tables import csv_bytes, ladder_chart_data
from components.ladder.figures import is_dense, ladder_figure
from components.ladder.role_card import bullets, item_lines, sources_block

t, dataset = current()
ladder = ladder_roles(dataset)
# A card per ladder role, four to a row; a big ladder shows its first few (the table has all).
GLANCE_MAX, PER_ROW = 8, 4

st.title(t("home.title"), anchor=False)
st.markdown(t("home.intro", ladder=md_escape(ladder_chain(dataset, t.lang))))

st.subheader(t("home.glance"), anchor=False)
if not ladder:
    st.info(t("home.no_ladder"), icon=":material/info:")
shown = ladder[:GLANCE_MAX]
per_row = max(len(shown), 1) if len(shown) <= PER_ROW + 1 else PER_ROW
for start in range(0, len(shown), per_row):
    for column, role in zip(st.columns(per_row), shown[start : start + per_row], strict=False):
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
st.download_button(
    t("home.bands_csv"),
    csv_bytes(dataset, "bands", t.lang),
    file_name=f"{dataset.id}_bands_{t.lang}.csv",
    mime="text/csv",
    key="home_bands_csv",
    on_click="ignore",
    icon=":material/download:",
)
if is_dense(dataset):
    st.caption(t("ladder.dense_note", count=len(ladder) + len(lateral_roles(dataset))))
st.plotly_chart(
    cached_figure(ladder_figure, dataset, t, with_pay=False, height=380),
    key="home_ladder",
    config={"displayModeBar": False, "staticPlot": True},
    alt=ladder_alt(dataset, t),
)
ladder_chart_data(dataset, t, with_pay=False, key="home_ladder_table")

st.subheader(t("home.start"), anchor=False)
entry = ladder[0].id if ladder else None
on_entry = {"role": entry, "lang": t.lang} if entry else {"lang": t.lang}
# Who might be reading: a title, a sentence, and the pages that serve them best.
CARDS = [
    (
        t("home.seeker.title"),
        t("home.seeker.text"),
        [
            (
                "app_pages/ladder.py",
                t("home.seeker.link") if ladder else t("nav.ladder"),
                on_entry,
            ),
            ("app_pages/self_check.py", t("home.seeker.ready"), on_entry),
        ],
    ),
    (
        t("home.hr.title"),
        t("home.hr.text"),
        [
            ("app_pages/workshop.py", t("home.hr.link"), {"lang": t.lang}),
            ("app_pages/job_description.py", t("home.hr.job_description"), {"lang": t.lang}),
        ],
    ),
    (
        t("home.manager.title"),
        t("home.manager.text"),
        [
            ("app_pages/salaries.py", t("home.manager.link"), {"lang": t.lang}),
            ("app_pages/compare.py", t("home.manager.compare"), {"lang": t.lang}),
        ],
    ),
]
for column, (title, text, links) in zip(st.columns(3), CARDS, strict=True):
    with column, st.container(border=True, height="stretch"):
        st.markdown(f"##### {title}")
        st.markdown(text)
        for page, label, params in links:
            st.page_link(page, label=label, icon=":material/arrow_forward:", query_params=params)

if dataset.reasons:
    st.subheader(t("home.facts"), anchor=False)
    st.markdown(bullets(item_lines(dataset.reasons, dataset, t)))
if dataset.faq:
    st.subheader(t("home.faq"), anchor=False)
    for entry in dataset.faq:
        with st.expander(md_escape(entry.question.get(t.lang))):
            st.markdown(md_escape(entry.answer.get(t.lang)))
            st.caption(md_escape(dataset.cite(entry.source, t.lang)))
if dataset.ladder_note:
    with st.expander(t("home.mapping")):
        st.markdown(item_lines([dataset.ladder_note], dataset, t)[0])
with st.expander(t("common.sources")):
    sources_block(dataset, t)
