"""Time to save and open a workspace holding a 1,000-role dataset, on SQLite and PostgreSQL.

Usage: .venv/bin/python -m bench.workspace_speed [roles] [repeats]

PostgreSQL is a throwaway cluster (tests/support/postgres.py) with fsync on, like a deployment.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable

from careers.dataset.export import dump_dataset
from careers.dataset.loading import load_dataset
from careers.store import payload as payload_module
from careers.store.engine import dispose, get_engine
from careers.store.workspaces import WorkspaceStore
from tests.support.postgres import postgres_cluster
from tests.support.synthetic import make_yaml


def timed(action: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median and max wall time of `action` in milliseconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def measure(url: str, dataset_yaml: str, repeats: int) -> dict[str, tuple[float, float]]:
    """The figures for one database."""
    store = WorkspaceStore(get_engine(url), max_created_per_hour=10_000)
    content = {"dataset_yaml": dataset_yaml, "dataset_origin": "uploaded"}
    counter = iter(range(1_000_000))

    def create_cold() -> None:
        payload_module._known_good.clear()  # as the first save of a new dataset
        store.create(content, creator=f"bench-{next(counter)}")

    created = store.create(content, creator="bench")
    version = [created.version]

    def autosave() -> None:
        step = version[0]
        version[0] = store.save(
            created.edit_token, content | {"workshop": {"step": step}}, step
        ).version

    def open_and_load() -> None:
        opened = store.open(created.view_token)
        assert opened.payload.dataset_yaml is not None
        load_dataset(opened.payload.dataset_yaml.encode("utf-8"))

    figures = {
        "create (checks the dataset)": timed(create_cold, repeats),
        "autosave (same dataset)": timed(autosave, repeats),
        "open (read only)": timed(lambda: store.open(created.view_token), repeats),
        "open + load the dataset": timed(open_and_load, repeats),
    }
    dispose(url)
    return figures


def main() -> None:
    """Print a table: operation x database, median / max ms."""
    roles = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    dataset_yaml = dump_dataset(load_dataset(make_yaml(roles)))
    print(
        f"{roles} roles, dataset YAML {len(dataset_yaml.encode()) / 1024:.0f} KiB, {repeats} runs"
    )
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        results["SQLite (WAL, synchronous=FULL)"] = measure(
            f"sqlite:///{folder}/bench.sqlite3", dataset_yaml, repeats
        )
    with postgres_cluster(durable=True) as cluster:
        results["PostgreSQL 15 (fsync on)"] = measure(
            cluster.create_database(), dataset_yaml, repeats
        )
    for database, figures in results.items():
        print(f"\n{database}")
        for name, (median, worst) in figures.items():
            print(f"  {name:32s} median {median:8.1f} ms   max {worst:8.1f} ms")


if __name__ == "__main__":
    main()
