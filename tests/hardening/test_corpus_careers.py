"""Every hostile or broken file gets the message a user must read, in both languages."""

from __future__ import annotations

import pytest
import yaml

from careers import DatasetError, load_dataset
from careers.dataset.messages import describe
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from tests.hardening.corpus import BAD, HOSTILE_TEXTS, hostile_dataset


@pytest.mark.parametrize("case", BAD, ids=lambda case: case.name)
def test_bad_file_is_refused_with_its_message(case):
    with pytest.raises(DatasetError) as caught:
        load_dataset(case.raw)
    problem = caught.value.problems[0]
    assert problem.code == case.code
    assert problem.where() == case.where
    assert problem.line == case.line
    for lang, phrase in (("it", case.it), ("en", case.en)):
        message = describe(problem, Translator(lang))
        assert phrase in message
        if case.line:
            assert f"{'riga' if lang == 'it' else 'line'} {case.line}" in message
        assert len(message) < 600, "a message must stay readable, whatever the input"


def test_hostile_text_loads_as_plain_text_and_escapes_for_markdown():
    dataset = load_dataset(yaml.safe_dump(hostile_dataset(), allow_unicode=True).encode())
    title = dataset.roles[0].title.get("en")
    assert any(sample in title for sample in HOSTILE_TEXTS)
    escaped = md_escape("<script>x</script> [a](javascript:y)")
    assert "<script>" not in escaped and "](" not in escaped
