"""Drive an ASGI app with one HTTP request in the test, without a server or a client library."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

T = TypeVar("T")


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run `coroutine` to completion in a thread of its own: in a full test run the browser
    tests' Playwright keeps an event loop running in the main thread."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@dataclass
class Reply:
    """What the app sent back, and how much of the request body it read."""

    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    body_read: int = 0


async def _drive(app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
    """Await `app` on one request (a coroutine, as run_async needs)."""
    await app(scope, receive, send)


def call(
    app: ASGIApp,
    chunks: list[bytes] | None = None,
    headers: dict[str, str] | None = None,
    method: str = "PUT",
    scope_type: str = "http",
) -> Reply:
    """Send one request whose body arrives as `chunks` to `app`; collect the reply."""
    reply = Reply()
    pending = list(chunks or [b""])

    async def receive() -> Message:
        chunk = pending.pop(0) if pending else b""
        reply.body_read += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": bool(pending)}

    async def send(message: Message) -> None:
        if message["type"] == "http.response.start":
            reply.status = message["status"]
            reply.headers = {k.decode(): v.decode() for k, v in message["headers"]}
        elif message["type"] == "http.response.body":
            reply.body += message.get("body", b"")

    scope: dict[str, Any] = {
        "type": scope_type,
        "method": method,
        "path": "/",
        "headers": [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()],
    }
    run_async(_drive(app, scope, receive, send))
    return reply


async def reading_app(scope: Scope, receive: Receive, send: Send) -> None:
    """An app that reads the whole body, then answers 200 with its length."""
    size = 0
    while True:
        message = await receive()
        size += len(message.get("body", b""))
        if not message.get("more_body"):
            break
    body = str(size).encode()
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": body})
