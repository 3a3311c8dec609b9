"""Live workshop rooms: codes and secrets, room state, questions, answers and their results.

Pure domain (no Streamlit, no database): `careers.store.rooms` keeps rooms in the database and
`careers.rooms.service` joins the two, so every process serving a room sees the same room.
"""
