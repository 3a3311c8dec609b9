"""What a workspace holds, as a versioned JSON document, checked like an upload before saving.

A workspace keeps the dataset in use (its YAML export, `careers.export.dump_dataset`, or nothing
for the default), the user's own company bands (the editor's rows), the job-description drafts
(per role and language: field -> text) and the workshop settings.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from careers.dataset.decoding import MAX_BYTES
from careers.dataset.loading import load_dataset
from careers.dataset.problems import DatasetError, Problem
from careers.store.errors import InvalidPayload

SCHEMA_VERSION: Literal[1] = 1
# The dataset may use the whole upload limit; the rest of a workspace is small beside it.
MAX_PAYLOAD_BYTES = MAX_BYTES + 512 * 1024
MAX_ITEMS = 2_000

Key = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
DraftKey = Annotated[
    str, StringConstraints(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.:-]+$")
]
Value = Annotated[str, StringConstraints(max_length=4000)] | float | int | bool | None
# The job-description page's longest box takes 20,000 characters.
DraftValue = Annotated[str, StringConstraints(max_length=20_000)] | bool
Origin = Literal["default", "uploaded", "edited", "example"]


class Payload(BaseModel):
    """The content of one workspace; unknown keys are refused, every collection is bounded."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1] = SCHEMA_VERSION
    # Its size is checked by the loader, so an oversized dataset gets the upload's message.
    dataset_yaml: str | None = None
    dataset_origin: Origin = "default"
    own_bands: list[dict[Key, Value]] = Field(default_factory=list, max_length=MAX_ITEMS)
    # Field name (role, language, version of the data's text, part) -> what the user typed.
    job_descriptions: dict[DraftKey, DraftValue] = Field(default_factory=dict, max_length=MAX_ITEMS)
    workshop: dict[Key, Value | list[Key]] = Field(default_factory=dict, max_length=100)


def encode(payload: Payload) -> str:
    """The payload as the JSON text the database stores."""
    return payload.model_dump_json()


def decode(stored: str) -> Payload:
    """A payload read back from the database (it was checked when saved)."""
    return Payload.model_validate_json(stored)


def check(payload: Payload | dict[str, Any]) -> tuple[Payload, str]:
    """Validate `payload` as an upload would be; return it and its JSON text.

    Raises:
        InvalidPayload: for an oversized document, a malformed one, or a dataset that would not
            load; `problems` use the upload's codes, so pages translate them the same way.
    """
    try:
        model = payload if isinstance(payload, Payload) else Payload.model_validate(payload)
    except ValidationError as exc:
        raise InvalidPayload(
            [
                Problem(f"schema.{e['type']}", tuple(e["loc"]), detail=e["msg"])
                for e in exc.errors(include_url=False)[:20]
            ]
        ) from None
    stored = encode(model)
    if len(stored.encode("utf-8")) > MAX_PAYLOAD_BYTES:
        limit_mb = max(1, MAX_PAYLOAD_BYTES // (1024 * 1024))
        raise InvalidPayload([Problem("too_large", params={"limit_mb": limit_mb})])
    if model.dataset_yaml is not None:
        _check_dataset(model.dataset_yaml)
    return model, stored


_known_good: OrderedDict[str, None] = OrderedDict()
_known_lock = threading.Lock()


def _check_dataset(yaml_text: str) -> None:
    """Load the dataset YAML with the upload's limits, remembering recent good ones by hash.

    Autosave sends the same dataset again with every small change elsewhere; loading a
    1,000-role file each time would cost a second, so a hash of a text already accepted skips it.
    """
    digest = hashlib.sha256(yaml_text.encode("utf-8")).hexdigest()
    with _known_lock:
        if digest in _known_good:
            _known_good.move_to_end(digest)
            return
    try:
        load_dataset(yaml_text.encode("utf-8"))
    except DatasetError as exc:
        raise InvalidPayload(exc.problems) from None
    with _known_lock:
        _known_good[digest] = None
        while len(_known_good) > 64:
            _known_good.popitem(last=False)
