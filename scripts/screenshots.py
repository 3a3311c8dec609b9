"""Take the README's screenshots of every page in both languages.

Usage: start the app (`PORT=8765 ./run.sh`), then
    .venv/bin/python -m scripts.screenshots http://127.0.0.1:8765
PNG files go to docs/screenshots/<page>_<lang>.png.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from scripts.browser import launch_chromium

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
# (file name, path and query, viewport height): tall enough to show the whole page.
SHOTS = [
    ("home", "/", 2000),
    ("ladder", "/ladder?role=team_leader", 2600),
]


def main(base: str) -> None:
    """Open each page in each language and save a screenshot of it."""
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = launch_chromium(p)
        for name, path, height in SHOTS:
            for lang in ("it", "en"):
                page = browser.new_page(viewport={"width": 1400, "height": height})
                sep = "&" if "?" in path else "?"
                page.goto(f"{base}{path}{sep}lang={lang}")
                page.locator(".js-plotly-plot path.point").first.wait_for(timeout=30_000)
                page.wait_for_timeout(1500)  # let fonts and the chart settle
                target = OUT / f"{name}_{lang}.png"
                page.screenshot(path=str(target))
                print(target)
                page.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8765")
