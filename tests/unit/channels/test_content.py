"""Inbound / outbound helpers: columns, items, link focus, the chart's table, fitting roles."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from careers import DEFAULT_DATASET, load_dataset
from careers.channels.content import (
    ChannelItem,
    columns,
    comparison_frame,
    comparison_items,
    evidence,
    find_item,
    fitting_laterals,
    label,
    resolve_focus,
)
from tests.conftest import SOURCE, as_yaml, small_dataset, text

DATASET = load_dataset(DEFAULT_DATASET)


def found(key: str) -> ChannelItem:
    """The default data's item behind a chart key; fails the test when there is none."""
    entry = find_item(DATASET, key)
    assert entry is not None, key
    return entry


def item(item_id: str, it: str, en: str, title: tuple[str, str] | None = None) -> dict[str, Any]:
    """A sourced item for a test dataset."""
    data = {"id": item_id, "text": text(it, en), "source": SOURCE}
    if title:
        data["title"] = text(*title)
    return data


def bank_dataset() -> dict[str, Any]:
    """The small dataset with a bank's two channels and a lateral role named like an activity."""
    data = copy.deepcopy(small_dataset())
    data["roles"][2]["title"] = text("Consulente assistenza conti", "Account assistance adviser")
    data["channels"] = [
        {
            "id": "inbound",
            "name": text("Banca in entrata", "Bank inbound"),
            "who_calls": item("who", "I correntisti chiamano.", "Account holders call."),
            "activities": [
                item("help", "Assistenza.", "Help.", ("Assistenza conti", "Account assistance"))
            ],
            "duties": [item("block_cards", "Bloccare le carte.", "Block cards.")],
        },
        {
            "id": "outbound",
            "name": text("Banca in uscita", "Bank outbound"),
            "who_calls": item("who", "La banca chiama.", "The bank calls."),
            "activities": [item("loans", "Mutui.", "Mortgages.", ("Mutui", "Mortgages"))],
        },
    ]
    data["common_duties"] = [item("log", "Registrare la chiamata.", "Log the call.")]
    return data


def test_default_columns_put_the_shared_duties_between_the_channels():
    assert columns(DATASET) == ["inbound", "shared", "outbound"]


def test_every_activity_duty_and_experience_is_an_item_with_a_unique_key():
    items = comparison_items(DATASET)
    inbound, outbound = DATASET.channels
    expected = (
        len(inbound.activities) + len(inbound.duties) + len(inbound.experience)
        + len(outbound.activities) + len(outbound.duties) + len(outbound.experience)
        + len(DATASET.common_duties)
    )  # fmt: skip
    assert len(items) == expected == 26
    assert len({i.key for i in items}) == len(items)
    assert found("outbound/activities/telesales").item.text.en == (
        "Telesales (up-selling and cross-selling)."
    )
    assert found("shared/common/crm_entry").group == "common"
    assert find_item(DATASET, "inbound/activities/telesales") is None
    assert find_item(DATASET, None) is None


@pytest.mark.parametrize(
    ("requested", "focus", "rejected"),
    [
        (None, None, None),
        ("", None, None),
        ("inbound", "inbound", None),
        ("outbound", "outbound", None),
        ("sideways", None, "sideways"),
        ("x" * 500, None, "x" * 40),
    ],
)
def test_link_focus_falls_back_to_both_sides(requested, focus, rejected):
    assert resolve_focus(DATASET, requested) == (focus, rejected)


def test_chart_table_has_one_row_per_item_with_its_source():
    frame = comparison_frame(DATASET, "it")
    assert len(frame) == 26
    row = frame[frame["item"] == "Televendite"].iloc[0]
    assert row["channel"] == "Call center in uscita (outbound)"
    assert row["text"] == "Televendite (up-selling e cross-selling)."
    assert row["source"] == (
        "[2] Operatore di call center, § Operatore di call center: descrizione del lavoro"
    )
    assert set(frame["column"]) == {"inbound", "shared", "outbound"}


def test_label_is_the_title_or_the_text_without_its_full_stop():
    duty = found("inbound/duties/receive_calls").item
    assert label(duty, "it") == "Ricevere telefonate dai clienti"
    assert label(found("inbound/activities/complaints").item, "en") == ("Complaint handling")


def test_lateral_roles_fit_the_channel_whose_activity_they_are_named_after():
    inbound = [(r.id, a.id) for r, a in fitting_laterals(DATASET, "inbound")]
    outbound = [(r.id, a.id) for r, a in fitting_laterals(DATASET, "outbound")]
    assert inbound == [("tecnico_help_desk", "technical_support")]
    assert outbound == [("operatore_telemarketing", "telemarketing")]
    assert fitting_laterals(DATASET, "nope") == []


def test_another_dataset_derives_its_own_columns_and_fits():
    bank = load_dataset(as_yaml(bank_dataset()))
    assert columns(bank) == ["inbound", "shared", "outbound"]
    assert [(r.id, a.id) for r, a in fitting_laterals(bank, "inbound")] == [("desk", "help")]
    assert fitting_laterals(bank, "outbound") == []
    assert [i.id for i in evidence(bank, "inbound", ("block_cards", "log", "loans"))] == [
        "block_cards",
        "log",
    ]


def test_without_channels_there_is_nothing_to_compare():
    plain = load_dataset(as_yaml(small_dataset()))
    assert columns(plain) == []
    assert comparison_items(plain) == []
    assert comparison_frame(plain, "en").empty
    assert resolve_focus(plain, "inbound") == (None, "inbound")
