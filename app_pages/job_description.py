"""A job description for any role: pre-filled from the data, edited line by line, downloaded."""

from dataclasses import replace
from functools import partial

import streamlit as st

from app_pages._drafts import forget, keep, seed
from app_pages._session import current, follow_role_link
from careers.dataset.models import Dataset
from careers.job_description.document import (
    JobDescription,
    file_name,
    fingerprint,
    from_role,
    lines_of,
    render_docx,
    render_markdown,
)
from careers.ladder.graph import ladder_roles, lateral_roles
from careers.text.i18n import Translator
from components.cache import shared

# Static CSS: the preview reads like a document, with headings sized for a narrow column.
PREVIEW_CSS = """<style>
.st-key-jd_preview [data-testid="stMarkdownContainer"] h1 { font-size: 2rem; padding-top: 0; }
.st-key-jd_preview [data-testid="stMarkdownContainer"] h2 { font-size: 1.35rem; }
</style>"""


@shared
def prefilled(dataset: Dataset, role_id: str, t: Translator) -> tuple[JobDescription, str]:
    """The job description the data gives for a role, and its fingerprint (frozen: shared)."""
    base = from_role(dataset, role_id, t)
    return base, fingerprint(base)


def markdown_bytes(jd: JobDescription, t: Translator) -> bytes:
    """The job description as a Markdown file, built when the download is clicked."""
    return render_markdown(jd, t).encode("utf-8")


t, dataset = current()
roles = ladder_roles(dataset) + lateral_roles(dataset)
ids = [r.id for r in roles]
titles = {r.id: r.title.get(t.lang) for r in roles}

follow_role_link(t, titles, "jd_role", "jd_link_role", "job_description.unknown_role")

st.title(t("job_description.title"), anchor=False)
st.caption(t("job_description.intro"))
role_box, company_box, location_box, contract_box = st.columns([3, 2, 2, 2])
role_box.selectbox(t("job_description.role"), ids, key="jd_role", format_func=titles.get)
role_id = st.session_state["jd_role"]
st.session_state["jd_link_role"] = role_id
st.query_params["role"] = role_id
for box, key, label, example in (
    (
        company_box,
        "jd_company",
        t("job_description.company"),
        t("job_description.company_placeholder"),
    ),
    (
        location_box,
        "jd_location",
        t("job_description.location"),
        t("job_description.location_placeholder"),
    ),
    (
        contract_box,
        "jd_contract",
        t("job_description.contract"),
        t("job_description.contract_placeholder"),
    ),
):
    box.text_input(label, key=seed(key, ""), max_chars=200, placeholder=example)

base, base_print = prefilled(dataset, role_id, t)
# Edits belong to one role, one language and one version of the data's text.
prefix = f"jd_{role_id}_{t.lang}_{base_print}"
keys = {part: f"{prefix}_{part}" for part in ("summary", "responsibilities", "qualifications")}
keys |= {"salary": f"{prefix}_salary", "show_salary": f"{prefix}_show_salary"}

edit, preview = st.columns(2, gap="large")
with edit:
    st.subheader(t("job_description.edit"), anchor=False)
    st.text_area(
        t("job_description.summary"), key=seed(keys["summary"], base.summary), max_chars=4000
    )
    for part, label, lines in (
        ("responsibilities", t("job_description.responsibilities"), base.responsibilities),
        ("qualifications", t("job_description.qualifications"), base.qualifications),
    ):
        st.text_area(
            label,
            key=seed(keys[part], "\n".join(lines)),
            height=280,
            max_chars=20_000,
            help=t("job_description.lines_help"),
        )
    st.text_input(
        t("job_description.salary"),
        key=seed(keys["salary"], base.salary),
        max_chars=300,
        help=t("job_description.salary_help"),
    )
    st.toggle(t("job_description.show_salary"), key=seed(keys["show_salary"], base.show_salary))
    if not base.salary:
        st.caption(t("job_description.no_salary"))
    st.button(
        t("job_description.reset"),
        key="jd_reset",
        icon=":material/restart_alt:",
        help=t("job_description.reset_help"),
        on_click=forget,
        args=(list(keys.values()),),
    )
keep([*keys.values(), "jd_company", "jd_location", "jd_contract"])

state = st.session_state
jd = replace(
    base,
    summary=state[keys["summary"]],
    responsibilities=lines_of(state[keys["responsibilities"]]),
    qualifications=lines_of(state[keys["qualifications"]]),
    salary=state[keys["salary"]],
    show_salary=state[keys["show_salary"]],
    company=state["jd_company"],
    location=state["jd_location"],
    contract=state["jd_contract"],
)
with preview:
    st.subheader(t("job_description.preview"), anchor=False)
    with st.container(horizontal=True):
        st.download_button(
            t("job_description.download_docx"),
            partial(render_docx, jd, t),
            file_name=file_name(jd, "docx"),
            mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            key="jd_download_docx",
            on_click="ignore",
            icon=":material/download:",
            type="primary",
        )
        st.download_button(
            t("job_description.download_md"),
            partial(markdown_bytes, jd, t),
            file_name=file_name(jd, "md"),
            mime="text/markdown",
            key="jd_download_md",
            on_click="ignore",
            icon=":material/download:",
        )
    st.html(PREVIEW_CSS)
    with st.container(border=True, key="jd_preview"):
        st.markdown(render_markdown(jd, t))
