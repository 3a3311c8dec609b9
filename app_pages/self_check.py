"""'Am I ready?': tick what you have, see how far each role is, what is missing, what to do next."""

import streamlit as st

from app_pages._links import keep_in_link, new_link_value
from app_pages._session import cached_figure, current
from careers.compare.pair import comparable_roles
from careers.self_check.answers import (
    Answers,
    YearsError,
    answers_from_params,
    answers_to_params,
    parse_years,
)
from careers.self_check.plan import next_steps
from careers.self_check.scoring import coverage_by_area
from careers.text.markdown import md_escape
from careers.text.numbers import NumberError, number_message_fields, number_text
from components.citations import Citations, show_all
from components.self_check.form import answers_form, skill_key
from components.self_check.overview import assessed, overview_block
from components.self_check.view import coverage_block, keep_block, result_block

t, dataset = current()
cites = Citations(dataset, t)
titles = {r.id: r.title.get(t.lang) for r in comparable_roles(dataset)}
ids = list(titles)
LINK_KEYS = ("skills", "edu", "years", "lead", "role")

st.title(t("self_check.title"), anchor=False)
st.markdown(t("self_check.intro"))

# The link holds ids, "1"/"0" and years with a dot (`years=1.5`), whatever the page's language;
# the widgets show names and Italian digits, so the link is read and written here by hand
# (app_pages/_links.py says why). The widgets persist, so the answers survive a page switch.
if (
    any([new_link_value(k) is not None for k in LINK_KEYS])
    or "self_check_edu" not in st.session_state
):
    link = {k: st.query_params[k] for k in LINK_KEYS if k in st.query_params}
    given, role_id, rejected = answers_from_params(link, dataset)
    st.session_state.update(
        {
            "self_check_edu": given.education,
            "self_check_years": given.years,
            "self_check_years_text": number_text(given.years, t.lang),
            "self_check_years_lang": t.lang,
            "self_check_lead": given.leadership,
            "self_check_role": role_id or ids[0],
            **{skill_key(s.id): s.id in given.skills for s in dataset.skills},
        }
    )
    if rejected:
        shown = ", ".join(t("self_check.quoted", text=md_escape(v[:40])) for v in rejected[:5])
        st.warning(t("self_check.bad_link", values=shown), icon=":material/link_off:")
if st.session_state.get("self_check_role") not in ids:
    st.session_state["self_check_role"] = ids[0]
if st.session_state.get("self_check_years_lang") != t.lang:  # the box speaks the page's language
    st.session_state["self_check_years_text"] = number_text(
        st.session_state["self_check_years"], t.lang
    )
    st.session_state["self_check_years_lang"] = t.lang

# Years are typed, not picked from a number box: the browser would read "1,5" as 15.
years_problem = None
try:
    st.session_state["self_check_years"] = parse_years(
        st.session_state["self_check_years_text"], t.lang
    )
except NumberError as err:
    years_problem = t(f"number.{err.code}", **number_message_fields(err, t.lang))
except YearsError:
    years_problem = t("self_check.years_range")

with st.container(border=True):
    st.header(t("self_check.answers_title"), anchor=False)
    answers_form(dataset, t, years_problem)
answers = Answers(
    skills=frozenset(s.id for s in dataset.skills if st.session_state[skill_key(s.id)]),
    education=st.session_state["self_check_edu"],
    years=float(st.session_state["self_check_years"]),
    leadership=bool(st.session_state["self_check_lead"]),
)
results = assessed(dataset, answers)

st.header(t("self_check.overview_title"), anchor=False)
overview_block(dataset, answers, t)

role_id = st.selectbox(
    t("self_check.choose"),
    ids,
    key="self_check_role",
    format_func=titles.__getitem__,
    persist_state="session",
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
