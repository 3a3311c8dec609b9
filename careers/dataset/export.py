"""A dataset back to YAML text in the documented format, so a download can be uploaded again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from careers.dataset.models import Dataset

# An invented dataset shipped to try the upload with; its own file says it is not real data.
EXAMPLE_DATASET = (
    Path(__file__).resolve().parents[2] / "data" / "examples" / "banca_contact_center.yaml"
)
# libyaml's dumper writes the same text as the pure-Python one, five times faster.
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
HEADER = "# Career-map dataset, format_version 1: see docs/data-format.md for the format.\n"


def dump_dataset(dataset: Dataset) -> str:
    """The dataset as YAML text that `load_dataset` reads back into an equal Dataset.

    Defaults are left out (a role's `track: ladder`, a band's `estimate: false`...), so the file
    reads like one written by hand; whole numbers are written without a decimal point.
    """
    document = _tidy(dataset.model_dump(by_alias=True, exclude_defaults=True, mode="json"))
    body = yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return HEADER + body


def _tidy(node: Any) -> Any:
    """Write 32000.0 as 32000: the same number once loaded, and what a person would type."""
    if isinstance(node, dict):
        return {key: _tidy(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_tidy(value) for value in node]
    if isinstance(node, float) and node.is_integer():
        return int(node)
    return node
