"""Live rooms under load through nginx against several app processes sharing one PostgreSQL.

Usage: .venv/bin/python -m bench.cluster_load [--rooms 4] [--participants 30] [--processes 2]

Starts the cluster the tests start (tests/support: throwaway PostgreSQL, nginx with
deploy/nginx.conf; scripts/server: the real entry), all on loopback, then runs
bench/room_load's scenario for every room at the same time (a presenter stepping through the
workshop, its phones following and answering), each client a real Streamlit session over its
websocket through nginx. Prints each room's figures and the whole cluster's memory and CPU per
participant. Bounded: at most 300 participants in all; every wait in room_load has a deadline.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import tempfile
import time
from pathlib import Path
from typing import Any

import websockets

from bench.load_test import cpu_seconds, rss_mib
from bench.room_load import MAX_PARTICIPANTS, percentile, run
from tests.support.cluster import running_cluster


async def rooms_at_once(url: str, rooms: int, per_room: int, gap: float) -> list[dict[str, Any]]:
    """Every room's scenario at the same time, the presenters a little apart."""

    async def one(index: int) -> dict[str, Any]:
        await asyncio.sleep(index * 2.0)
        try:
            return await run(url, per_room, [], gap)
        except Exception as exc:  # a room that could not start is a reported error
            return {"participants": per_room, "errors": [f"{type(exc).__name__}: {exc}"]}

    return list(await asyncio.gather(*(one(i) for i in range(rooms))))


def like_a_browser() -> None:
    """Clients that never ping the server, as browsers do not (the server pings them).

    The websockets library pings every 20 s and drops the connection when a pong is 20 s late;
    on a saturated machine that closed the presenters' sessions, which no phone would do.
    """
    # bench/room_load calls `websockets.connect`: give every call the browser's behaviour.
    websockets.connect = functools.partial(websockets.connect, ping_interval=None)  # type: ignore[misc,assignment]


def main() -> None:
    """Start the cluster, run the rooms, print the figures, remove everything."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rooms", type=int, default=4)
    parser.add_argument("--participants", type=int, default=30, help="per room")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--gap", type=float, default=3.0, help="seconds between steps")
    args = parser.parse_args()
    per_room = max(1, min(args.participants, MAX_PARTICIPANTS // max(1, args.rooms)))
    logs = Path(tempfile.mkdtemp(prefix="careers-cluster-load-"))
    # The warm-up alone took over a minute on a saturated machine.
    with running_cluster(args.processes, logs, durable=True, startup_timeout=600) as cluster:
        apps, nginx = cluster.apps, cluster.nginx
        pids = [app.pid for app in apps]
        like_a_browser()
        rss0 = {pid: rss_mib(pid) for pid in pids}
        cpu0 = {pid: cpu_seconds(pid) for pid in pids}
        started = time.perf_counter()
        reports = asyncio.run(rooms_at_once(nginx.url, args.rooms, per_room, args.gap))
        took = time.perf_counter() - started
        rss1 = {pid: rss_mib(pid) for pid in pids}
        cpu1 = {pid: cpu_seconds(pid) for pid in pids}
        total = per_room * args.rooms
        for n, report in enumerate(reports, start=1):
            shown = {k: v for k, v in report.items() if k != "errors"}
            print(f"room {n}: {shown} errors={len(report['errors'])}")
            for error in report["errors"][:5]:
                print(f"  {error}")
        print(f"processes                        {args.processes}")
        print(f"rooms x participants             {args.rooms} x {per_room} = {total}")
        print(f"errors                           {sum(len(r['errors']) for r in reports)}")
        for name in ("step_p50", "step_p95", "step_max", "join_p95"):
            values = [r[name] for r in reports if isinstance(r.get(name), float)]
            print(f"{name + ' (worst room), s':32} {max(values, default=float('nan')):.3f}")
        medians = [r.get("step_p50", float("nan")) for r in reports]
        print(f"median of rooms' step_p50, s     {percentile(medians, 50):.3f}")
        print(
            f"memory per participant, MiB      {sum(rss1[p] - rss0[p] for p in pids) / total:.2f}"
        )
        print(
            f"server CPU per participant, s    {sum(cpu1[p] - cpu0[p] for p in pids) / total:.2f}"
        )
        busy = 100 * sum(cpu1[p] - cpu0[p] for p in pids) / took / total
        print(f"server CPU, % of one core/part.  {busy:.2f}")
        print(f"memory per process at the end    {[round(rss1[p]) for p in pids]} MiB")
        print(f"wall time, s                     {took:.1f}")


if __name__ == "__main__":
    main()
