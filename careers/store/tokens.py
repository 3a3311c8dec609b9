"""Capability tokens: random secrets in links, kept in the database only as SHA-256 hashes."""

from __future__ import annotations

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
