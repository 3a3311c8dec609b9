"""Live room through AppTest: the presenter's projector and participants' phones, both languages."""

from __future__ import annotations

import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from careers import DEFAULT_DATASET, load_dataset
from careers.rooms.codes import normalize_code
from tests.app.conftest import open_page, screen_text

DATASET = load_dataset(DEFAULT_DATASET)


def start_room(lang: str = "en", step: str = "2") -> tuple[AppTest, str, str]:
    """A presenter who opened a room at `step`: (their app, room code, presenter secret)."""
    at = open_page("workshop", lang, step=step)
    at.button(key="ws_start_room").click().run()
    assert not at.exception
    secret = at.query_params["present"]
    link = re.search(r"/workshop\?room=(\w+)", screen_text(at))
    assert link is not None
    code = link.group(1)
    assert normalize_code(code) == code
    return at, code, secret


def join(code: str, lang: str, **params: str) -> AppTest:
    """A participant's phone opening the room's link."""
    return open_page("workshop", lang, room=code, **params)


def pay_shown(at: AppTest) -> bool:
    """Whether any pay figure reached this page."""
    text = screen_text(at)
    return "USD" in text or "$" in text


def chart_counts(at: AppTest, question_id: str) -> list[int]:
    """The bar lengths of a question's results chart on the projector."""
    for chart in at.get("plotly_chart"):
        if f"ws_chart_{question_id}" in chart.proto.id:
            counts: list[int] = json.loads(chart.proto.spec)["data"][0]["x"]  # one bar per answer
            return counts
    raise AssertionError(f"no results chart for {question_id}")


@pytest.mark.parametrize("lang", ["it", "en"])
def test_presenter_starts_a_room_with_code_qr_and_a_private_link(lang):
    at, code, secret = start_room(lang, step="1")
    text = screen_text(at)
    assert {"it": "La sala è aperta", "en": "The room is open"}[lang] in text
    assert f"/workshop?room={code}" in text
    assert len(secret) >= 43
    assert at.get("image"), "the QR code is drawn on the title screen"
    assert {"it": "Persone in sala: 0", "en": "People in the room: 0"}[lang] in text


@pytest.mark.parametrize(("presenter_lang", "phone_lang"), [("it", "en"), ("en", "it")])
def test_a_phone_follows_in_its_own_language_without_pay_until_revealed(presenter_lang, phone_lang):
    at, code, _ = start_room(presenter_lang)
    phone = join(code, phone_lang)
    assert not phone.exception and not phone.error
    operator = DATASET.role("operatore")
    assert operator.title.get(phone_lang) in screen_text(phone)
    assert not pay_shown(phone)
    at.button(key="ws_reveal_operatore").click().run()
    phone.run()
    assert pay_shown(phone)
    at.button(key="ws_next").click().run()
    phone.run()
    assert DATASET.role("team_leader").title.get(phone_lang) in screen_text(phone)
    assert not pay_shown(phone)
    at.button(key="ws_hide_pay_button").click().run()
    at.button(key="ws_previous").click().run()
    phone.run()
    assert not pay_shown(phone)
    at.run()
    assert {"it": "Persone in sala: 1", "en": "People in the room: 1"}[presenter_lang] in (
        screen_text(at)
    )


def test_answers_are_counted_once_per_phone_changeable_and_refused_when_closed():
    at, code, _ = start_room("en")
    phones = [join(code, lang) for lang in ("it", "en", "en")]
    for phone, option in zip(phones, ["never", "never", "regularly"], strict=True):
        phone.radio(key="ws_answer_phone_experience").set_value(option).run()
        assert not phone.error
    at.run()
    assert chart_counts(at, "phone_experience") == [1, 0, 2]
    assert "Answers: 3" in screen_text(at)
    phones[0].radio(key="ws_answer_phone_experience").set_value("sometimes").run()
    at.run()
    assert chart_counts(at, "phone_experience") == [1, 1, 1]
    at.button(key="ws_close_phone_experience").click().run()
    phones[1].radio(key="ws_answer_phone_experience").set_value("regularly").run()
    assert "This question is closed" in phones[1].error[0].value
    assert phones[1].radio(key="ws_answer_phone_experience").value == "never"
    at.run()
    assert chart_counts(at, "phone_experience") == [1, 1, 1]


def test_hidden_results_show_only_the_count():
    at, code, _ = start_room("it")
    join(code, "it").radio(key="ws_answer_phone_experience").set_value("never").run()
    at.button(key="ws_results_button").click().run()
    assert not at.get("plotly_chart")
    assert "Risposte: 1" in screen_text(at)
    at.button(key="ws_results_button").click().run()
    assert chart_counts(at, "phone_experience") == [0, 0, 1]


def test_a_reload_rejoins_at_the_current_step_with_the_same_answers_and_no_new_person():
    at, code, _ = start_room("en")
    phone = join(code, "en")
    phone.radio(key="ws_answer_phone_experience").set_value("sometimes").run()
    participant = phone.query_params["p"]
    at.button(key="ws_next").click().run()
    at.button(key="ws_previous").click().run()
    again = join(code, "en", p=participant)  # a fresh session from the same link
    assert again.radio(key="ws_answer_phone_experience").value == "sometimes"
    at.run()
    assert "People in the room: 1" in screen_text(at)
    assert chart_counts(at, "phone_experience") == [0, 1, 0]


def test_the_presenter_link_restores_control_after_a_reload():
    at, code, secret = start_room("en", step="3")
    again = open_page("workshop", "en", present=secret)
    assert DATASET.role("team_leader").title.get("en") in screen_text(again)
    again.button(key="ws_next").click().run()
    phone = join(code, "it")
    assert DATASET.role("supervisore").title.get("it") in screen_text(phone)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_ending_the_room_tells_the_phones(lang):
    at, code, _ = start_room(lang)
    phone = join(code, lang)
    at.button(key="ws_end_room").click().run()
    assert {"it": "è terminata", "en": "has ended"}[lang] in screen_text(at)
    phone.run()
    assert {"it": "Questa sala è terminata", "en": "This room has ended"}[lang] in (
        screen_text(phone)
    )
    assert not [r for r in phone.radio if (r.key or "").startswith("ws_answer_")]
    assert join(code, lang).error  # a new phone is told too


@pytest.mark.parametrize(
    "value",
    ["", "ZZZZZZ", "<script>alert(1)</script>", "' OR 1=1 --", "A" * 5000, "../../etc", "٣٣٣٣٣٣"],
)
def test_hostile_room_codes_get_a_clear_message_and_a_code_box(value):
    phone = open_page("workshop", "en", room=value)
    assert not phone.exception
    assert "There is no open room with this code" in phone.error[0].value
    assert phone.text_input(key="ws_code")


@pytest.mark.parametrize("secret", ["x", "<b>", "A" * 43, "é" * 50])
def test_a_wrong_presenter_link_controls_nothing(secret):
    at = open_page("workshop", "it", present=secret)
    assert not at.exception
    assert "non è valido" in at.error[0].value
    assert at.button(key="ws_start_room")


@pytest.mark.parametrize("participant", ["", "<script>", "x" * 500, "../.."])
def test_a_hostile_participant_id_is_replaced_quietly(participant):
    _, code, _ = start_room("en")
    phone = join(code, "en", p=participant)
    assert not phone.exception and not phone.error
    assert phone.query_params["p"] != participant and len(phone.query_params["p"]) == 22


def test_the_participant_picks_a_language():
    _, code, _ = start_room("it")
    phone = join(code, "it")
    assert DATASET.role("operatore").title.get("it") in screen_text(phone)
    phone.segmented_control(key="ws_room_lang").set_value("en").run()
    assert DATASET.role("operatore").title.get("en") in screen_text(phone)
    assert phone.query_params["lang"] == "en"
