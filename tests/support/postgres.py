"""A throwaway PostgreSQL cluster from Debian's binaries, on a free loopback port, for tests.

`PostgresCluster` runs initdb in a temporary folder (its unix socket lives there too), starts the
server as a non-root OS user (PostgreSQL refuses to run as root), and removes everything on
`close()`. `stop()` and `start()` let a test take the database away and bring it back.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scripts.server import free_port

OS_USER = "postgres"
DB_USER = "careers"


class PostgresUnavailable(RuntimeError):
    """Debian's PostgreSQL is not installed (./test.sh installs it) or would not start."""


def bin_dir() -> Path:
    """The newest /usr/lib/postgresql/<version>/bin that has initdb."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if not found:
        raise PostgresUnavailable(
            "PostgreSQL's initdb was not found under /usr/lib/postgresql/*/bin: "
            "install Debian's `postgresql` package (./test.sh does it)."
        )
    return Path(found[-1]).parent


class PostgresCluster:
    """One PostgreSQL server in a temporary folder, listening on 127.0.0.1:`port`."""

    def __init__(self, durable: bool = False):
        self.bin = bin_dir()
        self.folder = Path(tempfile.mkdtemp(prefix="careers-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.port = free_port()
        self._as_root = os.geteuid() == 0
        try:
            self._init(durable)
        except BaseException:
            self.close()
            raise

    def _init(self, durable: bool) -> None:
        """Create the cluster in the folder, configure it and start it."""
        if self._as_root:
            _ensure_os_user()
            os.chmod(self.folder, 0o755)
            shutil.chown(self.folder, OS_USER, OS_USER)
        options = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.folder}'",
            "max_connections": "100",
        }
        if not durable:
            # Test data need not survive a power cut; a benchmark asks for the real thing.
            options |= {"fsync": "off", "full_page_writes": "off", "synchronous_commit": "off"}
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            DB_USER,
            "--auth=trust",
            "--encoding=UTF8",
            "--no-sync",
        )
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.writelines(f"{key} = {value}\n" for key, value in options.items())
        self.start()

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of the cluster's `postgres` database."""
        return self.database_url("postgres")

    def database_url(self, name: str) -> str:
        """The SQLAlchemy URL of database `name` on this cluster."""
        return f"postgresql+psycopg://{DB_USER}@127.0.0.1:{self.port}/{name}"

    def create_database(self, name: str | None = None) -> str:
        """Create an empty database (a fresh name by default) and return its URL."""
        import psycopg

        name = name or f"test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=DB_USER, dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.database_url(name)

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (`fast`: disconnect clients; `immediate`: like a crash)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def running(self) -> bool:
        """Whether the server is running."""
        result = self._run("pg_ctl", "-D", str(self.data), "status", check=False)
        return result.returncode == 0

    def close(self) -> None:
        """Stop the server if it runs and remove its folder."""
        try:
            if self.data.exists() and self.running():
                self.stop("immediate")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _run(
        self, program: str, *args: str, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        """Run a PostgreSQL program as the non-root OS user; a failure carries the server log."""
        command = [str(self.bin / program), *args]
        if self._as_root:
            command = ["runuser", "-u", OS_USER, "--", *command]
        result = subprocess.run(
            command, cwd=self.folder, capture_output=True, text=True, timeout=120
        )
        if check and result.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise PostgresUnavailable(
                f"{program} failed ({result.returncode}):\n{result.stdout}{result.stderr}{log}"
            )
        return result


def _ensure_os_user() -> None:
    """Create the `postgres` system user when the package did not (PostgreSQL refuses root)."""
    try:
        pwd.getpwnam(OS_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--user-group", "--no-create-home", OS_USER], check=True
        )


@contextmanager
def postgres_cluster(durable: bool = False) -> Iterator[PostgresCluster]:
    """A running throwaway cluster, removed afterwards even when the body fails."""
    cluster = PostgresCluster(durable=durable)
    try:
        yield cluster
    finally:
        cluster.close()
