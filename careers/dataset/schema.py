"""The JSON Schema of the dataset format, generated from the models.

Run `python -m careers.dataset.schema` to rewrite docs/career_map.schema.json after a model change;
a unit test fails while the committed file is out of date.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from careers.dataset.models import Dataset

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "career_map.schema.json"


def json_schema() -> dict[str, Any]:
    """The JSON Schema of one dataset file, with YAML key names (`from`, `to`)."""
    schema = Dataset.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Call-center career map dataset"
    return schema


def render() -> str:
    """The schema file's text, stable across runs."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    SCHEMA_FILE.write_text(render(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")
