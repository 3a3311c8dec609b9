"""Entry point: page setup, language, navigation. Pages live in app_pages/."""

from pathlib import Path

import streamlit as st

from app_pages._session import show_dataset_badge
from careers.i18n import Translator, resolve_language
from careers.text import md_escape

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
if rejected and not st.session_state.get("lang_notice_shown"):
    st.session_state["lang_notice_shown"] = True
    st.toast(t("app.unknown_language", value=md_escape(rejected[:40])), icon=":material/translate:")
show_dataset_badge(t)

# (file stem, icon): the stem is also the page's URL path, e.g. /salaries.
PAGES = [
    ("ladder", ":material/stairs:"),
    ("salaries", ":material/payments:"),
    ("channels", ":material/call_split:"),
    ("compare", ":material/compare_arrows:"),
    ("self_check", ":material/checklist:"),
    ("job_description", ":material/description:"),
    ("workshop", ":material/co_present:"),
    ("data", ":material/table:"),
]
pages = [
    st.Page(HERE / "app_pages/home.py", title=t("nav.home"), icon=":material/home:", default=True),
    *(
        st.Page(HERE / f"app_pages/{stem}.py", title=t(f"nav.{stem}"), icon=icon, url_path=stem)
        for stem, icon in PAGES
    ),
]
st.navigation(pages).run()
