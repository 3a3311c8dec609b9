"""Own bands loaded from a CSV are kept by a workspace: saved, autosaved, reopened by its links."""

from __future__ import annotations

from typing import Any

import pytest

from tests.app.conftest import open_page
from tests.app.test_salaries import (
    EXAMPLE_BANDS,
    edit_own_bands,
    metrics,
    own_table,
    upload_own_bands,
)
from tests.app.test_workspace import TEXT, links, store

OTHER = {"it": "en", "en": "it"}
# (lang) -> the example file's bands as the metrics table shows them, in ladder order.
BANDS = {
    "it": [
        "24.000\u00a0€ – 28.000\u00a0€",
        "30.000\u00a0€ – 36.000\u00a0€",
        "31.200\u00a0€ – 37.200\u00a0€",
        "45.000\u00a0€ – 60.000\u00a0€",
    ],
    "en": ["€24,000 – €28,000", "€30,000 – €36,000", "€31,200 – €37,200", "€45,000 – €60,000"],
}
# The example file's rows as a workspace keeps them: amounts as numbers, for either language.
STORED: list[dict[str, Any]] = [
    {"role": "operatore", "min": 24_000, "max": 28_000, "currency": "EUR", "period": "year"},
    {"role": "team_leader", "min": 30_000, "max": 36_000, "currency": "EUR", "period": "year"},
    {"role": "supervisore", "min": 2_600, "max": 3_100, "currency": "EUR", "period": "month"},
    {"role": "coordinatore", "min": 45_000, "max": 60_000, "currency": "EUR", "period": "year"},
]


def shown_rows(lang: str) -> list[dict[str, Any]]:
    """The example file's rows as the table shows them in `lang`."""
    s = "." if lang == "it" else ","
    return [
        row | {"min": f"{row['min']:,}".replace(",", s), "max": f"{row['max']:,}".replace(",", s)}
        for row in STORED
    ]


@pytest.mark.parametrize("lang", ["it", "en"])
def test_loaded_bands_are_saved_and_both_links_bring_them_back(lang: str) -> None:
    at = upload_own_bands(open_page("salaries", lang), "your_bands.csv", EXAMPLE_BANDS)
    at.button(key="workspace_save").click().run()
    assert not at.exception
    assert TEXT[lang]["saved"] in [s.value for s in at.success]
    edit, view = links(at)
    assert [dict(r) for r in store().open(edit).payload.own_bands] == STORED
    # Another browser, a reload, a colleague reading the other language: the same bands.
    for param, token, shown in (("workspace", edit, lang), ("view", view, OTHER[lang])):
        again = open_page("salaries", shown, **{param: token})
        assert not again.exception and not again.error
        assert own_table(again) == shown_rows(shown)
        assert list(metrics(again)["own_band"]) == BANDS[shown]


@pytest.mark.parametrize("lang", ["it", "en"])
def test_a_file_loaded_into_an_open_workspace_is_autosaved(lang: str) -> None:
    first = open_page("salaries", lang)
    first.button(key="workspace_save").click().run()
    edit, _ = links(first)
    assert store().open(edit).payload.own_bands == []
    at = open_page("salaries", lang, workspace=edit)
    at = upload_own_bands(at, "your_bands.csv", EXAMPLE_BANDS)
    assert not at.exception
    saved = store().open(edit)
    assert saved.version == 2 and [dict(r) for r in saved.payload.own_bands] == STORED
    # A row added in the table afterwards is saved as well, beside the loaded ones.
    at = edit_own_bands(at, [{"role": "nobody", "min": "1", "max": "2"}])
    assert [r["role"] for r in store().open(edit).payload.own_bands][-1] == "nobody"
    reloaded = open_page("salaries", lang, workspace=edit)
    assert [r["role"] for r in own_table(reloaded)] == [
        "operatore",
        "team_leader",
        "supervisore",
        "coordinatore",
        "nobody",
    ]
    assert list(metrics(reloaded)["own_band"]) == BANDS[lang]
