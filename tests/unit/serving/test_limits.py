"""Bodies over the app's upload limit are refused before they are read."""

from __future__ import annotations

import tomllib

from careers.dataset.decoding import MAX_BYTES
from serving.limits import MAX_BODY_BYTES, MAX_UPLOAD_MB, BodyLimit
from tests.conftest import ROOT
from tests.unit.serving.asgi_calls import call, reading_app

MIB = 1024 * 1024


def test_streamlit_upload_limit_is_the_apps_dataset_limit() -> None:
    config = tomllib.loads((ROOT / ".streamlit/config.toml").read_text())
    assert config["server"]["maxUploadSize"] == MAX_UPLOAD_MB == 2
    assert MAX_UPLOAD_MB * MIB == MAX_BYTES
    # The whole request may carry a 2 MiB file and its multipart framing, and no more.
    assert MAX_BODY_BYTES == 3 * MIB


def test_declared_oversized_body_is_refused_unread() -> None:
    reply = call(BodyLimit(reading_app, limit=1000), [b"x" * 1001], {"content-length": "1001"})
    assert reply.status == 413
    assert reply.body_read == 0
    assert b"too large" in reply.body


def test_body_at_the_limit_passes() -> None:
    reply = call(BodyLimit(reading_app, limit=1000), [b"x" * 1000], {"content-length": "1000"})
    assert (reply.status, reply.body) == (200, b"1000")


def test_chunked_body_is_cut_off_once_past_the_limit() -> None:
    chunks = [b"x" * 400] * 10  # 4000 bytes, no Content-Length
    reply = call(BodyLimit(reading_app, limit=1000), chunks)
    assert reply.status == 413
    assert reply.body_read == 1200  # three chunks: the one that crossed the limit is the last


def test_garbled_content_length_is_refused() -> None:
    reply = call(BodyLimit(reading_app, limit=1000), [b"x"], {"content-length": "12abc"})
    assert reply.status == 413
    assert reply.body_read == 0
