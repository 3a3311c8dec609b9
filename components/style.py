"""Shared chart style and helpers: palette, font, patterns, safe labels, chart clicks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import plotly.graph_objects as go

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
FONT = {"family": "Source Sans Pro, DejaVu Sans, sans-serif", "size": 16, "color": PALETTE["text"]}


def hatch(shape: str | list[str], opacity: float = 0.35) -> dict:
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
