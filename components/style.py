"""Shared style: palette, font, patterns, safe labels, chart clicks; phone layout and page head."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Mapping
from typing import Any

import plotly.graph_objects as go
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

# Okabe-Ito: distinguishable with every common colour-vision deficiency.
PALETTE = {
    "ladder": "#0072B2",
    "selected": "#E69F00",
    "lateral": "#009E73",
    "estimate": "#56B4E9",
    "own": "#CC79A7",
    "line": "#6B7280",
    "text": "#1F2937",
}
# Grey for captions and secondary text: 7.6:1 on white, 6.9:1 on the sidebar's background.
CAPTION_COLOUR = "#4B5563"
FONT = {"family": "Source Sans Pro, DejaVu Sans, sans-serif", "size": 16, "color": PALETTE["text"]}


def chart_layout(height: int, separators: str, **extra: Any) -> dict[str, Any]:
    """The layout every chart shares: font, margins, no background, no drag, taps select points.

    `extra` adds or replaces keys (axes, legend). `dragmode=False` leaves a finger's swipe to the
    page, so a phone scrolls past a chart instead of panning it.
    """
    return {
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
        "font": FONT,
        "separators": separators,
        "plot_bgcolor": "rgba(0,0,0,0)",
        "paper_bgcolor": "rgba(0,0,0,0)",
        "dragmode": False,
        "clickmode": "event+select",
        "hoverlabel": {"font": {"size": 15}},
        **extra,
    }


def hatch(shape: str | list[str], opacity: float = 0.35) -> dict[str, Any]:
    """A bar's pattern, drawn in the text colour over its fill: meaning never by colour alone."""
    return {"shape": shape, "fgcolor": PALETTE["text"], "fgopacity": opacity, "fillmode": "overlay"}


def html_text(text: str) -> str:
    """Plotly renders a small HTML subset in labels: escape dataset text so it stays text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def role_from_selection(selection: Mapping[str, Any] | None, figure: go.Figure) -> str | None:
    """The role id behind a chart click, from Streamlit's selection state and the figure drawn."""
    points = ((selection or {}).get("selection") or {}).get("points") or []
    for point in points:
        custom = point.get("customdata")
        if isinstance(custom, list) and custom:
            custom = custom[0]
        if isinstance(custom, str):
            return custom
        curve, index = point.get("curve_number"), point.get("point_index")
        if isinstance(curve, int) and isinstance(index, int) and curve < len(figure.data):
            data = figure.data[curve].customdata
            if data is not None and index < len(data):
                return str(data[index])
    return None


# Below this width Streamlit stacks columns (its own "mobile" breakpoint): charts switch too.
NARROW_MAX_PX = 640
WIDE_PREFIX, NARROW_PREFIX, PHONE_PREFIX = "wide_", "narrow_", "phone_"

# Shown on wide screens only / on narrow screens only: containers keyed `wide_<name>` and
# `narrow_<name>` (Streamlit gives each keyed container the class `st-key-<key>`). Python never
# learns the viewport's width, so the browser picks with a media query; both are sent, except
# to a phone (see `wide_and_narrow`), whose `phone_<name>` container is shown at every width.
_RESPONSIVE_CSS = (
    f'@media (max-width: {NARROW_MAX_PX}px) {{ [class*="st-key-{WIDE_PREFIX}"] '
    "{ display: none; } }\n"
    f'@media (min-width: {NARROW_MAX_PX + 1}px) {{ [class*="st-key-{NARROW_PREFIX}"] '
    "{ display: none; } }\n"
    # Streamlit draws captions at 60 % opacity: 4.0:1 on white, under WCAG's 4.5:1.
    f"[data-testid=stCaptionContainer] {{ color: {CAPTION_COLOUR}; opacity: 1; }}\n"
    # Streamlit's headings keep their desktop size on a phone, where a title takes four lines.
    f"@media (max-width: {NARROW_MAX_PX}px) {{ "
    "[data-testid=stMain] h1 { font-size: 2rem; } "
    "[data-testid=stMain] h2 { font-size: 1.6rem; } "
    "[data-testid=stMain] h3 { font-size: 1.3rem; } }\n"
)

# Plotly selects the point under its *last hover* when a chart is clicked. A mouse hovers before
# it clicks; a finger does not, so the first tap selected nothing and the next tap selected the
# point tapped before. A mousemove at the finger's position on touchstart gives plotly that
# hover first. Capture phase on the document: it covers every chart, now and later.
_FIRST_TAP_JS = """
if (!window.__careersFirstTap) {
  window.__careersFirstTap = true;
  document.addEventListener('touchstart', (event) => {
    const target = event.target;
    if (!(target instanceof Element) || !target.closest('.js-plotly-plot')) return;
    const touch = event.touches[0];
    target.dispatchEvent(new MouseEvent('mousemove', {
      bubbles: true, cancelable: true, view: window,
      clientX: touch.clientX, clientY: touch.clientY,
    }));
  }, {capture: true, passive: true});
}
"""


def tap_chart(
    figure: go.Figure,
    key: str,
    on_tap: Callable[[], None],
    alt: str,
    config: Mapping[str, Any] | None = None,
) -> None:
    """A chart whose points a click or a tap picks: `on_tap` reads the pick from `key`'s state.

    No toolbar unless `config` asks for one: on a phone it would sit over the chart's labels.
    """
    st.plotly_chart(
        figure,
        key=key,
        on_select=on_tap,
        selection_mode="points",
        config=dict(config or {"displayModeBar": False}),
        alt=alt,
    )


def html_lang_script(lang: str) -> str:
    """JavaScript that sets `<html lang>` (Streamlit serves a hard-coded "en", issue 15726)."""
    if lang not in {"it", "en"}:
        raise ValueError(f"unsupported language: {lang!r}")
    return f"document.documentElement.lang = {lang!r};"


def _page_head_script(lang: str) -> str:
    """The body of the page head's one inline script."""
    return f"{html_lang_script(lang)}{_FIRST_TAP_JS}"


def page_head_script_hashes() -> list[str]:
    """CSP source expressions ('sha256-...') of the page head's inline script, per language.

    A Content-Security-Policy without 'unsafe-inline' (serving/headers.py) must list them, or
    the browser refuses the script: no `<html lang>`, no first-tap selection.
    """
    digests = (hashlib.sha256(_page_head_script(lang).encode()).digest() for lang in ("it", "en"))
    return [f"'sha256-{base64.b64encode(digest).decode()}'" for digest in digests]


def page_head(lang: str) -> str:
    """The HTML every page needs once: responsive CSS, `<html lang>`, first-tap chart selection.

    Plain text (no Streamlit): `show_page_head` puts it on the page; an ASGI entry could serve
    `html_lang_script` in the document itself.
    """
    return (
        f"<style>{_RESPONSIVE_CSS}</style><script>{html_lang_script(lang)}{_FIRST_TAP_JS}</script>"
    )


def show_page_head(lang: str) -> None:
    """Put `page_head(lang)` on the page (in the sidebar: it takes no room in the main column)."""
    st.sidebar.html(page_head(lang), unsafe_allow_javascript=True)


def is_phone(user_agent: str) -> bool:
    """Whether a browser says it is a phone: "Mobi" in its user agent, as MDN advises (iPhone
    Safari and Android Chrome send "Mobile"; tablets and desktops do not)."""
    return "Mobi" in user_agent


def on_phone() -> bool:
    """Whether this session's browser is a phone (by its user agent, see `is_phone`)."""
    return is_phone(st.context.headers.get("User-Agent") or "")


def wide_and_narrow(name: str) -> tuple[DeltaGenerator | None, DeltaGenerator]:
    """Where to draw a part's wide form and its narrow form (for phones).

    Anywhere but a phone: two containers, keyed `wide_<name>` and `narrow_<name>`, the browser
    showing the one that fits the window (a desktop window can be narrow). A phone (by its user
    agent) gets no wide container (None: draw nothing there) and the narrow form in a
    `phone_<name>` container shown at every width, also when the phone is turned sideways. A
    wide chart sent to a phone and hidden there made a slow phone's page take seconds longer
    in half the loads (docs/benchmarks.md, "Phones"). `name` must be unique on the page.
    """
    if on_phone():
        return None, st.container(key=f"{PHONE_PREFIX}{name}")
    return st.container(key=f"{WIDE_PREFIX}{name}"), st.container(key=f"{NARROW_PREFIX}{name}")


# The column that names each row of a table: pinned and this wide (px), so on a 390 px phone
# it stays in view with the first figures beside it, and long role titles wrap.
TABLE_KEY_WIDTH = 160
