"""Job-description drafts listed from a session state and restored into another."""

from __future__ import annotations

import json

import pytest

from careers.job_description.drafts import (
    detail_key,
    draft_key,
    is_draft_key,
    list_drafts,
    restore_drafts,
)

BASE = "0123456789ab"


def test_draft_keys_name_role_language_and_base():
    assert draft_key("team_leader", "it", BASE, "show_salary") == (
        "jd_team_leader_it_0123456789ab_show_salary"
    )
    assert detail_key("company") == "jd_company"


def test_list_drafts_groups_the_boxes_of_each_role_and_language():
    state = {
        draft_key("team_leader", "it", BASE, "summary"): "Sintesi nostra.",
        draft_key("team_leader", "it", BASE, "show_salary"): False,
        draft_key("team_leader", "en", BASE, "summary"): "Our summary.",
        draft_key("operatore", "it", BASE, "salary"): "30.000 € lordi",
        "jd_company": "Acme",
        "jd_role": "team_leader",  # the chosen role: not a draft
        "salaries_currency": "EUR",
        "jd_x_it_notahexbase00_summary": "ignored",
    }
    listed = list_drafts(state)
    assert listed == {
        "details": {"company": "Acme"},
        "drafts": [
            {"role": "operatore", "lang": "it", "base": BASE, "salary": "30.000 € lordi"},
            {"role": "team_leader", "lang": "en", "base": BASE, "summary": "Our summary."},
            {
                "role": "team_leader",
                "lang": "it",
                "base": BASE,
                "summary": "Sintesi nostra.",
                "show_salary": False,
            },
        ],
    }
    json.dumps(listed)  # plain data, ready for a workspace


def test_restore_puts_back_what_list_drafts_gave():
    state = {
        draft_key("team_leader", "it", BASE, "summary"): "Sintesi nostra.",
        draft_key("team_leader", "it", BASE, "responsibilities"): "Uno\nDue",
        draft_key("team_leader", "it", BASE, "show_salary"): True,
        "jd_location": "Milano",
    }
    saved = json.loads(json.dumps(list_drafts(state)))
    fresh: dict[str, object] = {}
    assert restore_drafts(saved, fresh) == (4, 0)
    assert fresh == state


@pytest.mark.parametrize(
    "saved",
    [
        None,
        "drafts",
        ["not", "a", "mapping"],
        {"drafts": "nope", "details": 3},
        {"drafts": [None, 1, {"role": "../x", "lang": "it", "base": BASE, "summary": "x"}]},
        {"drafts": [{"role": "op", "lang": "de", "base": BASE, "summary": "x"}]},
        {"drafts": [{"role": "op", "lang": "it", "base": "jd_role", "summary": "x"}]},
    ],
)
def test_restore_refuses_malformed_data_and_writes_nothing(saved):
    state: dict[str, object] = {"jd_role": "operatore"}
    restored, _ = restore_drafts(saved, state)
    assert restored == 0 and state == {"jd_role": "operatore"}


def test_restore_refuses_wrong_types_and_overlong_text_value_by_value():
    saved = {
        "details": {"company": "x" * 201, "location": "Roma", "role": "evil"},
        "drafts": [
            {
                "role": "op",
                "lang": "en",
                "base": BASE,
                "summary": "ok",
                "salary": "y" * 301,
                "show_salary": "yes",
                "responsibilities": ["not", "text"],
            }
        ],
    }
    state: dict[str, object] = {}
    assert restore_drafts(saved, state) == (2, 5)
    assert state == {"jd_location": "Roma", draft_key("op", "en", BASE, "summary"): "ok"}


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (draft_key("team_leader", "it", BASE, "summary"), True),
        (draft_key("team_leader", "en", BASE, "show_salary"), True),
        ("jd_company", True),
        ("jd_contract", True),
        ("jd_role", False),
        ("jd_reset", False),
        ("jd_download_txt", False),  # a button: its state cannot be written back
        ("jd_preview", False),
        ("ws_step", False),
    ],
)
def test_is_draft_key_tells_typed_text_from_the_page_s_other_keys(key, expected):
    assert is_draft_key(key) is expected
