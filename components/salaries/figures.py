"""Salary figures: the bands as floating bars, and the pay mix beside a band (pure builders)."""

from __future__ import annotations

from textwrap import wrap

import plotly.graph_objects as go

from careers.dataset.models import Dataset
from careers.salaries.bands import (
    Band,
    PayMix,
    RoleMetrics,
    View,
    midpoint,
    per_period,
    role_metrics,
)
from careers.text.formatting import format_money, format_number, plotly_separators
from careers.text.i18n import Translator
from components.style import FONT, PALETTE, hatch, html_text

# An open-ended band fades out over this many steps past its "over" figure, never to a top.
TAIL_STEPS = 6
TAIL_SHARE = 0.14  # the whole fade is this share of the axis span
BAR_WIDTH = 0.56
PAIR_WIDTH = 0.36
# A chart of hundreds of bands reads like nothing: it draws the first CHART_ROLES, the tables all.
CHART_ROLES = 25
ROW_PX, DENSE_ROW_PX, DENSE_FROM = 110, 62, 8


def axis_title(view: View, t: Translator) -> str:
    """`USD per year`, `EUR per month (14 payments)`, `USD per hour (40 h/week)`."""
    period = t(f"period.{view.period}")
    if view.period == "month":
        period = t("salaries.axis_month", period=period, payments=view.payments)
    elif view.period == "hour":
        hours = format_number(view.hours_per_week, t.lang, 1 if view.hours_per_week % 1 else 0)
        period = t("salaries.axis_hour", period=period, hours=hours)
    return f"{view.currency} {period}"


def rate_note(view: View, t: Translator, example: bool) -> str | None:
    """The conversion rate in words, flagged as an example when it is the untouched default."""
    if not view.converted:
        return None
    decimals = len(f"{view.rate:.4f}".rstrip("0").split(".")[1])
    text = t(
        "salaries.rate_note",
        base=view.base,
        rate=format_number(view.rate, t.lang, decimals),
        target=view.target,
    )
    return f"{text} · {t('salaries.rate_example')}" if example else text


def _range_text(band: Band, t: Translator) -> str:
    """A band's range in words, in the view's currency."""
    low = format_money(band.min, band.currency, t.lang)
    if band.max is None:
        return t("band.from_only", low=low)
    high = format_money(band.max, band.currency, t.lang)
    return t("band.open" if band.open_ended else "band.closed", low=low, high=high)


def _hover(row: RoleMetrics, band: Band, t: Translator) -> str:
    """Hover text of a source band: title, range, midpoint, estimate or open note."""
    lines = [f"<b>{html_text(row.role.title.get(t.lang))}</b>", html_text(_range_text(band, t))]
    mid = midpoint(band)
    if not isinstance(mid, str):
        lines.append(
            html_text(t("salaries.hover_mid", value=format_money(mid, band.currency, t.lang)))
        )
    if band.estimate:
        lines.append(f"<i>{html_text(t('band.estimate_title'))}</i>")
    if band.open_ended:
        lines.append(f"<i>{html_text(t('salaries.open_short'))}</i>")
    lines.append(f"<i>{html_text(t('salaries.click_hint'))}</i>")
    return "<br>".join(lines)


def band_figure(
    rows: list[RoleMetrics],
    view: View,
    t: Translator,
    *,
    selected: str | None = None,
    own: dict[str, Band] | None = None,
    salary: float | None = None,
    note: str | None = None,
    height: int | None = None,
) -> go.Figure:
    """Every band as a floating min–max bar with its midpoint, in ladder order from the bottom.

    Args:
        rows: role metrics from careers.salaries.role_metrics, in the order to draw them.
        view: the currency and period the bands are in.
        t: translator for labels and number separators.
        selected: role id to outline as chosen.
        own: the user's own bands by role id, drawn beside the source bands.
        salary: a salary (in the view) drawn as a line across the chart.
        note: the conversion rate in words, shown under the chart when converting.
        height: figure height in pixels; grows with the number of roles when omitted.

    Returns:
        A figure whose bars and midpoint marks carry the role id as `customdata`.
    """
    own = own or {}
    paired = bool(own)
    width = PAIR_WIDTH if paired else BAR_WIDTH
    offset = PAIR_WIDTH / 2 + 0.02 if paired else 0.0
    drawn = [(i, row) for i, row in enumerate(rows) if row.band is not None]
    amounts = [a for _, r in drawn for a in (r.band.min, r.band.max) if a is not None]
    amounts += [a for b in own.values() for a in (b.min, b.max) if a is not None]
    if salary is not None:
        amounts.append(salary)
    low, high = (min(amounts), max(amounts)) if amounts else (0.0, 1.0)
    span = max(high - low, high * 0.1, 1.0)
    tail = span * TAIL_SHARE
    fig = go.Figure()

    fig.add_trace(
        go.Bar(
            orientation="h",
            y=[i + offset for i, _ in drawn],
            base=[r.band.min for _, r in drawn],
            x=[
                (r.band.max if r.band.max is not None else r.band.min) - r.band.min
                for _, r in drawn
            ],
            width=width,
            customdata=[r.role.id for _, r in drawn],
            name=t("salaries.legend_source"),
            showlegend=False,
            marker={
                "color": [
                    PALETTE["estimate"] if r.band.estimate else PALETTE["ladder"] for _, r in drawn
                ],
                "pattern": hatch(["/" if r.band.estimate else "" for _, r in drawn]),
                "line": {
                    "color": PALETTE["text"],
                    "width": [4 if r.role.id == selected else 0.5 for _, r in drawn],
                },
            },
            text=[t("band.estimate_tag") if r.band.estimate else "" for _, r in drawn],
            textposition="inside",
            # At the bar's start: the midpoint mark sits in its middle.
            insidetextanchor="start",
            textfont={**FONT, "size": 15, "color": PALETTE["text"]},
            hovertext=[_hover(r, r.band, t) for _, r in drawn],
            hovertemplate="%{hovertext}<extra></extra>",
        )
    )

    open_rows = [(i, r) for i, r in drawn if r.band.open_ended and r.band.max is not None]
    if open_rows:
        step = tail / TAIL_STEPS
        fig.add_trace(
            go.Bar(
                orientation="h",
                y=[i + offset for i, _ in open_rows for _ in range(TAIL_STEPS)],
                base=[r.band.max + k * step for _, r in open_rows for k in range(TAIL_STEPS)],
                x=[step] * (TAIL_STEPS * len(open_rows)),
                width=width,
                customdata=[r.role.id for _, r in open_rows for _ in range(TAIL_STEPS)],
                marker={
                    "color": [
                        f"rgba(0,114,178,{0.75 * (1 - (k + 1) / (TAIL_STEPS + 1)):.2f})"
                        for _ in open_rows
                        for k in range(TAIL_STEPS)
                    ],
                    "line": {"width": 0},
                },
                showlegend=False,
                hovertext=[_hover(r, r.band, t) for _, r in open_rows for _ in range(TAIL_STEPS)],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
        for i, row in open_rows:
            fig.add_annotation(
                x=row.band.max + tail,
                y=i + offset,
                ax=row.band.max + tail * 0.55,
                ay=i + offset,
                xref="x",
                yref="y",
                axref="x",
                ayref="y",
                showarrow=True,
                arrowhead=2,
                arrowsize=1.5,
                arrowwidth=2.5,
                arrowcolor=PALETTE["ladder"],
                text="",
            )
            fig.add_annotation(
                x=row.band.max + tail,
                y=i + offset + width / 2,
                text=html_text(t("salaries.open_label")),
                showarrow=False,
                xanchor="right",
                yanchor="bottom",
                font={**FONT, "size": 14},
            )

    mids = [(i, r, midpoint(r.band)) for i, r in drawn if not isinstance(midpoint(r.band), str)]
    if mids:
        fig.add_trace(
            go.Scatter(
                x=[m for _, _, m in mids],
                y=[i + offset for i, _, _ in mids],
                mode="markers",
                customdata=[r.role.id for _, r, _ in mids],
                name=t("salaries.legend_midpoint"),
                marker={
                    "symbol": "line-ns-open",
                    "size": 34 if not paired else 24,
                    "line": {"width": 4, "color": PALETTE["text"]},
                    "color": PALETTE["text"],
                },
                hovertext=[_hover(r, r.band, t) for _, r, _ in mids],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )

    own_rows = [(i, r, own[r.role.id]) for i, r in enumerate(rows) if r.role.id in own]
    if own_rows:
        fig.add_trace(
            go.Bar(
                orientation="h",
                y=[i - offset for i, _, _ in own_rows],
                base=[b.min for _, _, b in own_rows],
                x=[(b.max or b.min) - b.min for _, _, b in own_rows],
                width=width,
                customdata=[r.role.id for _, r, _ in own_rows],
                name=t("salaries.legend_own"),
                marker={"color": PALETTE["own"], "line": {"color": PALETTE["text"], "width": 0.5}},
                # Named on the bar too, not only by its colour in the legend.
                text=[t("salaries.own_tag")] * len(own_rows),
                textposition="inside",
                insidetextanchor="middle",
                textfont={**FONT, "size": 14, "color": PALETTE["text"]},
                hovertext=[
                    f"<b>{html_text(t('salaries.legend_own'))}</b>: "
                    f"{html_text(r.role.title.get(t.lang))}<br>{html_text(_range_text(b, t))}"
                    for _, r, b in own_rows
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )

    for i, row in enumerate(rows):
        if row.band is None:
            fig.add_annotation(
                x=low,
                y=i,
                text=f"<i>{html_text(t('band.none_short'))}</i>",
                showarrow=False,
                xanchor="left",
                font={**FONT, "size": 15, "color": PALETTE["line"]},
            )

    if salary is not None:
        fig.add_vline(x=salary, line={"color": PALETTE["selected"], "width": 3, "dash": "dash"})
        fig.add_annotation(
            x=salary,
            y=1.0,
            yref="paper",
            text=html_text(
                t("salaries.salary_line", value=format_money(salary, view.currency, t.lang))
            ),
            showarrow=False,
            yanchor="bottom",
            font={**FONT, "size": 15, "color": PALETTE["text"]},
            bgcolor="rgba(255,255,255,0.85)",
        )

    # Legend-only entries: the drawn bars colour each band on its own.
    legend = [(t("salaries.legend_source"), PALETTE["ladder"], "")]
    if any(r.band.estimate for _, r in drawn):
        legend.append((t("salaries.legend_estimate"), PALETTE["estimate"], "/"))
    for name, colour, shape in legend:
        fig.add_trace(
            go.Bar(
                x=[None],
                y=[None],
                orientation="h",
                name=name,
                marker={
                    "color": colour,
                    "pattern": hatch(shape),
                },
                hoverinfo="skip",
            )
        )

    ticks = [
        "<br>".join(html_text(line) for line in wrap(row.role.title.get(t.lang), 24))
        for row in rows
    ]
    fig.update_layout(
        height=height
        or 200 + (ROW_PX if len(rows) < DENSE_FROM else DENSE_ROW_PX) * max(len(rows), 1),
        margin={"l": 10, "r": 30, "t": 70, "b": 115 if note else 60},
        font=FONT,
        separators=plotly_separators(t.lang),
        barmode="overlay",
        showlegend=True,
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.06, "x": 0, "font": {"size": 15}},
        plot_bgcolor="rgba(0,0,0,0)",
        paper_bgcolor="white",
        dragmode=False,
        clickmode="event+select",
        hoverlabel={"font": {"size": 15}},
        xaxis={
            "title": {"text": html_text(axis_title(view, t)), "font": FONT},
            "tickformat": ",.2f" if view.period == "hour" else ",.0f",
            "range": [low - span * 0.08, high + tail + span * 0.04],
            "gridcolor": "#E5E7EB",
            "tickfont": {**FONT, "size": 15},
            "fixedrange": True,
        },
        yaxis={
            "tickvals": list(range(len(rows))),
            "tickfont": {**FONT, "size": 16},
            "ticktext": ticks,
            "range": [-0.6, len(rows) - 0.4],
            "fixedrange": True,
        },
    )
    if note:
        fig.add_annotation(
            x=0,
            y=-0.02,
            xref="paper",
            yref="paper",
            yanchor="top",
            xanchor="left",
            yshift=-62,
            text=html_text(note),
            showarrow=False,
            font={**FONT, "size": 14, "color": PALETTE["text"]},
        )
    return fig


def bands_chart(
    dataset: Dataset,
    view: View,
    t: Translator,
    *,
    selected: str | None,
    own: tuple[tuple[str, Band], ...],
    salary: float | None,
    note: str | None,
) -> go.Figure:
    """`band_figure` of the dataset's first CHART_ROLES roles, from arguments Streamlit can hash.

    The page caches it by content (`_session.cached_figure`): the rows are recomputed from the
    dataset here, and the user's bands come as (role id, band) pairs.
    """
    rows = role_metrics(dataset, view, salary)[:CHART_ROLES]
    drawn = {row.role.id for row in rows}
    mine = {role_id: band for role_id, band in own if role_id in drawn}
    return band_figure(rows, view, t, selected=selected, own=mine, salary=salary, note=note)


def pay_mix_figure(
    mix: PayMix, band: Band | None, view: View, t: Translator, title: str
) -> go.Figure:
    """The simulated pay (fixed plus commission, stacked) beside a role's band.

    Args:
        mix: yearly amounts from careers.salaries.pay_mix, already in the view's currency.
        band: the role's band in the view, or None when the role has none.
        view: the currency and period to show amounts in.
        t: translator.
        title: the role's title, for the band's row.
    """
    fixed, commission = per_period(mix.fixed, view), per_period(mix.commission, view)
    you = t("salaries.mix_you")
    fig = go.Figure()
    for name, base, size, colour, shape in (
        (t("salaries.mix_fixed"), 0.0, fixed, PALETTE["lateral"], ""),
        (t("salaries.mix_commission"), fixed, commission, PALETTE["selected"], "/"),
    ):
        fig.add_trace(
            go.Bar(
                orientation="h",
                y=[you],
                base=[base],
                x=[size],
                name=name,
                marker={
                    "color": colour,
                    "pattern": hatch(shape),
                },
                hovertemplate=f"{html_text(name)}: "
                f"{html_text(format_money(size, view.currency, t.lang))}<extra></extra>",
            )
        )
    label = "<br>".join(html_text(line) for line in wrap(title, 24))
    if band is not None:
        top = band.max if band.max is not None else band.min
        fig.add_trace(
            go.Bar(
                orientation="h",
                y=[label],
                base=[band.min],
                x=[top - band.min],
                name=t("salaries.legend_source"),
                marker={
                    "color": PALETTE["estimate"] if band.estimate else PALETTE["ladder"],
                    "opacity": 0.55,
                    "pattern": {"shape": "/" if band.estimate else "", "fillmode": "overlay"},
                },
                hovertemplate=html_text(_range_text(band, t)) + "<extra></extra>",
            )
        )
    total = fixed + commission
    fig.add_annotation(
        x=total,
        y=you,
        text=f"<b>{html_text(format_money(total, view.currency, t.lang))}</b>",
        showarrow=False,
        xanchor="left",
        xshift=6,
        font={**FONT, "size": 16},
    )
    fig.update_layout(
        height=260,
        barmode="overlay",
        margin={"l": 10, "r": 110, "t": 40, "b": 40},
        font=FONT,
        separators=plotly_separators(t.lang),
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "font": {"size": 15}},
        plot_bgcolor="rgba(0,0,0,0)",
        paper_bgcolor="white",
        dragmode=False,
        xaxis={
            "tickformat": ",.0f",
            "title": {"text": html_text(axis_title(view, t)), "font": FONT},
            "tickfont": {**FONT, "size": 15},
        },
        yaxis={"fixedrange": True, "tickfont": {**FONT, "size": 16}},
    )
    return fig
