"""A dataset file's bytes to text: size limit, encoding, characters YAML refuses, placed by line."""

from __future__ import annotations

import re

from careers.dataset.problems import DatasetError, Problem

MAX_BYTES = 2 * 1024 * 1024
# Characters YAML refuses in a file (C0/C1 controls other than tab and line breaks, surrogates).
_UNPRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def decode(raw: bytes) -> str:
    """The file's text; DatasetError for an oversized, UTF-16, binary, non-UTF-8 or empty one."""
    if len(raw) > MAX_BYTES:
        raise DatasetError([Problem("too_large", params={"limit_mb": MAX_BYTES // (1024 * 1024)})])
    if _looks_utf16(raw):
        raise DatasetError([Problem("utf16")])
    if b"\x00" in raw:
        raise DatasetError([Problem("binary")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start].decode("utf-8", errors="replace")
        line, column = _place(before, len(before))
        raise DatasetError([Problem("not_utf8").at(line, column)]) from None
    bad = _UNPRINTABLE.search(text)
    if bad:
        line, column = _place(text, bad.start())
        char = f"U+{ord(bad.group()):04X}"
        raise DatasetError([Problem("control_char", params={"char": char}).at(line, column)])
    if not text.strip():
        raise DatasetError([Problem("empty")])
    return text


def _looks_utf16(raw: bytes) -> bool:
    """A UTF-16 (or UTF-32) file: its byte-order mark, or a NUL byte beside every ASCII one."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    head = raw[:200]
    return len(head) >= 4 and (
        head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4
    )


def _place(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of `offset` in `text`."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1
