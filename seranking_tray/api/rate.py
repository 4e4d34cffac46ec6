"""The Project API's limit, per key: at most 5 requests in any 1-second window, whoever makes them.

Every request made with a key — by any client or monitor of that key, to any host, retries included — first takes
a slot from that key's limiter, which hands out times so that no window of `window` seconds holds more than
`limit` of them. Keys are told apart by a digest, so the registry holds no key.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import deque
from collections.abc import Callable

from seranking_tray.domain.apikey import ApiKey

LIMIT = 5
# Over a second: the server sees requests after connection set-up and scheduling jitter, so two granted exactly
# 1.0 s apart could arrive closer than that. 0.1 s of margin was once not enough on a loaded 2-core machine
# (test_many_accounts saw 6 arrivals within a second): 0.2 s.
WINDOW = 1.2


class RateLimiter:
    """A sliding-window limiter that reserves slots: `reserve()` says how long to wait before using yours."""

    def __init__(self, limit: int = LIMIT, window: float = WINDOW, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self._clock = limit, window, clock
        self._granted: deque[float] = deque()  # times handed out, in order (some may lie in the future)
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take the next free slot; seconds until it starts (0: go now)."""
        if self.limit <= 0:
            return 0.0  # unlimited (see set_limit)
        with self._lock:
            now = self._clock()
            while self._granted and self._granted[0] <= now - self.window:
                self._granted.popleft()
            start = now
            if len(self._granted) >= self.limit:
                start = max(now, self._granted[-self.limit] + self.window)
            self._granted.append(start)
            return start - now


_registry: dict[str, tuple[RateLimiter, threading.Lock]] = {}
_registry_lock = threading.Lock()
_limit = LIMIT


def _entry(key: ApiKey) -> tuple[RateLimiter, threading.Lock]:
    digest = hashlib.sha256(key.reveal().encode("utf-8")).hexdigest()
    with _registry_lock:
        entry = _registry.get(digest)
        if entry is None:
            entry = _registry[digest] = (RateLimiter(_limit), threading.Lock())
        return entry


def limiter_for(key: ApiKey) -> RateLimiter:
    """The one limiter of this key, shared by every client in the process."""
    return _entry(key)[0]


def check_lock_for(key: ApiKey) -> threading.Lock:
    """Held for the whole of a check: never more than one check per key at a time."""
    return _entry(key)[1]


def set_limit(limit: int) -> None:
    """Requests per window for every key from now on (0: unlimited) and forget what was counted. For tests: unit
    tests of other behaviour make checks faster than the API allows, as they shorten retries and timeouts."""
    global _limit
    with _registry_lock:
        _limit = limit
        _registry.clear()
