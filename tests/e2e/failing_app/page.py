"""A page that fails after drawing a line: stands in for a bug the app does not know about."""

import streamlit as st

st.session_state.setdefault("lang", st.query_params.get("lang", "it"))
st.write("Before the failure")
raise RuntimeError("secret internal detail 7f3a")
