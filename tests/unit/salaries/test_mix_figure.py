"""The pay-mix figure: fixed and commission stacked beside the band, kept inside the chart."""

from __future__ import annotations

from careers import DEFAULT_DATASET, load_dataset
from careers.salaries.bands import View, role_band
from careers.salaries.pay_mix import pay_mix
from careers.text.i18n import Translator
from components.salaries.mix_figure import pay_mix_figure

DATASET = load_dataset(DEFAULT_DATASET)
EN = Translator("en")
USD = View(base="USD")


def test_pay_mix_beside_the_band():
    view = View(base="USD", period="month", payments=12)
    mix = pay_mix(2_700, 100, 1.0, 12)
    band = role_band(DATASET.role("operatore"), view)
    assert band is not None
    fig = pay_mix_figure(mix, band, view, EN, "Operator")
    fixed, commission, source = fig.data
    assert (fixed.base[0], fixed.x[0]) == (0, 2_700)
    assert (commission.base[0], commission.x[0]) == (2_700, 100)
    assert source.base[0] == band.min and source.y[0] == "Operator"
    total = next(a for a in fig.layout.annotations if "$2,800" in a.text)
    # The total ends at its bar's end, inside the axis: nothing hangs past the chart's edge.
    assert total.xanchor == "right" and total.x <= fig.layout.xaxis.range[1]


def test_pay_mix_parts_differ_by_pattern_as_well_as_colour():
    fig = pay_mix_figure(pay_mix(2_000, 100, 1.0, 12), None, USD, EN, "Agent")
    fixed, commission = fig.data[:2]
    assert (fixed.name, commission.name) == ("Fixed pay", "Commissions")
    assert fixed.marker.pattern.shape == "" and commission.marker.pattern.shape == "/"
    assert fig.layout.xaxis.tickfont.size >= 14 and fig.layout.yaxis.tickfont.size >= 14
    assert fig.layout.xaxis.tickangle == 0
