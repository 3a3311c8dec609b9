"""The inbound / outbound page: the sources on screen, the chart, links, the quiz, other data."""

from __future__ import annotations

from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from careers import DEFAULT_DATASET, load_dataset
from tests.app.conftest import (
    APP,
    away_and_back,
    chart_spec,
    click_point,
    open_expander,
    open_page,
    plain,
    screen_text,
)
from tests.conftest import as_yaml, small_dataset
from tests.unit.channels.test_content import bank_dataset

DATASET = load_dataset(DEFAULT_DATASET)
QUESTIONS = DATASET.quiz

# Literal phrases of the source article (and their English), so the test fails if the dataset
# or the page loses them, whatever the dataset says.
PHRASES = {
    "it": [
        "Ricevere telefonate dai clienti",
        "Reindirizzare i ticket non risolti al livello successivo di supporto",
        "Effettuare chiamate a una lista di contatti telefonici",
        "Generare script e fissare appuntamenti per i venditori",
        "Televendite (up-selling e cross-selling)",
        "Prendere appuntamenti con il personale di vendita (lead generation)",
        "Sondaggi di opinione",
        "Seguire gli script forniti dall'azienda",
        "si parla più propriamente di contact center",
        "KPI di produttività",
        "Le banche spesso assumono operatori di call center",
        "personalizzato dall'operatore per essere il più efficace possibile",
    ],
    "en": [
        "Receive phone calls from customers",
        "Pass unresolved tickets on to the next support level",
        "Make calls to a list of phone contacts",
        "Telesales (up-selling and cross-selling)",
        "Booking appointments for the sales staff (lead generation)",
        "Opinion polls",
        "Follow the scripts supplied by the company",
        "the proper term is contact center",
        "productivity KPIs",
        "Banks often hire call-center operators",
        "personalised by the operator to be as effective as possible",
    ],
}


def open_with(data: dict[str, Any], lang: str = "en", **params: str) -> AppTest:
    """The page on a dataset of one's own, as an upload would leave it in the session."""
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["lang"] = lang
    for name, value in params.items():
        at.query_params[name] = value
    at.session_state["dataset"] = load_dataset(as_yaml(data))
    at.run()
    return at.switch_page("app_pages/channels.py").run()


def answer(at: AppTest, side: str) -> AppTest:
    """Answer every question towards `side` ("both" = the neutral answers) and submit."""
    for question in QUESTIONS:
        for option in question.options:
            points = {"inbound": option.inbound, "outbound": option.outbound}
            if (side == "both" and option.inbound == option.outbound) or points.get(side) == 2:
                at.radio(key=f"channels_q_{question.id}").set_value(option.id)
    return at.button(key="channels_quiz_submit").click().run()


def page_links(at: AppTest) -> list[tuple[str, str]]:
    """(label as read, query string) of every page link on screen."""
    return [(plain(link.proto.label), link.proto.query_string) for link in at.get("page_link")]


@pytest.mark.parametrize("lang", ["it", "en"])
def test_every_activity_and_duty_of_the_sources_is_on_screen(lang):
    at = open_page("channels", lang)
    assert not at.exception
    text = screen_text(at)
    for found in DATASET.channels:
        assert found.name.get(lang) in text
        assert found.who_calls.text.get(lang) in text
        for item in found.activities + found.duties + found.experience:
            assert item.text.get(lang) in text, item.id
            if item.title:
                assert item.title.get(lang) in text
    for item in DATASET.common_duties + DATASET.work_conditions + DATASET.sectors:
        assert item.text.get(lang) in text, item.id
    assert DATASET.script is not None and DATASET.script.text.get(lang) in text
    for phrase in PHRASES[lang]:
        assert phrase in text, phrase
    assert ("Non è un test psicometrico validato" if lang == "it" else "not a validated") in text


@pytest.mark.parametrize("lang", ["it", "en"])
def test_chart_shows_both_channels_with_the_shared_duties_between(lang):
    at = open_page("channels", lang)
    _, spec = chart_spec(at, "channels_chart_all")
    names = [trace["name"] for trace in spec["data"]]
    assert names == [
        DATASET.channels[0].name.get(lang),
        "In comune" if lang == "it" else "Shared by both",
        DATASET.channels[1].name.get(lang),
    ]
    labels = " ".join(t.replace("<br>", " ") for trace in spec["data"] for t in trace["text"])
    assert ("Gestione dei reclami" if lang == "it" else "Complaint handling") in labels
    assert ("Televendite" if lang == "it" else "Telesales") in labels
    assert spec["layout"]["xaxis"]["fixedrange"] is True


def test_clicking_an_item_shows_its_source_sentence():
    at = open_page("channels", "en")
    assert "Click an item of the chart" in screen_text(at)
    at = click_point(at, "channels_chart_all", "outbound/activities/lead_generation")
    assert not at.exception
    text = screen_text(at)
    assert "**From the source** · Appointments for salespeople" in text
    assert "> Booking appointments for the sales staff (lead generation)." in text
    assert "[2] Call-center operator, § Operatore di call center: descrizione del lavoro" in text
    _, spec = chart_spec(at, "channels_chart_all")
    outbound = spec["data"][2]
    index = outbound["customdata"].index("outbound/activities/lead_generation")
    assert outbound["marker"]["line"]["width"][index] > 0


def test_the_phone_chart_is_stacked_and_a_tap_on_it_opens_the_item():
    at = open_page("channels", "it")
    _, spec = chart_spec(at, "channels_chart_narrow_all")
    assert {x for trace in spec["data"] for x in trace["x"]} == {0.04}
    at = click_point(at, "channels_chart_narrow_all", "inbound/duties/handle_complaints")
    assert not at.exception
    assert "**Dalla fonte** · " in screen_text(at)


@pytest.mark.parametrize("side", ["inbound", "outbound"])
def test_channel_link_focuses_one_side(side):
    at = open_page("channels", "en", channel=side)
    assert not at.exception and not at.warning
    assert at.segmented_control(key="channels_focus").value == side
    assert at.query_params["channel"] == side
    _, spec = chart_spec(at, f"channels_chart_{side}")
    other = 2 if side == "inbound" else 0
    assert spec["data"][other]["marker"]["color"] == "#A0A7B1"
    focused_name = {"inbound": "Inbound call center", "outbound": "Outbound call center"}[side]
    subheaders = [plain(s.value) for s in at.header]
    # The focused channel's column comes first, marked as in focus.
    first_column = next(s for s in subheaders if "call center" in s)
    assert first_column.startswith(focused_name) and "in focus" in first_column


def test_changing_the_focus_updates_the_link():
    at = open_page("channels", "it")
    at.segmented_control(key="channels_focus").set_value("outbound").run()
    assert at.query_params["channel"] == "outbound"
    at.segmented_control(key="channels_focus").set_value("all").run()
    assert "channel" not in at.query_params


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("sideways", "“sideways”"),
        ("<script>alert(1)</script>", "“<script>alert(1)</script>”"),
        ("x" * 300, "“" + "x" * 40 + "”"),
    ],
)
def test_bad_channel_link_shows_a_notice_and_both_sides(value, shown):
    at = open_page("channels", "en", channel=value)
    assert not at.exception
    notice = plain(at.warning[0].value)
    assert shown in notice and "showing both sides" in notice
    assert at.segmented_control(key="channels_focus").value == "all"
    assert "channel" not in at.query_params
    chart_spec(at, "channels_chart_all")


@pytest.mark.parametrize(
    ("lang", "side", "message", "lateral"),
    [
        ("en", "inbound", "You lean towards inbound: 12 points to 0.", "tecnico_help_desk"),
        ("it", "outbound", "Pendi verso l'outbound: 12 punti contro 0.", "operatore_telemarketing"),
        ("en", "both", "You are halfway: 6 inbound points and 6 outbound.", None),
    ],
)
def test_quiz_answers_lead_to_each_outcome_with_reasons_and_roles(lang, side, message, lateral):
    at = answer(open_page("channels", lang), side)
    assert not at.exception
    assert plain(at.success[0].value).startswith(message)
    links = page_links(at)
    assert links[0][1] == f"role=operatore&lang={lang}"
    laterals = [query for _, query in links[1:]]
    if lateral:
        assert laterals == [f"role={lateral}&lang={lang}"]
    else:
        assert laterals == [
            f"role=tecnico_help_desk&lang={lang}",
            f"role=operatore_telemarketing&lang={lang}",
        ]
    text = screen_text(at)
    if side == "inbound":
        assert "Towards: Inbound call center" in text
        assert "Receive phone calls from customers :gray[[2] § Compiti e doveri" in text
        assert "No answer leans this way." in text
    if side == "outbound":
        assert "Registrare ordini, acquisti e abbonamenti :gray[[2] § Compiti e doveri" in text
    if side == "both":
        assert "Neutral answers, 1 point to each side" in text


def test_quiz_with_unanswered_questions_asks_for_them_and_keeps_the_answers():
    at = open_page("channels", "en")
    at.radio(key="channels_q_calls").set_value("make")
    at.radio(key="channels_q_experience").set_value("service")
    at = at.button(key="channels_quiz_submit").click().run()
    assert not at.exception and not at.success
    notice = plain(at.warning[0].value)
    assert "To see the result, also answer these questions" in notice
    assert "2. What gives you more satisfaction?" in notice
    assert "1. On the phone" not in notice and "6. So far" not in notice
    assert at.radio(key="channels_q_calls").value == "make"
    assert at.radio(key="channels_q_experience").value == "service"
    assert page_links(at) == []


def test_scoring_rule_is_shown_before_answering():
    at = open_page("channels", "en")
    table = at.dataframe[-1].value
    assert list(table.columns) == ["Question", "Answer", "Inbound points", "Outbound points"]
    assert len(table) == 18
    row = table[table["Answer"] == "Call the people on a contact list myself"].iloc[0]
    assert (row["Inbound points"], row["Outbound points"]) == (0, 2)
    assert "on equal points the result is “both”" in screen_text(at)


def with_quiz(data: dict[str, Any]) -> dict[str, Any]:
    """`data` with the default dataset's quiz (its evidence ids may name nothing there)."""
    return data | {"quiz": [q.model_dump(exclude_defaults=True) for q in QUESTIONS]}


def test_another_dataset_with_its_own_roles_and_channels():
    at = open_with(with_quiz(bank_dataset()), "en")
    assert not at.exception
    text = screen_text(at)
    assert "Bank inbound" in text and "Block cards." in text and "Log the call." in text
    _, spec = chart_spec(at, "channels_chart_all")
    assert [t["name"] for t in spec["data"]] == ["Bank inbound", "Shared by both", "Bank outbound"]
    at = answer(at, "inbound")
    assert page_links(at) == [
        ("Agent: where the career ladder starts", "role=agent&lang=en"),
        (
            "Account assistance adviser: recalls the activity “Account assistance” (Bank inbound)",
            "role=desk&lang=en",
        ),
    ]


def test_a_dataset_with_one_channel_says_so_and_still_works():
    data = with_quiz(bank_dataset())
    data["channels"] = data["channels"][1:]
    at = open_with(data, "it", channel="outbound")
    assert not at.exception
    text = screen_text(at)
    assert "un solo tipo di call center («Banca in uscita»)" in text
    assert "servono due canali" in text
    assert not at.get("segmented_control") and not at.warning
    _, spec = chart_spec(at, "channels_chart_outbound")
    assert [t["name"] for t in spec["data"]] == ["Banca in uscita", "In comune"]


def test_a_dataset_without_channels_says_so_and_still_works():
    at = open_with(with_quiz(small_dataset()), "en", channel="inbound")
    assert not at.exception
    text = screen_text(at)
    assert "This data describes no channels of work" in text
    assert "“inbound”" in plain(at.warning[0].value)
    assert not at.get("plotly_chart")
    assert "it needs two channels" in text


def test_data_table_and_download_are_one_click_away():
    at = open_page("channels", "it")
    closed = len(at.dataframe)
    open_expander(at, "channels_chart_table")
    assert len(at.dataframe) == closed + 1, "the table is drawn once its expander is open"
    frame = at.dataframe[0].value
    assert list(frame.columns) == ["Colonna", "Gruppo", "Nel grafico", "Testo completo", "Fonte"]
    assert len(frame) == 26 and "Televendite" in list(frame["Nel grafico"])
    row = frame[frame["Nel grafico"] == "Televendite"].iloc[0]
    assert (row["Colonna"], row["Gruppo"]) == ("Call center in uscita (outbound)", "Attività")
    # Exactly the labels the chart draws, column by column.
    _, spec = chart_spec(at, "channels_chart")
    drawn = [text.replace("<br>", " ") for trace in spec["data"] for text in trace["text"]]
    assert len(drawn) == len(frame)
    labels = list(frame["Nel grafico"])
    assert all(any(x.startswith(d.rstrip("…")) for x in labels) for d in drawn)
    download = at.get("download_button")[0]
    assert download.proto.label == "Scarica il confronto (CSV)"


def test_the_side_in_focus_survives_a_switch_to_another_page_and_back():
    at = open_page("channels", "it", channel="outbound")
    at = away_and_back(at, "channels")
    assert not at.exception and not at.warning
    assert at.segmented_control(key="channels_focus").value == "outbound"
    assert at.query_params["channel"] == "outbound"


@pytest.mark.parametrize(
    ("lang", "notice"),
    [("it", "Questi dati non contengono il quiz"), ("en", "This data has no quiz")],
)
def test_a_dataset_without_a_quiz_says_so(lang, notice):
    at = open_with(bank_dataset(), lang)
    assert not at.exception
    assert notice in screen_text(at)
    assert not at.get("radio")[1:]  # only the language switch


@pytest.mark.parametrize(
    ("lang", "result"),
    [("it", "Pendi verso l'inbound"), ("en", "You lean towards inbound")],
)
def test_quiz_on_a_dataset_of_lateral_roles_only(lang, result):
    """Issue 12, defect 4: submitting the quiz raised IndexError (no entry rung to link)."""
    data = with_quiz(bank_dataset())
    for role in data["roles"]:
        role["track"] = "lateral"
    data["transitions"] = [m for m in data.get("transitions", []) if m["kind"] == "lateral"]
    at = answer(open_with(data, lang), "inbound")
    assert not at.exception
    assert result in screen_text(at)
    assert all("role=agent" not in query for _, query in page_links(at))


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [
        ("it", "questa «traccia» è chiamata script", '"traccia"'),
        ("en", "this “outline” is called the script", "track"),
    ],
)
def test_the_script_is_an_outline_quoted_the_language_s_way(lang, said, not_said):
    text = screen_text(open_page("channels", lang))
    script = text[text.index(said) - 200 : text.index(said) + 100]
    assert not_said not in script
