"""Rate-limit counters in the database: one row per bucket and window, shared by every process.

The limits themselves (what is counted, per how long, how many) are in `careers.rooms.limits`.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Integer,
    String,
    Table,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from careers.rooms.limits import LONGEST_SECONDS
from careers.store.schema import metadata

counters = Table(
    "rate_counters",
    metadata,
    Column("bucket", String(100), primary_key=True),
    Column("window_start", Integer, primary_key=True),
    Column("hits", Integer, nullable=False),
)


def hit(engine: Engine, bucket: str, window: int, limit: int) -> bool:
    """Count one event in `bucket`'s window starting at `window` (Unix seconds); False when
    that makes it more than `limit`."""
    key = (counters.c.bucket == bucket, counters.c.window_start == window)
    with engine.begin() as db:
        done = db.execute(update(counters).where(*key).values(hits=counters.c.hits + 1))
        if done.rowcount == 0:
            try:
                with db.begin_nested():
                    db.execute(insert(counters).values(bucket=bucket, window_start=window, hits=1))
            except IntegrityError:
                db.execute(update(counters).where(*key).values(hits=counters.c.hits + 1))
        hits: int = db.execute(select(counters.c.hits).where(*key)).scalar_one()
    return hits <= limit


def delete_finished_windows(db: Connection, now: float) -> None:
    """Delete the counters of windows that are over (`now` in Unix seconds).

    Only windows older than the longest limit go, so a window still counting is never reset.
    """
    db.execute(delete(counters).where(counters.c.window_start < now - LONGEST_SECONDS))
