"""Capability tokens: enough randomness, hashed storage, a cheap shape check for hostile input."""

from __future__ import annotations

import hashlib

import pytest

from careers.store.tokens import (
    looks_like_token,
    matches,
    new_token,
    seal_view_token,
    token_hash,
    unseal_view_token,
)


def test_tokens_carry_at_least_128_random_bits_and_differ() -> None:
    tokens = {new_token() for _ in range(200)}
    assert len(tokens) == 200
    # URL-safe base64 carries 6 bits per character.
    assert all(len(t) * 6 >= 128 and looks_like_token(t) for t in tokens)


def test_hash_is_sha256_hex_and_not_the_token() -> None:
    token = new_token()
    assert token_hash(token) == hashlib.sha256(token.encode()).hexdigest()
    assert token not in token_hash(token)
    assert matches(token, token_hash(token))
    assert not matches(new_token(), token_hash(token))


@pytest.mark.parametrize(
    "value",
    [
        "",
        "abc",
        "x" * 42,
        "x" * 44,
        "a" * 42 + "=",
        "<script>alert(1)</script>" + "a" * 18,
        "a" * 42 + "\n",
        "' OR 1=1 --" + "a" * 32,
        "é" * 43,
        None,
        43,
        ["a" * 43],
    ],
)
def test_hostile_or_malformed_values_do_not_look_like_tokens(value: object) -> None:
    assert not looks_like_token(value)


def test_sealed_view_token_opens_only_with_its_edit_token() -> None:
    view, edit = new_token(), new_token()
    sealed = seal_view_token(view, edit)
    assert view not in sealed and len(sealed) == 64
    assert unseal_view_token(sealed, edit) == view
    assert unseal_view_token(sealed, new_token()) != view
