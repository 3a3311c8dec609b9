"""Time to the first drawn chart on a phone with a slow CPU, per page, against a blank page.

Chromium at 390x844 with touch, its CPU throttled 4x through the DevTools protocol
(`Emulation.setCPUThrottlingRate`), opens each page in a new session; the clock stops when the
first *visible* chart has drawn (a page without a chart: when its script is idle). The baseline
is a blank Streamlit page with one small plotly chart under the same throttle.

Usage: .venv/bin/python -m bench.phone_time [--runs 5] [--rate 4]
"""

from __future__ import annotations

import argparse
import statistics
import time

from playwright.sync_api import Browser, sync_playwright

from bench.pages import PAGES
from scripts.browser import launch_chromium
from scripts.server import serve

IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"
# A chart the user can see: shown (not in a hidden wide/narrow container) and drawn.
VISIBLE_CHART = """() => Array.from(document.querySelectorAll('[data-testid=stPlotlyChart]'))
    .some(chart => chart.offsetParent !== null
        && chart.querySelector('.js-plotly-plot .main-svg'))"""


def time_to_chart(browser: Browser, url: str, rate: float, timeout_ms: int = 120_000) -> float:
    """Seconds from navigation in a new throttled phone session to its first visible chart."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": rate})
    try:
        start = time.perf_counter()
        page.goto(url)
        page.locator(IDLE).wait_for(timeout=timeout_ms)
        if page.locator("[data-testid=stPlotlyChart]").count():
            page.wait_for_function(VISIBLE_CHART, timeout=timeout_ms)
        return time.perf_counter() - start
    finally:
        context.close()


def timings(browser: Browser, url: str, rate: float, runs: int) -> list[float]:
    """`runs` timings, after one untimed run that warms the server's caches.

    Under the throttle some runs take 2-3 s longer than the others (seen on every page and on
    the blank one, with the server's answer complete in all of them), so one figure is the
    median of several runs and the spread is printed beside it.
    """
    time_to_chart(browser, url, rate)
    return [time_to_chart(browser, url, rate) for _ in range(runs)]


def line(name: str, times: list[float], blank: float) -> str:
    """One table line: median ms, its ratio to the blank page's, and the fastest-slowest runs."""
    median = statistics.median(times)
    spread = f"{min(times) * 1000:.0f}-{max(times) * 1000:.0f}"
    return f"{name:16} {median * 1000:8.0f} {median / blank:8.2f} {spread:>12}"


def main() -> None:
    """Print one line per page: median ms to the first visible chart and the ratio to blank."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rate", type=float, default=4.0)
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        with serve("bench/blank_page.py") as (blank_url, _):
            blank_times = timings(browser, blank_url, args.rate, args.runs)
        blank = statistics.median(blank_times)
        print(f"CPU throttled {args.rate:g}x, 390x844 touch, median of {args.runs} runs")
        print(f"{'page':16} {'ms':>8} {'x blank':>8} {'runs, ms':>12}")
        print(line("blank + 1 chart", blank_times, blank))
        # The app as it is deployed: the hardened, warmed-up entry (asgi.py).
        with serve() as (base, _):
            for name, _page, path in PAGES:
                times = timings(browser, f"{base}{path}?lang=it", args.rate, args.runs)
                print(line(name, times, blank))
        browser.close()


if __name__ == "__main__":
    main()
