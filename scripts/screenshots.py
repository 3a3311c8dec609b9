"""Take the README's screenshots of every page in both languages.

Usage: start the app (`PORT=8765 ./run.sh`), then
    .venv/bin/python -m scripts.screenshots http://127.0.0.1:8765 [name ...]
PNG files go to docs/screenshots/<name>_<lang>.png; names limit the run to those shots. Phone
shots (<page>_phone) use a 390 px wide touch screen at device scale 2, as a phone reports itself.
The `workspace` shots need the server's CAREERS_DATABASE_URL in this command's environment.
The `own_bands` shots (salaries_own_bands[_phone]_<lang>.png) upload docs/examples/your_bands.csv
into the "your bands" expander and show it open.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

from scripts.browser import PHONE_USER_AGENT, launch_chromium

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
# Each page as the shots open it (path and query) and how tall its desktop shot is (px).
PAGES = {
    "home": ("/", 2000),
    "ladder": ("/ladder?role=team_leader", 2600),
    "salaries": ("/salaries?role=team_leader&currency=EUR&period=month&payments=14", 2900),
    "compare": ("/compare?a=operatore&b=team_leader", 4200),
    "self_check": (
        "/self_check?skills=communication,listening,patience,basic_it"
        "&edu=high_school&years=1&lead=0&role=team_leader",
        3400,
    ),
    "data": ("/data", 1900),
    "channels": ("/channels", 5200),
    "job_description": ("/job_description?role=team_leader", 1700),
}
# (file name, path and query, viewport width, viewport height): tall enough for the whole page.
SHOTS = [
    *((name, path, 1400, height) for name, (path, height) in PAGES.items()),
    # Workshop mode as a projector shows it: one screen, no scrolling.
    ("workshop_1280", "/workshop?step=2", 1280, 720),
    ("workshop_1920", "/workshop?step=2", 1920, 1080),
    # Phones: 390 px wide with touch; two screens tall, to show the chart and what follows it
    # (salaries has its own phone shot below, scrolled to its chart).
    *(
        (f"{name}_phone", path, 390, 1688)
        for name, (path, _) in PAGES.items()
        if name != "salaries"
    ),
]
# At a phone's size with touch (390x844): (file name, path and query, element scrolled into view
# first, so the shot shows what matters rather than the page's top).
PHONE_SHOTS = [
    (
        "salaries_phone",
        PAGES["salaries"][0],
        ".st-key-phone_salaries_bands",
    ),
]
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "is_mobile": True,
    "has_touch": True,
    "user_agent": PHONE_USER_AGENT,
    "device_scale_factor": 2,
}


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
            user_agent=PHONE_USER_AGENT,
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


def shoot(base: str, names: set[str] | None = None) -> None:
    """Open each chosen page in each language and save a screenshot of it."""
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = launch_chromium(p)
        if names is None or names & ROOM_SHOTS:
            shoot_room(browser, base)
        for name, path, width, height in SHOTS:
            if names and name not in names:
                continue
            for lang in ("it", "en"):
                phone = name.endswith("_phone")
                page = browser.new_page(
                    viewport={"width": width, "height": height},
                    is_mobile=phone,
                    has_touch=phone,
                    device_scale_factor=2 if phone else 1,
                    user_agent=PHONE_USER_AGENT if phone else None,
                )
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
                    # Wide and phone versions of a chart are both sent; wait for those shown
                    # (a page may show none on a phone, e.g. the compare matrix as a list).
                    page.wait_for_function(
                        """() => Array.from(
                            document.querySelectorAll('[data-testid=stPlotlyChart]')
                        ).every(c => !c.offsetParent || c.querySelector('.js-plotly-plot svg'))""",
                        timeout=60_000,
                    )
                page.wait_for_timeout(1500)  # let fonts and the chart settle
                target = OUT / f"{name}_{lang}.png"
                page.screenshot(path=str(target))
                print(target)
                page.close()
        browser.close()


def shoot_phone(base: str, names: set[str] | None = None) -> None:
    """The PHONE_SHOTS, in each language, at 390x844 with touch."""
    with sync_playwright() as p:
        browser = launch_chromium(p)
        for name, path, focus in PHONE_SHOTS:
            if names and name not in names:
                continue
            for lang in ("it", "en"):
                context = browser.new_context(**PHONE)  # type: ignore[arg-type]
                page = context.new_page()
                page.goto(f"{base}{path}&lang={lang}")
                page.locator("[data-testid=stApp][data-test-script-state=notRunning]").wait_for(
                    timeout=30_000
                )
                page.locator(f"{focus} .js-plotly-plot .main-svg").first.wait_for(timeout=30_000)
                page.locator(focus).scroll_into_view_if_needed()
                page.wait_for_timeout(1500)
                target = OUT / f"{name}_{lang}.png"
                page.screenshot(path=str(target))
                print(target)
                context.close()
        browser.close()


def _desktop_and_phone(
    name: str, desktop_height: int, out: Path, prepare: Callable[[Page, str], None]
) -> None:
    """`name`_<lang>.png at desktop size and `name`_phone_<lang>.png on a phone, both languages;
    `prepare(page, lang)` opens the page and brings it to what the shot shows."""
    sizes = {
        name: {"viewport": {"width": 1400, "height": desktop_height}},
        f"{name}_phone": PHONE,
    }
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = launch_chromium(p)
        for shot, options in sizes.items():
            for lang in ("it", "en"):
                context = browser.new_context(**options)  # type: ignore[arg-type]
                page = context.new_page()
                prepare(page, lang)
                target = out / f"{shot}_{lang}.png"
                page.screenshot(path=str(target))
                print(target)
                context.close()
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

    def prepare(page: Page, lang: str) -> None:
        page.goto(f"{base}/data?lang={lang}&workspace={created.edit_token}")
        _settled(page)
        page.locator(".st-key-data_workspace_panel details summary").first.click()
        page.wait_for_timeout(1500)

    _desktop_and_phone("workspace", 1300, OUT, prepare)


def shoot_own_bands(base: str, out: Path = OUT) -> None:
    """The salary page after the example bands CSV was uploaded, its expander open, at desktop
    and phone size."""
    example = OUT.parent / "examples" / "your_bands.csv"
    titles = {"it": "Le tue fasce retributive", "en": "Your bands"}

    def prepare(page: Page, lang: str) -> None:
        page.goto(f"{base}/salaries?lang={lang}")
        _settled(page)
        expander = page.get_by_test_id("stExpander").filter(has_text=titles[lang])
        expander.locator("summary").click()
        uploader = page.get_by_test_id("stFileUploader").locator("input[type=file]")
        uploader.set_input_files(example)
        page.get_by_test_id("stAlert").first.wait_for(timeout=60_000)
        _settled(page)
        expander.scroll_into_view_if_needed()

    _desktop_and_phone("salaries_own_bands", 1000, out, prepare)


def main(argv: list[str] | None = None) -> None:
    """Parse the base URL and the shot names (see the module's docstring), then shoot."""
    parser = argparse.ArgumentParser(
        prog="python -m scripts.screenshots",
        description="Take the README's screenshots from a running app into docs/screenshots/.",
    )
    parser.add_argument("base_url", help="where the app runs, e.g. http://127.0.0.1:8765")
    parser.add_argument("names", nargs="*", help="only these shots (default: all)")
    args = parser.parse_args(argv)
    if not args.base_url.startswith(("http://", "https://")):
        parser.error(f"not a URL: {args.base_url}")
    chosen = set(args.names) or None
    if chosen is None or "workspace" in chosen:
        shoot_workspace(args.base_url)
    if chosen is None or "own_bands" in chosen:
        shoot_own_bands(args.base_url)
    if chosen is None or chosen - {"workspace", "own_bands"}:
        shoot(args.base_url, chosen)
        shoot_phone(args.base_url, chosen)


if __name__ == "__main__":
    main()
