"""The refresh worker: a thin Qt scheduler around the Qt-free check pipeline (`service.monitor`).

A QObject living in its own QThread does every network call, so the GUI thread never waits on the network.
Checks are serialised by construction (one thread, one event loop), scheduled with one single-shot timer — no
polling — and cancellable: `cancel()` may be called from the GUI thread and makes a check in progress return at
once, so quitting never waits for a stuck request. What a check means (record, forecast, assess, backoff,
pause) is the `AccountMonitor`'s; the GUI sends immutable inputs (settings, `AccountInputs`) by signal.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, SignalInstance, Slot

from seranking_tray.api.client import AccountClient
from seranking_tray.domain.errors import CheckError, ConfigError
from seranking_tray.service.accounts import AccountInputs, provisional_account, resolve_app_account
from seranking_tray.service.monitor import AccountMonitor, chart_readings, failed_outcome, restored_outcome
from seranking_tray.store.avatar_cache import AvatarCache, CachedAvatar
from seranking_tray.store.history import HistoryStore
from seranking_tray.store.settings import Settings
from seranking_tray.system.threads import Abandoned, CancelToken, call_in_daemon

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AvatarResult:
    url: str
    data: bytes


class RefreshWorker(QObject):
    account_resolved = Signal(object)  # Account: the key was looked up (it may be None: not set up)
    check_started = Signal()
    checked = Signal(object)  # CheckOutcome: a check, or a problem that keeps checks from running (paused)
    avatar_ready = Signal(object)  # AvatarResult
    restored = Signal(object)  # CheckOutcome (restored): the last stored reading, shown until a check answers
    history_loaded = Signal(object)  # tuple[Reading, ...] for the chart
    history_warning = Signal(object)  # a Sentence: worded in the GUI's language where it is shown

    def __init__(
        self,
        settings: Settings,
        inputs: AccountInputs,
        avatar_cache: AvatarCache | None,
        interval_override: int | None = None,
        after_check: Callable[[], None] | None = None,
        open_history: Callable[[], HistoryStore] | None = None,
    ) -> None:
        super().__init__()
        self._settings = settings
        self._inputs = inputs
        self._avatar_cache = avatar_cache
        self._override = interval_override
        self._after_check = after_check
        self._monitor: AccountMonitor | None = None
        self._token = CancelToken()
        self._timer: QTimer | None = None
        self._avatar_shown: str | None = None
        self._open_history = open_history
        self._history: HistoryStore | None = None  # opened, used and closed in the worker thread only

    # --- called in the GUI thread -------------------------------------------------------------------

    def cancel(self) -> None:
        """Thread-safe: abandon whatever the worker is waiting on, for good (used when quitting)."""
        self._token.cancel()
        monitor = self._monitor
        if monitor is not None:
            monitor.cancel()

    # --- slots, run in the worker thread -------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        # History first: the last reading is on screen (stale) before the keyring or the network answer.
        if self._open_history is not None:
            self._history = self._open_history()
            restored = self._history.restore(self._inputs.config(self._settings).id)
            if restored is not None:
                account = provisional_account(self._settings, self._inputs)
                self.restored.emit(restored_outcome(account, restored, self._settings.rules))
            self._emit_history_warnings()
        self._load_account()
        self._check()

    @Slot()
    def refresh_now(self) -> None:
        """The user asked: this also lifts a pause after a rejected key."""
        if self._monitor is None or self._monitor.account.key is None:
            self._load_account()
        if self._monitor is not None:
            self._monitor.resume()
        self._check(user_asked=True)

    @Slot()
    def read_lists(self) -> None:
        """The account window opened: read the sub-accounts and projects with a check now (unless paused)."""
        if self._monitor is not None and not self._monitor.paused:
            self._monitor.lists.request()
            self._check()

    @Slot()
    def refresh_soon(self) -> None:
        """The machine woke up or the network came back: check now unless paused."""
        if self._monitor is not None and not self._monitor.paused:
            self._check()

    @Slot(object)
    def apply_settings(self, settings: Settings) -> None:
        timeouts_changed = (settings.connect_timeout, settings.read_timeout, settings.check_deadline) != (
            self._settings.connect_timeout,
            self._settings.read_timeout,
            self._settings.check_deadline,
        )
        url_changed = settings.api_url != self._settings.api_url
        # An account's data_api_url or meters changed: a new monitor asks again what is gone or unavailable.
        url_changed |= [dict(a.extra) for a in settings.accounts] != [dict(a.extra) for a in self._settings.accounts]
        self._settings = settings
        if timeouts_changed or url_changed:
            self._load_account()
            self._check(user_asked=True)
        else:
            if self._monitor is not None:
                self._monitor.settings = settings
            self._schedule()

    @Slot(object)
    def reload_account(self, inputs: AccountInputs) -> None:
        """The key changed: look it up again (with these inputs), lift any pause and check at once."""
        self._inputs = inputs
        self._load_account()
        self._check(user_asked=True)

    @Slot()
    def load_history(self) -> None:
        if self._history is not None:
            self.history_loaded.emit(tuple(chart_readings(self._history, self._inputs.config(self._settings).id)))

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
        if self._monitor is not None:
            self._monitor.close()
        if self._history is not None:
            self._history.close()
            self._history = None
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        QThread.currentThread().quit()

    # --- internals ----------------------------------------------------------------------------------

    def _load_account(self) -> None:
        if self._monitor is not None:
            self._monitor.close()
            self._monitor = None
        settings, inputs = self._settings, self._inputs
        try:
            # The keyring may block (a locked Secret Service); never let it hold up quitting.
            account = call_in_daemon(lambda: resolve_app_account(settings, inputs), 30.0, self._token, name="resolve")
        except Abandoned:
            return
        except ConfigError as exc:
            self.checked.emit(failed_outcome(provisional_account(settings, inputs), exc, settings.rules))
            return
        monitor = AccountMonitor(account, settings, self._history, interval_override=self._override)
        self._monitor = monitor
        if account.key is not None and monitor.problem is not None:
            self.checked.emit(monitor.check())  # the problem, paused: no request is made
        self.account_resolved.emit(account)

    def _check(self, user_asked: bool = False) -> None:
        if self._token.cancelled:
            return
        if self._timer is not None:
            self._timer.stop()
        monitor = self._monitor
        if monitor is None or monitor.client is None:
            return  # not set up, or a configuration problem already reported; wait for a new key
        if monitor.paused and not user_asked:
            return
        self.check_started.emit()
        outcome = monitor.check()
        if self._token.cancelled:
            return
        if self._after_check is not None:
            self._after_check()
        self.checked.emit(outcome)
        if outcome.recorded:
            self.load_history()
        self._emit_history_warnings()
        self._schedule()
        listed = monitor.read_lists(outcome)  # after the outcome is out: slow lists never delay it
        if listed is not None and not self._token.cancelled:
            self.checked.emit(listed)
        profile = outcome.snapshot.profile
        if profile is not None and profile.picture and monitor.client is not None:
            self._update_avatar(monitor.client, profile.picture)

    def _schedule(self) -> None:
        monitor = self._monitor
        if self._timer is None or monitor is None or self._token.cancelled:
            return
        delay = monitor.next_delay()
        if delay is not None:
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


class WorkerThreads:
    """The app's worker in its thread, and the replaced ones still ending.

    A replaced worker (Try the demo) is cancelled, cut off from the app's slots and left to end on its own: the
    switch never waits on it. Only `stop()` (Quit) waits, briefly, for every one of them.
    """

    def __init__(self) -> None:
        self.worker: RefreshWorker | None = None
        self.thread: QThread | None = None
        self._links: list[tuple[SignalInstance, Callable[..., object]]] = []
        self._retired: list[QThread] = []  # kept referenced: a QThread object deleted while it runs aborts

    def start(self, worker: RefreshWorker, links: list[tuple[SignalInstance, Callable[..., object]]]) -> None:
        """Run `worker` in a new thread, with each (signal, slot) connected until it is replaced."""
        self.retire()
        self.worker, self.thread, self._links = worker, QThread(), links
        self.thread.setObjectName("refresh")
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.start)
        for signal, slot in links:
            signal.connect(slot)
        self.thread.start()

    def retire(self) -> None:
        worker, thread = self.worker, self.thread
        if worker is None or thread is None:
            return
        for signal, slot in self._links:
            signal.disconnect(slot)
        self.worker, self.thread, self._links = None, None, []
        worker.cancel()
        QTimer.singleShot(0, worker, worker.stop)
        self._retired.append(thread)
        thread.finished.connect(lambda: self._retired.remove(thread) if thread in self._retired else None)

    @property
    def retired(self) -> tuple[QThread, ...]:
        return tuple(self._retired)

    def stop(self, wait_ms: int) -> bool:
        """Retire the worker and wait up to `wait_ms` in all for every thread to end; False if one did not."""
        self.retire()
        deadline = time.monotonic() + wait_ms / 1000
        return all(thread.wait(max(0, int((deadline - time.monotonic()) * 1000))) for thread in list(self._retired))
