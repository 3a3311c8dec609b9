"""Home: what the app is for, the ladder at a glance, a starting point for each kind of user."""

import streamlit as st

from app_pages._session import cached_figure, current
from careers.formatting import format_band
from careers.frames import bands_frame
from careers.ladder import ladder_roles
from careers.ladder_text import ladder_alt, ladder_chain
from careers.text import md_escape
from components.figures import ladder_figure
from components.role_card import bullets, item_lines, sources_block

t, dataset = current()
ladder = ladder_roles(dataset)

st.title(t("home.title"), anchor=False)
st.markdown(t("data.any.home_intro", ladder=md_escape(ladder_chain(dataset, t.lang))))

st.subheader(t("home.glance"), anchor=False)
if not ladder:
    st.info(t("data.any.no_ladder"), icon=":material/info:")
for column, role in zip(st.columns(len(ladder) or 1), ladder, strict=False):
    with column, st.container(border=True, height="stretch"):
        st.markdown(f"**{md_escape(role.title.get(t.lang))}**")
        if role.salary is None:
            st.caption(t("band.none_short"))
        else:
            st.markdown(md_escape(format_band(role.salary, t)))
            if role.salary.estimate:
                st.markdown(f":orange-badge[{t('band.estimate_tag')}]")
st.download_button(
    t("home.bands_csv"),
    bands_frame(dataset, t.lang).to_csv(index=False).encode("utf-8"),
    file_name=f"{dataset.id}_bands_{t.lang}.csv",
    mime="text/csv",
    key="home_bands_csv",
    icon=":material/download:",
)
st.plotly_chart(
    cached_figure(ladder_figure, dataset, t, with_pay=False, height=380),
    key="home_ladder",
    config={"displayModeBar": False, "staticPlot": True},
    alt=ladder_alt(dataset, t),
)

st.subheader(t("home.start"), anchor=False)
for column, who in zip(st.columns(3), ("seeker", "hr", "manager"), strict=True):
    with column, st.container(border=True):
        st.markdown(f"##### {t(f'home.{who}.title')}")
        st.markdown(t(f"home.{who}.text"))
        ends = {"seeker": ladder[0].id, "manager": ladder[-1].id} if ladder else {}
        target = ends.get(who)
        st.page_link(
            "app_pages/ladder.py",
            label=t(f"home.{who}.link"),
            icon=":material/arrow_forward:",
            query_params={"role": target, "lang": t.lang} if target else {"lang": t.lang},
        )

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
