"""One Streamlit session driven over its own websocket protocol, as a browser tab drives it.

It sends the protobuf messages Streamlit's frontend sends (rerun with widget states, fragment
re-runs on their timers) and reads the ones it receives, so the server sees a real session;
only the drawing is left out. Used by the room and cluster load benches.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlparse

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState


@dataclass
class Client:
    """One Streamlit session over the websocket: it re-runs its fragments as a browser does."""

    base_url: str
    query: dict[str, str]
    on_message: Callable[[bytes, float], None] = lambda raw, at: None
    widgets: dict[str, str] = field(default_factory=dict)  # key fragment -> widget id
    options: dict[str, list[str]] = field(default_factory=dict)  # radio id -> its labels
    errors: list[str] = field(default_factory=list)
    _ws: Any = None
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)
    _timers: dict[str, asyncio.Task[None]] = field(default_factory=dict)
    _page_hash: str = ""

    @property
    def ws_url(self) -> str:
        """The session websocket of the server."""
        parsed = urlparse(self.base_url)
        scheme = "wss" if parsed.scheme == "https" else "ws"
        return f"{scheme}://{parsed.netloc}{parsed.path.rstrip('/')}/_stcore/stream"

    def _rerun(self, fragment_id: str = "", widgets: list[WidgetState] | None = None) -> bytes:
        """A rerun request for the workshop page, as the frontend sends it."""
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = urlencode(self.query)
        # The frontend names the page by its hash once the server has told it.
        if self._page_hash:
            state.page_script_hash = self._page_hash
        else:
            state.page_name = "workshop"
        if fragment_id:
            state.fragment_id = fragment_id
            state.is_auto_rerun = True
        for widget in widgets or []:
            state.widget_states.widgets.append(widget)
        data: bytes = msg.SerializeToString()
        return data

    async def connect(self) -> None:
        """Open the session and ask for the page."""
        self._ws = await websockets.connect(
            self.ws_url,
            subprotocols=[websockets.Subprotocol("streamlit")],
            max_size=None,
            open_timeout=60,
        )
        self._tasks.append(asyncio.create_task(self._receive()))
        await self._ws.send(self._rerun())

    async def _receive(self) -> None:
        """Read every message; start a timer for each fragment that asks to re-run itself."""
        try:
            async for raw in self._ws:
                now = time.perf_counter()
                msg = ForwardMsg.FromString(raw)
                kind = msg.WhichOneof("type")
                if kind == "auto_rerun":
                    # One timer per fragment, as the frontend keeps: a redraw renews it.
                    fragment = msg.auto_rerun.fragment_id
                    if fragment not in self._timers:
                        self._timers[fragment] = asyncio.create_task(
                            self._auto(fragment, msg.auto_rerun.interval)
                        )
                elif kind == "navigation":
                    self._page_hash = msg.navigation.page_script_hash
                elif kind == "delta":
                    element = msg.delta.new_element
                    widget = element.WhichOneof("type")
                    if widget == "exception":
                        self.errors.append(f"exception on the page: {element.exception.message}")
                    if widget in ("button", "radio"):
                        wid = getattr(element, widget).id
                        self.widgets[wid.rsplit("-", 1)[-1]] = wid
                    if widget == "radio":
                        self.options[element.radio.id] = list(element.radio.options)
                elif kind == "page_info_changed":
                    for pair in msg.page_info_changed.query_string.split("&"):
                        name, _, value = pair.partition("=")
                        if name in ("present", "p"):
                            self.query[name] = value
                self.on_message(raw, now)
        except websockets.ConnectionClosed as exc:
            if exc.rcvd is None or exc.rcvd.code != 1000:
                self.errors.append(f"connection closed: {exc}")

    async def _auto(self, fragment_id: str, interval: float) -> None:
        """Re-run one fragment every `interval` seconds, as the frontend's timer does."""
        while True:
            await asyncio.sleep(interval)
            try:
                await self._ws.send(self._rerun(fragment_id))
            except websockets.ConnectionClosed:
                return

    async def click(self, key: str) -> None:
        """Press the button with `key`."""
        wid = next(w for k, w in self.widgets.items() if k == key or w.endswith(f"-{key}"))
        widget = WidgetState(id=wid, trigger_value=True)
        await self._ws.send(self._rerun(widgets=[widget]))

    async def choose(self, key: str, index: int) -> None:
        """Choose option `index` of the radio with `key`.

        A radio's state is the label of the chosen option (Streamlit 1.67's `string_value`),
        as the browser sends it.
        """
        wid = next(w for k, w in self.widgets.items() if key in w)
        label = self.options[wid][index]
        await self._ws.send(self._rerun(widgets=[WidgetState(id=wid, string_value=label)]))

    async def close(self) -> None:
        """Leave."""
        for task in [*self._tasks, *self._timers.values()]:
            task.cancel()
        if self._ws is not None:
            await self._ws.close()


async def wait_for(condition: Callable[[], bool], timeout: float) -> bool:
    """Poll `condition` every 20 ms until it holds or `timeout` seconds pass."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.02)
    return condition()
