"""The cluster that tests/cluster and bench/cluster_load run: PostgreSQL, app processes on the
real entry (asgi.py) sharing it and one cookie secret, and nginx with deploy/nginx.conf in
front; all on loopback, removed afterwards."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from scripts.server import STARTUP_TIMEOUT_S, Server, free_port, start_server, wait_healthy
from tests.support.nginx import Nginx
from tests.support.postgres import PostgresCluster


@dataclass
class ClusterParts:
    """The running pieces; `apps` is the list the cluster stops at the end (replace in place)."""

    postgres: PostgresCluster
    apps: list[Server]
    nginx: Nginx
    env: dict[str, str]


@contextmanager
def running_cluster(
    processes: int,
    logs: Path,
    *,
    durable: bool = False,
    startup_timeout: float = STARTUP_TIMEOUT_S,
) -> Iterator[ClusterParts]:
    """Start PostgreSQL, `processes` app processes (logs in `logs/app<i>.log`) and nginx.

    Args:
        durable: PostgreSQL with fsync on, as a benchmark wants it; tests run without.
        startup_timeout: seconds each process may take to warm up and answer its health check.

    Raises:
        PostgresUnavailable, NginxUnavailable, ServerError: a part is missing or did not start.
    """
    postgres = PostgresCluster(durable=durable)
    apps: list[Server] = []
    nginx: Nginx | None = None
    try:
        env = {
            "CAREERS_DATABASE_URL": postgres.create_database("careers"),
            # Every replica must sign cookies (XSRF) with the same secret.
            "STREAMLIT_SERVER_COOKIE_SECRET": secrets.token_hex(32),
            # Behind nginx: rate limits read the address it forwards (X-Real-IP).
            "CAREERS_TRUSTED_PROXY": "1",
        }
        # Started together, then waited for: each warms up for several seconds.
        apps.extend(
            start_server(env=env, port=free_port(), log_path=logs / f"app{i}.log", wait=False)
            for i in range(processes)
        )
        for app in apps:
            wait_healthy(app, timeout=startup_timeout)
        nginx = Nginx([f"127.0.0.1:{app.port}" for app in apps])
        yield ClusterParts(postgres, apps, nginx, env)
    finally:
        if nginx is not None:
            nginx.close()
        for app in apps:
            app.stop()
        postgres.close()
