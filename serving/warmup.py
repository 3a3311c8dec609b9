"""Warm start: run every page once, in both languages, in a session no browser sees, before
the server takes its first request.

Running the real pages through Streamlit's runtime (rather than calling a list of loaders)
imports exactly what the pages import, loads the default dataset and builds each page's figures
into the same shared caches a visitor's session reads, and compiles the page scripts; a page
added or changed later is warmed without touching this module.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime import Runtime
from streamlit.runtime.session_manager import ClientContext

from app_pages.registry import PAGES
from careers.dataset.fields import LANGUAGES
from serving.readiness import Readiness

LOGGER = logging.getLogger(__name__)
PAGE_TIMEOUT_S = 60.0
Lifespan = Callable[[Any], AbstractAsyncContextManager[dict[str, Any]]]


def page_names() -> list[str]:
    """The page names a client asks Streamlit for: "" (home) and every other page's stem."""
    return ["" if page.default else page.stem for page in PAGES]


class _WarmClient:
    """A session client that drops what the script sends and signals each finished run."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        """Signal finished runs on `loop`."""
        self.loop = loop
        self.finished = asyncio.Event()
        self.errors: list[str] = []

    def write_forward_msg(self, msg: ForwardMsg) -> None:
        """Note exceptions drawn on the page and wake the waiter when the run ends."""
        kind = msg.WhichOneof("type")
        if kind == "delta" and msg.delta.new_element.WhichOneof("type") == "exception":
            self.errors.append(msg.delta.new_element.exception.message)
        if kind == "script_finished":
            self.loop.call_soon_threadsafe(self.finished.set)

    @property
    def client_context(self) -> ClientContext | None:
        """No request behind this session."""
        return None


async def _warm_language(runtime: Runtime, pages: list[str], lang: str) -> list[str]:
    """Run each of `pages` once in a new session in `lang`; return the errors drawn."""
    client = _WarmClient(asyncio.get_running_loop())
    # One session per language: the language is kept in the session after its first run.
    session_id = runtime.connect_session(client=client, user_info={})
    try:
        for page in pages:
            client.finished.clear()
            state = ClientState(page_name=page, query_string=f"lang={lang}")
            runtime.handle_backmsg(session_id, BackMsg(rerun_script=state))
            try:
                await asyncio.wait_for(client.finished.wait(), PAGE_TIMEOUT_S)
            except TimeoutError:
                LOGGER.warning("Warm-up of page %r (%s) timed out", page, lang)
    finally:
        runtime.close_session(session_id)
    return client.errors


async def warm_pages(runtime: Runtime, pages: list[str], languages: tuple[str, ...]) -> float:
    """Run each of `pages` in each of `languages` in throwaway sessions; return seconds taken.

    A page that fails or times out is logged and skipped: warming is an optimisation, and the
    page will show its own error to the first visitor exactly as it would have.
    """
    start = time.perf_counter()
    for lang in languages:
        errors = await _warm_language(runtime, pages, lang)
        if errors:
            LOGGER.warning("Warm-up (%s): %d page run(s) ended with an error", lang, len(errors))
    return time.perf_counter() - start


def warm_start(readiness: Readiness, languages: tuple[str, ...] = LANGUAGES) -> Lifespan:
    """An `st.App` lifespan that warms every page before the server listens, then marks
    `readiness` warm (so the readiness route may answer 200)."""

    @asynccontextmanager
    async def lifespan(app: object) -> AsyncIterator[dict[str, Any]]:
        # Each check once first: the database's engine is created and migrated here, not
        # on a visitor's request (a database that is down only delays readiness).
        for check in readiness.checks.values():
            await asyncio.to_thread(check)
        seconds = await warm_pages(Runtime.instance(), page_names(), languages)
        readiness.warm = True
        LOGGER.info("Warm-up done in %.1f s", seconds)
        yield {"readiness": readiness}

    return lifespan
