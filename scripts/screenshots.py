"""Take the README's screenshots of every page in both languages.

Usage: start the app (`PORT=8765 ./run.sh`), then
    .venv/bin/python -m scripts.screenshots http://127.0.0.1:8765 [--phone] [name ...]
PNG files go to docs/screenshots/<name>_<lang>.png; names limit the run to those shots.
With --phone, each page is shot whole at 390x844 with touch, as docs/screenshots/
<name>_phone_<lang>.png, and a page wider than the screen is reported.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from scripts.browser import launch_chromium

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
# (file name, path and query, viewport width, viewport height): tall enough for the whole page.
SHOTS = [
    ("home", "/", 1400, 2000),
    ("ladder", "/ladder?role=team_leader", 1400, 2600),
    ("salaries", "/salaries?role=team_leader&currency=EUR&period=month&payments=14", 1400, 2900),
    ("compare", "/compare?a=operatore&b=team_leader", 1400, 4200),
    (
        "self_check",
        "/self_check?skills=communication,listening,patience,basic_it&edu=high_school&years=1"
        "&lead=0&role=team_leader",
        1400,
        3400,
    ),
    ("data", "/data", 1400, 1900),
    ("channels", "/channels", 1400, 5200),
    ("job_description", "/job_description?role=team_leader", 1400, 1700),
    # Workshop mode as a projector shows it: one screen, no scrolling.
    ("workshop_1280", "/workshop?step=2", 1280, 720),
    ("workshop_1920", "/workshop?step=2", 1920, 1080),
]


# A phone held upright, as issue 14 tries every page: touch, a 390 px wide screen.
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "is_mobile": True,
    "has_touch": True,
    "device_scale_factor": 2,
}


def shoot(base: str, names: set[str] | None = None, phone: bool = False) -> None:
    """Open each chosen page in each language and save a screenshot of it."""
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = launch_chromium(p)
        for name, path, width, height in SHOTS:
            if names and name not in names:
                continue
            for lang in ("it", "en"):
                size = {"viewport": {"width": width, "height": height}}
                page = browser.new_page(**(PHONE if phone else size))
                sep = "&" if "?" in path else "?"
                page.goto(f"{base}{path}{sep}lang={lang}")
                page.locator("[data-testid=stApp][data-test-script-state=notRunning]").wait_for(
                    timeout=30_000
                )
                # Widget and chart code loads lazily after the run, shown as skeletons meanwhile.
                page.wait_for_function(
                    "() => !document.querySelector('[data-testid=stSkeleton]')", timeout=30_000
                )
                if page.get_by_test_id("stPlotlyChart").count():
                    page.locator(".js-plotly-plot .main-svg").first.wait_for(timeout=30_000)
                page.wait_for_timeout(1500)  # let fonts and the chart settle
                target = OUT / f"{name}_phone_{lang}.png" if phone else OUT / f"{name}_{lang}.png"
                if phone:  # Streamlit scrolls its main block, not the document: grow the screen
                    tall = page.evaluate(
                        "document.querySelector('[data-testid=stMain]').scrollHeight"
                    )
                    page.set_viewport_size({"width": 390, "height": min(int(tall), 16_000)})
                    page.wait_for_timeout(1000)
                page.screenshot(path=str(target))
                print(target)
                wider = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                if wider > 0:
                    print(f"  the page scrolls sideways by {wider} px")
                page.close()
        browser.close()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--phone"]
    shoot(
        args[0] if args else "http://127.0.0.1:8765",
        set(args[1:]) or None,
        phone="--phone" in sys.argv,
    )
