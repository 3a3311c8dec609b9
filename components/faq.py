"""The sources' frequently asked questions as expanders: one to open at a time, with its source.

Shared by the home page and the workshop's closing screen, which each drew the same loop.
"""

from __future__ import annotations

import streamlit as st

from careers.dataset.models import Dataset
from careers.text.i18n import Translator
from careers.text.markdown import md_escape


def faq_expanders(dataset: Dataset, t: Translator) -> None:
    """Each FAQ entry as an expander: the question as its label, the answer and its citation."""
    for entry in dataset.faq:
        with st.expander(md_escape(entry.question.get(t.lang))):
            st.markdown(md_escape(entry.answer.get(t.lang)))
            st.caption(md_escape(dataset.cite(entry.source, t.lang)))
