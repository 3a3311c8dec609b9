"""The readiness route: 200 only once the warm-up is done and while the database answers."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

LOGGER = logging.getLogger(__name__)
READINESS_PATH = "/readyz"
# A probe must get its answer quickly even when the database hangs.
CHECK_TIMEOUT_S = 3.0


@dataclass
class Readiness:
    """Whether this process should get traffic: warmed up, and every check passes.

    `checks` maps a name to a blocking function that returns False or raises when its
    dependency does not answer (e.g. the database's ping); they run in a worker thread with a
    timeout.
    """

    checks: dict[str, Callable[[], bool]] = field(default_factory=dict)
    warm: bool = False

    async def _check(self, name: str, check: Callable[[], bool]) -> bool:
        """Whether `check` returns True within CHECK_TIMEOUT_S (a failure's reason is logged,
        never sent: it may name hosts or users)."""
        try:
            if await asyncio.wait_for(asyncio.to_thread(check), CHECK_TIMEOUT_S):
                return True
            LOGGER.warning("Readiness check %s failed", name)
        except Exception as exc:  # any failure means "not ready"; the probe itself must not fail
            LOGGER.warning("Readiness check %s failed: %s", name, type(exc).__name__)
        return False

    async def report(self) -> tuple[bool, dict[str, str]]:
        """(ready, state of each part) right now."""
        parts = {"warm_up": "done" if self.warm else "running"}
        for name, check in self.checks.items():
            parts[name] = "ok" if await self._check(name, check) else "unavailable"
        ready = self.warm and all(v == "ok" for k, v in parts.items() if k != "warm_up")
        return ready, parts

    async def endpoint(self, request: Request) -> JSONResponse:
        """GET /readyz: 200 when ready, else 503; the body names each part's state."""
        ready, parts = await self.report()
        body = {"ready": ready, **parts}
        headers = {"cache-control": "no-store"}
        return JSONResponse(body, status_code=200 if ready else 503, headers=headers)

    def route(self) -> Route:
        """The Starlette route serving `endpoint` at READINESS_PATH."""
        return Route(READINESS_PATH, self.endpoint, methods=["GET", "HEAD"])
