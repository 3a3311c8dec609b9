"""Dataset to YAML and back: the download of any dataset uploads again as the same data."""

from __future__ import annotations

import yaml

from careers import DEFAULT_DATASET, load_dataset
from careers.dataset.export import EXAMPLE_DATASET, dump_dataset
from tests.conftest import as_yaml, small_dataset


def test_default_dataset_round_trips():
    dataset = load_dataset(DEFAULT_DATASET)
    assert load_dataset(dump_dataset(dataset).encode("utf-8")) == dataset


def test_example_dataset_round_trips():
    dataset = load_dataset(EXAMPLE_DATASET)
    assert load_dataset(dump_dataset(dataset).encode("utf-8")) == dataset


def test_dump_reads_like_a_hand_written_file():
    text = dump_dataset(load_dataset(as_yaml(small_dataset())))
    assert text.startswith("# ")
    assert "docs/data-format.md" in text.splitlines()[0]
    document = yaml.safe_load(text)
    assert list(document)[:3] == ["format_version", "id", "name"]
    band = document["roles"][0]["salary"]
    # Whole numbers without ".0", and defaults (estimate: false, track: ladder) left out.
    assert band == {
        "currency": "EUR",
        "period": "year",
        "min": 20000,
        "max": 24000,
        "source": {"source": "handbook", "section": "Roles"},
    }
    assert "track" not in document["roles"][0]
    assert document["roles"][2]["track"] == "lateral"
    assert document["transitions"][0]["from"] == "agent"


def test_dump_keeps_accents_and_quotes_readable():
    data = small_dataset()
    data["name"] = {"it": "Carriere: «perché» sì", "en": "Careers: it's “ours”"}
    text = dump_dataset(load_dataset(as_yaml(data)))
    assert "«perché» sì" in text and "“ours”" in text
    assert load_dataset(text.encode()).name.it == "Carriere: «perché» sì"


def test_the_example_says_plainly_it_is_invented():
    example = load_dataset(EXAMPLE_DATASET)
    assert example.name.it.startswith("Esempio inventato")
    assert example.name.en.startswith("Invented example")
    assert "non sono dati reali" in example.sources[0].title.it
    assert "not real data" in example.sources[0].title.en
    assert EXAMPLE_DATASET.read_text(encoding="utf-8").startswith(
        "# INVENTED EXAMPLE, NOT REAL DATA."
    )


def test_the_example_differs_from_the_default():
    default, example = load_dataset(DEFAULT_DATASET), load_dataset(EXAMPLE_DATASET)
    assert not {r.id for r in default.roles} & {r.id for r in example.roles}
    assert {r.salary.currency for r in example.roles if r.salary} == {"EUR"}
    assert [r.id for r in example.roles if r.track == "lateral"] == ["consulente_filiale"]
    assert [c.id for c in example.channels] == ["inbound", "outbound"]
