"""Start `streamlit run` on a free loopback port and wait until it is healthy.

Used by the browser tests, the screenshot-free benchmarks and the load test.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STARTUP_TIMEOUT_S = 60


class ServerError(RuntimeError):
    """The server exited or did not answer its health check in time."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing is listening on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def healthy(url: str) -> bool:
    """Whether the server at `url` answers its health check with HTTP 200."""
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


@contextmanager
def serve(script: str = "app.py", log_path: Path | None = None) -> Iterator[tuple[str, int]]:
    """Run `script` with Streamlit on a free port; yield (base URL, server process id).

    Raises:
        ServerError: when the server exits or is not healthy within STARTUP_TIMEOUT_S; the
            message carries the server's log.
    """
    port = free_port()
    log_path = log_path or Path(f"/tmp/streamlit-{port}.log")
    with log_path.open("w") as log:
        server = subprocess.Popen(
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
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + STARTUP_TIMEOUT_S
            while not healthy(url):
                if server.poll() is not None or time.monotonic() > deadline:
                    raise ServerError(
                        f"Streamlit did not start (exit code {server.poll()}):\n"
                        + log_path.read_text()
                    )
                time.sleep(0.2)
            yield url, server.pid
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
