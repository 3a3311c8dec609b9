"""Time to the first drawn chart on a phone with a slow CPU, per page, against a blank page.

Chromium at 390x844 with touch, its CPU throttled 4x through the DevTools protocol
(`Emulation.setCPUThrottlingRate`), opens each page in a new session; the clock stops when the
first *visible* chart has drawn (a page without a chart: when its script is idle). The baseline
is a blank Streamlit page with one small plotly chart under the same throttle.

Usage: .venv/bin/python -m bench.phone_time [--runs 3] [--rate 4]
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


def median_time(browser: Browser, url: str, rate: float, runs: int) -> float:
    """Median of `runs` timings, after one untimed run that warms the server's caches."""
    time_to_chart(browser, url, rate)
    return statistics.median(time_to_chart(browser, url, rate) for _ in range(runs))


def main() -> None:
    """Print one line per page: median ms to the first visible chart and the ratio to blank."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rate", type=float, default=4.0)
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        with serve("bench/blank_page.py") as (blank_url, _):
            blank = median_time(browser, blank_url, args.rate, args.runs)
        print(f"CPU throttled {args.rate:g}x, 390x844 touch, median of {args.runs} runs")
        print(f"{'page':16} {'ms':>8} {'x blank':>8}")
        print(f"{'blank + 1 chart':16} {blank * 1000:8.0f} {1:8.2f}")
        with serve("app.py") as (base, _):
            for name, _page, path in PAGES:
                took = median_time(browser, f"{base}{path}?lang=it", args.rate, args.runs)
                print(f"{name:16} {took * 1000:8.0f} {took / blank:8.2f}")
        browser.close()


if __name__ == "__main__":
    main()
