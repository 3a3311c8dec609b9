"""Counting answers for the chart and the CSV."""

from __future__ import annotations

from careers import DEFAULT_DATASET, load_dataset
from careers.rooms.questions import all_questions, channel_questions, rung_questions
from careers.rooms.results import results_frame, tally
from careers.workshop.steps import workshop_steps

DATASET = load_dataset(DEFAULT_DATASET)


def test_every_rung_of_the_default_data_has_a_question_in_both_languages():
    for step in workshop_steps(DATASET):
        if step.kind == "role":
            assert step.role_id is not None
            found = rung_questions(DATASET, step.role_id)
            assert found, step.role_id
            for q in found:
                assert q.text["it"] != q.text["en"]


def test_channel_quiz_questions_come_with_the_channels_page_texts():
    quiz = channel_questions(DATASET)
    assert [q.id for q in quiz][:2] == ["quiz_calls", "quiz_goal"]
    calls = quiz[0]
    assert calls.option_ids() == ("answer", "make", "either")
    assert "?" in calls.text["en"] and "?" in calls.text["it"]


def test_question_ids_are_unique_across_the_workshop():
    questions = all_questions(DATASET, workshop_steps(DATASET))
    assert len(questions) == 4 + 6


def test_tally_counts_every_option_in_order_and_drops_strangers():
    question = rung_questions(DATASET, "operatore")[0]
    result = tally(question, {"never": 3, "regularly": 1, "made_up": 50})
    assert result.counts == (("regularly", 1), ("sometimes", 0), ("never", 3))
    assert result.total == 4
    assert result.share("never") == 0.75


def test_results_frame_in_each_language():
    question = rung_questions(DATASET, "operatore")[0]
    frame = results_frame([tally(question, {"sometimes": 2})], "it")
    assert list(frame["option"]) == ["Sì, regolarmente", "Qualche volta", "Mai"]
    assert list(frame["answers"]) == [0, 2, 0]
    assert list(frame["share"]) == [0.0, 1.0, 0.0]
    assert frame["question"].iloc[0] == "Hai già lavorato al telefono con clienti o utenti?"
