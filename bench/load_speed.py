"""Loading and validating datasets of 4 (the default), 100 and 1,000 roles.

Usage: .venv/bin/python -m bench.load_speed [--runs 5]
Target: 1,000 roles loaded and validated in under a second.
"""

from __future__ import annotations

import argparse
import statistics
import time

from careers import DEFAULT_DATASET, load_dataset
from tests.support.synthetic import make_yaml


def seconds(raw: bytes, runs: int) -> float:
    """Median seconds to load and validate `raw`."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        load_dataset(raw)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Print size and median load time for each dataset."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{'dataset':22} {'KiB':>6} {'load ms':>9}")
    cases = [("default (8 roles)", DEFAULT_DATASET.read_bytes())]
    cases += [(f"synthetic {n} roles", make_yaml(n)) for n in (100, 1000)]
    for name, raw in cases:
        print(f"{name:22} {len(raw) // 1024:6} {seconds(raw, args.runs) * 1000:9.0f}")


if __name__ == "__main__":
    main()
