"""Request bodies above the app's own upload limit are refused before they are read."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from careers.dataset.decoding import MAX_BYTES

# The largest dataset the app accepts is MAX_BYTES; an upload wraps the file in a multipart body
# (boundary, part headers, file name), which Streamlit allows 1 MiB for. Anything larger cannot
# be a file the app would accept, so it is refused with 413 before a byte of it is read.
MULTIPART_MARGIN = 1024 * 1024
MAX_BODY_BYTES = MAX_BYTES + MULTIPART_MARGIN
# Streamlit's own per-file limit, in whole megabytes (server.maxUploadSize), equals the app's.
MAX_UPLOAD_MB = MAX_BYTES // (1024 * 1024)


class BodyTooLarge(Exception):
    """A streamed request body went past the limit."""


async def _refuse(send: Send) -> None:
    """Answer 413 with a short plain-text reason."""
    body = b"Request body too large.\n"
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """ASGI middleware: refuse HTTP bodies over `limit` bytes with 413.

    A declared Content-Length over the limit is refused before the body is read; a chunked body
    (no length) is counted as it streams and refused once it passes the limit.
    """

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        """Wrap `app` with a body limit of `limit` bytes."""
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Refuse an oversized body, or pass the request on with a counting `receive`."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None:
            try:
                too_large = int(declared) > self.limit
            except ValueError:
                too_large = True
            if too_large:
                await _refuse(send)
                return

        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _refuse(send)
