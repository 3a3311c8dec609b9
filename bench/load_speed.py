"""Loading and validating datasets of 4 (the default), 100 and 1,000 roles.

Usage: .venv/bin/python -m bench.load_speed [--runs 5] [--phases]
Target: 1,000 roles loaded and validated in under a second.
--phases also splits each load into its passes, to show what the contract's checks cost: the
walk over the YAML nodes (keys written twice, keys that are not text, number notations) and
the document-based cross-check, beside the parsing and pydantic validation around them.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

import yaml

from careers import DEFAULT_DATASET, load_dataset
from careers.dataset import parsing
from careers.dataset.checks import cross_check
from careers.dataset.decoding import decode
from careers.dataset.loading import _gc_paused
from careers.dataset.models import Dataset
from careers.dataset.yaml_limits import YamlLoader, check_events
from tests.support.synthetic import make_yaml

PHASES = ("limits", "compose", "walk", "construct", "validate", "cross_check")


def seconds(raw: bytes, runs: int) -> float:
    """Median seconds to load and validate `raw`."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        load_dataset(raw)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def phase_seconds(raw: bytes, runs: int) -> dict[str, float]:
    """Median seconds of each pass of a load, run one after the other as load_dataset does."""
    times: dict[str, list[float]] = {name: [] for name in PHASES}

    def timed(name: str, step: Callable[..., Any], *args: Any) -> Any:
        start = time.perf_counter()
        result = step(*args)
        times[name].append(time.perf_counter() - start)
        return result

    for _ in range(runs):
        # With the collector paused, as load_dataset runs: otherwise its passes land in
        # whichever phase happens to trigger them.
        with _gc_paused():
            text = decode(raw)
            timed("limits", check_events, text)
            loader = YamlLoader(text)
            node: yaml.Node = timed("compose", loader.get_single_node)
            timed("walk", parsing._walk, node)
            document = timed("construct", loader.construct_document, node)
            loader.dispose()
            timed("validate", Dataset.model_validate, document)
            timed("cross_check", cross_check, document)
            del node, document
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    """Print size and median load time for each dataset."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--phases", action="store_true", help="split each load into passes")
    args = parser.parse_args()
    print(f"{'dataset':22} {'KiB':>6} {'load ms':>9}")
    cases = [("default (8 roles)", DEFAULT_DATASET.read_bytes())]
    cases += [(f"synthetic {n} roles", make_yaml(n)) for n in (100, 1000)]
    for name, raw in cases:
        print(f"{name:22} {len(raw) // 1024:6} {seconds(raw, args.runs) * 1000:9.0f}")
    if args.phases:
        print(f"\n{'dataset':22}" + "".join(f" {name:>11}" for name in PHASES) + "  (ms)")
        for name, raw in cases:
            split = phase_seconds(raw, args.runs)
            print(f"{name:22}" + "".join(f" {split[p] * 1000:11.1f}" for p in PHASES))


if __name__ == "__main__":
    main()
