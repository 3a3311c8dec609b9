"""Take the README's screenshots of every page in both languages.

Usage: start the app (`PORT=8765 ./run.sh`), then
    .venv/bin/python -m scripts.screenshots http://127.0.0.1:8765 [--phone] [name ...]
PNG files go to docs/screenshots/<name>_<lang>.png; names limit the run to those shots.
With --phone, each page of SHOTS is shot whole at 390 px wide with touch, as
docs/screenshots/<name>_phone_<lang>.png, and a page wider than the screen is reported.
The `workspace` shots need the server's CAREERS_DATABASE_URL in this command's environment.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

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


# A live room: the projector after starting one, and a phone following it (both languages).
ROOM_SHOTS = {"workshop_room", "workshop_room_phone"}


def _settled(page: Page) -> None:
    """Wait until the run is over and lazily loaded widgets and charts have drawn."""
    page.locator("[data-testid=stApp][data-test-script-state=notRunning]").wait_for(timeout=60_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=stSkeleton]')", timeout=60_000
    )
    page.wait_for_timeout(1500)


def shoot_room(browser: Browser, base: str) -> None:
    """Start a room at the operator's step, answer once from a phone, shoot both screens."""
    for lang in ("it", "en"):
        projector = browser.new_page(viewport={"width": 1400, "height": 1000})
        projector.goto(f"{base}/workshop?step=2&lang={lang}")
        _settled(projector)
        projector.locator(".st-key-ws_start_room button").first.click()
        projector.wait_for_url(re.compile(r"present="), timeout=60_000)
        _settled(projector)
        found = re.search(r"room=([A-Z0-9]{6})", projector.content())
        assert found, "the projector shows no room code"
        code = found.group(1)
        phone = browser.new_page(
            viewport={"width": 390, "height": 844},
            is_mobile=True,
            has_touch=True,
            device_scale_factor=2,
        )
        phone.goto(f"{base}/workshop?room={code}&lang={lang}")
        _settled(phone)
        phone.locator(".st-key-ws_answer_phone_experience label").nth(1).click()
        _settled(phone)
        projector.locator(".js-plotly-plot .main-svg").first.wait_for(timeout=60_000)
        projector.wait_for_timeout(2500)
        # The answer's click scrolled the phone down: show it from the top, as it opens.
        phone.evaluate("() => document.querySelectorAll('*').forEach(e => e.scrollTop = 0)")
        phone.wait_for_timeout(500)
        for page, name in ((projector, "workshop_room"), (phone, "workshop_room_phone")):
            target = OUT / f"{name}_{lang}.png"
            page.screenshot(path=str(target))
            print(target)
            page.close()


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
        if not phone and (names is None or names & ROOM_SHOTS):
            shoot_room(browser, base)
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


def shoot_workspace(base: str) -> None:
    """The data page with a workspace open for editing, at desktop and phone size.

    Creates the workspace directly in the database named by CAREERS_DATABASE_URL, which must be
    the server's (start both with the same variable).
    """
    from careers.dataset.export import EXAMPLE_DATASET
    from careers.store.workspaces import WorkspaceStore

    created = WorkspaceStore().create(
        {"dataset_yaml": EXAMPLE_DATASET.read_text(encoding="utf-8"), "dataset_origin": "example"},
        creator="screenshots",
    )
    sizes = {
        "workspace": {"viewport": {"width": 1400, "height": 1300}},
        "workspace_phone": {
            "viewport": {"width": 390, "height": 844},
            "is_mobile": True,
            "has_touch": True,
            "device_scale_factor": 2,
        },
    }
    with sync_playwright() as p:
        browser = launch_chromium(p)
        for name, options in sizes.items():
            for lang in ("it", "en"):
                context = browser.new_context(**options)  # type: ignore[arg-type]
                page = context.new_page()
                page.goto(f"{base}/data?lang={lang}&workspace={created.edit_token}")
                page.locator("[data-testid=stApp][data-test-script-state=notRunning]").wait_for(
                    timeout=60_000
                )
                page.locator(".st-key-data_workspace_panel details summary").first.click()
                page.wait_for_timeout(1500)
                target = OUT / f"{name}_{lang}.png"
                page.screenshot(path=str(target))
                print(target)
                context.close()
        browser.close()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--phone"]
    phone_only = "--phone" in sys.argv
    base_url = args[0] if args else "http://127.0.0.1:8765"
    chosen = set(args[1:]) or None
    if not phone_only and (chosen is None or "workspace" in chosen):
        shoot_workspace(base_url)
    if chosen is None or chosen - {"workspace"}:
        shoot(base_url, chosen, phone=phone_only)
