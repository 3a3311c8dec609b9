"""The cluster the tests run against: PostgreSQL, two app processes (the real entry, asgi.py)
and nginx with deploy/nginx.conf in front, all on loopback, removed afterwards."""

from __future__ import annotations

import signal
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from scripts.server import Server, ServerError, start_server
from tests.support.cluster import running_cluster
from tests.support.nginx import Nginx, NginxUnavailable
from tests.support.postgres import PostgresCluster, PostgresUnavailable

PROCESSES = 2


@dataclass
class Cluster:
    """What a cluster test can reach and break."""

    nginx: Nginx
    apps: list[Server]
    postgres: PostgresCluster
    env: dict[str, str]
    logs: Path

    @property
    def url(self) -> str:
        """The cluster's public address (nginx)."""
        return self.nginx.url

    def app_at(self, address: str) -> int:
        """The index of the app process listening at `address` (host:port)."""
        return next(i for i, app in enumerate(self.apps) if address.endswith(f":{app.port}"))

    def kill(self, index: int) -> None:
        """SIGKILL app process `index`, as a crash would."""
        self.apps[index].process.send_signal(signal.SIGKILL)
        self.apps[index].process.wait()

    def restart(self, index: int) -> None:
        """Start app process `index` again on its port and wait until it is healthy."""
        old = self.apps[index]
        if old.process.poll() is None:
            self.kill(index)
        self.apps[index] = start_server(
            port=old.port, env=self.env, log_path=self.logs / f"app{index}.log"
        )
        # Healthy is not enough: nginx skips a failed process for `fail_timeout`. Wait until it
        # routes to this one again, or a later test could pin a browser while it is skipped.
        cookie_for(self, index)

    def upstreams_of(self, cookie: str) -> set[str]:
        """The app addresses that served requests carrying affinity cookie `cookie`."""
        return {entry[1].split(", ")[-1] for entry in self.nginx.access_log() if entry[0] == cookie}


@pytest.fixture(scope="session")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """PostgreSQL, PROCESSES app processes sharing it and one cookie secret, and nginx."""
    logs = tmp_path_factory.mktemp("cluster")
    with ExitStack() as stack:
        try:
            parts = stack.enter_context(running_cluster(PROCESSES, logs))
        except (PostgresUnavailable, ServerError, NginxUnavailable) as exc:
            pytest.fail(str(exc), pytrace=False)
        yield Cluster(parts.nginx, parts.apps, parts.postgres, parts.env, logs)


def wait_until(condition: object, timeout: float, message: str) -> float:
    """Poll `condition()` until true; return the seconds it took.

    Raises:
        AssertionError: with `message` when it is still false after `timeout` seconds.
    """
    start = time.monotonic()
    while not condition():  # type: ignore[operator]
        if time.monotonic() - start > timeout:
            raise AssertionError(message)
        time.sleep(0.1)
    return time.monotonic() - start


def get(url: str, cookie: str | None = None) -> tuple[int, dict[str, str]]:
    """(status, lower-cased headers) of a GET, with the affinity cookie when given."""
    request = urllib.request.Request(
        url, headers={"Cookie": f"careers_node={cookie}"} if cookie else {}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}


def cookie_for(cluster: Cluster, index: int) -> str:
    """An affinity cookie that nginx routes to app process `index` (new ones until one does).

    A process restarted by an earlier test is skipped by nginx for `fail_timeout` (5 s in
    deploy/nginx.conf) after its failure, so the tries are spread over up to 30 s.
    """
    deadline = time.monotonic() + 30
    for attempt in range(256):
        if attempt and attempt % 16 == 0:
            if time.monotonic() > deadline:
                break
            time.sleep(1)
        _, headers = get(f"{cluster.url}/readyz")
        cookie = headers["set-cookie"].split(";")[0].removeprefix("careers_node=")
        assert get(f"{cluster.url}/readyz", cookie)[0] == 200
        # nginx writes the log line just after the response: wait for it.
        wait_until(lambda c=cookie: cluster.upstreams_of(c), 5, "request not logged")
        (address,) = cluster.upstreams_of(cookie)
        if cluster.app_at(address) == index:
            return cookie
    raise AssertionError(f"no cookie reached process {index} in 30 s")


def pinned_page(
    browser: Browser, cluster: Cluster, index: int, **options: object
) -> tuple[BrowserContext, Page]:
    """A fresh browser through nginx whose affinity cookie routes it to app process `index`."""
    settings: dict[str, object] = {"viewport": {"width": 1400, "height": 1000}} | options
    context = browser.new_context(base_url=cluster.url, **settings)  # type: ignore[arg-type]
    context.set_default_timeout(30_000)
    context.add_cookies(
        [{"name": "careers_node", "value": cookie_for(cluster, index), "url": cluster.url}]
    )
    return context, context.new_page()


def processes_of(cluster: Cluster, context: BrowserContext) -> set[int]:
    """The app processes nginx sent this browser's requests to so far."""
    cookie = next(c["value"] for c in context.cookies() if c["name"] == "careers_node")
    return {cluster.app_at(address) for address in cluster.upstreams_of(cookie)}
