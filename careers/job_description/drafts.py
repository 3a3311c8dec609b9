"""Job-description drafts: what a user typed per role and language, as plain data.

The page keeps each edit in a widget whose key names the role, the language and the
fingerprint of the data's text (`draft_key`), and Streamlit's `persist_state="session"` keeps
the value while other roles or pages are shown. A workspace saves and restores the drafts
through `list_drafts` and `restore_drafts`, which read and write any mapping shaped like
`st.session_state`, so this module needs no Streamlit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping
from typing import Any, Literal, TypedDict

DraftPart = Literal["summary", "responsibilities", "qualifications", "salary", "show_salary"]
DRAFT_PARTS: tuple[DraftPart, ...] = (
    "summary",
    "responsibilities",
    "qualifications",
    "salary",
    "show_salary",
)
# The longest text each box takes (the page's max_chars): a restored value beyond it is refused.
MAX_CHARS: dict[str, int] = {
    "summary": 4_000,
    "responsibilities": 20_000,
    "qualifications": 20_000,
    "salary": 300,
    "company": 200,
    "location": 200,
    "contract": 200,
}
DETAILS = ("company", "location", "contract")
_KEY = re.compile(
    r"^jd_(?P<role>[a-z0-9_]{1,64})_(?P<lang>[a-z]{2})_(?P<base>[0-9a-f]{12})_"
    r"(?P<part>summary|responsibilities|qualifications|salary|show_salary)$"
)
_BASE = re.compile(r"^[0-9a-f]{12}$")
_ROLE = re.compile(r"^[a-z0-9_]{1,64}$")


class Draft(TypedDict, total=False):
    """One role's edits in one language, against one version of the data's text (`base`)."""

    role: str
    lang: str
    base: str
    summary: str
    responsibilities: str
    qualifications: str
    salary: str
    show_salary: bool


def draft_key(role_id: str, lang: str, base: str, part: DraftPart) -> str:
    """The widget key of one part of one role's draft: `jd_<role>_<lang>_<base>_<part>`."""
    return f"jd_{role_id}_{lang}_{base}_{part}"


def detail_key(name: str) -> str:
    """The widget key of a detail shared by every role: `jd_company`, `jd_location`..."""
    return f"jd_{name}"


def is_draft_key(key: str) -> bool:
    """Whether a session key holds something the user typed on the page (a part or a detail).

    The page's other keys (the role box, buttons, downloads) are not drafts: a button's state
    cannot even be written back.
    """
    return _KEY.match(key) is not None or key in {detail_key(name) for name in DETAILS}


def list_drafts(state: Mapping[str, Any]) -> dict[str, Any]:
    """Every job-description draft kept in `state` (a session state), as JSON-ready data.

    Returns `{"details": {company, location, contract}, "drafts": [Draft, ...]}`, the drafts
    sorted by role, language and base.
    """
    drafts: dict[tuple[str, str, str], Draft] = {}
    for key in list(state.keys()):
        found = _KEY.match(str(key))
        if found is None:
            continue
        role, lang, base = found["role"], found["lang"], found["base"]
        draft = drafts.setdefault((role, lang, base), {"role": role, "lang": lang, "base": base})
        draft[found["part"]] = state[key]  # type: ignore[literal-required]
    details = {name: state[detail_key(name)] for name in DETAILS if detail_key(name) in state}
    return {"details": details, "drafts": [drafts[k] for k in sorted(drafts)]}


def _valid(name: str, value: Any) -> bool:
    """Whether `value` fits the box `name` (a short enough text, or a flag for show_salary)."""
    if name == "show_salary":
        return isinstance(value, bool)
    return isinstance(value, str) and len(value) <= MAX_CHARS[name]


def restore_drafts(saved: Any, state: MutableMapping[str, Any]) -> tuple[int, int]:
    """Put drafts listed by `list_drafts` back into `state`; return (restored, refused) values.

    `saved` may come from anywhere (a workspace file): whatever is not a well-formed value is
    refused and counted, never written. Call it in a callback or before the job-description
    page draws its boxes (Streamlit refuses a change to a widget already drawn in this run).
    """
    restored = refused = 0
    if not isinstance(saved, Mapping):
        return 0, 1
    details = saved.get("details")
    for name, value in details.items() if isinstance(details, Mapping) else ():
        if name in DETAILS and _valid(name, value):
            state[detail_key(name)] = value
            restored += 1
        else:
            refused += 1
    drafts = saved.get("drafts")
    for draft in drafts if isinstance(drafts, list) else ():
        ok, bad = _restore_one(draft, state)
        restored, refused = restored + ok, refused + bad
    return restored, refused


def _restore_one(draft: Any, state: MutableMapping[str, Any]) -> tuple[int, int]:
    """Restore one draft's parts; (restored, refused)."""
    if not isinstance(draft, Mapping):
        return 0, 1
    role, lang, base = draft.get("role"), draft.get("lang"), draft.get("base")
    if not (
        isinstance(role, str)
        and _ROLE.match(role)
        and lang in ("it", "en")
        and isinstance(base, str)
        and _BASE.match(base)
    ):
        return 0, 1
    restored = refused = 0
    for part in DRAFT_PARTS:
        if part not in draft:
            continue
        if _valid(part, draft[part]):
            state[draft_key(role, str(lang), base, part)] = draft[part]
            restored += 1
        else:
            refused += 1
    return restored, refused
