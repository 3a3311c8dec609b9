"""The readiness route: 200 only when warm and every check passes, fast even when one hangs."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest

from serving import readiness as readiness_module
from serving.readiness import Readiness
from tests.unit.serving.asgi_calls import run_async


def answer(readiness: Readiness) -> tuple[int, dict[str, object]]:
    """(status, body) of GET /readyz."""
    response = run_async(readiness.endpoint(None))  # type: ignore[arg-type]
    return response.status_code, json.loads(bytes(response.body))


def database_raises() -> bool:
    """A check that fails by raising, naming a host it must not leak."""
    raise ConnectionRefusedError("connection to server at 10.1.2.3 port 5432 failed")


def hanging_check() -> bool:
    """A check that takes longer than any probe should wait."""
    time.sleep(2)
    return True


def test_not_ready_until_warm() -> None:
    assert answer(Readiness(checks={"database": lambda: True})) == (
        503,
        {"ready": False, "warm_up": "running", "database": "ok"},
    )


def test_ready_when_warm_and_database_answers() -> None:
    readiness = Readiness(checks={"database": lambda: True}, warm=True)
    assert answer(readiness) == (200, {"ready": True, "warm_up": "done", "database": "ok"})


@pytest.mark.parametrize("check", [lambda: False, database_raises], ids=["false", "raises"])
def test_database_down_is_not_ready_and_tells_nothing_more(check: Callable[[], bool]) -> None:
    status, body = answer(Readiness(checks={"database": check}, warm=True))
    assert status == 503
    assert body == {"ready": False, "warm_up": "done", "database": "unavailable"}


def test_hanging_check_answers_within_the_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readiness_module, "CHECK_TIMEOUT_S", 0.3)
    readiness = Readiness(checks={"database": hanging_check}, warm=True)

    async def timed() -> tuple[float, int]:
        start = time.perf_counter()
        response = await readiness.endpoint(None)  # type: ignore[arg-type]
        return time.perf_counter() - start, response.status_code

    # Timed inside the loop: at its end, asyncio.run waits for the abandoned thread.
    seconds, status = run_async(timed())
    assert status == 503
    assert seconds < 1.0
