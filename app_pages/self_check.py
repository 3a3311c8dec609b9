"""'Am I ready?': tick what you have, see how far each role is, what is missing, what to do next."""

import streamlit as st

from app_pages._session import cached_figure, current
from careers.compare.pair import comparable_roles
from careers.self_check.plan import next_steps
from careers.self_check.scoring import (
    Answers,
    answers_from_params,
    answers_to_params,
    coverage_by_area,
)
from careers.text.markdown import md_escape
from components.self_check.view import (
    answers_form,
    assessed,
    coverage_block,
    keep_block,
    overview,
    overview_table,
    result_block,
    skill_key,
)

t, dataset = current()
titles = {r.id: r.title.get(t.lang) for r in comparable_roles(dataset)}
ids = list(titles)
LINK_KEYS = ("skills", "edu", "years", "lead", "role")

st.title(t("self_check.title"), anchor=False)
st.markdown(t("self_check.intro"))

link = {k: st.query_params[k] for k in LINK_KEYS if k in st.query_params}
if link != st.session_state.get("self_check_link") or "self_check_edu" not in st.session_state:
    given, role_id, rejected = answers_from_params(link, dataset)
    st.session_state.update(
        {
            "self_check_edu": given.education,
            "self_check_years": given.years,
            "self_check_lead": given.leadership,
            "self_check_role": role_id or ids[0],
            **{skill_key(s.id): s.id in given.skills for s in dataset.skills},
        }
    )
    if rejected:
        shown = ", ".join(f"“{md_escape(v[:40])}”" for v in rejected[:5])
        st.warning(t("self_check.bad_link", values=shown), icon=":material/link_off:")
if st.session_state.get("self_check_role") not in ids:
    st.session_state["self_check_role"] = ids[0]

with st.container(border=True):
    st.subheader(t("self_check.answers_title"), anchor=False)
    answers_form(dataset, t)
answers = Answers(
    skills=frozenset(s.id for s in dataset.skills if st.session_state[skill_key(s.id)]),
    education=st.session_state["self_check_edu"],
    years=float(st.session_state["self_check_years"]),
    leadership=bool(st.session_state["self_check_lead"]),
)
results = assessed(dataset, answers)

st.subheader(t("self_check.overview_title"), anchor=False)
overview(overview_table(dataset, answers, t), t)

role_id = st.selectbox(t("self_check.choose"), ids, key="self_check_role", format_func=titles.get)
params = answers_to_params(answers, dataset, role_id)
st.query_params.update(params)
st.session_state["self_check_link"] = params
result = next(r for r in results if r.role.id == role_id)
steps = next_steps(dataset, result, answers, t)

st.header(md_escape(titles[role_id]), anchor=False)
result_block(result, steps, dataset, t)

rows = coverage_by_area(dataset, result, t.lang)
labels = {"education": t("role.education"), "experience": t("role.experience")}
rows = [{**r, "label": r["label"] or labels[r["group"]]} for r in rows]
coverage_block(rows, t, build=cached_figure)

keep_block(dataset, result, answers, t, params)
