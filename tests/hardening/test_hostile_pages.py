"""Markup, script and odd Unicode in every text of the data: every page shows it as typed text.

Two hostile datasets, both valid: the small test dataset of the corpus, and the app's own
dataset (every field the pages show: duties, education, FAQ, notes, estimate bases, ...) with
each bilingual text replaced by a hostile sample. Each is set as the session's data, then every
page is opened in both languages and its element protos are read: no exception, no dataset
text in a Markdown element allowed to carry HTML, no script in an st.html body, no unescaped
Markdown or HTML in any field Streamlit renders as Markdown (bodies, labels, help tooltips),
no HTML tag plotly would render in a chart, and the titles readable as typed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from google.protobuf.message import Message
from streamlit.testing.v1 import AppTest

from careers import DEFAULT_DATASET, Dataset, load_dataset
from components.style import page_head
from tests.app.conftest import PAGES, open_page_on, plain
from tests.hardening.corpus import hostile_dataset


def _load(document: dict[str, Any]) -> Dataset:
    return load_dataset(yaml.safe_dump(document, allow_unicode=True).encode())


DATASETS = {
    "small": _load(hostile_dataset()),
    "full": _load(hostile_dataset(yaml.safe_load(DEFAULT_DATASET.read_text("utf-8")))),
}

# What dataset text looks like when it reached a renderer unescaped. Markdown escapes are
# removed first, so an escaped `\<script\>` does not match but a raw `<script>` does.
RAW = re.compile(
    r"<script|<img|<a |\]\(javascript|:red\[|\*\*bold\*\*|\$x\^2\$|onerror=|__xss",
    re.IGNORECASE,
)
# Text any of the samples contains, escaped or not: dataset text in an HTML-enabled element.
SAMPLE_WORDS = re.compile(r"xss|evil reversed|zero|javascript|onerror", re.IGNORECASE)
# The samples' own tags, unescaped: plotly renders <a href> in labels as a link (its <b> and
# <br>, which the app's figures add around escaped text, are fine).
PLOTLY_TAG = re.compile(r"<(a|img|script)[\s>/]", re.IGNORECASE)
# Fields shown as plain text (never parsed as Markdown) by Streamlit's frontend.
PLAIN = {
    ("Selectbox", "options"),
    ("Selectbox", "raw_value"),
    ("Selectbox", "default"),
    ("MultiSelect", "options"),
    ("MultiSelect", "raw_values"),
    ("MultiSelect", "raw_default"),
    ("Arrow", "columns"),
    ("Arrow", "data"),
    ("Dataframe", "columns"),
    ("PlotlyChart", "alt"),
    ("TextInput", "value"),
    ("TextInput", "default"),
    ("TextArea", "value"),
    ("TextArea", "default"),
    ("Code", "code_text"),
    ("DownloadButton", "url"),
}


def nodes(node: Any) -> Iterator[Any]:
    """Every element and block under `node`."""
    yield node
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        for child in children.values():
            yield from nodes(child)


def strings(message: Message, path: str = "") -> Iterator[tuple[str, str, str]]:
    """(proto type, field name, value) of every string field in `message`, nested ones too."""
    for field, value in message.ListFields():
        for item in value if field.is_repeated else [value]:
            if isinstance(item, Message):
                yield from strings(item, f"{path}{field.name}.")
            elif isinstance(item, str):
                yield type(message).__name__, field.name, item


def protos(at: AppTest) -> Iterator[Message]:
    """The proto of every element and block on the screen, sidebar included."""
    for node in nodes(at._tree):
        proto = getattr(node, "proto", None)
        if isinstance(proto, Message):
            yield proto


APP_PAGE_HEADS = {page_head(lang) for lang in ("it", "en")}


def problems(at: AppTest) -> list[str]:
    """Every place where dataset text could act instead of showing as text."""
    found = []
    for proto in protos(at):
        kind = type(proto).__name__
        if kind == "Markdown" and proto.allow_html and SAMPLE_WORDS.search(plain(proto.body)):
            found.append(f"HTML-enabled Markdown shows dataset text: {proto.body[:120]!r}")
        # The app's own page head (components.style.page_head) is the one script allowed: it is
        # static, holds no dataset text, and its hash is the only inline script the CSP admits.
        if kind == "Html" and proto.body in APP_PAGE_HEADS:
            continue
        if kind == "Html" and re.search(r"<script|onerror|javascript:", proto.body, re.I):
            found.append(f"st.html body with script: {proto.body[:120]!r}")
        if kind == "PlotlyChart":
            for where, text in _spec_strings(json.loads(proto.spec)):
                if PLOTLY_TAG.search(text):
                    found.append(f"chart {where} plotly would render as HTML: {text[:120]!r}")
            continue
        for owner, field, value in strings(proto):
            if (owner, field) in PLAIN:
                continue
            unescaped = re.sub(r"\\.", "", value)
            match = RAW.search(unescaped)
            if match:
                found.append(f"{owner}.{field} renders {match.group(0)!r} raw: {value[:120]!r}")
    return found


def _spec_strings(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(path, value) of every string in a plotly figure's JSON."""
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _spec_strings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for value in node:
            yield from _spec_strings(value, f"{path}[]")


def main_text(at: AppTest) -> str:
    """The text of the page's body (not the sidebar), as a user reads it."""
    values = []
    for node in nodes(at.main):
        for name in ("value", "label", "body"):
            value = getattr(node, name, None)
            if isinstance(value, str):
                values.append(value)
    return plain("\n".join(values))


def shown_samples(dataset: Dataset, text: str) -> set[str]:
    """The dataset's role titles that appear in `text` exactly as typed."""
    titles = {role.title.en for role in dataset.roles}
    return {title for title in titles if title in text}


@pytest.mark.parametrize("lang", ["it", "en"])
@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("which", DATASETS)
def test_hostile_text_is_shown_never_acts(which: str, page: str, lang: str) -> None:
    dataset = DATASETS[which]
    at = open_page_on(dataset, page, lang)
    assert not at.exception, at.exception
    assert at.session_state["dataset"] == dataset, "the page must keep the uploaded data"
    assert problems(at) == []
    # The data's name is shown in the sidebar badge exactly as typed, markup and all.
    name = dataset.name.get(lang)
    assert name in plain("\n".join(m.value for m in at.sidebar.markdown))
    if page not in TITLE_FREE:
        shown = shown_samples(dataset, main_text(at))
        assert shown, f"no role title shown as typed on {page}"


# Pages whose first view shows no role title (the data page shows them in tables).
TITLE_FREE = {"data", "channels"}


# The role choosers of the pages that show one role (or two) at a time.
CHOOSERS = {
    "ladder": ["ladder_role"],
    "salaries": ["salaries_role"],
    "self_check": ["self_check_role"],
    "job_description": ["jd_role"],
    "compare": ["compare_a", "compare_b"],
}


@pytest.mark.parametrize("page", CHOOSERS)
def test_every_role_of_the_hostile_data_is_shown_as_text(page: str) -> None:
    """Each role, opened in turn, shows its texts (duties, notes, bases, ...) escaped."""
    dataset = DATASETS["full"]
    at = open_page_on(dataset, page, "en")
    for key in CHOOSERS[page]:
        offered = at.selectbox(key=key).options
        roles = [role for role in dataset.roles if role.title.en in offered]
        assert len(roles) >= 2, offered
        for index, role in enumerate(roles):
            if page == "compare":  # two different roles, or the page asks for another one
                other = roles[index - 1].id
                at.selectbox(key="compare_b" if key == "compare_a" else "compare_a").set_value(
                    other
                )
            at.selectbox(key=key).set_value(role.id).run()
            assert not at.exception, (key, role.id, at.exception)
            assert problems(at) == [], (key, role.id)
            assert role.title.en in main_text(at), (key, role.id)


def test_every_workshop_screen_of_the_hostile_data_is_shown_as_text() -> None:
    """Every step of the workshop, with each role's pay revealed, shows the data escaped."""
    at = open_page_on(DATASETS["full"], "workshop", "en")
    seen = 0
    while True:
        seen += 1
        reveal = [b for b in at.button if (b.key or "").startswith("ws_reveal_")]
        if reveal:
            reveal[0].click().run()
        assert not at.exception, (seen, at.exception)
        assert problems(at) == [], seen
        if at.button(key="ws_next").disabled:
            break
        at.button(key="ws_next").click().run()
    assert seen >= 3, "title, at least one role and the FAQ"


def test_every_channel_focus_of_the_hostile_data_is_shown_as_text() -> None:
    """Focusing each channel of the hostile data keeps every label escaped."""
    dataset = DATASETS["full"]
    at = open_page_on(dataset, "channels", "en")
    assert len(at.button_group(key="channels_focus").options) == len(dataset.channels) + 1
    for channel in dataset.channels:
        at.session_state["channels_focus"] = channel.id
        at.run()
        assert not at.exception, (channel.id, at.exception)
        assert at.query_params["channel"] == channel.id
        assert problems(at) == [], channel.id
