"""The outcomes `seranking-tray metrics` exposes, each account checked at most once per refresh interval.

A scrape asks for `current()`; accounts whose last check is older than the interval are checked then (check on
scrape, if stale), under one lock: concurrent scrapes wait for that check and then share its outcome, so however
often Prometheus scrapes, the API sees one check per account per interval, and never two for a key at once.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from seranking_tray.domain.account import AccountId
from seranking_tray.domain.errors import ErrorKind
from seranking_tray.domain.health import Health
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.rules import AlertRules
from seranking_tray.service.account_list import Entry

CheckMany = Callable[[list[Entry]], list[CheckOutcome]]  # the entries' outcomes, in order


@dataclass
class Observed:
    """What is known of one account: its latest check, its latest successful one, its failures so far."""

    entry: Entry
    rules: AlertRules
    latest: CheckOutcome | None = None
    last_good: CheckOutcome | None = None  # the figures shown while a later check fails
    checked_at: float | None = None  # monotonic time of the latest check
    errors: Counter[ErrorKind] = field(default_factory=Counter)  # checks that failed, by the kind of failure


class OutcomeCache:
    def __init__(
        self,
        entries: Sequence[Entry],
        rules_for: Callable[[Entry], AlertRules],
        check_many: CheckMany,
        interval: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._observed = {e.account.id: Observed(e, rules_for(e)) for e in entries}
        self._check_many = check_many
        self._interval = interval
        self._clock = clock
        self._lock = threading.Lock()
        self.checks = 0  # accounts checked so far (tests, and the debug log)

    def current(self) -> list[Observed]:
        """Every account, after checking those whose last check is an interval old (or that were never checked)."""
        with self._lock:
            now = self._clock()
            stale = [o for o in self._observed.values() if o.checked_at is None or now - o.checked_at >= self._interval]
            if stale:
                outcomes = self._check_many([o.entry for o in stale])
                done = self._clock()
                for observed, outcome in zip(stale, outcomes, strict=True):
                    _note(observed, outcome, done)
                self.checks += len(stale)
            return [_copy(o) for o in self._observed.values()]

    def observed(self, ident: AccountId) -> Observed:
        with self._lock:
            return _copy(self._observed[ident])


def _note(observed: Observed, outcome: CheckOutcome, at: float) -> None:
    observed.latest, observed.checked_at = outcome, at
    if outcome.assessment.health is not Health.ERROR:
        observed.last_good = outcome
    for kind in {failure.kind for failure in outcome.snapshot.failures.values()}:
        observed.errors[kind] += 1


def _copy(observed: Observed) -> Observed:
    """A copy a scrape can read while the next check updates the original."""
    return Observed(
        observed.entry,
        observed.rules,
        observed.latest,
        observed.last_good,
        observed.checked_at,
        Counter(observed.errors),
    )
