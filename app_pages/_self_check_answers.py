"""Page glue for the self-check's answers: from the link, the typed years, the answers given.

The link holds ids, "1"/"0" and years with a dot (`years=1.5`), whatever the page's language;
the widgets show names and Italian digits, so the link is read and written here by hand
(app_pages/_links.py says why). The widgets persist, so the answers survive a page switch.
"""

from __future__ import annotations

import streamlit as st

from app_pages._links import new_link_value
from careers.dataset.models import Dataset
from careers.self_check.answers import Answers, YearsError, answers_from_params, parse_years
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from careers.text.numbers import NumberError, number_message_fields, number_text
from components.self_check.form import skill_key

LINK_KEYS = ("skills", "edu", "years", "lead", "role")
ROLE = "self_check_role"


def follow_answers_link(t: Translator, dataset: Dataset, ids: list[str]) -> None:
    """Take the answers from a new link (or the first visit); warn of values it could not use."""
    state = st.session_state
    if any([new_link_value(k) is not None for k in LINK_KEYS]) or "self_check_edu" not in state:
        link = {k: st.query_params[k] for k in LINK_KEYS if k in st.query_params}
        given, role_id, rejected = answers_from_params(link, dataset)
        state.update(
            {
                "self_check_edu": given.education,
                "self_check_years": given.years,
                "self_check_years_text": number_text(given.years, t.lang),
                "self_check_years_lang": t.lang,
                "self_check_lead": given.leadership,
                ROLE: role_id or ids[0],
                **{skill_key(s.id): s.id in given.skills for s in dataset.skills},
            }
        )
        if rejected:
            shown = ", ".join(t("self_check.quoted", text=md_escape(v[:40])) for v in rejected[:5])
            st.warning(t("self_check.bad_link", values=shown), icon=":material/link_off:")
    if state.get(ROLE) not in ids:
        state[ROLE] = ids[0]
    if state.get("self_check_years_lang") != t.lang:  # the box speaks the page's language
        state["self_check_years_text"] = number_text(state["self_check_years"], t.lang)
        state["self_check_years_lang"] = t.lang


def read_years(t: Translator) -> str | None:
    """Read the typed years into the answers; the problem to show under the box, if any.

    Years are typed, not picked from a number box: the browser would read "1,5" as 15. A bad
    entry leaves the previous years in place.
    """
    try:
        st.session_state["self_check_years"] = parse_years(
            st.session_state["self_check_years_text"], t.lang
        )
    except NumberError as err:
        return t(f"number.{err.code}", **number_message_fields(err, t.lang))
    except YearsError:
        return t("self_check.years_range")
    return None


def given_answers(dataset: Dataset) -> Answers:
    """The answers as the form's widgets hold them."""
    state = st.session_state
    return Answers(
        skills=frozenset(s.id for s in dataset.skills if state[skill_key(s.id)]),
        education=state["self_check_edu"],
        years=float(state["self_check_years"]),
        leadership=bool(state["self_check_lead"]),
    )
