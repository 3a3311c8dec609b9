"""The database: workspaces (and, built on the same engine, rooms). No Streamlit here.

`engine.get_engine()` opens the database named by `CAREERS_DATABASE_URL` (an SQLite file under
`var/` by default) and migrates it to the newest schema on first use.
"""
