"""What a check of one account means, Qt-free: the one pipeline behind the tray's worker, `status` and the
settings dialog's Test connection.

A check runs the client, forecasts from the history and this check, assesses the result (exactly once), records
a successful check, and decides when to check next: the interval after success, a growing backoff after
transient errors, and a pause after a rejected key, a payment problem or a configuration problem (polling cannot
fix those; a new key or the user's request can). It hands back one immutable `CheckOutcome`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC

from seranking_tray.api.client import AccountClient, RetryPolicy, Timeouts
from seranking_tray.api.rate import check_lock_for
from seranking_tray.domain.account import Account, AccountId
from seranking_tray.domain.credits import Credits
from seranking_tray.domain.errors import CheckError, ConfigError, ErrorKind
from seranking_tray.domain.forecast import Forecast
from seranking_tray.domain.health import assess
from seranking_tray.domain.meters import Meter, MeterState
from seranking_tray.domain.models import Balance, Snapshot, Subscription
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP
from seranking_tray.domain.readings import Reading, Restored, credits_reading_from, reading_from
from seranking_tray.domain.rules import AlertRules
from seranking_tray.domain.sentence import Sentence
from seranking_tray.service.lists import ListsKeeper
from seranking_tray.store.history import HistoryStore
from seranking_tray.store.settings import Settings
from seranking_tray.system.logs import REDACTOR

MIN_ERROR_RETRY = 30  # seconds: never hammer a failing API faster than this in normal use


def next_delay(interval: int, consecutive_failures: int, override: int | None) -> int:
    """Seconds until the next check: the interval after success, a growing backoff after transient errors."""
    if consecutive_failures == 0:
        return interval
    backoff = min(interval, MIN_ERROR_RETRY * 2 ** min(consecutive_failures - 1, 16))
    return int(min(backoff, override) if override is not None else max(backoff, min(MIN_ERROR_RETRY, interval)))


def timeouts_from(settings: Settings) -> Timeouts:
    return Timeouts(connect=settings.connect_timeout, read=settings.read_timeout, deadline=settings.check_deadline)


def failed_outcome(account: Account, error: CheckError, rules: AlertRules) -> CheckOutcome:
    """A check that could not start (a bad URL, no usable key): shown like a failed check, and paused."""
    snapshot = Snapshot.failed(error)
    return CheckOutcome(account, snapshot, assess(snapshot, rules), paused=error.kind.pauses_refresh)


def restored_outcome(account: Account, restored: Restored, rules: AlertRules) -> CheckOutcome:
    """The last stored readings as an outcome, shown (stale) at start until the first check answers."""
    reading, credits = restored.reading, restored_credits(restored.credits)
    moments = [r.last_seen for r in (reading, restored.credits) if r is not None]
    snapshot = Snapshot(
        checked_at=max(moments),
        balance=None if reading is None else Balance(reading.balance, reading.currency),
        subscription=None
        if reading is None
        else Subscription(reading.subscription_type or "unknown", bool(reading.expired), None),
        credits=credits,
        # Watched by its credits alone (a Data API key): the balance is not missing, it is not this key's.
        skipped={Meter.PROJECT: MeterState.UNAVAILABLE} if reading is None else {},
    )
    forecasts = restored.forecast, restored.credits_forecast
    return CheckOutcome(
        account,
        snapshot,
        assess(snapshot, rules, *forecasts),
        forecasts[0],
        restored=True,
        credits_forecast=forecasts[1],
    )


def restored_credits(reading: Reading | None) -> Credits | None:
    """The credits of a stored reading; None without one, or one recorded before the limit was kept (schema 3)."""
    if reading is None or reading.units_limit is None:
        return None
    status = reading.subscription_type or "active"
    return Credits(status, None, reading.expires_at, reading.units_limit, reading.balance)


class AccountMonitor:
    """Checks one account; keeps its client (a keep-alive pool), its failure count and its pause.

    `history` (optional) is used from the thread that calls `check()`; the monitor does not close it.
    """

    def __init__(
        self,
        account: Account,
        settings: Settings,
        history: HistoryStore | None = None,
        *,
        interval_override: int | None = None,
        retry: RetryPolicy | None = None,  # the client's retries within one check (tests shorten them)
    ) -> None:
        self.account = account
        self.settings = settings
        self._history = history
        self._override = interval_override
        self._failures = 0
        self._paused = False
        self._client: AccountClient | None = None
        self.problem: ConfigError | None = None  # why no check can run (no key, a bad URL)
        # The sub-accounts and projects, read with the settings of the moment.
        self.lists = ListsKeeper(account, lambda: self.settings, interval=interval_override)
        if account.key is not None:
            REDACTOR.add_secret(account.key.reveal())
        try:
            self._client = AccountClient(account, timeouts_from(settings), retry)
        except ConfigError as exc:
            self.problem = exc

    @property
    def client(self) -> AccountClient | None:
        return self._client

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def interval(self) -> int:
        return self._override if self._override is not None else self.settings.refresh_interval

    def next_delay(self) -> int | None:
        """Seconds until the next automatic check; None while paused."""
        return None if self._paused else next_delay(self.interval, self._failures, self._override)

    def resume(self) -> None:
        """The user asked (or the key changed): forget the failures and the pause."""
        self._failures = 0
        self._paused = False
        self.lists.request()

    def cancel(self) -> None:
        """Thread-safe: a check in progress returns at once."""
        client = self._client
        if client is not None:
            client.cancel()
        self.lists.cancel()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        self.lists.close()

    def check(self) -> CheckOutcome:
        if self._client is None:
            assert self.problem is not None
            self._paused = True
            return failed_outcome(self.account, self.problem, self.settings.rules_for(self.account.config))
        assert self.account.key is not None  # a client has one
        lock = check_lock_for(self.account.key)  # one check per key at a time, across monitors
        if not lock.acquire(timeout=self.settings.check_deadline):
            busy = CheckError(
                ErrorKind.TIMEOUT,
                Sentence(QT_TRANSLATE_NOOP("Words", "Another check with the same key did not finish in time.")),
            )
            return self.conclude(Snapshot.failed(busy))
        try:
            snapshot = self._client.check()
        finally:
            lock.release()
        return self.conclude(snapshot)

    def read_lists(self, outcome: CheckOutcome) -> CheckOutcome | None:
        """After `outcome` (this monitor's last) is out: read the sub-accounts and projects if due (at most once
        per lists_interval, or when asked); that outcome with them, or None when they were not read or change
        nothing shown (none available for the key, or the same as before)."""
        if not self.lists.refresh(outcome.snapshot):
            return None
        listed = self.lists.reapply(outcome, self.settings.rules_for(self.account.config))
        return None if shown_alike(listed, outcome) else listed

    def conclude(self, snapshot: Snapshot) -> CheckOutcome:
        """What a check that got `snapshot` means: forecast, assessment, record, pause and next delay."""
        self._failures = self._failures + 1 if any(f.kind.retryable for f in snapshot.failures.values()) else 0
        provisional = reading_from(self.account.config, snapshot, "")
        credits = credits_reading_from(self.account.config, snapshot, "")
        history, at = self._history, snapshot.checked_at.astimezone(UTC)
        forecast = credits_forecast = None
        if history is not None and provisional is not None:
            forecast = history.forecast(self.account.id, at, extra=provisional)
        if history is not None and credits is not None:
            credits_forecast = history.forecast(self.account.id, at, extra=credits, meter="credits")
        rules = self.settings.rules_for(self.account.config)
        outcome = self.lists.apply(judge(self.account, snapshot, rules, forecast, credits_forecast), rules)
        self._paused = outcome.paused
        recorded = False
        readings = [replace(r, health=outcome.assessment.health.value) for r in (provisional, credits) if r]
        if history is not None and readings:
            recorded = history.record_many(readings) == len(readings)
        return replace(outcome, next_delay=self.next_delay(), recorded=recorded)


def judge(
    account: Account,
    snapshot: Snapshot,
    rules: AlertRules,
    forecast: Forecast | None = None,
    credits_forecast: Forecast | None = None,
) -> CheckOutcome:
    """The outcome of a check that got `snapshot`, assessed once; `forecast` is the one made from the history
    with this check (None after a failed check). Paused after a failure polling cannot fix."""
    paused = any(f.kind.pauses_refresh for f in snapshot.failures.values())
    assessment = assess(snapshot, rules, forecast, credits_forecast)
    return CheckOutcome(account, snapshot, assessment, forecast, paused, credits_forecast=credits_forecast)


def chart_readings(history: HistoryStore, account: AccountId) -> list[Reading]:
    """What the account's chart draws: its balance, or its credits when it has only those (a Data API key)."""
    return history.readings(account, meter="project") or history.readings(account, meter="credits")


def shown_alike(one: CheckOutcome, other: CheckOutcome) -> bool:
    """Whether two outcomes of one check show the same state and the same lists."""

    def lists(outcome: CheckOutcome) -> tuple[object, object]:
        known = outcome.lists
        return (None, None) if known is None else (known.sub_accounts, known.projects)

    return one.assessment == other.assessment and lists(one) == lists(other)


def check_once(
    account: Account, settings: Settings, history: HistoryStore | None = None, *, lists: bool = False
) -> CheckOutcome:
    """One check with a client of its own (the CLI's `status`, the settings dialog's Test connection); `lists`:
    also read the sub-accounts and projects."""
    monitor = AccountMonitor(account, settings, history)
    if not lists:
        monitor.lists.turn_off()
    try:
        outcome = monitor.check()
        return monitor.read_lists(outcome) or outcome
    finally:
        monitor.close()
