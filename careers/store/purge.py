"""Remove workspaces unused for N days: `python -m careers.store.purge --days N`.

Run it daily (cron, a systemd timer or a Kubernetes CronJob); it uses `CAREERS_DATABASE_URL`
like the app, or `--database-url`.
"""

from __future__ import annotations

import argparse

from careers.store.engine import database_url, get_engine
from careers.store.workspaces import WorkspaceStore


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, purge, print how many workspaces were removed."""
    parser = argparse.ArgumentParser(
        prog="python -m careers.store.purge",
        description="Remove the workspaces nobody opened or saved for the given number of days.",
    )
    parser.add_argument("--days", type=int, required=True, help="days without use (at least 1)")
    parser.add_argument("--database-url", default=None, help="default: CAREERS_DATABASE_URL")
    args = parser.parse_args(argv)
    if args.days < 1:
        parser.error("--days must be at least 1")
    removed = WorkspaceStore(get_engine(args.database_url or database_url())).purge(args.days)
    print(f"Removed {removed} workspace(s) unused for {args.days} day(s).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
