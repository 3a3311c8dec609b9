"""The pay mix (fixed pay plus commissions, stacked) beside the role's band."""

from __future__ import annotations

from textwrap import wrap

import plotly.graph_objects as go

from careers.salaries.bands import Band, View, per_period
from careers.salaries.pay_mix import PayMix
from careers.salaries.words import band_text
from careers.text.formatting import format_money
from careers.text.i18n import Translator
from components.salaries.layout import base_layout, money_axis
from components.style import FONT, PALETTE, hatch, html_text

# Row names wrap short and the axis has few numbers: the chart must fit a 360 px phone.
LABEL_CHARS = 14
MIX_TICKS = 3


def _pay_bars(fixed: float, commission: float, you: str, view: View, t: Translator) -> list[go.Bar]:
    """Fixed pay from zero, commissions stacked after it."""
    bars = []
    for name, base, size, colour, shape in (
        (t("salaries.mix_fixed"), 0.0, fixed, PALETTE["lateral"], ""),
        (t("salaries.mix_commission"), fixed, commission, PALETTE["selected"], "/"),
    ):
        money = html_text(format_money(size, view.currency, t.lang))
        bars.append(
            go.Bar(
                orientation="h",
                y=[you],
                base=[base],
                x=[size],
                name=name,
                marker={"color": colour, "pattern": hatch(shape)},
                hovertemplate=f"{html_text(name)}: {money}<extra></extra>",
            )
        )
    return bars


def _band_bar(band: Band, label: str, t: Translator) -> go.Bar:
    """The role's band, faded, on its own row."""
    top = band.max if band.max is not None else band.min
    return go.Bar(
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
        hovertemplate=html_text(band_text(band, t, tag=False)) + "<extra></extra>",
    )


def pay_mix_figure(
    mix: PayMix, band: Band | None, view: View, t: Translator, label: str
) -> go.Figure:
    """The simulated pay (fixed plus commission, stacked) beside a role's band.

    Args:
        mix: yearly amounts from careers.salaries.pay_mix, already in the view's currency.
        band: the role's band in the view, or None when the role has none.
        view: the currency and period to show amounts in.
        t: translator.
        label: the band's row name (short: the role is named in the heading above).
    """
    fixed, commission = per_period(mix.fixed, view), per_period(mix.commission, view)
    you = "<br>".join(html_text(line) for line in wrap(t("salaries.mix_you"), LABEL_CHARS))
    fig = go.Figure(_pay_bars(fixed, commission, you, view, t))
    if band is not None:
        name = "<br>".join(html_text(line) for line in wrap(label, LABEL_CHARS))
        fig.add_trace(_band_bar(band, name, t))
    total = fixed + commission
    amounts = [total, *([band.min, band.max or band.min] if band else [])]
    fig.update_layout(
        base_layout(t, 300, 110),
        # The total is written inside the plot, right-aligned at the bar's end, so nothing
        # hangs past the chart's edge on a narrow screen.
        xaxis=money_axis(view, t, (0, max(amounts) * 1.08 or 1.0), ticks=MIX_TICKS, short=True),
        yaxis={"fixedrange": True, "tickfont": {**FONT, "size": 15}, "automargin": True},
    )
    fig.add_annotation(
        x=total,
        y=you,
        text=f"<b>{html_text(format_money(total, view.currency, t.lang))}</b>",
        showarrow=False,
        xanchor="right",
        yanchor="bottom",
        yshift=18,
        font={**FONT, "size": 15},
    )
    return fig
