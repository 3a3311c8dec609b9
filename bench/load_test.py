"""Many people opening the app at once, as in a workshop room: N sessions in headless Chromium.

Usage: .venv/bin/python -m bench.load_test [--sessions 50] [--page /ladder] [--timeout 120]

Starts the app on loopback, measures one session alone, then opens N browser contexts at the
same moment (each its own Streamlit session), each loading the page and waiting for its chart.
Reports errors, the median and 95th percentile time to a drawn chart, and the server's
resident memory per session. Targets: no error, p95 under 3x the single-session time, a small
fixed memory cost per session. N is capped at 100; every wait has a deadline.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from pathlib import Path

from playwright.async_api import Browser, async_playwright

from scripts.browser import CHROMIUM, CHROMIUM_ARGS
from scripts.server import serve

MAX_SESSIONS = 100
CHART = ".js-plotly-plot .main-svg"
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"


def rss_mib(pid: int) -> float:
    """Resident memory of a process in MiB, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


async def one_session(
    browser: Browser, url: str, timeout_s: float, keep: list | None = None
) -> tuple[float | None, str]:
    """Open `url` in a new context; return (seconds to a drawn chart, error text or '').

    With `keep`, the context stays open (appended to it) so that sessions coexist.
    """
    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = await context.new_page()
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
        if keep is None:
            await context.close()
        else:
            keep.append(context)


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of `values` (share in 0..1)."""
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


async def run(sessions: int, path: str, timeout_s: float) -> None:
    """Measure one session, then `sessions` at once, and print the figures."""
    with serve("app.py") as (base, pid):
        url = f"{base}{path}"
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            await one_session(browser, url, timeout_s)  # warm the server: imports, caches
            single = statistics.median(
                [t for t, _ in [await one_session(browser, url, timeout_s) for _ in range(3)] if t]
            )
            before = rss_mib(pid)
            contexts: list = []
            started = time.perf_counter()
            results = await asyncio.gather(
                *(one_session(browser, url, timeout_s, contexts) for _ in range(sessions))
            )
            wall = time.perf_counter() - started
            after = rss_mib(pid)
            for context in contexts:
                await context.close()
            await browser.close()
    times = [t for t, _ in results if t is not None]
    errors = [e for _, e in results if e]
    print(f"page {path}, {sessions} sessions at once (server pid {pid})")
    print(f"single session: {single * 1000:.0f} ms to a drawn chart")
    print(f"errors: {len(errors)}")
    for error in sorted(set(errors)):
        print(f"  {errors.count(error)} x {error}")
    if times:
        p95 = percentile(times, 0.95)
        print(f"median {statistics.median(times) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
        print(f"p95 / single = {p95 / single:.2f} (target < 3)")
    print(f"all sessions drawn in {wall:.1f} s")
    print(
        f"server memory: {before:.0f} MiB with 1 warm session, {after:.0f} MiB with "
        f"{sessions} more: {(after - before) / sessions:.2f} MiB per session"
    )


def main() -> None:
    """Parse the arguments and run the load test."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--page", default="/ladder?lang=it")
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    sessions = max(1, min(args.sessions, MAX_SESSIONS))
    asyncio.run(run(sessions, args.page, args.timeout))


if __name__ == "__main__":
    main()
