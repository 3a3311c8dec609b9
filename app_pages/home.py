"""Home: what the app is for, the ladder at a glance, a starting point for each kind of user."""

import streamlit as st

from app_pages._session import cached_figure, current
from careers.ladder.graph import ladder_roles, lateral_roles
from careers.ladder.summary import ladder_alt, ladder_chain
from careers.text.markdown import md_escape
from components.citations import Citations, show_all
from components.data.tables import csv_bytes, ladder_chart_data
from components.home.blocks import glance_cards, source_facts, start_cards
from components.ladder.figures import is_dense, ladder_figure, narrow_ladder_figure
from components.style import wide_and_narrow

t, dataset = current()
cites = Citations(dataset, t)
ladder = ladder_roles(dataset)
laterals = lateral_roles(dataset)
static = {"displayModeBar": False, "staticPlot": True}

st.title(t("home.title"), anchor=False)
st.markdown(t("home.intro", ladder=md_escape(ladder_chain(dataset, t.lang))))

st.header(t("home.glance"), anchor=False)
if not ladder:
    st.info(t("home.no_ladder"), icon=":material/info:")
wide, narrow = wide_and_narrow("home_glance")
if wide is not None:
    with wide:
        glance_cards(ladder, t)
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
    st.caption(t("ladder.dense_note", count=len(ladder) + len(laterals)))
if wide is not None:
    with wide:
        figure = cached_figure(ladder_figure, dataset, t, with_pay=False, height=380)
        st.plotly_chart(figure, key="home_ladder", config=static, alt=ladder_alt(dataset, t))
# A phone gets the ladder in one column with its bands (the cards above are for wide screens).
if not is_dense(dataset):
    with narrow:
        figure = cached_figure(narrow_ladder_figure, dataset, t)
        st.plotly_chart(figure, key="home_ladder_phone", config=static, alt=ladder_alt(dataset, t))
        if laterals:
            names = ", ".join(md_escape(r.title.get(t.lang)) for r in laterals)
            st.caption(f"{t('ladder.lateral_list')} {names}")
ladder_chart_data(dataset, t, with_pay=False, key="home_ladder_table")

st.header(t("home.start"), anchor=False)
start_cards(t, ladder[0].id if ladder else None)
source_facts(dataset, t, cites)
show_all(cites)
