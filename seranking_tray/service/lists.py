"""When an account's sub-accounts and projects are read, and what they do to each check's outcome.

The lists change slowly, so the tray reads them at most once per `lists_interval` (an hour by default), when the
user asks (Refresh) and when the account window opens — never on every balance check. They are read after the
check's outcome is out (`AccountMonitor.read_lists`): a slow list never delays the balance. Between fetches the
last lists stay, and every outcome carries them: a blocked sub-account keeps the account `attention` until a later
fetch says otherwise. Used from the thread that checks (the monitor's); `request()` from any thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace

from seranking_tray.api.lists import ListsFetcher, ListTimeouts
from seranking_tray.domain.account import Account
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.health import Assessment
from seranking_tray.domain.list_health import with_lists
from seranking_tray.domain.lists import Lists
from seranking_tray.domain.models import Snapshot
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.rules import AlertRules
from seranking_tray.store.settings import Settings


class ListsKeeper:
    def __init__(
        self,
        account: Account,
        settings: Callable[[], Settings],  # the current settings (they change while the tray runs)
        *,
        interval: int | None = None,  # seconds; None: the settings' lists_interval
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._settings = settings
        self._interval = interval
        self._clock = clock
        self._fetched_at: float | None = None
        self._wanted = threading.Event()
        self.latest: Lists | None = None
        self._judged: Assessment | None = None  # the last check's assessment before the lists
        self.fetches = 0
        self._fetcher: ListsFetcher | None = None
        try:
            timeouts = ListTimeouts(connect=settings().connect_timeout, read=settings().read_timeout)
            self._fetcher = ListsFetcher(account, timeouts) if account.key is not None else None
        except ConfigError:
            self._fetcher = None  # a bad URL: the check says so; the lists stay unknown

    @property
    def interval(self) -> int:
        return self._interval if self._interval is not None else self._settings().lists_interval

    def request(self) -> None:
        """Read the lists at the next check, whenever they were last read (the user asked, the window opened)."""
        self._wanted.set()

    def due(self) -> bool:
        if self._fetcher is None:
            return False
        if self._fetched_at is None or self._wanted.is_set():
            return True
        return self._clock() - self._fetched_at >= self.interval

    def refresh(self, snapshot: Snapshot) -> bool:
        """After a check: read the lists if they are due and the check got an answer (offline, they would fail
        too). True if they were read."""
        if self._fetcher is None or not self.due() or not snapshot.answered:
            return False
        self._wanted.clear()
        lists = self._fetcher.fetch()
        self.fetches += 1
        self._fetched_at = self._clock()
        if lists.failure is None or self.latest is None:
            self.latest = lists
        else:  # a failed fetch keeps what was known, and says why
            self.latest = replace(self.latest, failure=lists.failure)
        return True

    def apply(self, outcome: CheckOutcome, rules: AlertRules) -> CheckOutcome:
        """A check's outcome with the lists known (its assessment as the check made it is kept for `reapply`)."""
        self._judged = outcome.assessment
        if self.latest is None:
            return outcome
        return replace(outcome, lists=self.latest, assessment=with_lists(outcome.assessment, self.latest, rules))

    def reapply(self, outcome: CheckOutcome, rules: AlertRules) -> CheckOutcome:
        """The last check's outcome again, with the lists just read (never assessed again)."""
        judged = self._judged if self._judged is not None else outcome.assessment
        return replace(outcome, lists=self.latest, assessment=with_lists(judged, self.latest, rules))

    def turn_off(self) -> None:
        """Never read the lists (Test connection, `status --no-lists`)."""
        self.close()
        self._fetcher = None

    def cancel(self) -> None:
        if self._fetcher is not None:
            self._fetcher.cancel()

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()
