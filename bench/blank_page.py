"""The baseline every benchmark compares with: a blank Streamlit page with one small chart."""

import plotly.graph_objects as go
import streamlit as st

st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2])), key="blank_chart")
