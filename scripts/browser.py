"""Debian's Chromium for Playwright: no browser is downloaded, and it must not phone home."""

from __future__ import annotations

from playwright.sync_api import Browser, Playwright

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps trying hosts this machine cannot reach.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


# What a phone's browser (Chrome on Android) says it is. Headless Chromium says "HeadlessChrome"
# and no "Mobile" even when emulating a phone's screen; the app sends a phone only the narrow
# form of a chart by this word (components/style.is_phone), so phone tests and tools send it.
PHONE_USER_AGENT = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Mobile Safari/537.36"
)


def launch_chromium(playwright: Playwright) -> Browser:
    """Start headless Debian Chromium through Playwright."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
