"""The ladder of any dataset in words, for texts that must not name the default roles."""

from __future__ import annotations

from careers.i18n import Translator
from careers.ladder import ladder_levels, ladder_roles, lateral_roles
from careers.models import Dataset


def ladder_chain(dataset: Dataset, lang: str) -> str:
    """The ladder's titles from the entry level up: `A → B → C`, roles on one level as `B / C`."""
    levels = ladder_levels(dataset)
    steps: dict[int, list[str]] = {}
    for role in ladder_roles(dataset):
        steps.setdefault(levels[role.id], []).append(role.title.get(lang))
    return " → ".join(" / ".join(titles) for _, titles in sorted(steps.items()))


def ladder_alt(dataset: Dataset, t: Translator) -> str:
    """A text alternative for the ladder chart, naming this dataset's roles."""
    laterals = ", ".join(r.title.get(t.lang) for r in lateral_roles(dataset))
    chain = ladder_chain(dataset, t.lang)
    if laterals:
        return t("data.any.chart_alt_lateral", ladder=chain, lateral=laterals)
    return t("data.any.chart_alt", ladder=chain)
