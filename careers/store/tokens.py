"""Capability tokens: random secrets in links, kept in the database only as SHA-256 hashes."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

# 32 random bytes = 256 bits, well over the 128 the design asks for; 43 URL-safe characters.
TOKEN_BYTES = 32
TOKEN_LENGTH = 43
_SHAPE = re.compile(rf"[A-Za-z0-9_-]{{{TOKEN_LENGTH}}}")


def new_token() -> str:
    """A fresh URL-safe token with 256 random bits."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def looks_like_token(value: object) -> bool:
    """Whether `value` has a token's shape; a cheap check before any hashing or query."""
    return isinstance(value, str) and _SHAPE.fullmatch(value) is not None


def token_hash(token: str) -> str:
    """The SHA-256 hex digest stored instead of the token (the token has enough entropy
    that a fast unsalted hash cannot be brute-forced)."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def matches(token: str, stored_hash: str) -> bool:
    """Whether `token` hashes to `stored_hash`, compared in constant time."""
    return hmac.compare_digest(token_hash(token), stored_hash)


def seal_view_token(view_token: str, edit_token: str) -> str:
    """The view token masked with a key only the edit token gives (hex).

    Lets whoever holds the edit link show the read-only link again, while the database alone
    reveals neither: the mask is SHA-256 of the edit token, which is never stored.
    """
    return _xor(base64.urlsafe_b64decode(view_token + "="), _mask(edit_token)).hex()


def unseal_view_token(sealed: str, edit_token: str) -> str:
    """The view token back from `seal_view_token`'s output, given the same edit token."""
    raw = _xor(bytes.fromhex(sealed), _mask(edit_token))
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _mask(edit_token: str) -> bytes:
    """The 32-byte mask derived from an edit token."""
    return hashlib.sha256(b"careers-view-seal:" + edit_token.encode("ascii")).digest()


def _xor(data: bytes, mask: bytes) -> bytes:
    """Bytewise XOR of two equally long byte strings."""
    return bytes(a ^ b for a, b in zip(data, mask, strict=True))
