"""A live workshop room under load: one presenter stepping, N phones following and answering.

Usage: .venv/bin/python -m bench.room_load [--participants 100] [--base-url URL] [--pid PID ...]

Without --base-url it starts the app on loopback (a throwaway SQLite database); with it, it
targets a running deployment (nginx in front of several processes, say) and reports server
memory and CPU only for the process ids given with --pid.

Every client speaks Streamlit's own websocket protocol (the protobuf messages its frontend
sends and receives), so each is a real Streamlit session on the server, with its fragment
re-runs, exactly as a phone's browser drives it; only the drawing in a browser is left out,
which costs the phone, not the server. One machine cannot run 100 Chromium tabs beside the
server; tests/e2e/test_workshop_room.py checks the same flow in real browsers.

Reports: join time p50/p95; step-to-phone p50/p95/max (from the presenter's click to each
phone showing the step); reveal-to-phone; answer-to-chart (from the last answer sent to the
projector counting all of them); server memory and CPU per participant; errors, including any
pay figure reaching a phone before the reveal. Bounded: at most 300 participants, every wait
has a deadline.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any

from bench.load_test import cpu_seconds, rss_mib
from bench.session_client import Client, wait_for

MAX_PARTICIPANTS = 300
STEP = re.compile(rb"(?:Step|Passo) (\d+) (?:of|di) (\d+)")
ANSWERS = re.compile(rb"(?:Answers|Risposte): (\d+)")
ROOM = re.compile(rb"(?:Room code: |Room )\*\*([A-Z0-9]{6})\*\*")
ENDED = re.compile(rb"This room has ended|Questa sala \xc3\xa8 terminata")
# What a revealed band looks like in either language ("$32,000" or "32.000 USD"), as the
# page's Markdown carries it: "$" and "." may come escaped with a backslash.
PAY = re.compile(rb"\\?\$\d{1,3},\d{3}|\d{1,3}\\?\.\d{3}\xc2\xa0USD")
QUESTION = "phone_experience"
OPTIONS = 3


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) by nearest rank; NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


@dataclass
class Phone:
    """A participant: when each step arrived, whether pay arrived too early, its errors."""

    number: int
    lang: str
    started: float = 0.0
    joined: float | None = None
    steps: dict[int, float] = field(default_factory=dict)
    pay_at: float | None = None
    ended_at: float | None = None
    client: Client | None = None

    def seen(self, raw: bytes, at: float) -> None:
        """Note what this message brought: a step, pay figures, the end of the room."""
        for match in STEP.finditer(raw):
            step = int(match.group(1))
            self.steps.setdefault(step, at)
            if self.joined is None:
                self.joined = at
        if self.pay_at is None and PAY.search(raw):
            self.pay_at = at
        if self.ended_at is None and ENDED.search(raw):
            self.ended_at = at


async def start_room(base_url: str, projector: dict[str, object]) -> tuple[Client, str]:
    """The presenter opens the workshop and starts a room; (their client, the room code)."""

    def projector_seen(raw: bytes, at: float) -> None:
        """The presenter's screen: the room code, the count of answers."""
        if projector["code"] is None and (found := ROOM.search(raw)):
            projector["code"] = found.group(1).decode()
        for found in ANSWERS.finditer(raw):
            count = int(found.group(1))
            if count != projector["answers"]:
                projector["answers"], projector["answers_at"] = count, at

    presenter = Client(base_url, {"lang": "en"}, on_message=projector_seen)
    await presenter.connect()
    await wait_for(lambda: "ws_start_room" in presenter.widgets, 60)
    await presenter.click("ws_start_room")
    if not await wait_for(lambda: projector["code"] is not None, 30):
        raise RuntimeError("the presenter could not start a room")
    return presenter, str(projector["code"])


async def join_all(base_url: str, code: str, phones: list[Phone], errors: list[str]) -> None:
    """Every phone opens the room's link, at most 20 connecting at the same moment."""
    gate = asyncio.Semaphore(20)

    async def join(phone: Phone) -> None:
        async with gate:
            phone.client = Client(base_url, {"room": code, "lang": phone.lang}, phone.seen)
            phone.started = time.perf_counter()
            try:
                await phone.client.connect()
                await wait_for(lambda: phone.joined is not None, 60)
            except Exception as exc:  # a refused or dropped connection is a reported error
                errors.append(f"phone {phone.number}: {type(exc).__name__}: {exc}")

    await asyncio.gather(*(join(p) for p in phones))
    errors += [f"phone {p.number} never showed the room" for p in phones if p.joined is None]


async def answer_and_reveal(
    presenter: Client, phones: list[Phone], projector: dict[str, object], errors: list[str]
) -> tuple[float | None, float | None]:
    """At the first rung: every phone answers, then the presenter reveals the pay.

    Returns (seconds from the last answer to the projector's count, slowest reveal).
    """
    answer_to_chart = reveal_delay = None
    early = [p for p in phones if p.pay_at is not None]
    errors += [f"phone {p.number}: pay before the reveal" for p in early]
    shown = phones[0].client.widgets if phones[0].client else {}
    await wait_for(lambda: any(QUESTION in w for w in shown.values()), 5)
    sends = [
        p.client.choose(f"ws_answer_{QUESTION}", random.randrange(OPTIONS))
        for p in phones
        if p.client and any(QUESTION in w for w in p.client.widgets.values())
    ]
    if not sends:
        errors.append(f"no phone showed the question {QUESTION}")
    await asyncio.gather(*sends)
    last_sent = time.perf_counter()
    if sends and await wait_for(lambda: projector["answers"] == len(sends), 15):
        answer_to_chart = float(projector["answers_at"]) - last_sent  # type: ignore[arg-type]
    else:
        errors.append(f"projector counted {projector['answers']} of {len(sends)} answers")
    if not await wait_for(lambda: "ws_reveal_operatore" in presenter.widgets, 5):
        errors.append(f"no reveal button on the projector: {sorted(presenter.widgets)}")
        return answer_to_chart, None
    clicked = time.perf_counter()
    await presenter.click("ws_reveal_operatore")
    if await wait_for(lambda: all(p.pay_at for p in phones), 10):
        reveal_delay = max(p.pay_at - clicked for p in phones)  # type: ignore[operator]
    else:
        errors.append(f"reveal: {sum(not p.pay_at for p in phones)} phones missed it")
    return answer_to_chart, reveal_delay


async def step_through(
    presenter: Client,
    phones: list[Phone],
    projector: dict[str, object],
    gap: float,
    report: dict[str, Any],
) -> None:
    """The presenter steps through the whole workshop; how fast each step reaches the phones."""
    errors: list[str] = report["errors"]
    step_delays: list[float] = []
    for step in range(2, 8):
        await asyncio.sleep(gap)
        clicked = time.perf_counter()
        await presenter.click("ws_next")
        arrived = await wait_for(lambda: all(step in p.steps for p in phones), 10)  # noqa: B023
        if not arrived:
            errors.append(
                f"step {step}: {sum(step not in p.steps for p in phones)} phones missed it"
            )
        step_delays += [p.steps[step] - clicked for p in phones if step in p.steps]
        if step == 2:
            figures = await answer_and_reveal(presenter, phones, projector, errors)
            report["answer_to_chart"], report["reveal_max"] = figures
    report["step_p50"] = percentile(step_delays, 50)
    report["step_p95"] = percentile(step_delays, 95)
    report["step_max"] = max(step_delays, default=float("nan"))


async def run(base_url: str, participants: int, pids: list[int], gap: float) -> dict[str, Any]:
    """The whole scenario; returns the figures."""
    report: dict[str, Any] = {"participants": participants, "errors": []}
    report["answer_to_chart"] = report["reveal_max"] = None
    errors: list[str] = report["errors"]
    projector: dict[str, object] = {"code": None, "answers": 0, "answers_at": None}
    presenter, code = await start_room(base_url, projector)

    cpu0 = {pid: cpu_seconds(pid) for pid in pids}
    rss0 = {pid: rss_mib(pid) for pid in pids}
    phones = [Phone(n, "it" if n % 2 else "en") for n in range(participants)]
    started = time.perf_counter()
    await join_all(base_url, code, phones, errors)
    report["join_all_s"] = time.perf_counter() - started
    joins = [p.joined - p.started for p in phones if p.joined is not None]
    report["join_p50"], report["join_p95"] = percentile(joins, 50), percentile(joins, 95)
    cpu_join = {pid: cpu_seconds(pid) for pid in pids}

    follow_started = time.perf_counter()
    await step_through(presenter, phones, projector, gap, report)
    follow_s = time.perf_counter() - follow_started
    cpu_follow = {pid: cpu_seconds(pid) for pid in pids}
    rss1 = {pid: rss_mib(pid) for pid in pids}

    await presenter.click("ws_end_room") if "ws_end_room" in presenter.widgets else None
    await wait_for(lambda: all(p.ended_at for p in phones), 10)
    report["ended_seen"] = sum(1 for p in phones if p.ended_at)
    errors += presenter.errors
    for phone in phones:
        if phone.client:
            errors += phone.client.errors
            await phone.client.close()
    await presenter.close()

    if pids:
        report["rss_per_participant_mib"] = sum(rss1[p] - rss0[p] for p in pids) / participants
        report["cpu_join_ms_per_participant"] = (
            1000 * sum(cpu_join[p] - cpu0[p] for p in pids) / participants
        )
        report["cpu_follow_pct_per_participant"] = (
            100 * sum(cpu_follow[p] - cpu_join[p] for p in pids) / follow_s / participants
        )
        report["rss_total_mib"] = sum(rss1.values())
    return report


def print_report(report: dict[str, Any]) -> None:
    """The figures, one per line."""
    for name, value in report.items():
        if name == "errors":
            continue
        shown = f"{value:.3f}" if isinstance(value, float) else value
        print(f"{name:32} {shown}")
    print(f"{'errors':32} {len(report['errors'])}")
    for error in report["errors"][:20]:
        print(f"  {error}")


def main() -> None:
    """Parse the arguments, start a server if needed, run, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100)
    parser.add_argument("--base-url", default=None, help="a running app; default: start one")
    parser.add_argument("--pid", type=int, action="append", default=[], help="server process")
    parser.add_argument("--gap", type=float, default=3.0, help="seconds between steps")
    args = parser.parse_args()
    count = max(1, min(args.participants, MAX_PARTICIPANTS))
    if args.base_url:
        print_report(asyncio.run(run(args.base_url, count, args.pid, args.gap)))
        return
    import os

    from scripts.server import serve

    os.environ["CAREERS_DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/rooms.sqlite3"
    with serve() as (url, pid):
        print_report(asyncio.run(run(url, count, [pid], args.gap)))


if __name__ == "__main__":
    main()
