"""The pages the benchmarks visit: (name, AppTest page file or None for home, URL path)."""

PAGES = [
    ("home", None, "/"),
    ("ladder", "app_pages/ladder.py", "/ladder"),
    ("salaries", "app_pages/salaries.py", "/salaries"),
    ("channels", "app_pages/channels.py", "/channels"),
    ("compare", "app_pages/compare.py", "/compare"),
    ("self_check", "app_pages/self_check.py", "/self_check"),
    ("job_description", "app_pages/job_description.py", "/job_description"),
    ("workshop", "app_pages/workshop.py", "/workshop"),
    ("data", "app_pages/data.py", "/data"),
]
