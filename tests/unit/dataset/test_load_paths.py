"""The fast paths of loading keep their promises: id lookups, no-alias files, the collector."""

from __future__ import annotations

import gc

import pytest

from careers import DatasetError, load_dataset
from tests.conftest import as_yaml
from tests.support.synthetic import make_dataset, make_yaml


def test_lookups_by_id_follow_a_copy_that_replaces_the_roles(small):
    dataset = load_dataset(as_yaml(small))
    assert dataset.role("lead").id == "lead"
    fewer = dataset.model_copy(update={"roles": dataset.roles[:1]})
    with pytest.raises(KeyError):
        fewer.role("lead")
    assert dataset.role("lead").id == "lead"
    with pytest.raises(KeyError):
        dataset.skill("juggling")


def test_a_large_file_without_aliases_is_not_taken_for_an_expanding_one():
    # 1,000 roles write ~240,000 nodes: more than the alias-expansion allowance on its own.
    dataset = load_dataset(make_yaml(1000))
    assert len(dataset.roles) == 1000
    band = dataset.role("d199_r3").salary
    assert band is not None
    assert band.min == make_dataset(1000)["roles"][998]["salary"]["min"]


@pytest.mark.parametrize("good", [True, False])
def test_loading_gives_the_garbage_collector_back(small, good):
    if not good:
        small["roles"][0]["salary"]["min"] = 10**9
    assert gc.isenabled()
    try:
        load_dataset(as_yaml(small))
    except DatasetError:
        assert not good
    assert gc.isenabled()
