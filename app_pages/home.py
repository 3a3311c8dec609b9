"""Home: what the app is for, the ladder at a glance, a starting point for each kind of user."""

import streamlit as st

from app_pages._session import cached_figure, current
from careers.ladder.graph import ladder_roles, lateral_roles
from careers.ladder.summary import ladder_alt, ladder_chain
from careers.text.formatting import format_band
from careers.text.markdown import md_escape
from components.citations import Citations, numbers_of, show_all, show_notes
from components.data.tables import csv_bytes, ladder_chart_data
from components.ladder.figures import is_dense, ladder_figure, narrow_ladder_figure
from components.ladder.role_card import bullets, item_lines, item_refs
from components.style import wide_and_narrow

t, dataset = current()
cites = Citations(dataset, t)
ladder = ladder_roles(dataset)
# A card per ladder role, four to a row; a big ladder shows its first few (the table has all).
GLANCE_MAX, PER_ROW = 8, 4

st.title(t("home.title"), anchor=False)
st.markdown(t("home.intro", ladder=md_escape(ladder_chain(dataset, t.lang))))

st.header(t("home.glance"), anchor=False)
if not ladder:
    st.info(t("home.no_ladder"), icon=":material/info:")
wide, narrow = wide_and_narrow("home_glance")
if wide is not None:
    with wide:
        shown = ladder[:GLANCE_MAX]
        per_row = max(len(shown), 1) if len(shown) <= PER_ROW + 1 else PER_ROW
        for start in range(0, len(shown), per_row):
            row = zip(st.columns(per_row), shown[start : start + per_row], strict=False)
            for column, role in row:
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
static = {"displayModeBar": False, "staticPlot": True}
if is_dense(dataset):
    st.caption(t("ladder.dense_note", count=len(ladder) + len(lateral_roles(dataset))))
if wide is not None:
    with wide:
        figure = cached_figure(ladder_figure, dataset, t, with_pay=False, height=380)
        st.plotly_chart(figure, key="home_ladder", config=static, alt=ladder_alt(dataset, t))
# A phone gets the ladder in one column with its bands (the cards above are for wide screens).
if not is_dense(dataset):
    with narrow:
        figure = cached_figure(narrow_ladder_figure, dataset, t)
        st.plotly_chart(figure, key="home_ladder_phone", config=static, alt=ladder_alt(dataset, t))
        if lateral_roles(dataset):
            names = ", ".join(md_escape(r.title.get(t.lang)) for r in lateral_roles(dataset))
            st.caption(f"{t('ladder.lateral_list')} {names}")
ladder_chart_data(dataset, t, with_pay=False, key="home_ladder_table")

st.header(t("home.start"), anchor=False)
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
        st.markdown(f"### {title}")
        st.markdown(text)
        for page, label, params in links:
            st.page_link(page, label=label, icon=":material/arrow_forward:", query_params=params)

if dataset.reasons:
    st.header(t("home.facts"), anchor=False)
    st.markdown(bullets(item_lines(dataset.reasons, dataset, t, cites)))
    show_notes(cites, numbers_of(cites, item_refs(dataset.reasons)))
if dataset.faq:
    st.header(t("home.faq"), anchor=False)
    for faq in dataset.faq:
        with st.expander(md_escape(faq.question.get(t.lang))):
            st.markdown(f"{md_escape(faq.answer.get(t.lang))} {cites.mark(faq.source)}")
            show_notes(cites, numbers_of(cites, [faq.source]))
if dataset.ladder_note:
    with st.expander(t("home.mapping")):
        st.markdown(item_lines([dataset.ladder_note], dataset, t, cites)[0])
        show_notes(cites, numbers_of(cites, dataset.ladder_note.references()))
show_all(cites)
