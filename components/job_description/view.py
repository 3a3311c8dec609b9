"""The job-description page's blocks: details, the editor of one role's draft, downloads, preview.

Every box is keyed by the caller (`careers.job_description.drafts` names the keys) and kept by
Streamlit with `persist_state="session"`, so an edit survives another role, another language
or another page being shown; the blocks return what the boxes hold.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Final

import streamlit as st

from careers.job_description.document import JobDescription, file_name, lines_of
from careers.job_description.drafts import MAX_CHARS, DraftPart
from careers.job_description.render import render_docx, render_markdown, render_screen, render_text
from careers.text.i18n import Translator

# Static CSS: the preview reads like a document, with headings sized for a narrow column. Its
# headings are h3 and h4, under the page's h1 and the preview's h2: no level is skipped.
PREVIEW_CSS = """<style>
.st-key-jd_preview [data-testid="stMarkdownContainer"] h3 { font-size: 2rem; padding-top: 0; }
.st-key-jd_preview [data-testid="stMarkdownContainer"] h4 { font-size: 1.35rem; }
</style>"""
KEEP: Final = "session"


def details(t: Translator, keys: dict[str, str]) -> dict[str, str]:
    """Company, location and contract (shared by every role), side by side on a wide screen."""
    boxes = st.columns(3)
    return {
        name: box.text_input(
            t(f"job_description.{name}"),
            key=keys[name],
            max_chars=MAX_CHARS[name],
            placeholder=t(f"job_description.{name}_placeholder"),
            persist_state=KEEP,
        )
        for box, name in zip(boxes, ("company", "location", "contract"), strict=True)
    }


def editor(
    base: JobDescription, t: Translator, keys: dict[DraftPart, str], on_reset: Callable[[], None]
) -> JobDescription:
    """The boxes of one role's draft, pre-filled from `base`; returns the edited description."""
    st.header(t("job_description.edit"), anchor=False)
    summary = st.text_area(
        t("job_description.summary"),
        base.summary,
        key=keys["summary"],
        max_chars=MAX_CHARS["summary"],
        persist_state=KEEP,
    )
    lists = {
        part: st.text_area(
            t(f"job_description.{part}"),
            "\n".join(getattr(base, part)),
            key=keys[part],
            height=280,
            max_chars=MAX_CHARS[part],
            help=t("job_description.lines_help"),
            persist_state=KEEP,
        )
        for part in ("responsibilities", "qualifications")
    }
    salary = st.text_input(
        t("job_description.salary"),
        base.salary,
        key=keys["salary"],
        max_chars=MAX_CHARS["salary"],
        help=t("job_description.salary_help"),
        persist_state=KEEP,
    )
    show = st.toggle(
        t("job_description.show_salary"),
        base.show_salary,
        key=keys["show_salary"],
        persist_state=KEEP,
    )
    if not base.salary:
        st.markdown(t("job_description.no_salary"))
    if not (show and salary.strip()):
        # The app's own note, not the sources': labelled so in the text itself.
        st.info(t("job_description.pay_transparency"), icon=":material/gavel:")
    st.button(
        t("job_description.reset"),
        key="jd_reset",
        icon=":material/restart_alt:",
        help=t("job_description.reset_help"),
        on_click=on_reset,
    )
    return replace(
        base,
        summary=summary or "",
        responsibilities=lines_of(lists["responsibilities"] or ""),
        qualifications=lines_of(lists["qualifications"] or ""),
        salary=salary or "",
        show_salary=show,
    )


def downloads(jd: JobDescription, t: Translator) -> None:
    """Word, Markdown and plain-text downloads, each built only when clicked."""
    files = (
        (
            "docx",
            "download_docx",
            partial(render_docx, jd, t),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("md", "download_md", partial(_encoded, render_markdown, jd, t), "text/markdown"),
        ("txt", "download_txt", partial(_encoded, render_text, jd, t), "text/plain"),
    )
    with st.container(horizontal=True):
        for extension, label, data, mime in files:
            st.download_button(
                t(f"job_description.{label}"),
                data,
                file_name=file_name(jd, extension),
                mime=mime,
                key=f"jd_{label}",
                on_click="ignore",
                icon=":material/download:",
                type="primary" if extension == "docx" else "secondary",
            )


def _encoded(
    render: Callable[[JobDescription, Translator], str], jd: JobDescription, t: Translator
) -> bytes:
    """A text rendering as UTF-8 bytes, built when its download is clicked."""
    return render(jd, t).encode("utf-8")


def preview(jd: JobDescription, t: Translator) -> None:
    """The description as it will read, and the plain text ready to copy."""
    st.header(t("job_description.preview"), anchor=False)
    downloads(jd, t)
    with st.expander(t("job_description.copy_text"), icon=":material/content_copy:"):
        st.markdown(t("job_description.copy_help"))
        st.code(render_text(jd, t), language=None, wrap_lines=True)
    st.html(PREVIEW_CSS)
    with st.container(border=True, key="jd_preview"):
        st.markdown(render_screen(jd, t))
