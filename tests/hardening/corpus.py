"""Hostile and broken datasets, each with the problem a user must be told about.

One entry per kind of bad input: the bytes of the file, the problem code, the field and the
line it must point at, and a phrase of the message in each language. Lines are found in the
file's own text (`at`: an explicit number, or strings searched for one after the other), never
taken from the loader under test.
The same corpus runs against careers/ and through the upload on the data page.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from careers.dataset.decoding import MAX_BYTES
from tests.conftest import as_yaml, small_dataset


@dataclass(frozen=True)
class Case:
    """A bad file and what the user must read about it."""

    name: str
    raw: bytes
    code: str
    where: str
    at: int | tuple[str, ...] | None
    it: str
    en: str

    @property
    def line(self) -> int | None:
        """The 1-based line the message must name, found in the file's text."""
        if self.at is None or isinstance(self.at, int):
            return self.at
        lines = self.raw.decode().splitlines()
        number = 0
        for wanted in self.at:
            number = next(i for i in range(number, len(lines)) if wanted in lines[i]) + 1
        return number


def _edited(change) -> bytes:
    """The small test dataset with `change(document)` applied, as YAML bytes."""
    document = small_dataset()
    change(document)
    return as_yaml(document)


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    """A change that sets one field of the document."""

    def change(document: dict[str, Any]) -> None:
        target: Any = document
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return change


def _billion_laughs() -> bytes:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines).encode()


def _cycle(document: dict[str, Any]) -> None:
    document["transitions"].append(
        {
            "from": "lead",
            "to": "agent",
            "kind": "promotion",
            "source": document["roles"][0]["skills"][0]["source"],
        }
    )


def _duplicate_role(document: dict[str, Any]) -> None:
    document["roles"].append(copy.deepcopy(document["roles"][0]))


BAD: list[Case] = [
    Case("syntax", b"format_version: 1\nroles: [unclosed\n", "yaml.unclosed_list", "", 3,
         "parentesi quadra [", "square bracket ["),
    Case("list_not_mapping", b"- one\n- two\n", "not_mapping", "", 1,
         "mappa di chiavi (ad esempio «roles: …»), non un elenco",
         "mapping of keys (such as “roles: …”), not a list"),
    Case("scalar_not_mapping", b"just a sentence\n", "not_mapping", "", 1,
         "non un testo", "not a text"),
    Case("empty", b"", "empty", "", None, "vuoto", "empty"),
    Case("only_comments", b"# nothing here\n\n", "empty", "", None, "vuoto", "empty"),
    Case("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", "", None,
         "binari", "binary"),
    Case("latin1", "name: caffè\n".encode("latin-1"), "not_utf8", "", 1, "UTF-8", "UTF-8"),
    Case("too_large", b"a: " + b"x" * MAX_BYTES, "too_large", "", None,
         "limite di 2 MB", "2 MB limit"),
    Case("too_deep", b"a: " + b"[" * 500 + b"]" * 500, "too_deep", "", 1, "annidato", "nested"),
    Case("billion_laughs", _billion_laughs(), "too_expanding", "", None,
         "alias YAML", "YAML aliases"),
    Case("alias_flood", b"a: &a x\nb: [" + b",".join([b"*a"] * 150) + b"]\n",
         "too_many_aliases", "", 2, "alias YAML", "YAML aliases"),
    Case("python_tag", b'format_version: 1\nroles: !!python/object/apply:os.system ["echo"]\n',
         "yaml.tag", "", 2, "tag YAML", "YAML tags"),
    Case("roles_not_list", _edited(_set(("roles",), "all of them")), "schema.list_type",
         "roles", ("roles: all of them",), "elenco", "list"),
    Case("missing_english", _edited(lambda d: d["roles"][0]["title"].pop("en")),
         "schema.missing", "roles[0].title.en", ("roles:", "title:"), "mancante", "missing"),
    Case("duplicate_id", _edited(_duplicate_role), "duplicate_id", "roles[3].id",
         ("roles:", "id: agent", "id: agent"), "più di una volta", "more than once"),
    Case("unknown_role", _edited(_set(("transitions", 0, "to"), "ghost")), "unknown_role",
         "transitions[0].to", ("transitions:", "to: ghost"), "«ghost»", "“ghost”"),
    Case("promotion_cycle", _edited(_cycle), "promotion_cycle", "transitions",
         ("transitions:",), "ciclo", "cycle"),
    Case("min_over_max", _edited(_set(("roles", 0, "salary", "min"), 90000)),
         "schema.band_min_gt_max", "roles[0].salary", ("roles:", "salary:"),
         "maggiore del massimo", "greater than the maximum"),
    Case("negative_pay", _edited(_set(("roles", 0, "salary", "min"), -5)),
         "schema.greater_than_equal", "roles[0].salary.min", ("roles:", "min: -5"),
         "almeno 0", "at least 0"),
    Case("absurd_pay", _edited(_set(("roles", 0, "salary", "max"), 10**12)),
         "schema.less_than_equal", "roles[0].salary.max", ("roles:", "max: 1000000000000"),
         "Non può superare", "Cannot be more than"),
    Case("pay_as_words", _edited(_set(("roles", 0, "salary", "min"), "tanti")),
         "schema.float_type", "roles[0].salary.min", ("roles:", "min: tanti"),
         "«tanti»", "“tanti”"),
    Case("very_long_text", _edited(_set(("roles", 0, "title", "it"), "lungo " * 1000)),
         "schema.string_too_long", "roles[0].title.it", ("roles:", "it: 'lungo"),
         "troppo lungo", "too long"),
    Case("misspelt_field", _edited(lambda d: d.update({"Roles": d["roles"]})),
         "schema.extra_forbidden", "Roles", ("Roles:",), "non previsto", "not in the format"),
]  # fmt: skip

# Text that must load and then show as typed, never act: markup, script, and odd Unicode.
HOSTILE_TEXTS = [
    "<script>window.__xss = 1</script>",
    '<img src=x onerror="window.__xss = 1">',
    '<a href="javascript:window.__xss=1">click</a>',
    "[link](javascript:window.__xss=1) **bold** :red[red] $x^2$",
    "\u202eevil reversed\u202c \u200bzero\u200b width, e\u0301, 💼📞, ﷽",
]


def hostile_dataset(document: dict[str, Any] | None = None) -> dict[str, Any]:
    """A dataset with a hostile text in every text field (it and en alike).

    Args:
        document: the dataset to turn hostile, as a plain dict; the small test dataset if None.
    """
    document = small_dataset() if document is None else document
    counter = 0

    def hostile() -> str:
        nonlocal counter
        counter += 1
        return f"{HOSTILE_TEXTS[counter % len(HOSTILE_TEXTS)]} #{counter}"

    def section(node: Any) -> Any:
        # A section's `it` heading is what references name: only its English name turns hostile.
        return {"it": node["it"], "en": hostile()} if isinstance(node, dict) else node

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if set(node) == {"it", "en"}:
                text = hostile()
                return {"it": text, "en": text}
            return {
                key: [section(s) for s in value] if key == "sections" else walk(value)
                for key, value in node.items()
            }
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    hostile_document: dict[str, Any] = walk(document)
    return hostile_document
