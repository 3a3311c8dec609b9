"""Warm rerun time of every page through AppTest, as a ratio to a blank page with one chart.

Usage: .venv/bin/python -m bench.page_rerun [--roles 100] [--runs 15]
With --roles N the session uses a synthetic dataset of N roles (tests/support/synthetic.py)
instead of the default one. Target: no page above 3x the blank page.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import streamlit.testing.v1.app_test as app_test_module
import streamlit.testing.v1.local_script_runner as local_runner_module
from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.testing.v1 import AppTest

from bench.pages import PAGES
from careers import Dataset, load_dataset
from tests.support.synthetic import make_yaml

ROOT = Path(__file__).resolve().parent.parent
TARGET = 3.0


def share_script_cache() -> None:
    """Make AppTest reuse one compiled-script cache, as a running server does.

    AppTest makes a new ScriptCache for every run, so every rerun parses and compiles app.py and
    the page again (3-4 ms each, about one blank page). A server compiles a script once and
    reuses it until the file changes; sharing one cache measures what a user waits for.
    """
    cache = ScriptCache()

    def shared_cache() -> ScriptCache:
        return cache

    # Both modules bind the class by `from ... import` (not a public export) and only call it
    # with no arguments, so a factory of the shared cache stands in for it; setattr because
    # the replacement is deliberately not a `type[ScriptCache]`.
    setattr(app_test_module, "ScriptCache", shared_cache)  # noqa: B010
    setattr(local_runner_module, "ScriptCache", shared_cache)  # noqa: B010


def warm_reruns(at: AppTest, runs: int) -> float:
    """Median seconds of `runs` reruns of an AppTest that has already run once."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
        if at.exception:
            raise RuntimeError(at.exception[0].message)
    return statistics.median(times)


def page_time(page: str | None, runs: int, dataset: Dataset | None = None) -> float:
    """Warm rerun median of one page of the app, optionally on another dataset."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    if dataset is not None:
        at.session_state["dataset"] = dataset
    at.run()
    if page:
        at.switch_page(page).run()
    return warm_reruns(at, runs)


def main() -> None:
    """Print one line per page: its warm rerun median and its ratio to the blank page."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roles", type=int, default=0, help="synthetic dataset size")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--compile-each-run",
        action="store_true",
        help="keep AppTest's default of compiling the scripts on every rerun",
    )
    args = parser.parse_args()
    if not args.compile_each_run:
        share_script_cache()
    dataset = None
    if args.roles:
        start = time.perf_counter()
        dataset = load_dataset(make_yaml(args.roles))
        print(
            f"synthetic dataset: {args.roles} roles, loaded in {time.perf_counter() - start:.2f} s"
        )
    blank_at = AppTest.from_file(str(ROOT / "bench" / "blank_page.py")).run()
    blank = warm_reruns(blank_at, args.runs)
    print(f"{'page':16} {'rerun ms':>9} {'x blank':>8}")
    print(f"{'blank + 1 chart':16} {blank * 1000:9.1f} {1:8.2f}")
    worst = 0.0
    for name, page, _url in PAGES:
        seconds = page_time(page, args.runs, dataset)
        ratio = seconds / blank
        worst = max(worst, ratio)
        flag = "" if ratio <= TARGET else "  above target"
        print(f"{name:16} {seconds * 1000:9.1f} {ratio:8.2f}{flag}")
    print(f"worst ratio {worst:.2f} (target <= {TARGET:.0f})")


if __name__ == "__main__":
    main()
