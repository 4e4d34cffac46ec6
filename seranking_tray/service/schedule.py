"""Checking many accounts, Qt-free: each monitor on its own schedule, each check in a thread of its own.

One scheduler thread sleeps until the next check is due (no polling: it wakes for a due time, a refresh or stop,
and waits untimed when nothing is scheduled). First checks are spread over `spread` seconds rather than fired
together. A monitor never has two checks at once, and a slow or hanging account never holds up the others.
Requests per key are limited in api/rate.py; `AccountMonitor.check` holds the key's check lock.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable, Sequence

from seranking_tray.domain.account import AccountId
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.service.monitor import AccountMonitor

log = logging.getLogger(__name__)

DEFAULT_SPREAD = 10.0  # seconds over which the first checks of all accounts are spread


class Scheduler:
    def __init__(
        self,
        monitors: Sequence[AccountMonitor],
        on_outcome: Callable[[CheckOutcome], None],
        *,
        spread: float = DEFAULT_SPREAD,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._monitors = {m.account.id: m for m in monitors}
        self._on_outcome = on_outcome
        self._spread = spread
        self._clock = clock
        self._cond = threading.Condition()
        self._due: list[tuple[float, int, AccountId]] = []  # a heap of (time, order, account)
        self._order = itertools.count()
        self._running: set[AccountId] = set()  # checks in progress
        self._stopped = False
        self._thread = threading.Thread(target=self._loop, name="scheduler", daemon=True)

    def start(self) -> None:
        now = self._clock()
        count = max(1, len(self._monitors))
        with self._cond:
            for i, ident in enumerate(self._monitors):
                self._push(now + self._spread * i / count, ident)
        self._thread.start()

    def refresh(self, account: AccountId | None = None) -> None:
        """Check `account` (None: every account) now, unless its check is already running."""
        with self._cond:
            for ident in [account] if account is not None else list(self._monitors):
                if ident in self._monitors:
                    self._monitors[ident].resume()
                    self._due = [d for d in self._due if d[2] != ident]
                    heapq.heapify(self._due)
                    if ident not in self._running:
                        self._push(self._clock(), ident)
            self._cond.notify_all()

    def read_lists(self, account: AccountId) -> None:
        """`account` is on screen: read its lists with a check now, unless it is paused (a rejected key waits for
        the user, as the first account's worker does)."""
        monitor = self._monitors.get(account)
        if monitor is not None and not monitor.paused:
            self.refresh(account)  # `resume` asks for the lists

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
        for monitor in self._monitors.values():
            monitor.cancel()
        self._thread.join(5.0)

    def _push(self, at: float, ident: AccountId) -> None:
        heapq.heappush(self._due, (at, next(self._order), ident))

    def _loop(self) -> None:
        with self._cond:
            while not self._stopped:
                if not self._due:
                    self._cond.wait()
                    continue
                at, _, ident = self._due[0]
                wait = at - self._clock()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                heapq.heappop(self._due)
                if ident in self._running:
                    continue
                self._running.add(ident)
                threading.Thread(target=self._check, args=(ident,), name=f"check-{ident}", daemon=True).start()

    def _check(self, ident: AccountId) -> None:
        monitor = self._monitors[ident]
        delay: int | None = None
        try:
            outcome = monitor.check()
            delay = outcome.next_delay
            self._on_outcome(outcome)
            listed = monitor.read_lists(outcome)  # after the outcome: slow lists never delay it
            if listed is not None:
                self._on_outcome(listed)
        except Exception:  # one account's surprise must not stop its schedule or the others'
            log.exception("Checking an account failed unexpectedly")
            delay = monitor.interval
        finally:
            with self._cond:
                self._running.discard(ident)
                if delay is not None and not self._stopped:
                    self._push(self._clock() + delay, ident)
                self._cond.notify_all()
