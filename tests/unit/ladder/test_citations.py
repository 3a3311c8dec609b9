"""Page notes: each cited (source, section) numbered once, in order, with its words in full."""

from __future__ import annotations

from careers import DEFAULT_DATASET, load_dataset
from careers.dataset.sources import SourceRef
from careers.text.i18n import Translator
from components.citations import Citations, numbers_of, sources_lines, superscript

DATASET = load_dataset(DEFAULT_DATASET)


def test_superscript_numbers():
    assert superscript(1) == "¹" and superscript(10) == "¹⁰" and superscript(27) == "²⁷"


def test_each_source_section_gets_one_number_in_order_of_first_use():
    cites = Citations(DATASET, Translator("en"))
    operator = DATASET.role("operatore")
    first, second = operator.responsibilities[0].source, operator.education[1].source
    assert cites.mark(first) == ":gray[¹]"
    assert cites.mark(first) == ":gray[¹]"  # the same section keeps its number
    assert cites.number(second) == 2 and cites.count == 2
    assert numbers_of(cites, [second, first, second]) == [2, 1]


def test_a_note_names_the_source_and_section_escaped():
    cites = Citations(DATASET, Translator("it"))
    ref = DATASET.role("team_leader").responsibilities[0].source
    number = cites.number(ref)
    note = cites.note(number)
    assert note.startswith("¹ ")
    assert DATASET.sources[0].title.it in note.replace("\\", "")
    assert str(ref.section) in note.replace("\\", "")


def test_hostile_section_text_stays_text():
    cites = Citations(DATASET, Translator("en"))
    ref = SourceRef(source=DATASET.sources[0].id, section="[x](http://evil) <b>")
    note = cites.note(cites.number(ref))
    assert "](" not in note and "<b>" not in note


def test_sources_are_listed_by_title_not_file_name():
    lines = sources_lines(DATASET, Translator("en"))
    assert len(lines) == len(DATASET.sources)
    assert lines[0].replace("\\", "").startswith(f"[1] {DATASET.sources[0].title.en}")
    assert not any(".txt" in line for line in lines)
