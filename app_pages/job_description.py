"""A job description for any role: pre-filled from the data, edited line by line, downloaded."""

from dataclasses import replace

import streamlit as st

from app_pages._links import warn_rejected_link
from app_pages._session import current
from careers.dataset.models import Dataset
from careers.job_description.document import JobDescription, fingerprint, from_role
from careers.job_description.drafts import DETAILS, DRAFT_PARTS, detail_key, draft_key
from careers.ladder.graph import ladder_roles, lateral_roles
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.cache import shared
from components.job_description.view import details, editor, preview

# The role box is not bound to `?role=` with bind="query-params": a bound selectbox puts the
# shown title in the link ("?role=Team+leader"), which would break every `?role=team_leader`
# link. The link is read and written here instead, and persist_state keeps the choice.
ROLE = "jd_role"


@shared
def prefilled(dataset: Dataset, role_id: str, t: Translator) -> tuple[JobDescription, str]:
    """The job description the data gives for a role, and its fingerprint (frozen: shared)."""
    base = from_role(dataset, role_id, t)
    return base, fingerprint(base)


def follow_link(t: Translator, titles: dict[str, str]) -> None:
    """Choose the role of a new `?role=` link, or say why it cannot be shown."""
    state = st.session_state
    if state.get(ROLE) not in titles:  # first visit, or another dataset without that role
        state[ROLE] = next(iter(titles))
    requested = st.query_params.get("role")
    if requested in titles:
        state[ROLE] = requested
    elif requested is not None:
        fallback = md_escape(titles[state[ROLE]])
        warn_rejected_link(t, "role", titles, "job_description.unknown_role", fallback=fallback)


def reset(keys: list[str]) -> None:
    """Drop this role's edits (a callback): its boxes start again from the data's text."""
    for key in keys:
        st.session_state.pop(key, None)


t, dataset = current()
titles = {r.id: r.title.get(t.lang) for r in ladder_roles(dataset) + lateral_roles(dataset)}
follow_link(t, titles)

st.title(t("job_description.title"), anchor=False)
st.markdown(t("job_description.intro"))
role_id = st.selectbox(
    t("job_description.role"),
    list(titles),
    key=ROLE,
    format_func=titles.__getitem__,
    persist_state="session",
    on_change=lambda: st.query_params.update(role=st.session_state[ROLE]),
)
st.query_params["role"] = role_id
facts = details(t, {name: detail_key(name) for name in DETAILS})

base, base_print = prefilled(dataset, role_id, t)
# Edits belong to one role, one language and one version of the data's text.
keys = {part: draft_key(role_id, t.lang, base_print, part) for part in DRAFT_PARTS}
edit, shown = st.columns(2, gap="large")
with edit:
    jd = editor(base, t, keys, on_reset=lambda: reset(list(keys.values())))
with shown:
    filled = replace(
        jd, company=facts["company"], location=facts["location"], contract=facts["contract"]
    )
    preview(filled, t)
