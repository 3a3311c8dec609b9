"""Placeholder until this page is built: its title only."""

import streamlit as st

from app_pages._session import current

t, dataset = current()
st.title(t("workshop.title"))
