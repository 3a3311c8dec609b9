"""Page scripts run by st.navigation in app.py; `_session` holds what they share."""
