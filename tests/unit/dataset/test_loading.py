"""Loading datasets: the default data, and every kind of bad file getting its own problem."""

from __future__ import annotations

import pytest

from careers import DEFAULT_DATASET, DatasetError, load_dataset
from careers.dataset.decoding import MAX_BYTES
from careers.dataset.messages import describe
from careers.dataset.problems import Problem
from careers.text.i18n import Translator
from tests.conftest import as_yaml


def problems_of(raw: bytes) -> list[Problem]:
    """The problems load_dataset reports for `raw` (the test fails if it loads)."""
    with pytest.raises(DatasetError) as caught:
        load_dataset(raw)
    return caught.value.problems


def test_default_dataset_has_the_sources_figures():
    dataset = load_dataset(DEFAULT_DATASET)
    bands = {r.id: r.salary for r in dataset.roles if r.salary}
    assert (bands["operatore"].min, bands["operatore"].max) == (32000, 35000)
    assert (bands["team_leader"].min, bands["team_leader"].max) == (38000, 44000)
    top = bands["coordinatore"]
    assert (top.min, top.max, top.open_ended, top.midpoint) == (63000, 100000, True, None)
    assert all(b.currency == "USD" and b.period == "year" for b in bands.values())
    assert not any(bands[r].estimate for r in ("operatore", "team_leader", "coordinatore"))


def test_supervisor_band_is_marked_as_estimate_with_basis():
    supervisor = load_dataset(DEFAULT_DATASET).role("supervisore")
    assert supervisor.salary is not None and supervisor.salary.basis is not None
    assert supervisor.salary.estimate and supervisor.salary.source is None
    assert "44.000" in supervisor.salary.basis.it and "63.000" in supervisor.salary.basis.it


def test_default_dataset_has_ladder_lateral_roles_channels_and_faq():
    dataset = load_dataset(DEFAULT_DATASET)
    assert [r.id for r in dataset.roles if r.track == "ladder"] == [
        "operatore",
        "team_leader",
        "supervisore",
        "coordinatore",
    ]
    assert {r.id for r in dataset.roles if r.track == "lateral"} == {
        "operatore_telefonico",
        "tecnico_help_desk",
        "receptionist",
        "operatore_telemarketing",
    }
    assert {c.id for c in dataset.channels} == {"inbound", "outbound"}
    assert len(dataset.faq) == 4 and len(dataset.common_duties) == 4
    assert dataset.ladder_note is not None
    assert dataset.role("team_leader").experience[0].min_years == 1


def test_small_dataset_loads(small):
    dataset = load_dataset(as_yaml(small))
    assert [r.id for r in dataset.roles] == ["agent", "lead", "desk"]


def test_problem_carries_path_and_line(small):
    small["roles"][1]["id"] = "agent"
    raw = as_yaml(small)
    problem, orphan = problems_of(raw)
    assert problem.code == "duplicate_id" and problem.where() == "roles[1].id"
    assert (orphan.code, orphan.where()) == ("unknown_role", "transitions[0].to")
    assert problem.line is not None
    line = raw.decode().splitlines()[problem.line - 1]
    assert "id: agent" in line


def test_min_above_max_is_reported_on_the_band(small):
    small["roles"][0]["salary"]["min"] = 50000
    [problem] = problems_of(as_yaml(small))
    assert problem.code == "schema.band_min_gt_max"
    assert problem.where() == "roles[0].salary"
    assert problem.params["min"] == 50000


def test_negative_and_absurd_pay_are_refused(small):
    small["roles"][0]["salary"]["min"] = -1
    small["roles"][1]["salary"]["max"] = 10**12
    codes = {(p.where(), p.code) for p in problems_of(as_yaml(small))}
    assert ("roles[0].salary.min", "schema.greater_than_equal") in codes
    assert ("roles[1].salary.max", "schema.less_than_equal") in codes


def test_missing_language_is_reported(small):
    del small["roles"][0]["title"]["en"]
    [problem] = problems_of(as_yaml(small))
    assert (problem.where(), problem.code) == ("roles[0].title.en", "schema.missing")


def test_misspelt_key_is_named_with_its_line(small):
    small["Roles"] = []
    raw = as_yaml(small)
    [problem] = problems_of(raw)
    assert problem.line is not None
    assert (problem.code, problem.where()) == ("schema.extra_forbidden", "Roles")
    assert raw.decode().splitlines()[problem.line - 1].startswith("Roles:")


def test_several_problems_are_all_reported(small):
    small["transitions"].append(
        {
            "from": "lead",
            "to": "boss",
            "kind": "promotion",
            "source": {"source": "handbook", "section": "Roles"},
        }
    )
    small["roles"][0]["skills"][0]["skill"] = "juggling"
    small["roles"][0]["skills"][0]["source"]["section"] = "Nowhere"
    codes = {p.code for p in problems_of(as_yaml(small))}
    assert codes == {"unknown_role", "unknown_skill", "unknown_section"}


def test_promotion_cycle_is_refused(small):
    small["transitions"].append(
        {
            "from": "lead",
            "to": "agent",
            "kind": "promotion",
            "source": {"source": "handbook", "section": "Roles"},
        }
    )
    [problem] = problems_of(as_yaml(small))
    assert problem.code == "promotion_cycle"
    assert problem.params["cycle"] in ("agent → lead → agent", "lead → agent → lead")


def test_estimate_without_basis_and_band_without_source_are_refused(small):
    small["roles"][0]["salary"]["estimate"] = True
    del small["roles"][1]["salary"]["source"]
    codes = sorted(p.code for p in problems_of(as_yaml(small)))
    assert codes == ["schema.band_needs_source", "schema.estimate_needs_basis"]


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"", "empty"),
        (b"   \n# only a comment\n", "empty"),
        (b"- a\n- b\n", "not_mapping"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (b"a: caf\xe9\n", "not_utf8"),
        (b"roles: [a, b\n", "yaml.unclosed_list"),
    ],
)
def test_broken_files_get_one_clear_problem(raw, code):
    [problem] = problems_of(raw)
    assert problem.code == code


def test_syntax_error_names_its_line():
    [problem] = problems_of(b"format_version: 1\nid: x\nname: {it: a, en: b\nroles: []\n")
    assert problem.code == "yaml.unclosed_mapping" and problem.line in (3, 4)


def test_oversized_file_is_refused_before_parsing():
    [problem] = problems_of(b"#" * (MAX_BYTES + 1))
    assert problem.code == "too_large"


def test_billion_laughs_is_refused():
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    [problem] = problems_of("\n".join(lines).encode())
    assert problem.code in ("too_expanding", "too_many_aliases")


def test_expanding_aliases_under_the_alias_limit_are_refused():
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 7):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 10) + "]")
    [problem] = problems_of("\n".join(lines).encode())
    assert problem.code == "too_expanding"


def test_deep_nesting_is_refused():
    [problem] = problems_of(b"a: " + b"[" * 500 + b"]" * 500)
    assert problem.code == "too_deep" and problem.line == 1


@pytest.mark.parametrize("lang", ["it", "en"])
def test_every_problem_reads_as_a_sentence(small, lang):
    small["roles"][0]["salary"]["min"] = 50000
    small["roles"][1]["id"] = "agent"
    small["roles"][2]["track"] = "sideways"
    small["roles"][0]["title"]["it"] = ""
    small["transitions"][0]["to"] = "ghost"
    raw = as_yaml(small)
    t = Translator(lang)
    messages = [describe(p, t) for p in problems_of(raw)]
    # Field errors and cross-reference errors (the duplicate id, the unknown role) at once.
    assert len(messages) == 5
    for message in messages:
        assert "{" not in message and "problem." not in message
        assert (", riga " if lang == "it" else ", line ") in message
    joined = " ".join(messages)
    assert ("maggiore del massimo" if lang == "it" else "greater than the maximum") in joined
    assert "sideways" in joined
