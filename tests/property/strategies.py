"""Hypothesis strategies for datasets: valid ones of every shape, and broken files."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from tests.conftest import as_yaml


def source_ref() -> dict[str, str]:
    """A reference to the generated source, a new dict each time: the broken-file strategy edits
    documents in place, and a shared dict would carry its edits into later examples."""
    return {"source": "src", "section": "Ruoli"}


WORDS = st.sampled_from(["Agente", "Capo", "Banco", "Città", "Über", "Nō", "A&B", "x_y", "Ω"])


@st.composite
def texts(draw: st.DrawFn) -> dict[str, str]:
    """A bilingual text of one or two words."""
    it = " ".join(draw(st.lists(WORDS, min_size=1, max_size=2)))
    return {"it": it, "en": draw(st.sampled_from([it, f"{it} en"]))}


@st.composite
def bands(draw: st.DrawFn) -> dict[str, Any] | None:
    """A salary band: missing, open-ended, equal bounds, zero, cents, any currency and period."""
    if draw(st.booleans()) and draw(st.booleans()):
        return None
    low = draw(st.sampled_from([0, 0.0, 14.5, 1200, 32000, 99999.99]))
    band: dict[str, Any] = {
        "currency": draw(st.sampled_from(["EUR", "USD", "GBP", "CHF"])),
        "period": draw(st.sampled_from(["year", "month", "hour"])),
        "min": low,
    }
    top = draw(st.sampled_from(["equal", "above", "open", "open_with_max"]))
    if top == "equal":
        band["max"] = low
    elif top == "above":
        band["max"] = low + draw(st.sampled_from([0.25, 1, 5000]))
    elif top == "open":
        band["open_ended"] = True
    else:
        band.update(max=low + 1000, open_ended=True)
    if draw(st.booleans()):
        band.update(estimate=True, basis={"it": "Stima", "en": "Estimate"})
    else:
        band["source"] = source_ref()
    return band


@st.composite
def valid_datasets(draw: st.DrawFn) -> dict[str, Any]:
    """A valid dataset: ladders with branches, lateral-only, long ladders, channels or not."""
    n_ladder = draw(st.integers(0, 5))
    n_lateral = draw(st.integers(0 if n_ladder else 1, 2))
    skills = [
        {"id": f"s{i}", "name": draw(texts()), "area": "area"}
        for i in range(draw(st.integers(0, 3)))
    ]
    roles: list[dict[str, Any]] = []
    for i in range(n_ladder + n_lateral):
        role: dict[str, Any] = {"id": f"r{i}", "title": draw(texts())}
        if i >= n_ladder:
            role["track"] = "lateral"
        by_id = st.lists(st.sampled_from(skills), unique_by=lambda s: str(s["id"]))
        chosen = draw(by_id) if skills else []
        role["skills"] = [{"skill": s["id"], "source": source_ref()} for s in chosen]
        band = draw(bands())
        if band:
            role["salary"] = band
        roles.append(role)
    transitions: list[dict[str, Any]] = []
    for i in range(1, n_ladder):
        # A tree: each rung above the first is reached from one below (branches when shared).
        parent = draw(st.integers(max(0, i - 2), i - 1))
        transitions.append({"from": f"r{parent}", "to": f"r{i}", "kind": "promotion"})
    for j in range(n_ladder, n_ladder + n_lateral):
        if n_ladder and draw(st.booleans()):
            start = f"r{draw(st.integers(0, n_ladder - 1))}"
            transitions.append({"from": start, "to": f"r{j}", "kind": "lateral"})
            if draw(st.booleans()):
                transitions.append({"from": f"r{j}", "to": start, "kind": "lateral"})
    for move in transitions:
        move["source"] = source_ref()
        # A note drawing on a second source cites both (format: also_sources).
        if draw(st.booleans()):
            move["note"] = draw(texts())
            move["also_sources"] = [source_ref()]
    source: dict[str, Any] = {"id": "src", "title": draw(texts())}
    if draw(st.booleans()):
        source["title_note"] = draw(texts())
    # A section is its heading, or the heading with an English name to show beside it.
    source["sections"] = [draw(st.sampled_from(["Ruoli", {"it": "Ruoli", "en": "Roles"}]))]
    document: dict[str, Any] = {
        "format_version": 1,
        "id": "generated",
        "name": draw(texts()),
        "sources": [source],
        "skill_areas": [{"id": "area", "name": draw(texts())}],
        "skills": skills,
        "roles": roles,
        "transitions": transitions,
    }
    if draw(st.booleans()):
        document["channels"] = [
            _channel("inbound", draw(texts())),
            _channel("outbound", draw(texts())),
        ]
    return document


def _channel(channel_id: str, name: dict[str, str]) -> dict[str, Any]:
    """A channel with one activity."""
    item = {"id": f"{channel_id}_who", "text": name, "source": source_ref()}
    return {
        "id": channel_id,
        "name": name,
        "who_calls": item,
        "activities": [{**item, "id": f"{channel_id}_act"}],
    }


def yaml_of(document: dict[str, Any]) -> bytes:
    """The dataset as an upload's bytes."""
    return as_yaml(document)
