"""Docker is not available here: the compose file and the Dockerfile are checked against the
topology the cluster tests start (tests/cluster/conftest.py) and the nginx template."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from careers.rooms.clients import behind_proxy
from tests.cluster.conftest import PROCESSES
from tests.conftest import ROOT
from tests.support.nginx import render

APP_PORT = "8501"


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    """compose.yaml, parsed (anchors resolved)."""
    data: dict[str, Any] = yaml.safe_load((ROOT / "compose.yaml").read_text())
    return data


def app_services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The services built from this repository (the app processes)."""
    return {name: s for name, s in compose["services"].items() if s.get("build") == "."}


def test_services_are_the_cluster_tests_topology(compose: dict[str, Any]) -> None:
    apps = app_services(compose)
    assert len(apps) == PROCESSES
    assert set(compose["services"]) == {"postgres", "nginx", *apps}


def test_apps_share_one_postgresql_and_one_cookie_secret(compose: dict[str, Any]) -> None:
    envs = [s["environment"] for s in app_services(compose).values()]
    assert all(e == envs[0] for e in envs)
    assert envs[0]["CAREERS_DATABASE_URL"].startswith("postgresql+psycopg://")
    assert "@postgres:5432/" in envs[0]["CAREERS_DATABASE_URL"]
    assert "COOKIE_SECRET" in envs[0]["STREAMLIT_SERVER_COOKIE_SECRET"]
    assert behind_proxy(envs[0]), "behind nginx the apps count rate limits by its X-Real-IP"
    for service in app_services(compose).values():
        assert service["expose"] == [APP_PORT]
        assert service["depends_on"]["postgres"]["condition"] == "service_healthy"


def test_nginx_serves_the_template_with_every_app(compose: dict[str, Any]) -> None:
    nginx = compose["services"]["nginx"]
    source, target = nginx["volumes"][0].split(":")[:2]
    assert (ROOT / source).resolve() == ROOT / "deploy" / "nginx.conf"
    assert target.startswith("/etc/nginx/templates/") and target.endswith(".conf.template")
    env = nginx["environment"]
    apps = [env[f"APP_{i}"] for i in range(1, PROCESSES + 1)]
    assert apps == [f"{name}:{APP_PORT}" for name in app_services(compose)]
    assert set(nginx["depends_on"]) == set(app_services(compose))
    # The template with compose's values is complete (what the image's envsubst will write).
    config = render(env["LISTEN"], apps)
    assert f"listen {env['LISTEN']};" in config
    assert all(f"server {app} " in config for app in apps)
    assert nginx["ports"] == [f"8080:{env['LISTEN']}"]


def test_nginx_replaces_the_client_s_x_real_ip_with_its_peer() -> None:
    # careers.rooms.clients believes X-Real-IP behind the proxy: nginx must write it itself.
    config = (ROOT / "deploy/nginx.conf").read_text()
    assert re.search(r"^\s*proxy_set_header X-Real-IP \$remote_addr;", config, re.MULTILINE)


def test_nginx_access_log_never_writes_a_link_s_query_or_referer() -> None:
    # ?workspace= and ?present= carry secrets: the deploy's log must use a format without
    # $request (the whole request line), $request_uri, $args/$arg_*, $query_string or Referer.
    config = (ROOT / "deploy/nginx.conf").read_text()
    logs = re.findall(r"^\s*access_log\s+(\S+)\s+(\w+);", config, re.MULTILINE)
    assert logs and all(path != "off" for path, _ in logs)
    for _, name in logs:
        match = re.search(rf"log_format {name}((?:\s+'[^']*')+);", config)
        assert match, f"the access log's format {name} is not defined in the file"
        leaks = re.findall(
            r"\$(?:request|request_uri|args|arg_\w+|query_string|is_args|http_referer)\b",
            match.group(1),
        )
        assert leaks == [], f"{name} would write {leaks}"
        assert "$uri" in match.group(1)


def test_nginx_body_limit_is_the_apps() -> None:
    from serving.limits import MAX_BODY_BYTES

    match = re.search(r"client_max_body_size (\d+)m;", (ROOT / "deploy/nginx.conf").read_text())
    assert match and int(match.group(1)) * 1024 * 1024 == MAX_BODY_BYTES


def test_dockerfile_slim_non_root_pinned_healthchecked_same_entry() -> None:
    lines = [
        line
        for line in (ROOT / "Dockerfile").read_text().replace("\\\n", " ").splitlines()
        if line and not line.startswith("#")
    ]
    instruction = {line.split()[0]: line for line in lines}
    assert instruction["FROM"] == "FROM python:3.11-slim"
    assert re.fullmatch(r"USER (?!root\b)\w+", instruction["USER"])
    assert "RUN pip install --requirement requirements.txt" in lines
    assert "/readyz" in instruction["HEALTHCHECK"]
    assert '"asgi.py"' in instruction["CMD"]  # the entry ./run.sh starts
    assert f"--server.port={APP_PORT}" in instruction["CMD"]
    assert lines.index(instruction["USER"]) < lines.index(instruction["CMD"])


def test_requirements_are_pinned() -> None:
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            assert re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[0-9][\w.]*", line), line
