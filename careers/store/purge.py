"""Remove old workspaces and rooms: `python -m careers.store.purge --days N [--room-hours H]`.

Run it daily (cron, a systemd timer or a Kubernetes CronJob); it uses `CAREERS_DATABASE_URL`
like the app, or `--database-url`.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from careers.store import rooms
from careers.store.engine import database_url, get_engine
from careers.store.workspaces import WorkspaceStore

# A day: until then the presenter's link still offers an ended room's results (CSV), and a
# participant's link says the room ended rather than that no such room exists (which would also
# count against them as a guessed code).
DEFAULT_ROOM_HOURS = 24


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, purge, print how many workspaces and rooms were removed."""
    parser = argparse.ArgumentParser(
        prog="python -m careers.store.purge",
        description="Remove the workspaces nobody opened or saved for the given number of days, "
        "and the rooms that ended long enough ago, with their participants and answers.",
    )
    parser.add_argument("--days", type=int, required=True, help="days without use (at least 1)")
    parser.add_argument(
        "--room-hours",
        type=int,
        default=DEFAULT_ROOM_HOURS,
        help=f"hours since a room expired (at least 0; default {DEFAULT_ROOM_HOURS})",
    )
    parser.add_argument("--database-url", default=None, help="default: CAREERS_DATABASE_URL")
    args = parser.parse_args(argv)
    if args.days < 1:
        parser.error("--days must be at least 1")
    if args.room_hours < 0:
        parser.error("--room-hours must be at least 0")
    engine = get_engine(args.database_url or database_url())
    workspaces = WorkspaceStore(engine).purge(args.days)
    print(f"Removed {workspaces} workspace(s) unused for {args.days} day(s).")
    removed_rooms = rooms.purge(engine, datetime.now(UTC), args.room_hours)
    print(f"Removed {removed_rooms} room(s) expired more than {args.room_hours} hour(s) ago.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
