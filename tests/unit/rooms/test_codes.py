"""Room codes and link secrets."""

from __future__ import annotations

import pytest

from careers.rooms.codes import (
    CODE_ALPHABET,
    hash_secret,
    is_secret_shaped,
    new_code,
    new_secret,
    normalize_code,
)


def test_alphabet_has_no_look_alikes():
    for confusable in "0O1IL5S8B2ZUV":
        assert confusable not in CODE_ALPHABET


def test_new_codes_use_the_alphabet_and_differ():
    made = {new_code() for _ in range(200)}
    assert len(made) > 190
    assert all(len(c) == 6 and set(c) <= set(CODE_ALPHABET) for c in made)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ACDEFG", "ACDEFG"),
        ("acd-efg", "ACDEFG"),
        (" acd efg ", "ACDEFG"),
        ("ACDEF0", None),  # a zero is no code: the alphabet has no look-alikes
        ("ACDEF", None),
        ("ACDEFGH", None),
        ("", None),
        (None, None),
        ("'; DROP TABLE rooms; --", None),
        ("A" * 10_000, None),
        ("ÀCDEFG", None),
    ],
)
def test_normalize_code(typed, expected):
    assert normalize_code(typed) == expected


def test_secrets_carry_at_least_128_bits_and_are_stored_hashed():
    secret = new_secret()
    assert len(secret) >= 43  # 32 bytes in URL-safe base64
    assert is_secret_shaped(secret)
    assert hash_secret(secret) != secret and len(hash_secret(secret)) == 64
    assert not is_secret_shaped("short")
    assert not is_secret_shaped("x" * 65)
    assert not is_secret_shaped("<script>alert(1)</script>xxxxxxxx")
