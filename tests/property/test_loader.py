"""Broken datasets and byte strings: the loader raises only its own error, names a field or the
whole file with a line, and answers within its time limit."""

from __future__ import annotations

import time
from typing import Any

import yaml
from hypothesis import given
from hypothesis import strategies as st

from careers import DatasetError, load_dataset
from careers.dataset.messages import describe
from careers.text.i18n import Translator
from tests.property.strategies import valid_datasets, yaml_of

# Generous for two shared cores; a hostile file must never get near a second.
TIME_LIMIT_S = 1.0
ODD_VALUES: st.SearchStrategy[Any] = st.sampled_from(
    [None, True, "yes", "24.000", -1, 1e12, "", "\u200b", "\x07", [], {}, "x" * 5000, 0.5]
)
# Problems of the whole file, which no single line is the place of.
WHOLE_FILE = {"empty", "too_large", "utf16", "binary", "too_expanding"}
T = {lang: Translator(lang) for lang in ("it", "en")}


def _refused(raw: bytes) -> list[Any]:
    """Load `raw` expecting DatasetError only; check time, lines and messages of its problems."""
    started = time.perf_counter()
    try:
        load_dataset(raw)
    except DatasetError as exc:
        problems = exc.problems
    else:
        return []
    assert time.perf_counter() - started < TIME_LIMIT_S
    assert problems
    for problem in problems:
        if problem.code in WHOLE_FILE:
            continue
        assert problem.line is not None, problem
        for lang, t in T.items():
            message = describe(problem, t)
            assert "problem." not in message and "{" not in message.split(":", 1)[0], message
            assert ("riga " if lang == "it" else "line ") in message, message
    return problems


@st.composite
def broken_datasets(draw: st.DrawFn) -> dict[str, Any]:
    """A valid dataset with one to three fields replaced, removed or added at random."""
    document = draw(valid_datasets())
    for _ in range(draw(st.integers(1, 3))):
        node: Any = document
        while isinstance(node, dict | list) and node and draw(st.booleans()):
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            child = node[draw(st.sampled_from(keys))]
            if not isinstance(child, dict | list) or not child:
                break
            node = child
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(list(node)))
            action = draw(st.sampled_from(["replace", "remove", "add"]))
            if action == "replace":
                node[key] = draw(ODD_VALUES)
            elif action == "remove":
                del node[key]
            else:
                node[draw(st.sampled_from(["extra", "Roles", "max", "it"]))] = draw(ODD_VALUES)
        elif isinstance(node, list) and node:
            node[draw(st.integers(0, len(node) - 1))] = draw(ODD_VALUES)
    return document


@given(broken_datasets())
def test_broken_datasets_get_only_the_loaders_own_error(document):
    raw = yaml.safe_dump(document, allow_unicode=True, sort_keys=False).encode()
    _refused(raw)


@given(valid_datasets(), st.data())
def test_mangled_text_gets_only_the_loaders_own_error(document, data):
    raw = bytearray(yaml_of(document))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at : at + 1] = data.draw(
            st.sampled_from([b"", b":", b"- ", b"\t", b'"', b"[", b"&a ", b"*a", b"\x07", b"\xff"])
        )
    _refused(bytes(raw))


@given(st.binary(max_size=400))
def test_any_bytes_get_only_the_loaders_own_error(raw):
    _refused(raw)
