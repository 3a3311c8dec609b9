"""UI strings exist in both languages, and the committed JSON Schema matches the models."""

from __future__ import annotations

import json
import re
import string

import jsonschema
import pytest
import yaml

from careers import DEFAULT_DATASET, load_dataset
from careers.dataset.schema import SCHEMA_FILE, render
from careers.text.i18n import load_strings
from tests.app.conftest import PAGES
from tests.conftest import ROOT

CODE = [
    p
    for d in ("app.py", "app_pages", "components", "careers")
    for p in ([ROOT / d] if d.endswith(".py") else (ROOT / d).rglob("*.py"))
]
# Keys built at run time from a fixed set of names (t(f"period.{band.period}") and so on).
DYNAMIC_KEYS = {
    "period": ["year", "month", "hour"],
    "necessity": ["required", "preferred", "informative"],
    "ladder.legend": ["ladder", "estimate", "selected", "lateral"],
    # Notice keys handed to app_pages/_session.follow_role_link.
    "ladder": ["unknown_role"],
    "job_description": ["unknown_role"],
    "nav": [stem for stem in PAGES if stem != "home"],  # app.py: t(f"nav.{stem}")
    "home": [
        f"{who}.{part}" for who in ("seeker", "hr", "manager") for part in ("title", "text", "link")
    ],
}


def _fields(template: str) -> set[str]:
    """The {placeholders} of a string."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_have_the_same_keys_and_placeholders():
    it, en = load_strings("it"), load_strings("en")
    assert set(it) - set(en) == set(), "keys missing in en.yaml"
    assert set(en) - set(it) == set(), "keys missing in it.yaml"
    for key in it:
        assert _fields(it[key]) == _fields(en[key]), key
        assert it[key].strip() and en[key].strip(), key


def test_every_key_the_code_asks_for_exists():
    used = set()
    for path in CODE:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+(?:\.[a-z_]+)+)["']""", path.read_text()))
    for prefix, names in DYNAMIC_KEYS.items():
        sep = "_" if prefix == "ladder.legend" else "."
        used |= {f"{prefix}{sep}{name}" for name in names}
    assert len(used) > 40
    for lang in ("it", "en"):
        missing = sorted(used - set(load_strings(lang)))
        assert missing == [], f"{lang}: {missing}"


def test_committed_schema_is_current():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == render(), (
        "docs/career_map.schema.json is stale: run `.venv/bin/python -m careers.dataset.schema`"
    )


def test_default_dataset_passes_the_json_schema():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    document = yaml.safe_load(DEFAULT_DATASET.read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    broken = {**document, "roles": "not a list"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_the_minimal_example_in_the_guide_loads():
    guide = (ROOT / "docs" / "data-format.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(format_version:.*?)```", guide, re.S).group(1)
    dataset = load_dataset(example.encode())
    assert len(dataset.roles) >= 2 and dataset.transitions
