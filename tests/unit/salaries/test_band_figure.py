"""The band figure: bars in ladder order, open and estimated bands, own bands, lines, phones."""

from __future__ import annotations

import yaml

from careers import DEFAULT_DATASET, load_dataset
from careers.salaries.bands import Band, View
from careers.salaries.metrics import role_metrics
from careers.salaries.words import rate_note
from careers.text.i18n import Translator
from components.salaries.band_figure import band_figure, bands_chart, chart_rows
from components.style import PALETTE, role_from_selection
from tests.conftest import small_dataset

DATASET = load_dataset(DEFAULT_DATASET)
EN, IT = Translator("en"), Translator("it")
USD = View(base="USD")
ORDER = ["operatore", "team_leader", "supervisore", "coordinatore"]


def bars(fig):
    """The drawn bar traces (legend-only ones have no customdata)."""
    return [d for d in fig.data if d.type == "bar" and d.customdata is not None]


def test_bands_are_floating_bars_in_ladder_order():
    fig = band_figure(role_metrics(DATASET, USD), USD, EN)
    source = bars(fig)[0]
    assert list(source.customdata) == ORDER
    assert list(source.base) == [32_000, 38_000, 44_000, 63_000]
    assert list(source.x) == [3_000, 6_000, 19_000, 37_000]
    assert list(source.y) == [0, 1, 2, 3]  # entry level at the bottom
    assert list(fig.layout.yaxis.ticktext)[1] == "Team leader"
    assert fig.layout.xaxis.title.text == "USD per year"


def test_axis_numbers_stay_level_and_the_legend_clear_of_the_toolbar():
    fig = band_figure(role_metrics(DATASET, USD), USD, EN)
    assert fig.layout.xaxis.tickangle == 0 and fig.layout.xaxis.nticks <= 5
    assert fig.layout.legend.yref == "container" and fig.layout.legend.y == 0
    # On a phone the names go above the bars, which keep the whole width.
    narrow = band_figure(role_metrics(DATASET, USD), USD, EN, narrow=True)
    assert narrow.layout.yaxis.showticklabels is False
    above = [
        a.text for a in narrow.layout.annotations if a.xref == "paper" and a.yanchor == "bottom"
    ]
    assert above[0] == "Call-center operator (agent)" and above[2].endswith("<i>estimate</i>")


def test_midpoints_are_marked_except_on_the_open_band():
    fig = band_figure(role_metrics(DATASET, USD), USD, EN)
    mids = next(d for d in fig.data if d.type == "scatter" and d.customdata is not None)
    assert list(mids.customdata) == ORDER[:3]
    assert list(mids.x) == [33_500, 41_000, 53_500]


def test_open_band_fades_out_with_an_arrow_and_no_invented_top():
    fig = band_figure(role_metrics(DATASET, USD), USD, EN)
    tail = bars(fig)[1]
    assert set(tail.customdata) == {"coordinatore"}
    alphas = [float(c.rsplit(",", 1)[1].rstrip(")")) for c in tail.marker.color]
    assert alphas == sorted(alphas, reverse=True) and alphas[-1] < alphas[0]
    assert min(tail.base) == 100_000
    assert any(a.showarrow and a.arrowhead for a in fig.layout.annotations)
    assert any(a.text == "over →" for a in fig.layout.annotations)


def test_estimate_is_coloured_hatched_and_labelled_beside_not_on_the_bar():
    fig = band_figure(role_metrics(DATASET, USD), USD, IT)
    source = bars(fig)[0]
    i = ORDER.index("supervisore")
    assert source.marker.color[i] == PALETTE["estimate"]
    assert source.marker.color[0] == PALETTE["ladder"]
    assert source.marker.pattern.shape[i] == "/" and source.marker.pattern.shape[0] == ""
    # The word sits in the role's label, never on the bar where the midpoint mark is.
    assert source.text is None
    assert fig.layout.yaxis.ticktext[i].endswith("<i>stima</i>")
    assert "Stima, non dalle fonti" in [d.name for d in fig.data]


def test_role_without_a_figure_says_so():
    data = small_dataset()
    data["roles"][1].pop("salary")
    dataset = load_dataset(yaml.safe_dump(data).encode())
    fig = band_figure(role_metrics(dataset, View(base="EUR")), View(base="EUR"), EN)
    assert list(bars(fig)[0].customdata) == ["agent"]
    assert "Salary not given by the sources" in fig.layout.yaxis.ticktext[1]


def test_lateral_roles_are_drawn_under_the_ladder_not_above_the_top_rung():
    from careers.dataset.export import EXAMPLE_DATASET

    dataset = load_dataset(EXAMPLE_DATASET)
    rows, lateral = chart_rows(dataset, View(base="EUR"), None)
    assert lateral, "the example dataset has a lateral role with a band"
    positions = {r.role.id: i for i, r in enumerate(rows)}
    assert max(positions[r] for r in lateral) < min(
        i for r, i in positions.items() if r not in lateral
    )
    fig = bands_chart(dataset, View(base="EUR"), EN, selected=None, own=(), salary=None, note=None)
    lateral_ticks = [fig.layout.yaxis.ticktext[positions[r]] for r in lateral]
    assert all("lateral role" in tick for tick in lateral_ticks)


def test_salary_line_own_bands_and_rate_on_the_chart():
    view = View(base="USD", target="EUR", rate=0.92, converted=True, period="month", payments=14)
    own = {"team_leader": Band(min=2_400, max=2_800, currency="EUR")}
    note = rate_note(view, IT, example=True)
    rows = role_metrics(DATASET, view)
    fig = band_figure(rows, view, IT, own=own, salary=2_500, selected="team_leader", note=note)
    mine = bars(fig)[-1]
    assert mine.name == "La tua fascia retributiva" and list(mine.customdata) == ["team_leader"]
    assert mine.marker.color == PALETTE["own"]
    assert list(mine.text) == ["tua"]  # named on the bar, not by its colour alone
    assert list(mine.base) == [2_400]
    assert mine.y[0] < 1 < bars(fig)[0].y[1]  # beside the source band, not on it
    assert any(s.type == "line" and s.x0 == 2_500 for s in fig.layout.shapes)
    texts = " ".join(a.text for a in fig.layout.annotations)
    assert "Stipendio: 2.500\u00a0€" in texts
    assert "1 USD = 0,92 EUR" in texts and "cambio di esempio" in texts
    assert fig.layout.separators == ",."
    assert fig.layout.xaxis.title.text == "EUR al mese, 14 mensilità"
    assert bars(fig)[0].marker.line.width[1] == 4  # the chosen role is outlined


def test_a_click_on_a_bar_maps_back_to_its_role():
    fig = band_figure(role_metrics(DATASET, USD), USD, EN)
    selection = {"selection": {"points": [{"curve_number": 0, "point_index": 2}]}}
    assert role_from_selection(selection, fig) == "supervisore"
