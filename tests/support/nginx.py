"""Debian's nginx as an unprivileged master in a temporary prefix, serving deploy/nginx.conf.

The template is rendered with the test's ports and wrapped in a minimal main configuration
(pid, logs and temp paths inside the prefix); everything is removed on `close()`.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from string import Template

from scripts.server import ROOT, free_port, stop_process

NGINX = "/usr/sbin/nginx"
TEMPLATE = ROOT / "deploy" / "nginx.conf"
# Where deploy/nginx.conf writes its access log; the tests write it into nginx's prefix.
DEPLOY_ACCESS_LOG = "/var/log/nginx/access.log"
# nginx refuses no user, but a root master would switch its workers to `nobody`; the tests run
# the whole server as Debian's unprivileged web user instead.
OS_USER = "www-data"

MAIN_CONF = """\
daemon off;
worker_processes 1;
pid $prefix/nginx.pid;
error_log $prefix/error.log info;
events { worker_connections 1024; }
http {
    log_format cluster '$$cookie_careers_node|$$upstream_addr|$$status|$$request_method|$$uri';
    access_log $prefix/access.log cluster;
    client_body_temp_path $prefix/tmp/body;
    proxy_temp_path $prefix/tmp/proxy;
    fastcgi_temp_path $prefix/tmp/fastcgi;
    uwsgi_temp_path $prefix/tmp/uwsgi;
    scgi_temp_path $prefix/tmp/scgi;
    include $prefix/careers.conf;
}
"""


class NginxUnavailable(RuntimeError):
    """Debian's nginx is not installed (./test.sh installs it) or would not start."""


def render(
    listen: str, apps: Sequence[str], template: Path = TEMPLATE, prefix: Path | None = None
) -> str:
    """deploy/nginx.conf with its placeholders filled: `listen`, and one `server` per app.

    The template names two processes (${APP_1}, ${APP_2}); more get extra server lines, and
    one process alone (a benchmark's baseline) loses the second line. With `prefix`, the
    deploy's own access log goes to `prefix`/private.log and the tests' routing log
    (`cluster`, defined in MAIN_CONF) to `prefix`/access.log beside it.
    """
    text = template.read_text()
    if prefix is not None:
        text = text.replace(
            f"access_log {DEPLOY_ACCESS_LOG} ",
            f"access_log {prefix}/access.log cluster;\n    access_log {prefix}/private.log ",
        )
    server_line = next(line for line in text.splitlines() if "${APP_2}" in line.split("#")[0])
    lines = [server_line.replace("${APP_2}", f"${{APP_{i}}}") for i in range(2, len(apps) + 1)]
    text = text.replace(server_line + "\n", "".join(f"{line}\n" for line in lines))
    values = {"LISTEN": listen} | {f"APP_{i}": app for i, app in enumerate(apps, start=1)}
    rendered = Template(text).safe_substitute(values)
    if any("${" in line.split("#")[0] for line in rendered.splitlines()):
        raise ValueError("a placeholder of deploy/nginx.conf was left unfilled")
    return rendered


class Nginx:
    """One nginx on 127.0.0.1:`port` proxying to the app processes at `apps` (host:port)."""

    def __init__(self, apps: Sequence[str], port: int | None = None) -> None:
        """Write the configuration, start nginx and wait until it accepts connections."""
        if not Path(NGINX).exists():
            raise NginxUnavailable(f"{NGINX} not found: install Debian's nginx (./test.sh does)")
        self.port = port or free_port()
        self.prefix = Path(tempfile.mkdtemp(prefix="careers-nginx-"))
        (self.prefix / "tmp").mkdir()
        conf = render(f"127.0.0.1:{self.port}", apps, prefix=self.prefix)
        (self.prefix / "careers.conf").write_text(conf)
        main = Template(MAIN_CONF).substitute(prefix=self.prefix)
        (self.prefix / "nginx.conf").write_text(main)
        command = [
            NGINX,
            "-p",
            str(self.prefix),
            "-c",
            str(self.prefix / "nginx.conf"),
            "-e",
            str(self.prefix / "error.log"),
        ]
        if os.geteuid() == 0:
            pwd.getpwnam(OS_USER)
            shutil.chown(self.prefix, OS_USER, OS_USER)
            for path in self.prefix.rglob("*"):
                shutil.chown(path, OS_USER, OS_USER)
            command = ["runuser", "-u", OS_USER, "--", *command]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            self._wait_listening()
        except BaseException:
            self.close()
            raise

    @property
    def url(self) -> str:
        """Where browsers reach the cluster."""
        return f"http://127.0.0.1:{self.port}"

    def _wait_listening(self, timeout: float = 20) -> None:
        """Block until nginx answers on its port (any HTTP status will do)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise NginxUnavailable(f"nginx exited:\n{self.error_log()}")
            try:
                urllib.request.urlopen(self.url, timeout=2).close()
                return
            except urllib.error.HTTPError:
                return
            except OSError:
                time.sleep(0.1)
        raise NginxUnavailable(f"nginx did not answer on {self.url}:\n{self.error_log()}")

    def error_log(self) -> str:
        """nginx's error log so far."""
        path = self.prefix / "error.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def access_log(self) -> list[list[str]]:
        """[affinity cookie or "", upstream address(es), status, method, path] per request so
        far; a request retried on another process lists both addresses, comma-separated."""
        path = self.prefix / "access.log"
        lines = path.read_text().splitlines() if path.exists() else []
        return [line.split("|", 4) for line in lines]

    def private_log(self) -> str:
        """What deploy/nginx.conf's own access log (format `careers_private`) wrote so far."""
        path = self.prefix / "private.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def close(self) -> None:
        """Stop nginx (QUIT: finish open requests, then TERM) and remove its prefix."""
        try:
            stop_process(self.process)
        finally:
            shutil.rmtree(self.prefix, ignore_errors=True)


@contextmanager
def nginx(apps: Sequence[str]) -> Iterator[Nginx]:
    """A running nginx in front of `apps`, removed afterwards even when the body fails."""
    server = Nginx(apps)
    try:
        yield server
    finally:
        server.close()
