"""Many people opening the app at once, as in a workshop room: N sessions in headless Chromium.

Usage: .venv/bin/python -m bench.load_test [--sessions 50] [--parallel 10] [--page /ladder]

Starts the app on loopback, measures one session alone, then opens N browser tabs (each tab is
its own Streamlit session) that all stay connected until the end, each loading the page and
waiting for its chart. Reports errors, the median and 95th percentile time to a drawn chart,
and the server's resident memory and CPU time per session. Targets: no error, p95 under 3x the
single-session time, a small fixed memory cost per session.

Bounded in count and time: N is capped at 100, every wait has a deadline, and at most
--parallel tabs are loading at the same moment. The bound is for the client, not the server:
here one 2-core machine runs the server and all the browsers, and 50 tabs parsing Streamlit's
JavaScript at once take more CPU than the server does (`--parallel 50` shows it). The tabs share
one browser profile, so the app's scripts are downloaded once, as they would be cached on the
phones and laptops of a room.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from pathlib import Path

from playwright.async_api import BrowserContext, Page, async_playwright

from scripts.browser import CHROMIUM, CHROMIUM_ARGS
from scripts.server import serve

MAX_SESSIONS = 100
CHART = ".js-plotly-plot .main-svg"
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used, in seconds, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(pid: int) -> float:
    """Resident memory of a process in MiB, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


async def one_session(
    context: BrowserContext,
    url: str,
    timeout_s: float,
    keep: list[Page] | None = None,
    gate: asyncio.Semaphore | None = None,
) -> tuple[float | None, str]:
    """Open `url` in a new tab; return (seconds to a drawn chart, error text or '').

    With `keep`, the tab stays open (appended to it) so that sessions coexist; with `gate`,
    the tab waits for a free loading slot before it starts its clock.
    """
    page = await context.new_page()
    try:
        if gate is not None:
            await gate.acquire()
        start = time.perf_counter()
        await page.goto(url, timeout=timeout_s * 1000)
        await page.locator(CHART).first.wait_for(timeout=timeout_s * 1000)
        await page.locator(IDLE).wait_for(timeout=timeout_s * 1000)
        elapsed = time.perf_counter() - start
        if await page.locator("[data-testid=stException]").count():
            return None, "exception on the page"
        return elapsed, ""
    except Exception as exc:  # a timeout or a crash is a reported error, not a stopped run
        return None, f"{type(exc).__name__}: {str(exc).splitlines()[0][:120]}"
    finally:
        if gate is not None:
            gate.release()
        if keep is None:
            await page.close()
        else:
            keep.append(page)


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of `values` (share in 0..1)."""
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


async def run(sessions: int, parallel: int, path: str, timeout_s: float) -> None:
    """Measure one session, then `sessions` coexisting ones, and print the figures."""
    with serve() as (base, pid):
        url = f"{base}{path}"
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            context = await browser.new_context(viewport={"width": 1280, "height": 800})
            await one_session(context, url, timeout_s)  # warm up: imports, caches, assets
            alone = [await one_session(context, url, timeout_s) for _ in range(3)]
            single = statistics.median(t for t, _ in alone if t)
            memory_before, cpu_before = rss_mib(pid), cpu_seconds(pid)
            tabs: list[Page] = []
            gate = asyncio.Semaphore(parallel)
            started = time.perf_counter()
            results = await asyncio.gather(
                *(one_session(context, url, timeout_s, tabs, gate) for _ in range(sessions))
            )
            wall = time.perf_counter() - started
            memory_after, cpu_after = rss_mib(pid), cpu_seconds(pid)
            await context.close()
            await browser.close()
    times = [t for t, _ in results if t is not None]
    errors = [e for _, e in results if e]
    print(f"page {path}: {sessions} sessions, at most {parallel} loading at once")
    print(f"single session: {single * 1000:.0f} ms to a drawn chart")
    print(f"errors: {len(errors)}")
    for error in sorted(set(errors)):
        print(f"  {errors.count(error)} x {error}")
    if times:
        p95 = percentile(times, 0.95)
        print(f"median {statistics.median(times) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
        print(f"p95 / single = {p95 / single:.2f} (target < 3)")
    print(f"all {sessions} sessions drawn in {wall:.1f} s")
    print(
        f"server memory: {memory_before:.0f} MiB before, {memory_after:.0f} MiB with "
        f"{sessions} more sessions open: {(memory_after - memory_before) / sessions:.2f} MiB each"
    )
    print(f"server CPU: {(cpu_after - cpu_before) / sessions * 1000:.0f} ms per session")


def main() -> None:
    """Parse the arguments and run the load test."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--parallel", type=int, default=10, help="tabs loading at once")
    parser.add_argument("--page", default="/ladder?lang=it")
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    sessions = max(1, min(args.sessions, MAX_SESSIONS))
    asyncio.run(run(sessions, max(1, min(args.parallel, sessions)), args.page, args.timeout))


if __name__ == "__main__":
    main()
