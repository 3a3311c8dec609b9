"""The shared FAQ block: every entry as an expander with its answer and citation."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _page() -> None:
    """A page that draws only the FAQ block, in English."""
    from careers import DEFAULT_DATASET, load_dataset
    from careers.text.i18n import Translator
    from components.faq import faq_expanders

    faq_expanders(load_dataset(DEFAULT_DATASET), Translator("en"))


def test_every_entry_is_an_expander_with_its_answer_and_source():
    from careers import DEFAULT_DATASET, load_dataset

    dataset = load_dataset(DEFAULT_DATASET)
    at = AppTest.from_function(_page).run()
    assert not at.exception
    # Labels are Markdown with the dataset's text escaped.
    labels = [e.label.replace("\\", "") for e in at.expander]
    assert labels == [f.question.en for f in dataset.faq]
    assert at.caption[0].value.replace("\\", "").startswith("[1] Call-center job descriptions")
    answers = " ".join(m.value.replace("\\", "") for m in at.markdown)
    assert "significant real-world experience can often make up" in answers
