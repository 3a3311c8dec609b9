"""'Am I ready?': tick what you have, see how far each role is, what is missing, what to do next."""

import streamlit as st

from app_pages._links import keep_in_link
from app_pages._self_check_answers import ROLE, follow_answers_link, given_answers, read_years
from app_pages._session import cached_figure, current
from careers.compare.pair import comparable_roles
from careers.self_check.answers import answers_to_params
from careers.self_check.plan import next_steps
from careers.self_check.scoring import coverage_by_area
from careers.text.markdown import md_escape
from components.citations import Citations, show_all
from components.self_check.form import answers_form
from components.self_check.overview import assessed, overview_block
from components.self_check.view import coverage_block, keep_block, result_block

t, dataset = current()
cites = Citations(dataset, t)
titles = {r.id: r.title.get(t.lang) for r in comparable_roles(dataset)}
ids = list(titles)

st.title(t("self_check.title"), anchor=False)
st.markdown(t("self_check.intro"))
follow_answers_link(t, dataset, ids)
years_problem = read_years(t)
with st.container(border=True):
    st.header(t("self_check.answers_title"), anchor=False)
    answers_form(dataset, t, years_problem)
answers = given_answers(dataset)
results = assessed(dataset, answers)

st.header(t("self_check.overview_title"), anchor=False)
overview_block(dataset, answers, t)

role_id = st.selectbox(
    t("self_check.choose"), ids, key=ROLE, format_func=titles.__getitem__, persist_state="session"
)
params = answers_to_params(answers, dataset, role_id)
for name, value in params.items():
    keep_in_link(name, value)
result = next(r for r in results if r.role.id == role_id)
steps = next_steps(dataset, result, answers, t)

st.header(md_escape(titles[role_id]), anchor=False)
result_block(result, steps, dataset, t, cites)

rows = coverage_by_area(dataset, result, t.lang)
labels = {"education": t("role.education"), "experience": t("role.experience")}
for row in rows:
    row["label"] = row["label"] or labels.get(row["group"], "")
coverage_block(rows, t, build=cached_figure)

keep_block(dataset, result, answers, t, params)
show_all(cites)
