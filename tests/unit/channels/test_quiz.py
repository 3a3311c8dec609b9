"""The 'which suits me?' scoring: each outcome, ties, partial answers, and its ties to the data."""

from __future__ import annotations

import pytest

from careers import DEFAULT_DATASET, load_dataset
from careers.channels.content import evidence
from careers.channels.quiz import answers_by_side, leaning_sides, score
from careers.dataset.fields import Text
from careers.dataset.questions import QuizOption, QuizQuestion
from tests.conftest import as_yaml, small_dataset

DATASET = load_dataset(DEFAULT_DATASET)
QUESTIONS = DATASET.quiz


def leaning_to(side: str) -> dict[str, str]:
    """For every question, the answer that gives 2 points to `side` ("both" = the neutral one)."""
    answers = {}
    for question in QUESTIONS:
        for option in question.options:
            points = {"inbound": option.inbound, "outbound": option.outbound}
            if (side == "both" and option.inbound == option.outbound) or points.get(side) == 2:
                answers[question.id] = option.id
    return answers


def test_all_inbound_answers_lean_inbound():
    result = score(leaning_to("inbound"), QUESTIONS)
    assert result.complete and result.missing == ()
    assert result.totals == {"inbound": 12, "outbound": 0}
    assert result.leaning == "inbound"


def test_all_outbound_answers_lean_outbound():
    result = score(leaning_to("outbound"), QUESTIONS)
    assert result.totals == {"inbound": 0, "outbound": 12}
    assert result.leaning == "outbound"


def test_neutral_answers_tie_and_lean_both():
    result = score(leaning_to("both"), QUESTIONS)
    assert result.totals == {"inbound": 6, "outbound": 6}
    assert result.leaning == "both"
    assert leaning_sides(result.leaning) == ("inbound", "outbound")


def test_three_each_way_is_a_tie():
    inbound, outbound = leaning_to("inbound"), leaning_to("outbound")
    ids = [q.id for q in QUESTIONS]
    answers = {i: inbound[i] for i in ids[:3]} | {i: outbound[i] for i in ids[3:]}
    assert score(answers, QUESTIONS).leaning == "both"


def test_one_answer_more_tips_the_balance():
    inbound, neutral = leaning_to("inbound"), leaning_to("both")
    answers = dict(neutral, calls=inbound["calls"])
    result = score(answers, QUESTIONS)
    assert result.totals == {"inbound": 7, "outbound": 5}
    assert result.leaning == "inbound"


def test_partial_answers_give_no_leaning_and_name_what_is_missing():
    answers: dict[str, str | None] = dict(leaning_to("outbound"))
    del answers["goal"]
    answers["results"] = None
    result = score(answers, QUESTIONS)
    assert not result.complete
    assert result.missing == ("goal", "results")
    assert result.leaning is None
    assert result.totals == {"inbound": 0, "outbound": 8}
    assert score({}, QUESTIONS).missing == tuple(q.id for q in QUESTIONS)


def test_an_answer_the_question_does_not_have_is_refused():
    with pytest.raises(ValueError, match="no answer 'maybe'"):
        score({"calls": "maybe"}, QUESTIONS)


def test_every_answer_hands_out_two_points_as_the_page_says():
    for question in QUESTIONS:
        assert len(question.options) == 3
        for option in question.options:
            assert option.inbound + option.outbound == 2, (question.id, option.id)
            assert {option.inbound, option.outbound} in ({0, 2}, {1})


def test_leaning_answers_point_to_items_of_their_side_in_the_sources():
    for question in QUESTIONS:
        for option in question.options:
            if option.inbound == option.outbound:
                assert option.evidence == []
                continue
            side = "inbound" if option.inbound > option.outbound else "outbound"
            found = [item.id for item in evidence(DATASET, side, tuple(option.evidence))]
            assert found == list(option.evidence), (question.id, option.id)


def test_answers_are_grouped_by_the_side_they_lean_to():
    answers = leaning_to("both") | {"calls": "answer", "goal": "persuade"}
    grouped = answers_by_side(answers, QUESTIONS)
    assert [(q.id, o.id) for q, o in grouped["inbound"]] == [("calls", "answer")]
    assert [(q.id, o.id) for q, o in grouped["outbound"]] == [("goal", "persuade")]
    assert [q.id for q, _ in grouped["both"]] == [
        "complaints",
        "strangers",
        "results",
        "experience",
    ]


def _text(words: str) -> Text:
    return Text(it=words, en=words)


def test_a_quiz_of_ones_own_is_scored_the_same_way():
    options = [
        QuizOption(id="a", text=_text("A"), inbound=3, outbound=0),
        QuizOption(id="b", text=_text("B"), inbound=0, outbound=1),
    ]
    quiz = [QuizQuestion(id="q", text=_text("Q?"), options=options)]
    assert score({"q": "b"}, quiz).leaning == "outbound"
    assert score({"q": "a"}, quiz).totals == {"inbound": 3, "outbound": 0}


def test_the_quiz_is_data_a_file_can_bring_its_own():
    data = small_dataset()
    data["quiz"] = [
        {
            "id": "night",
            "text": {"it": "Turni di notte?", "en": "Night shifts?"},
            "options": [
                {"id": "yes", "text": {"it": "Sì", "en": "Yes"}, "inbound": 2, "outbound": 0},
                {"id": "no", "text": {"it": "No", "en": "No"}, "inbound": 0, "outbound": 2},
            ],
        }
    ]
    quiz = load_dataset(as_yaml(data)).quiz
    assert [q.text.en for q in quiz] == ["Night shifts?"]
    assert score({"night": "no"}, quiz).leaning == "outbound"


@pytest.mark.parametrize("lang", ["it", "en"])
def test_every_question_and_answer_has_its_text_in_the_data(lang):
    for question in QUESTIONS:
        assert question.text.get(lang).strip()
        assert all(option.text.get(lang).strip() for option in question.options)
    # Each answer completes its stem: the Italian stem once ended in "nel…" before "nessuno".
    stem = QUESTIONS[-1].text.get(lang)
    answers = [option.text.get(lang) for option in QUESTIONS[-1].options]
    if lang == "it":
        assert stem.endswith("riguarda soprattutto…")
        assert answers == [
            "…il servizio clienti",
            "…il marketing o le vendite",
            "…né l'uno né l'altro, o tutti e due",
        ]
