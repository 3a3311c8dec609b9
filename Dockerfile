# The app as one container: one server process (the hardened entry, asgi.py) on port 8501.
# Several of them behind nginx, with PostgreSQL: compose.yaml and docs/deploy.md.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# The app never runs as root.
RUN useradd --create-home --uid 10001 careers
WORKDIR /app

# Pinned runtime requirements first, so code changes reuse this layer.
COPY requirements.txt .
RUN pip install --requirement requirements.txt

COPY --chown=careers:careers . .
# var/ holds the default SQLite file when no CAREERS_DATABASE_URL is given.
RUN mkdir -p var && chown careers:careers var
USER careers

EXPOSE 8501
# Healthy = ready: warmed up and the database answers (serving/readiness.py). The first check
# waits out the warm-up.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request as u; sys.exit(u.urlopen('http://127.0.0.1:8501/readyz', timeout=4).status != 200)"]

CMD ["python", "-m", "streamlit", "run", "asgi.py", \
     "--server.address=0.0.0.0", "--server.port=8501", "--server.headless=true", \
     "--browser.gatherUsageStats=false"]
