"""Entry point: page setup, language, navigation. Pages live in app_pages/."""

from pathlib import Path

import streamlit as st

from app_pages._session import show_dataset_badge
from app_pages._workspace_actions import autosave
from app_pages._workspace_link import follow_workspace_link, keep_link_in_url
from app_pages._workspace_notices import show_notice
from app_pages._workspace_panel import show_panel
from app_pages.registry import PAGES
from careers.text.i18n import Translator, resolve_language
from careers.text.markdown import md_escape
from components.style import show_page_head

HERE = Path(__file__).parent
lang, rejected = resolve_language(st.query_params.get("lang"), st.context.locale)
if "lang" not in st.session_state:
    st.session_state["lang"] = lang
st.sidebar.radio(
    "Lingua · Language",
    ["it", "en"],
    key="lang",
    horizontal=True,
    format_func={"it": "Italiano", "en": "English"}.get,
)
t = Translator(st.session_state["lang"])
st.set_page_config(page_title=t("app.page_title"), page_icon="📞", layout="wide")
st.query_params["lang"] = t.lang
show_page_head(t.lang)
if rejected and not st.session_state.get("lang_notice_shown"):
    st.session_state["lang_notice_shown"] = True
    st.toast(t("app.unknown_language", value=md_escape(rejected[:40])), icon=":material/translate:")
follow_workspace_link(t)
show_notice()
show_dataset_badge(t)

pages = [
    st.Page(
        HERE / spec.file,
        title=t(f"nav.{spec.stem}"),
        icon=spec.icon,
        default=spec.default,
        url_path=None if spec.default else spec.stem,
    )
    for spec in PAGES
]
st.navigation(pages).run()
# After the page ran: save what it changed, then say so in the sidebar.
autosave(t)
keep_link_in_url()
with st.sidebar:
    show_panel(t)
