"""The inbound / outbound chart: columns, labels, focus, the picked item, escaped text."""

from __future__ import annotations

from careers import DEFAULT_DATASET, load_dataset
from careers.text.i18n import Translator
from components.channels.figures import DIMMED, channel_figure
from components.style import role_from_selection
from tests.conftest import as_yaml, small_dataset
from tests.unit.channels.test_content import bank_dataset

DATASET = load_dataset(DEFAULT_DATASET)


def headers(fig) -> list[str]:
    """The column headings, in the order they are drawn (bold annotations)."""
    return [a.text for a in fig.layout.annotations if a.text.startswith("<b>")]


def test_three_columns_inbound_shared_outbound_with_every_item():
    fig = channel_figure(DATASET, Translator("en"))
    inbound, shared, outbound = fig.data
    assert [t.name for t in fig.data] == [
        "Inbound call center",
        "Shared by both",
        "Outbound call center",
    ]
    assert len(inbound.customdata) == 11 and len(shared.customdata) == 4
    assert len(outbound.customdata) == 11
    assert set(inbound.x) == {0.04} and set(shared.x) == {1.04} and set(outbound.x) == {2.04}
    assert "Technical support" in inbound.text
    assert "Telesales" in outbound.text
    assert "Follow the scripts supplied by<br>the company" in shared.text
    assert list(outbound.customdata)[:2] == [
        "outbound/activities/telemarketing",
        "outbound/activities/telesales",
    ]
    assert headers(fig) == [
        "<b>Inbound call center</b>",
        "<b>Shared by both</b>",
        "<b>Outbound call center</b>",
    ]
    # Items read top to bottom in the order of the sources.
    assert list(inbound.y) == sorted(inbound.y, reverse=True)


def test_labels_are_in_the_chosen_language_and_large():
    fig = channel_figure(DATASET, Translator("it"))
    inbound, _, outbound = fig.data
    assert "Gestione dei reclami" in inbound.text
    assert "Ricerche di mercato" in outbound.text
    assert "Complaint handling" not in inbound.text
    assert inbound.textfont.size >= 16
    assert "Una delle principali attività" in inbound.hovertext[0]


def test_focus_greys_the_other_channel_and_fills_the_focused_heading():
    fig = channel_figure(DATASET, Translator("en"), focus="outbound")
    inbound, shared, outbound = fig.data
    assert inbound.marker.color == DIMMED and inbound.textfont.color == DIMMED
    assert outbound.marker.color != DIMMED and shared.marker.color != DIMMED
    heading = {a.text: a for a in fig.layout.annotations}
    assert heading["<b>Outbound call center</b>"].bgcolor == outbound.marker.color
    assert heading["<b>Inbound call center</b>"].bgcolor == "rgba(0,0,0,0)"
    plain = channel_figure(DATASET, Translator("en"))
    assert plain.data[0].marker.color != DIMMED


def test_the_picked_item_is_outlined_and_a_click_maps_back_to_it():
    key = "inbound/duties/handle_complaints"
    fig = channel_figure(DATASET, Translator("en"), selected=key)
    inbound = fig.data[0]
    index = list(inbound.customdata).index(key)
    assert inbound.marker.size[index] > max(
        s for i, s in enumerate(inbound.marker.size) if i != index
    )
    assert inbound.marker.line.width[index] > 0
    click = {"selection": {"points": [{"curve_number": 2, "point_index": 1}]}}
    assert role_from_selection(click, fig) == "outbound/activities/telesales"


def test_another_dataset_draws_its_own_columns():
    fig = channel_figure(load_dataset(as_yaml(bank_dataset())), Translator("it"))
    assert [t.name for t in fig.data] == ["Banca in entrata", "In comune", "Banca in uscita"]
    assert list(fig.data[2].customdata) == ["outbound/activities/loans"]


def test_one_channel_and_no_shared_duties_is_one_column():
    data = bank_dataset()
    data["channels"] = data["channels"][:1]
    del data["common_duties"]
    fig = channel_figure(load_dataset(as_yaml(data)), Translator("en"))
    assert [t.name for t in fig.data] == ["Bank inbound"]
    assert fig.layout.xaxis.range[1] < 1


def test_no_channels_draws_an_empty_chart_without_error():
    fig = channel_figure(load_dataset(as_yaml(small_dataset())), Translator("en"))
    assert fig.data == ()


def test_dataset_text_in_labels_stays_text():
    data = bank_dataset()
    data["channels"][0]["activities"][0]["title"] = {"it": "<img src=x>", "en": "<b>x</b>"}
    fig = channel_figure(load_dataset(as_yaml(data)), Translator("en"))
    assert fig.data[0].text[0] == "&lt;b&gt;x&lt;/b&gt;"


def test_narrow_chart_stacks_the_columns_one_under_another():
    fig = channel_figure(DATASET, Translator("it"), narrow=True)
    inbound, shared, outbound = fig.data
    assert {x for trace in fig.data for x in trace.x} == {0.04}  # one column, full width
    # Each column starts below the last item of the one before: nothing drawn over another.
    assert max(shared.y) < min(inbound.y) and max(outbound.y) < min(shared.y)
    heads = [a for a in fig.layout.annotations if a.text.startswith("<b>")]
    assert [a.y for a in heads] == sorted((a.y for a in heads), reverse=True)
    assert fig.layout.xaxis.range[1] < 1


def test_narrow_labels_fit_a_phone_width():
    # 390-px phone, about 340 px for text beside the marker; Source Sans averages under 0.55 em.
    fig = channel_figure(DATASET, Translator("it"), narrow=True)
    for trace in fig.data:
        size = trace.textfont.size
        for text in trace.text:
            longest = max(len(line) for line in text.split("<br>"))
            assert longest * 0.55 * size <= 340, text
