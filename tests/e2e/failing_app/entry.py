"""The app's error handling (serving.errors) on a page that fails, served the way asgi.py is."""

import streamlit as st

from serving.errors import on_script_error

app = st.App("page.py", on_script_error=on_script_error)
