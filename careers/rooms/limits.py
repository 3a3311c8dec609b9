"""Rate limits as fixed windows: what each limit allows, and which window a moment falls in.

The counters themselves live in the database (`careers.store.rate_counters`), so a guesser or a
flood spread over several server processes meets one limit, not one per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Limit:
    """At most `count` events per `seconds` for one key (a client address, a participant)."""

    name: str
    count: int
    seconds: int

    def window(self, now: datetime) -> int:
        """The start (Unix seconds) of the fixed window `now` falls in."""
        return int(now.timestamp()) // self.seconds * self.seconds

    def bucket(self, key: str) -> str:
        """The counter's name for one key (keys are cut to a bounded length)."""
        return f"{self.name}:{key[:80]}"


# Wrong room codes from one address: enough for typos, far too few to walk 191 million codes.
GUESS = Limit("guess", 10, 600)
# Joins from one address: a whole room behind one office router joins in the first minute.
JOIN = Limit("join", 300, 60)
# Answers from one participant: changing one's mind is fine, a script hammering is not.
ANSWER = Limit("answer", 30, 60)
# Rooms started from one address.
CREATE = Limit("create", 20, 3600)

# A counter window that started longer ago than the longest window is over (the purge drops it).
LONGEST_SECONDS = max(limit.seconds for limit in (GUESS, JOIN, ANSWER, CREATE))
