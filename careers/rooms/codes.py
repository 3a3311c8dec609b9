"""Room codes people type from a projector, and the secrets behind presenter links."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

# No 0/O, 1/I/L, 5/S, 8/B, 2/Z, U/V: nothing one reader could take for another from the back
# of a room. 24 symbols ** 6 = 191 million codes; guessing is rate-limited on top.
CODE_ALPHABET = "34679ACDEFGHJKMNPQRTWXY"
CODE_LENGTH = 6
# 32 random bytes: 256 bits, well above the 128 the presenter link must carry.
SECRET_BYTES = 32
_SECRET = re.compile(r"[A-Za-z0-9_-]{16,64}")
# Separators people add when they read a code aloud or copy it ("ABC-DEF", "abc def").
_SEPARATORS = re.compile(r"[\s\-_.·]+")


def new_code() -> str:
    """A fresh random room code."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(value: str | None) -> str | None:
    """The room code a typed or linked value means, or None when it cannot be one.

    Case and separators are forgiven; any character outside the alphabet (look-alikes
    included) makes the value no code at all, so it never reaches the database.
    """
    if not value or len(value) > 4 * CODE_LENGTH:
        return None
    code = _SEPARATORS.sub("", value).upper()
    if len(code) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in code):
        return None
    return code


def new_secret() -> str:
    """A capability secret for a link (URL-safe, 256 random bits)."""
    return secrets.token_urlsafe(SECRET_BYTES)


def is_secret_shaped(value: str | None) -> bool:
    """Whether `value` looks like a secret this module makes (checked before any hashing)."""
    return bool(value) and _SECRET.fullmatch(value or "") is not None


def hash_secret(secret: str) -> str:
    """The stored form of a secret: its SHA-256 (secrets are random, so no salt is needed)."""
    return hashlib.sha256(secret.encode("ascii")).hexdigest()


def same_hash(a: str, b: str) -> bool:
    """Constant-time comparison of two stored hashes."""
    return hmac.compare_digest(a.encode(), b.encode())
