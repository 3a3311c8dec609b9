"""UI strings exist in both languages, and the committed JSON Schema matches the models."""

from __future__ import annotations

import ast
import json
import re
import string
from pathlib import Path

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


# Every .py file of the app (tests excluded: a key only a test reads is not shown to anyone).
APP_CODE = [
    p for p in ROOT.rglob("*.py") if not {".venv", "tests", ".git"} & set(p.relative_to(ROOT).parts)
]
PLURAL_FORMS = ("zero", "one", "two", "few", "many", "other")
# Keys kept although no page asks for them yet, with why.
KEPT = {
    # careers/text/numbers.py: one message per NumberError code, for every page that reads a
    # typed number (number_message_fields); the codes are values, not key literals.
    "number.": "NumberError codes",
}
# Unused keys in per-page files, whose owners are editing them now: listed, not deleted.
# The test fails when one of them is used again or removed, so this list only shrinks.
KNOWN_UNUSED: dict[str, str] = {}


def _key_uses(path: Path) -> tuple[set[str], list[re.Pattern[str]]]:
    """The string literals of a file, and a pattern for each f-string or "prefix." + name.

    A literal may be a key passed as a value (dicts and lists of keys, arguments); an f-string
    such as t(f"problem.{code}") uses every key its pattern matches.
    """
    literals: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            literals.add(node.value)
            continue
        if isinstance(node, ast.JoinedStr):
            parts = list(node.values)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            parts = [node.left, node.right]
        else:
            continue
        # Only a fixed prefix names a group of keys: f"{key}.other" or f"{name}_open" would
        # match keys of other pages and hide that they are unused.
        first = parts[0]
        if not (
            isinstance(first, ast.Constant)
            and isinstance(first.value, str)
            and re.match("[a-z]", first.value)
        ):
            continue
        patterns.append(
            re.compile(
                "".join(
                    re.escape(p.value)
                    if isinstance(p, ast.Constant) and isinstance(p.value, str)
                    else r"[a-z0-9_.]+"
                    for p in parts
                )
            )
        )
    return literals, patterns


def _unused_keys() -> set[str]:
    """Keys of the locale files that no app code names, builds or passes on."""
    literals: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for path in APP_CODE:
        found, built = _key_uses(path)
        literals |= found
        patterns += built
    unused = set()
    for key in load_strings("it"):
        stem, _, last = key.rpartition(".")
        # t.plural("x.count", n) reads x.count.one / x.count.other.
        named = key in literals or (last in PLURAL_FORMS and stem in literals)
        if named or any(p.fullmatch(key) for p in patterns):
            continue
        if not any(key.startswith(prefix) for prefix in KEPT):
            unused.add(key)
    return unused


def test_key_scan_sees_literals_fstrings_and_plurals(tmp_path):
    code = tmp_path / "page.py"
    code.write_text(
        'KEYS = ["a.b"]\nt(f"problem.{code}")\nt.plural("x.count", n)\nt("nav." + stem)\n'
        't(f"{a}{b}")\n'
    )
    literals, patterns = _key_uses(code)
    assert {"a.b", "x.count"} <= literals
    assert [p.pattern for p in patterns] == [r"problem\.[a-z0-9_.]+", r"nav\.[a-z0-9_.]+"]
    assert patterns[0].fullmatch("problem.too_large") and not patterns[0].fullmatch("nav.home")


def test_no_locale_key_is_unused():
    unused = _unused_keys()
    assert unused - set(KNOWN_UNUSED) == set(), "keys nothing uses: remove them"
    assert set(KNOWN_UNUSED) - unused == set(), "used or removed now: drop from KNOWN_UNUSED"


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
    example = re.search(r"```yaml\n(format_version:.*?)```", guide, re.S)
    assert example is not None
    dataset = load_dataset(example.group(1).encode())
    assert len(dataset.roles) >= 2 and dataset.transitions
