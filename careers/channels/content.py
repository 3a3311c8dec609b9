"""Inbound and outbound work side by side: the items of each channel, the shared ones, links."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from careers.dataset.models import Channel, Dataset
from careers.dataset.roles import Role
from careers.dataset.sources import Item
from careers.ladder.graph import lateral_roles
from careers.text.i18n import Translator

SHARED = "shared"
Group = Literal["activities", "duties", "experience", "common"]
GROUPS: tuple[Group, ...] = ("activities", "duties", "experience")
# Longest link value echoed back in a notice: enough to recognise it, too short to flood a page.
ECHO_LIMIT = 40


@dataclass(frozen=True)
class ChannelItem:
    """One item of the comparison: where it sits (a channel's column or the shared one) and what."""

    column: str
    group: Group
    item: Item

    @property
    def key(self) -> str:
        """A stable key for the item on the chart, unique across columns and groups."""
        return f"{self.column}/{self.group}/{self.item.id}"


def channel(dataset: Dataset, channel_id: str) -> Channel | None:
    """The channel with `channel_id`, or None when the dataset has none with that id."""
    return next((c for c in dataset.channels if c.id == channel_id), None)


def columns(dataset: Dataset) -> list[str]:
    """Column order of the comparison: the first channel, the shared duties, then the others."""
    ids = [c.id for c in dataset.channels]
    middle = [SHARED] if dataset.common_duties else []
    return ids[:1] + middle + ids[1:]


def comparison_items(dataset: Dataset) -> list[ChannelItem]:
    """Every activity, duty and experience item of every channel, then the shared duties."""
    items = [
        ChannelItem(c.id, group, item)
        for c in dataset.channels
        for group in GROUPS
        for item in getattr(c, group)
    ]
    return items + [ChannelItem(SHARED, "common", item) for item in dataset.common_duties]


def find_item(dataset: Dataset, key: str | None) -> ChannelItem | None:
    """The comparison item behind a chart key, or None when the key matches nothing."""
    return next((i for i in comparison_items(dataset) if i.key == key), None)


def resolve_focus(dataset: Dataset, requested: str | None) -> tuple[str | None, str | None]:
    """Which channel a `?channel=` link focuses.

    Returns:
        (focus, rejected): `focus` is a channel id or None for both sides; `rejected` is the
        link value (truncated) when it names no channel of the dataset, so the page can say so.
    """
    if requested is None or requested == "":
        return None, None
    if channel(dataset, requested) is not None:
        return requested, None
    return None, requested[:ECHO_LIMIT]


def comparison_frame(dataset: Dataset, lang: str) -> pd.DataFrame:
    """The chart's data as a table: column, group, label, full text and source of every item."""
    names = {c.id: c.name.get(lang) for c in dataset.channels}
    return pd.DataFrame(
        [
            {
                "column": entry.column,
                "channel": names.get(entry.column, ""),
                "group": entry.group,
                "item": label(entry.item, lang),
                "text": entry.item.text.get(lang),
                "source": dataset.cite(entry.item.source, lang),
            }
            for entry in comparison_items(dataset)
        ],
        columns=["column", "channel", "group", "item", "text", "source"],
    )


def column_names(dataset: Dataset, t: Translator) -> dict[str, str]:
    """The chart's column headings: each channel's name, and the shared column between."""
    return {c.id: c.name.get(t.lang) for c in dataset.channels} | {SHARED: t("channels.shared")}


def group_names(t: Translator) -> dict[str, str]:
    """The names of the item groups inside a column, in the chosen language."""
    return {
        "activities": t("channels.group.activities"),
        "duties": t("channels.group.duties"),
        "experience": t("channels.group.experience"),
        "common": t("channels.group.common"),
    }


def chart_table(dataset: Dataset, t: Translator) -> pd.DataFrame:
    """What the chart draws, as a user reads it: column, group, the label drawn, full text, source.

    Headers and group names are in the chosen language; the CSV download keeps the ids
    (`comparison_frame`).
    """
    names, groups = column_names(dataset, t), group_names(t)
    headers = [
        t("channels.col_column"),
        t("channels.col_group"),
        t("channels.col_item"),
        t("channels.col_text"),
        t("channels.col_source"),
    ]
    rows = [
        [
            names[entry.column],
            groups[entry.group],
            label(entry.item, t.lang),
            entry.item.text.get(t.lang),
            dataset.cite(entry.item.source, t.lang),
        ]
        for entry in comparison_items(dataset)
    ]
    return pd.DataFrame(rows, columns=headers)


def label(item: Item, lang: str) -> str:
    """The short name of an item: its title, else its text without the closing full stop."""
    return item.title.get(lang) if item.title else item.text.get(lang).rstrip(". ")


def evidence(dataset: Dataset, channel_id: str, item_ids: tuple[str, ...]) -> list[Item]:
    """The items of a channel (or shared duties) whose ids are in `item_ids`, in that order."""
    found = {
        entry.item.id: entry.item
        for entry in comparison_items(dataset)
        if entry.column in (channel_id, SHARED)
    }
    return [found[i] for i in item_ids if i in found]


# Words of six letters or more, compared on their first six: "tecnico" ~ "tecnico",
# "technician" ~ "technical". Shorter words are mostly articles and prepositions.
_STEM = 6
_WORD = re.compile(r"[^\W\d_]{6,}")


def _stems(text: str) -> set[str]:
    """The six-letter stems of the long words of a text, lower-cased."""
    return {w.casefold()[:_STEM] for w in _WORD.findall(text)}


def fitting_laterals(dataset: Dataset, channel_id: str) -> list[tuple[Role, Item]]:
    """Lateral roles whose name shares a word with an activity of the channel, in file order.

    Returns:
        (role, activity) pairs: the activity is the reason the role fits, to show beside it.
    """
    found = channel(dataset, channel_id)
    if found is None:
        return []
    fits = []
    for role in lateral_roles(dataset):
        role_stems = _stems(role.title.it) | _stems(role.title.en)
        for activity in found.activities:
            name = activity.title or activity.text
            if role_stems & (_stems(name.it) | _stems(name.en)):
                fits.append((role, activity))
                break
    return fits
