"""The refresh worker: a QObject living in its own QThread that does every network call.

The GUI thread never waits on the network. Checks are serialised by construction (one thread, one event
loop), scheduled with a single-shot timer — no polling — and cancellable: `cancel()` may be called from the
GUI thread and makes a check in progress return at once, so quitting never waits for a stuck request.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from seranking_tray.api.client import AccountClient, Timeouts
from seranking_tray.domain.account import LEGACY_LABEL, Account, AccountConfig, AccountId
from seranking_tray.domain.errors import CheckError, ConfigError
from seranking_tray.domain.forecast import Forecast
from seranking_tray.domain.models import Snapshot
from seranking_tray.store.avatar_cache import AvatarCache, CachedAvatar
from seranking_tray.store.history import HistoryStore
from seranking_tray.store.settings import Settings
from seranking_tray.system.logs import REDACTOR
from seranking_tray.system.threads import Abandoned, CancelToken, call_in_daemon

log = logging.getLogger(__name__)

MIN_ERROR_RETRY = 30  # seconds: never hammer a failing API faster than this in normal use
# Named in a failure before any account was resolved, when the worker was not told which one it checks.
_UNNAMED = AccountConfig(AccountId(""), LEGACY_LABEL)


@dataclass(frozen=True)
class CheckResult:
    account: Account
    snapshot: Snapshot
    forecast: Forecast | None = None  # None: no new forecast (the check failed): keep the last one


@dataclass(frozen=True)
class AvatarResult:
    url: str
    data: bytes


def next_delay(interval: int, consecutive_failures: int, override: int | None) -> int:
    """Seconds until the next check: the interval after success, a growing backoff after transient errors."""
    if consecutive_failures == 0:
        return interval
    backoff = min(interval, MIN_ERROR_RETRY * 2 ** min(consecutive_failures - 1, 16))
    return int(min(backoff, override) if override is not None else max(backoff, min(MIN_ERROR_RETRY, interval)))


class RefreshWorker(QObject):
    account_resolved = Signal(object)  # Account: the key was looked up (it may be None: not set up)
    check_started = Signal()
    checked = Signal(object)  # CheckResult
    avatar_ready = Signal(object)  # AvatarResult
    paused = Signal(bool)  # automatic refresh stopped (auth/payment/config) or resumed
    restored = Signal(object)  # history.Restored: the last stored reading, shown until the first check answers
    history_loaded = Signal(object)  # tuple[history.Reading, ...] for the chart
    history_warning = Signal(str)

    def __init__(
        self,
        settings: Settings,
        resolve: Callable[[], Account],
        avatar_cache: AvatarCache | None,
        interval_override: int | None = None,
        after_check: Callable[[], None] | None = None,
        open_history: Callable[[], HistoryStore] | None = None,
        account: AccountConfig | None = None,
    ) -> None:
        super().__init__()
        self._settings = settings
        self._resolve = resolve
        self._avatar_cache = avatar_cache
        self._override = interval_override
        self._after_check = after_check
        self._account: Account | None = None
        self._client: AccountClient | None = None
        self._token = CancelToken()
        self._failures = 0
        self._paused = False
        self._timer: QTimer | None = None
        self._avatar_shown: str | None = None
        self._open_history = open_history
        self._config = account or _UNNAMED  # the account checked: its history, and its name before it resolves
        self._history: HistoryStore | None = None  # opened, used and closed in the worker thread only

    # --- called in the GUI thread -------------------------------------------------------------------

    def cancel(self) -> None:
        """Thread-safe: abandon whatever the worker is waiting on, for good (used when quitting)."""
        self._token.cancel()
        client = self._client
        if client is not None:
            client.cancel()

    # --- slots, run in the worker thread -------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        # History first: the last reading is on screen (stale) before the keyring or the network answer.
        if self._open_history is not None:
            self._history = self._open_history()
            restored = self._history.restore(self._config.id)
            if restored is not None:
                self.restored.emit(restored)
            self._emit_history_warnings()
        self._load_account()
        self._check()

    @Slot()
    def refresh_now(self) -> None:
        """The user asked: this also lifts a pause after a rejected key."""
        self._failures = 0
        if self._account is None or self._account.key is None:
            self._load_account()
        self._check(user_asked=True)

    @Slot()
    def refresh_soon(self) -> None:
        """The machine woke up or the network came back: check now unless paused."""
        if not self._paused:
            self._check()

    @Slot(object)
    def apply_settings(self, settings: Settings) -> None:
        timeouts_changed = (settings.connect_timeout, settings.read_timeout, settings.check_deadline) != (
            self._settings.connect_timeout,
            self._settings.read_timeout,
            self._settings.check_deadline,
        )
        url_changed = settings.api_url != self._settings.api_url
        self._settings = settings
        if timeouts_changed or url_changed:
            self._load_account()
            self._check(user_asked=True)
        else:
            self._schedule()

    @Slot()
    def reload_account(self) -> None:
        """The key changed: look it up again, lift any pause and check at once."""
        self._failures = 0
        self._load_account()
        self._check(user_asked=True)

    @Slot()
    def load_history(self) -> None:
        if self._history is not None:
            self.history_loaded.emit(tuple(self._history.readings(self._config.id)))

    def _emit_history_warnings(self) -> None:
        if self._history is not None:
            for warning in self._history.take_warnings():
                self.history_warning.emit(warning)

    @Slot()
    def stop(self) -> None:
        """Last call in the worker thread: stop the timer here (timers belong to their thread), hand this
        object back to the GUI thread for deletion, and end the thread's event loop."""
        if self._timer is not None:
            self._timer.stop()
        if self._client is not None:
            self._client.close()
        if self._history is not None:
            self._history.close()
            self._history = None
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        QThread.currentThread().quit()

    # --- internals ----------------------------------------------------------------------------------

    def _interval(self) -> int:
        return self._override if self._override is not None else self._settings.refresh_interval

    def _load_account(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        try:
            # The keyring may block (a locked Secret Service); never let it hold up quitting.
            account = call_in_daemon(self._resolve, 30.0, self._token, name="resolve-account")
        except Abandoned:
            return
        except ConfigError as exc:
            self._account = None
            self._emit_failure(exc)
            return
        self._account = account
        if account.key is not None:
            REDACTOR.add_secret(account.key.reveal())
            try:
                self._client = AccountClient(account, Timeouts.from_settings(self._settings))
            except ConfigError as exc:
                self._emit_failure(exc)
        self.account_resolved.emit(account)

    def _emit_failure(self, error: CheckError) -> None:
        snapshot = Snapshot.failed(error)
        account = self._account or Account(self._config, "", None)
        self._set_paused(True)
        self.checked.emit(CheckResult(account, snapshot))

    def _set_paused(self, paused: bool) -> None:
        if paused != self._paused:
            self._paused = paused
            self.paused.emit(paused)

    def _check(self, user_asked: bool = False) -> None:
        if self._token.cancelled:
            return
        if self._timer is not None:
            self._timer.stop()
        client, account = self._client, self._account
        if client is None or account is None:
            return  # not set up, or a configuration problem already reported; wait for a new key
        if self._paused and not user_asked:
            return
        self.check_started.emit()
        snapshot = client.check()
        if self._token.cancelled:
            return
        if self._after_check is not None:
            self._after_check()
        pausing = [f for f in snapshot.failures.values() if f.kind.pauses_refresh]
        self._set_paused(bool(pausing))
        retryable = [f for f in snapshot.failures.values() if f.kind.retryable]
        self._failures = self._failures + 1 if retryable else 0
        forecast = None
        recorded = False
        if self._history is not None:
            outcome = self._history.record_check(
                self._config, snapshot, self._settings.low_balance_threshold, self._settings.running_low_days
            )
            forecast, recorded = outcome.forecast, outcome.recorded
        self.checked.emit(CheckResult(account, snapshot, forecast))
        if recorded:
            self.load_history()
        self._emit_history_warnings()
        self._schedule()
        if snapshot.profile is not None and snapshot.profile.picture:
            self._update_avatar(client, snapshot.profile.picture)

    def _schedule(self) -> None:
        if self._timer is None or self._paused or self._token.cancelled:
            return
        delay = next_delay(self._interval(), self._failures, self._override)
        self._timer.start(delay * 1000)

    def _update_avatar(self, client: AccountClient, url: str) -> None:
        cache = self._avatar_cache
        cached = cache.load(url) if cache is not None else None
        if cached is not None and self._avatar_shown != url:
            self._avatar_shown = url
            self.avatar_ready.emit(AvatarResult(url, cached.data))
        try:
            fetched = call_in_daemon(
                lambda: client.fetch_avatar(
                    url, cached.etag if cached else None, cached.last_modified if cached else None
                ),
                client.timeouts.deadline,
                self._token,
                name="avatar",
            )
        except Abandoned:
            return
        except CheckError as exc:
            log.info("Profile picture not loaded: %s", exc.message)
            return
        except Exception:  # whatever the picture's host sends must never escape a slot (the check goes on)
            log.exception("Profile picture not loaded")
            return
        if fetched.data is None:
            return  # not modified
        if cache is not None:
            try:
                cache.store(CachedAvatar(url, fetched.data, fetched.etag, fetched.last_modified))
            except OSError as exc:
                log.warning("Cannot cache the profile picture: %s", exc)
        self._avatar_shown = url
        self.avatar_ready.emit(AvatarResult(url, fetched.data))
