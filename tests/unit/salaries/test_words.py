"""Salary figures in words: a band (one way everywhere), the view's name, the rate."""

from __future__ import annotations

from careers.salaries.bands import Band, Gap, View
from careers.salaries.metrics import METRICS
from careers.salaries.words import axis_title, band_text, metric_text, rate_note
from careers.text.i18n import Translator

EN, IT = Translator("en"), Translator("it")


def test_a_band_in_words():
    assert band_text(Band(32_000, 35_000, "USD"), EN) == "$32,000 – $35,000"
    assert band_text(Band(63_000, 100_000, "USD", open_ended=True), IT) == (
        "63.000\u00a0USD – oltre 100.000\u00a0USD"
    )
    estimate = Band(44_000, 63_000, "USD", estimate=True)
    assert band_text(estimate, EN) == "$44,000 – $63,000 (estimate)"
    assert band_text(estimate, EN, tag=False) == "$44,000 – $63,000"
    assert band_text(None, IT) == "Nessun dato nelle fonti"


def test_view_names_have_no_nested_brackets():
    month = View(base="EUR", period="month", payments=14)
    assert axis_title(month, IT) == "EUR al mese, 14 mensilità"
    assert axis_title(View(base="USD", period="hour", hours_per_week=37.5), EN) == (
        "USD per hour, 37.5 h a week"
    )
    assert "((" not in IT("salaries.col_band", view=axis_title(month, IT)).replace(" ", "")


def test_metric_text_by_unit():
    by_id = {m.id: m for m in METRICS}
    assert metric_text(by_id["midpoint_progression"], 0.224, "USD", IT) == "+22,4%"
    assert metric_text(by_id["overlap_money"], -3_000, "USD", EN) == "gap of $3,000"
    assert (
        metric_text(by_id["range_width"], Gap.OPEN, "USD", EN)
        == "Needs a maximum (open-ended band)"
    )


def test_rate_note_only_when_converting():
    assert rate_note(View(base="USD"), EN, example=True) is None
    view = View(base="USD", target="EUR", rate=0.92, converted=True)
    assert rate_note(view, IT, example=True) == (
        "Convertito al cambio 1 USD = 0,92 EUR · cambio di esempio, non dalle fonti"
    )
