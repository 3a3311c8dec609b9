"""Phone and accessibility checks for browser tests: every owner's page tests can use them.

Open a page as a phone does (`phone_context`, `open_drawn`), then ask what a user would notice:
`horizontal_overflow`, `chart_text_problems`, `hidden_columns` and `grid_columns` (tables),
`heading_skips`, `html_lang`, `axe_violations`. Each returns what it found (empty = fine), so a
test can say exactly what is wrong. `tap` taps with real touch events, as a finger does (not a
mouse click).
"""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect

from scripts.browser import PHONE_USER_AGENT

# The phones the issue names: a common iPhone and a common small Android.
PHONES: dict[str, tuple[int, int]] = {"390x844": (390, 844), "360x800": (360, 800)}
DESKTOP = (1400, 1000)
RUN_TIMEOUT_MS = 30_000
# axe impacts that fail a page (issue 14): minor and moderate ones are reported elsewhere.
BLOCKING_IMPACTS = ("critical", "serious")
# Sub-pixel anti-aliasing lets neighbouring boxes touch by a pixel without anyone seeing it.
TOLERANCE_PX = 1.0

_AXE = Axe()


def phone_context(browser: Browser, base_url: str, size: str = "390x844") -> BrowserContext:
    """A fresh context at a phone's viewport with touch, as a phone's browser reports itself
    (its user agent included)."""
    width, height = PHONES[size]
    context = browser.new_context(
        viewport={"width": width, "height": height},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        user_agent=PHONE_USER_AGENT,
        base_url=base_url,
    )
    context.set_default_timeout(RUN_TIMEOUT_MS)
    return context


def desktop_context(browser: Browser, base_url: str) -> BrowserContext:
    """A fresh context at the desktop size the screenshots use, without touch."""
    width, height = DESKTOP
    context = browser.new_context(viewport={"width": width, "height": height}, base_url=base_url)
    context.set_default_timeout(RUN_TIMEOUT_MS)
    return context


def wait_drawn(page: Page) -> None:
    """Wait until the script run is over, lazy widgets are loaded and every chart has drawn."""
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-script-state", "notRunning", timeout=RUN_TIMEOUT_MS
    )
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=stSkeleton]')", timeout=RUN_TIMEOUT_MS
    )
    page.wait_for_function(
        """() => Array.from(document.querySelectorAll('[data-testid=stPlotlyChart]'))
            .every(chart => chart.querySelector('.js-plotly-plot .main-svg'))""",
        timeout=RUN_TIMEOUT_MS,
    )
    # Plotly lays text out after the first paint (automargin): give it a frame or two.
    page.wait_for_timeout(300)


def open_drawn(page: Page, path: str) -> None:
    """Go to `path` and wait until everything on it has drawn."""
    page.goto(path)
    wait_drawn(page)


def horizontal_overflow(page: Page) -> int:
    """How many CSS pixels the page is wider than the viewport (0 = no sideways scrolling)."""
    return int(
        page.evaluate(
            """() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)
                - document.documentElement.clientWidth"""
        )
    )


# For every plotly chart on the page: the boxes of its drawn texts (tick labels, point labels,
# annotations, legend, titles) and the chart's own box. Empty or invisible texts are skipped.
_CHART_TEXTS_JS = """() => Array.from(document.querySelectorAll('[data-testid=stPlotlyChart]'))
  .map((chart, index) => {
    const svg = chart.querySelector('.js-plotly-plot .main-svg');
    if (!svg) return null;
    const frame = chart.getBoundingClientRect();
    const texts = Array.from(chart.querySelectorAll('svg text'))
      .filter(text => text.textContent.trim() && getComputedStyle(text).visibility !== 'hidden'
        && getComputedStyle(text).display !== 'none' && Number(getComputedStyle(text).opacity) > 0)
      .map(text => {
        const box = text.getBoundingClientRect();
        const lines = text.querySelectorAll(':scope > tspan.line');
        const words = lines.length ? Array.from(lines, l => l.textContent).join(' ')
                                   : text.textContent;
        return {text: words.trim(), left: box.left, right: box.right,
                top: box.top, bottom: box.bottom};
      })
      .filter(box => box.right > box.left && box.bottom > box.top);
    return {index, frame: {left: frame.left, right: frame.right, top: frame.top,
                           bottom: frame.bottom}, texts};
  }).filter(Boolean)"""


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two boxes share more than the anti-aliasing tolerance in both directions."""
    width = min(a["right"], b["right"]) - max(a["left"], b["left"])
    height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return bool(width > TOLERANCE_PX and height > TOLERANCE_PX)


def chart_text_problems(page: Page) -> list[str]:
    """Chart texts cut off by their chart's edge or drawn over another text, as sentences."""
    problems: list[str] = []
    for chart in page.evaluate(_CHART_TEXTS_JS):
        frame, texts = chart["frame"], chart["texts"]
        where = f"chart {chart['index'] + 1}"
        for box in texts:
            if (
                box["left"] < frame["left"] - TOLERANCE_PX
                or box["right"] > frame["right"] + TOLERANCE_PX
                or box["top"] < frame["top"] - TOLERANCE_PX
                or box["bottom"] > frame["bottom"] + TOLERANCE_PX
            ):
                problems.append(f"{where}: {box['text']!r} is cut off by the chart's edge")
        for i, first in enumerate(texts):
            for second in texts[i + 1 :]:
                if _overlap(first, second):
                    problems.append(f"{where}: {first['text']!r} is drawn over {second['text']!r}")
    return problems


def hidden_columns(table: Locator, names: list[str]) -> list[str]:
    """The column headers among `names` that a table shows outside the viewport (or not at all).

    For `st.table` (an HTML table); an `st.dataframe` draws on a canvas: see `grid_columns`.
    """
    viewport = table.page.viewport_size or {"width": 0}
    hidden = []
    for name in names:
        header = table.get_by_role("columnheader", name=name, exact=True)
        box = header.first.bounding_box() if header.count() else None
        if box is None or box["x"] < 0 or box["x"] + box["width"] > viewport["width"]:
            hidden.append(name)
    return hidden


def grid_columns(dataframe: Locator) -> tuple[list[str], int]:
    """An `st.dataframe`'s column headers drawn in view, and how many columns it has.

    Its grid draws on a canvas and keeps a hidden accessible table of only the columns it has
    drawn (those in view), with `aria-colcount` the total.
    """
    found = dataframe.evaluate(
        """el => { const grid = el.querySelector('table[role=grid]');
            if (!grid) return [[], 0];
            return [Array.from(grid.querySelectorAll('th[role=columnheader]'),
                               th => th.textContent.trim()),
                    Number(grid.getAttribute('aria-colcount') || 0)]; }"""
    )
    return list(found[0]), int(found[1])


def heading_skips(page: Page, root: str = "[data-testid=stMain]") -> list[str]:
    """Headings inside `root` whose level skips one (an h4 after an h2), as sentences."""
    levels = page.locator(root).evaluate(
        """root => Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))
            .filter(h => h.getClientRects().length)
            .map(h => [Number(h.tagName[1]), h.textContent.trim().slice(0, 60)])"""
    )
    problems, previous = [], 0
    for level, text in levels:
        if level > previous + 1:
            problems.append(
                f"h{level} {text!r} follows h{previous}"
                if previous
                else f"h{level} {text!r} is the first heading"
            )
        previous = level
    return problems


def html_lang(page: Page) -> str:
    """The `lang` attribute of the document's root element, as a screen reader reads it."""
    return str(page.evaluate("() => document.documentElement.lang"))


def axe_violations(page: Page, impacts: tuple[str, ...] = BLOCKING_IMPACTS) -> list[str]:
    """axe-core's violations of the given impacts on the page, one line each with an example."""
    results = _AXE.run(page)
    lines = []
    for violation in results.response["violations"]:
        if violation["impact"] not in impacts:
            continue
        nodes = violation["nodes"]
        example = nodes[0]["target"] if nodes else ""
        summary = nodes[0].get("failureSummary", "").replace("\n", " ")[:160] if nodes else ""
        lines.append(
            f"{violation['impact']} {violation['id']} ({len(nodes)} nodes), e.g. {example}: "
            f"{summary}"
        )
    return lines


def tap(target: Locator, x: float | None = None, y: float | None = None) -> None:
    """Tap `target` with a finger: a real touchstart/touchend at its centre (or at x, y in it)."""
    target.scroll_into_view_if_needed()
    box = target.bounding_box()
    if box is None:
        raise AssertionError(f"cannot tap {target}: it is not drawn")
    px = box["x"] + (box["width"] / 2 if x is None else x)
    py = box["y"] + (box["height"] / 2 if y is None else y)
    target.page.touchscreen.tap(px, py)
