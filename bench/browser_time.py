"""Time from navigation to a drawn chart for every page in headless Chromium, against a blank
Streamlit page with one small chart served the same way.

Usage: .venv/bin/python -m bench.browser_time [--runs 5]
Each run is a fresh browser context (a new session); the first, cold run is reported apart.
"""

from __future__ import annotations

import argparse
import statistics
import time

from playwright.sync_api import Browser, sync_playwright

from bench.pages import PAGES
from scripts.browser import launch_chromium
from scripts.server import serve

CHART = ".js-plotly-plot .main-svg"
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"


def time_to_chart(browser: Browser, url: str, timeout_ms: int = 60_000) -> float:
    """Seconds from starting navigation in a new session until a chart is drawn and the script
    is idle (a page without a chart counts when its script is idle)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        start = time.perf_counter()
        page.goto(url)
        page.locator(IDLE).wait_for(timeout=timeout_ms)
        if page.locator(".js-plotly-plot").count():
            page.locator(CHART).first.wait_for(timeout=timeout_ms)
        return time.perf_counter() - start
    finally:
        context.close()


def measure(browser: Browser, url: str, runs: int) -> tuple[float, float]:
    """(cold first run, median of the warm runs) for one URL."""
    cold = time_to_chart(browser, url)
    warm = statistics.median(time_to_chart(browser, url) for _ in range(runs))
    return cold, warm


def main() -> None:
    """Print one line per page: cold and warm time to a drawn chart, and the ratio to blank."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        with serve("bench/blank_page.py") as (blank_url, _):
            _, blank = measure(browser, blank_url, args.runs)
        print(f"{'page':16} {'cold ms':>8} {'warm ms':>8} {'x blank':>8}")
        print(f"{'blank + 1 chart':16} {'':>8} {blank * 1000:8.0f} {1:8.2f}")
        with serve() as (base, _):
            for name, _page, path in PAGES:
                cold, warm = measure(browser, f"{base}{path}?lang=en", args.runs)
                print(f"{name:16} {cold * 1000:8.0f} {warm * 1000:8.0f} {warm / blank:8.2f}")
        browser.close()


if __name__ == "__main__":
    main()
