"""Streamlit and plotly building blocks; they take arguments and never read session state."""
