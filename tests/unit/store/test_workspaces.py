"""The workspace repository on SQLite and on PostgreSQL: every rule is enforced by the store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from careers.dataset.decoding import MAX_BYTES
from careers.store.engine import get_engine
from careers.store.errors import Conflict, InvalidPayload, NotFound, ReadOnly, TooMany
from careers.store.payload import Payload
from careers.store.schema import metadata, workspaces
from careers.store.tokens import new_token, token_hash
from careers.store.workspaces import WorkspaceStore
from tests.conftest import as_yaml, small_dataset
from tests.support.fixtures import FakeClock

SMALL_YAML = as_yaml(small_dataset()).decode()


def payload(**changes: object) -> dict[str, Any]:
    """A workspace holding the small dataset, one own band and one draft."""
    data = {
        "schema_version": 1,
        "dataset_yaml": SMALL_YAML,
        "dataset_origin": "uploaded",
        "own_bands": [{"role": "agent", "min": 21000, "max": 25000}],
        "job_descriptions": {"jd_agent_it_0a1b2c_summary": "Risponde ai clienti."},
        "workshop": {"hide_pay": True, "step": 2},
    }
    return data | changes


@pytest.fixture
def store(store_url: str, clock: FakeClock) -> WorkspaceStore:
    """A store on an empty database, with a hand-moved clock."""
    return WorkspaceStore(get_engine(store_url), clock=clock, max_created_per_hour=3)


def stored_rows(store: WorkspaceStore) -> list[dict[str, Any]]:
    """Every row of every table, as dicts."""
    with store.engine.connect() as connection:
        return [
            dict(row._mapping)
            for table in metadata.sorted_tables
            for row in connection.execute(select(table))
        ]


def test_create_then_open_by_edit_and_by_view_token(store: WorkspaceStore) -> None:
    created = store.create(payload(), creator="session-1")
    assert created.version == 1 and created.edit_token != created.view_token
    by_edit = store.open(created.edit_token)
    by_view = store.open(created.view_token)
    assert by_edit.payload.dataset_yaml == SMALL_YAML
    assert by_edit.payload.job_descriptions["jd_agent_it_0a1b2c_summary"] == "Risponde ai clienti."
    assert by_edit.payload.workshop == {"hide_pay": True, "step": 2}
    assert (by_edit.read_only, by_view.read_only) == (False, True)
    assert by_edit.version == by_view.version == 1
    assert by_edit.label == by_view.label and len(by_edit.label) == 6
    # The edit link can show the read-only link again; the view link only knows itself.
    assert by_edit.view_token == by_view.view_token == created.view_token


def test_database_never_holds_a_raw_token(store: WorkspaceStore, store_url: str) -> None:
    created = store.create(payload(), creator="session-1")
    rotated = store.rotate(created.edit_token)
    everything = repr(stored_rows(store))
    for token in (created.edit_token, created.view_token, rotated):
        assert token not in everything
    assert token_hash(rotated) in everything and token_hash(created.view_token) in everything
    if store_url.startswith("sqlite"):
        store.engine.dispose()
        path = Path(store_url.removeprefix("sqlite:///"))
        raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
        assert all(t.encode() not in raw for t in (created.edit_token, created.view_token))


def test_save_bumps_the_version_and_a_stale_save_conflicts(store: WorkspaceStore) -> None:
    created = store.create(payload(), creator="s")
    first = store.save(created.edit_token, payload(workshop={"step": 3}), expected_version=1)
    assert first.version == 2
    with pytest.raises(Conflict) as conflict:
        store.save(created.edit_token, payload(workshop={"step": 9}), expected_version=1)
    assert conflict.value.current == 2
    assert store.open(created.view_token).payload.workshop == {"step": 3}
    # "Keep mine": save again on top of the version now stored.
    assert store.save(created.edit_token, payload(workshop={"step": 9}), 2).version == 3
    assert store.open(created.view_token).payload.workshop == {"step": 9}


def test_view_token_can_never_change_anything(store: WorkspaceStore) -> None:
    created = store.create(payload(), creator="s")
    with pytest.raises(ReadOnly):
        store.save(created.view_token, payload(workshop={"step": 5}), expected_version=1)
    with pytest.raises(ReadOnly):
        store.rotate(created.view_token)
    with pytest.raises(ReadOnly):
        store.delete(created.view_token)
    opened = store.open(created.edit_token)
    assert opened.version == 1 and opened.payload.workshop == {"hide_pay": True, "step": 2}


def test_rotate_stops_the_old_edit_link_only(store: WorkspaceStore) -> None:
    created = store.create(payload(), creator="s")
    fresh = store.rotate(created.edit_token)
    with pytest.raises(NotFound):
        store.open(created.edit_token)
    with pytest.raises(NotFound):
        store.save(created.edit_token, payload(), expected_version=1)
    assert not store.open(fresh).read_only
    assert store.open(fresh).view_token == created.view_token
    assert store.open(created.view_token).read_only


def test_delete_removes_the_row_at_once(store: WorkspaceStore) -> None:
    created = store.create(payload(), creator="s")
    store.delete(created.edit_token)
    for token in (created.edit_token, created.view_token):
        with pytest.raises(NotFound):
            store.open(token)
    with store.engine.connect() as connection:
        assert connection.execute(select(workspaces)).first() is None


@pytest.mark.parametrize(
    "token",
    ["", "nope", "a" * 43, "' OR '1'='1", "<img src=x onerror=alert(1)>", "\x00" * 43, "é" * 43],
)
def test_wrong_and_hostile_tokens_are_all_just_not_found(store: WorkspaceStore, token: str) -> None:
    store.create(payload(), creator="s")
    for call in (
        lambda: store.open(token),
        lambda: store.save(token, payload(), 1),
        lambda: store.rotate(token),
        lambda: store.delete(token),
    ):
        with pytest.raises(NotFound) as error:
            call()
        assert str(error.value) == ""


def test_deleted_and_never_existing_tokens_fail_alike(store: WorkspaceStore) -> None:
    created = store.create(payload(), creator="s")
    store.delete(created.edit_token)
    outcomes = []
    for token in (created.view_token, new_token()):
        with pytest.raises(NotFound) as error:
            store.open(token)
        outcomes.append((type(error.value), str(error.value)))
    assert outcomes[0] == outcomes[1]


def test_creation_cap_per_session_per_hour(store: WorkspaceStore, clock: FakeClock) -> None:
    for _ in range(3):
        store.create(payload(), creator="busy")
    with pytest.raises(TooMany):
        store.create(payload(), creator="busy")
    store.create(payload(), creator="someone-else")
    clock.advance(minutes=61)
    store.create(payload(), creator="busy")


def test_purge_removes_only_workspaces_unused_for_n_days(
    store: WorkspaceStore, clock: FakeClock
) -> None:
    old = store.create(payload(), creator="a")
    clock.advance(days=20)
    used = store.create(payload(), creator="b")
    stale_but_opened = store.create(payload(), creator="c")
    clock.advance(days=15)
    store.open(stale_but_opened.view_token)
    clock.advance(days=11)
    # old: 46 days unused; used: 26 days; stale_but_opened: 11 days.
    assert store.purge(days=30) == 1
    with pytest.raises(NotFound):
        store.open(old.edit_token)
    store.open(used.edit_token)
    store.open(stale_but_opened.edit_token)


def bad_payloads() -> list[tuple[str, dict[str, Any]]]:
    """Oversized, malformed and hostile workspace contents, each named."""
    return [
        ("oversized dataset", payload(dataset_yaml="a: " + "x" * (MAX_BYTES + 10))),
        ("broken yaml", payload(dataset_yaml="roles: [unclosed")),
        ("invalid dataset", payload(dataset_yaml="format_version: 1\nid: x\n")),
        ("billion laughs", payload(dataset_yaml=_laughs())),
        ("unknown key", payload(secret="x")),
        ("future schema", payload(schema_version=2)),
        ("hostile key", payload(workshop={"<script>": 1})),
        ("huge text", payload(job_descriptions={"jd_agent_it_summary": "x" * 20_001})),
        ("too many rows", payload(own_bands=[{"role": "agent"}] * 2001)),
        ("nested junk", payload(own_bands=[{"role": {"deep": ["x"]}}])),
        ("wrong origin", payload(dataset_origin="hacked")),
    ]


def _laughs() -> str:
    """A YAML alias bomb."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("name,bad", bad_payloads(), ids=[n for n, _ in bad_payloads()])
def test_bad_content_is_refused_and_changes_nothing(
    store: WorkspaceStore, name: str, bad: dict[str, Any]
) -> None:
    created = store.create(payload(), creator="s")
    before = stored_rows(store)
    with pytest.raises(InvalidPayload) as error:
        store.save(created.edit_token, bad, expected_version=1)
    assert error.value.problems, name
    with pytest.raises(InvalidPayload):
        store.create(bad, creator="s2")
    assert stored_rows(store) == before


def test_oversized_problem_uses_the_upload_code(store: WorkspaceStore) -> None:
    with pytest.raises(InvalidPayload) as error:
        store.create(payload(dataset_yaml="a: " + "x" * (MAX_BYTES + 10)), creator="s")
    assert [p.code for p in error.value.problems] == ["too_large"]


def test_default_dataset_workspace_needs_no_yaml(store: WorkspaceStore) -> None:
    created = store.create(Payload(), creator="s")
    opened = store.open(created.edit_token)
    assert opened.payload.dataset_yaml is None and opened.payload.dataset_origin == "default"
