"""Workspaces through the app, in both languages: save, reopen by link, read-only, bad tokens."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from careers.store.engine import get_engine
from careers.store.tokens import new_token
from careers.store.workspaces import WorkspaceStore
from tests.app.conftest import open_page, screen_text

TEXT = {
    "it": {
        "saved": "Spazio di lavoro salvato. Conserva il link di modifica: "
        "chi lo possiede può cambiare lo spazio.",
        "edit": ":green-badge[in modifica: ogni cambiamento viene salvato]",
        "read_only": ":orange-badge[sola lettura: puoi consultare e scaricare, "
        "le modifiche non vengono salvate]",
        "not_found": "Questo link a uno spazio di lavoro non funziona: potrebbe essere "
        "incompleto, sostituito o eliminato. Sono mostrati i dati predefiniti.",
        "example": ":violet-badge[esempio inventato]",
        "default": ":blue-badge[predefiniti]",
        "conflict": "Qualcun altro ha salvato questo spazio di lavoro dopo che l'hai aperto.",
    },
    "en": {
        "saved": "Workspace saved. Keep the edit link: whoever has it can change the workspace.",
        "edit": ":green-badge[editing: every change is saved]",
        "read_only": ":orange-badge[read-only: you can look and download, changes are not saved]",
        "not_found": "This workspace link does not work: it may be mistyped, replaced or "
        "deleted. The default data is shown.",
        "example": ":violet-badge[invented example]",
        "default": ":blue-badge[default]",
        "conflict": "Someone else saved this workspace after you opened it.",
    },
}
LANGS = ["it", "en"]


def store() -> WorkspaceStore:
    """The store the app under test uses (the session's throwaway SQLite file)."""
    return WorkspaceStore(get_engine())


def links(at: AppTest) -> tuple[str, str]:
    """The edit and read-only tokens the sidebar shows after a save."""
    codes = [c.value for c in at.code]
    edit = next(c for c in codes if c.startswith("?workspace=")).split("=", 1)[1]
    view = next(c for c in codes if c.startswith("?view=")).split("=", 1)[1]
    return edit, view


def prepare(lang: str) -> tuple[AppTest, str, str]:
    """Use the example data, type a company name, go to workshop step 3, save; return tokens."""
    at = open_page("data", lang)
    at.button(key="data_example").click().run()
    at.switch_page("app_pages/job_description.py").run()
    at.text_input(key="jd_company").set_value("Banca Esempio").run()
    at.switch_page("app_pages/workshop.py").run()
    at.button(key="ws_next").click().run()
    at.button(key="ws_next").click().run()
    at.button(key="workspace_save").click().run()
    assert not at.exception
    assert TEXT[lang]["saved"] in [s.value for s in at.success]
    edit, view = links(at)
    return at, edit, view


@pytest.mark.parametrize("lang", LANGS)
def test_save_then_the_edit_link_restores_everything_on_any_page(lang: str) -> None:
    _, edit, view = prepare(lang)
    assert edit != view
    for page in ("home", "workshop", "job_description"):
        at = open_page(page, lang, workspace=edit)
        assert not at.exception
        shown = screen_text(at)
        assert TEXT[lang]["edit"] in shown and TEXT[lang]["example"] in shown
        if page == "workshop":
            assert at.session_state["step"] == 3
        if page == "job_description":
            assert at.text_input(key="jd_company").value == "Banca Esempio"
        # The link stays in the address, so a reload opens the workspace again.
        assert at.query_params["workspace"] == edit


@pytest.mark.parametrize("lang", LANGS)
def test_autosave_keeps_each_change_and_says_when(lang: str) -> None:
    _, edit, _ = prepare(lang)
    at = open_page("workshop", lang, workspace=edit)
    at.button(key="ws_previous").click().run()
    saved = store().open(edit)
    assert saved.version == 2 and saved.payload.workshop["step"] == 2
    assert any(c.value.startswith(("Salvato alle", "Saved at")) for c in at.sidebar.caption)


@pytest.mark.parametrize("lang", LANGS)
def test_read_only_link_shows_but_never_saves(lang: str) -> None:
    _, edit, view = prepare(lang)
    at = open_page("workshop", lang, view=view)
    shown = screen_text(at)
    assert TEXT[lang]["read_only"] in shown and TEXT[lang]["example"] in shown
    assert at.session_state["step"] == 3
    assert not [c for c in at.code if c.value.startswith("?workspace=")]
    at.button(key="ws_previous").click().run()
    at.button(key="ws_previous").click().run()
    stored = store().open(edit)
    assert stored.version == 1 and stored.payload.workshop["step"] == 3


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("param", ["workspace", "view"])
@pytest.mark.parametrize(
    "token",
    [
        "wrong",
        "A" * 43,
        "<script>alert(1)</script>",
        "**bold** [link](http://127.0.0.1:9/)",
        "' OR 1=1 --",
        "x" * 5000,
    ],
)
def test_wrong_and_hostile_tokens_get_the_same_message_and_default_data(
    lang: str, param: str, token: str
) -> None:
    at = open_page("salaries", lang)
    at.query_params[param] = token
    at.run()
    assert not at.exception
    assert [e.value for e in at.error] == [TEXT[lang]["not_found"]]
    shown = screen_text(at)
    assert TEXT[lang]["default"] in shown and token not in shown
    assert param not in at.query_params


@pytest.mark.parametrize("lang", LANGS)
def test_deleted_workspace_link_fails_like_a_wrong_one(lang: str) -> None:
    at, edit, view = prepare(lang)
    at.button(key="workspace_delete").click().run()
    for param, token in (("workspace", edit), ("view", view), ("view", new_token())):
        again = open_page("home", lang, **{param: token})
        assert [e.value for e in again.error] == [TEXT[lang]["not_found"]]


@pytest.mark.parametrize("lang", LANGS)
def test_two_editors_get_a_conflict_and_can_keep_theirs_or_mine(lang: str) -> None:
    _, edit, _ = prepare(lang)
    first = open_page("workshop", lang, workspace=edit)
    second = open_page("workshop", lang, workspace=edit)
    first.button(key="ws_previous").click().run()  # saved: version 2, step 2
    second.button(key="ws_next").click().run()  # stale: step 4 not saved
    assert any(TEXT[lang]["conflict"] in w.value for w in second.warning)
    assert store().open(edit).payload.workshop["step"] == 2
    second.button(key="workspace_mine").click().run()
    assert store().open(edit).payload.workshop["step"] == 4
    first.button(key="ws_previous").click().run()  # now first is stale
    assert any(TEXT[lang]["conflict"] in w.value for w in first.warning)
    first.button(key="workspace_theirs").click().run()
    assert first.session_state["step"] == 4
    assert not first.warning


@pytest.mark.parametrize("lang", LANGS)
def test_rotate_replaces_the_edit_link(lang: str) -> None:
    at, edit, view = prepare(lang)
    at.button(key="workspace_rotate").click().run()
    fresh, same_view = links(at)
    assert fresh != edit and same_view == view
    assert [e.value for e in open_page("home", lang, workspace=edit).error] == [
        TEXT[lang]["not_found"]
    ]
    assert TEXT[lang]["edit"] in screen_text(open_page("home", lang, workspace=fresh))
