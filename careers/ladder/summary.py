"""The ladder of any dataset in words, for texts that must not name the default roles."""

from __future__ import annotations

import pandas as pd

from careers.dataset.models import Dataset
from careers.ladder.graph import ladder_levels, ladder_roles, lateral_roles
from careers.text.formatting import format_band
from careers.text.i18n import Translator

# A sentence naming hundreds of roles per step reads as noise: name a few, count the rest.
PER_STEP = 4


def _some(titles: list[str]) -> str:
    """Up to PER_STEP titles joined by ` / `, then `… (+N)` for the ones left out."""
    shown = " / ".join(titles[:PER_STEP])
    return f"{shown} / … (+{len(titles) - PER_STEP})" if len(titles) > PER_STEP else shown


def ladder_chain(dataset: Dataset, lang: str) -> str:
    """The ladder's titles from the entry level up: `A → B → C`, roles on one level as `B / C`.

    A level with more than PER_STEP roles names the first ones and counts the others.
    """
    levels = ladder_levels(dataset)
    steps: dict[int, list[str]] = {}
    for role in ladder_roles(dataset):
        steps.setdefault(levels[role.id], []).append(role.title.get(lang))
    return " → ".join(_some(titles) for _, titles in sorted(steps.items()))


def ladder_alt(dataset: Dataset, t: Translator) -> str:
    """A text alternative for the ladder chart, naming this dataset's roles."""
    laterals = _some([r.title.get(t.lang) for r in lateral_roles(dataset)]).replace(" / ", ", ")
    chain = ladder_chain(dataset, t.lang)
    if laterals:
        return t("ladder.chart_alt_lateral", ladder=chain, lateral=laterals)
    return t("ladder.chart_alt", ladder=chain)


def ladder_chart_table(dataset: Dataset, t: Translator, *, with_pay: bool) -> pd.DataFrame:
    """What the ladder chart draws, as rows: one per role, in the chart's order.

    Columns: `role`, `track` (in words, as the legend says), `level` (1 = entry step, empty for
    lateral roles), `band` (only `with_pay`, as printed beside the step), `estimate` (drawn in
    its own colour) and `leads_to` (the roles its arrows point to).
    """
    levels = ladder_levels(dataset)
    titles = {r.id: r.title.get(t.lang) for r in dataset.roles}
    targets: dict[str, list[str]] = {}
    for move in dataset.transitions:
        if move.from_role in titles and move.to_role in titles:
            targets.setdefault(move.from_role, []).append(titles[move.to_role])
    track_words = {"ladder": t("ladder.legend_ladder"), "lateral": t("ladder.legend_lateral")}
    rows = []
    for role in ladder_roles(dataset) + lateral_roles(dataset):
        band = role.salary
        row = {
            "role": titles[role.id],
            "track": track_words[role.track],
            "level": levels[role.id] + 1 if role.id in levels else None,
        }
        if with_pay:
            row["band"] = format_band(band, t) if band else t("band.none_short")
        row["estimate"] = bool(band and band.estimate)
        row["leads_to"] = ", ".join(targets.get(role.id, []))
        rows.append(row)
    columns = ["role", "track", "level", *(["band"] if with_pay else []), "estimate", "leads_to"]
    frame = pd.DataFrame(rows, columns=columns)
    frame["level"] = frame["level"].astype("Int64")
    return frame
