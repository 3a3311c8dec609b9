"""Start the app's server on a loopback port and wait until it is healthy.

Used by the browser tests, the cluster tests, the benchmarks and the load test. The default
script is the hardened ASGI entry (asgi.py), the one ./run.sh serves.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENTRY = "asgi.py"
STARTUP_TIMEOUT_S = 90


class ServerError(RuntimeError):
    """The server exited or did not answer its health check in time."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing is listening on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def healthy(url: str) -> bool:
    """Whether the server at `url` answers its health check with HTTP 200."""
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@dataclass
class Server:
    """One running server process and where it listens."""

    url: str
    port: int
    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def pid(self) -> int:
        """The server's process id."""
        return self.process.pid

    def stop(self) -> None:
        """Terminate the server (kill it after 10 s) and wait for it to exit."""
        stop_process(self.process)


def stop_process(process: subprocess.Popen[bytes]) -> None:
    """Terminate `process` if it still runs, kill it after 10 s, and wait for it to exit."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def start_server(
    script: str = ENTRY,
    log_path: Path | None = None,
    port: int | None = None,
    env: Mapping[str, str] | None = None,
    wait: bool = True,
) -> Server:
    """Start `streamlit run script` on 127.0.0.1:`port` (a free one by default) with `env`
    added to the environment; unless `wait` is false, return once it is healthy.

    Raises:
        ServerError: when the server exits or is not healthy within STARTUP_TIMEOUT_S; the
            message carries the server's log.
    """
    port = port or free_port()
    log_path = log_path or Path(f"/tmp/streamlit-{port}.log")
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                script,
                "--server.headless=true",
                "--server.address=127.0.0.1",
                f"--server.port={port}",
                "--browser.gatherUsageStats=false",
            ],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
        )
    server = Server(f"http://127.0.0.1:{port}", port, process, log_path)
    if wait:
        wait_healthy(server)
    return server


def wait_healthy(server: Server, timeout: float = STARTUP_TIMEOUT_S) -> None:
    """Block until `server` answers its health check.

    Raises:
        ServerError: when it exits or does not answer within `timeout` seconds (it is stopped).
    """
    deadline = time.monotonic() + timeout
    while not healthy(server.url):
        if server.process.poll() is not None or time.monotonic() > deadline:
            server.stop()
            raise ServerError(
                f"The server did not start (exit code {server.process.poll()}):\n"
                + server.log_path.read_text(errors="replace")
            )
        time.sleep(0.2)


@contextmanager
def serve(
    script: str = ENTRY, log_path: Path | None = None, env: Mapping[str, str] | None = None
) -> Iterator[tuple[str, int]]:
    """Run `script` on a free port; yield (base URL, server process id); stop it afterwards.

    Raises:
        ServerError: as start_server.
    """
    server = start_server(script, log_path, env=env)
    try:
        yield server.url, server.pid
    finally:
        server.stop()
