"""The accounts beside the first one, watched from the GUI: a Qt face on the Qt-free `service.schedule.Scheduler`.

The first account keeps its `RefreshWorker` (avatar, key prompts). Every other listed account gets its own
`AccountMonitor` on the scheduler: its own schedule, first checks spread out, each check in a thread of its own, so
a hanging account never delays another. They share one history store (it serialises its connection), so each
records its checks, restores its last readings at start and is forecast like the first. Listing the accounts reads
the keyring, which may block, so it runs off the GUI thread; results come back as signals (queued by Qt).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from seranking_tray.domain.account import AccountId
from seranking_tray.service.account_list import Entry
from seranking_tray.service.monitor import AccountMonitor, chart_readings, restored_outcome
from seranking_tray.service.schedule import DEFAULT_SPREAD, Scheduler
from seranking_tray.store.history import HistoryStore
from seranking_tray.store.settings import Settings

log = logging.getLogger(__name__)

EntryLister = Callable[[], Sequence[Entry]]
HistoryOpener = Callable[[], HistoryStore]


class OtherAccounts(QObject):
    listed = Signal(object)  # tuple[Account, ...]: every account listed, in order (the first one's too)
    checked = Signal(object)  # CheckOutcome of one of the other accounts
    restored = Signal(object)  # CheckOutcome (restored): its last stored readings, shown until a check answers
    history_loaded = Signal(str, object)  # account id, tuple[Reading, ...] for its chart (`chart_readings`)

    def __init__(
        self,
        settings: Settings,
        list_accounts: EntryLister,
        first: AccountId | None,
        interval_override: int | None = None,
        open_history: HistoryOpener | None = None,
    ) -> None:
        super().__init__()
        self._settings = settings
        self._list = list_accounts
        self._first = first
        self._override = interval_override
        self._lock = threading.Lock()
        self._scheduler: Scheduler | None = None
        self._open_history = open_history
        self._history: HistoryStore | None = None  # shared by the check threads; opened off the GUI thread
        self._stopped = False

    def start(self) -> None:
        threading.Thread(target=self._run, name="accounts", daemon=True).start()

    def _run(self) -> None:
        try:
            entries = list(self._list())
        except Exception:  # a broken keyring must not take the first account's watch down
            log.exception("Cannot list the accounts")
            return
        accounts = tuple(e.account for e in entries)
        others = [e.account for e in entries if e.account.id != self._first]
        self.listed.emit(accounts)
        if not others:
            return
        history = self._open_history() if self._open_history is not None else None
        with self._lock:
            if self._stopped:
                if history is not None:
                    history.close()
                return
            self._history = history
        if history is not None:
            for warning in history.take_warnings():
                log.warning("%s", warning.english())
            for account in others:  # the last readings first, as the first account's: on screen before any check
                restored = history.restore(account.id)
                if restored is not None:
                    self.restored.emit(restored_outcome(account, restored, self._settings.rules_for(account.config)))
        monitors = [AccountMonitor(a, self._settings, history, interval_override=self._override) for a in others]
        interval = self._override if self._override is not None else self._settings.refresh_interval
        scheduler = Scheduler(monitors, self.checked.emit, spread=min(DEFAULT_SPREAD, interval / 2))
        with self._lock:
            if self._stopped:
                return
            self._scheduler = scheduler
            scheduler.start()

    def load_history(self, account: AccountId) -> None:
        """Read `account`'s chart readings off the GUI thread; they come back as `history_loaded`."""
        with self._lock:
            history = self._history
        if history is not None:
            threading.Thread(target=self._read, args=(history, account), name="history-read", daemon=True).start()

    def _read(self, history: HistoryStore, account: AccountId) -> None:
        self.history_loaded.emit(account, tuple(chart_readings(history, account)))

    def refresh(self, account: AccountId | None = None) -> None:
        """Check one account (None: all of them) now."""
        with self._lock:
            scheduler = self._scheduler
        if scheduler is not None:
            scheduler.refresh(account)

    def read_lists(self, account: AccountId) -> None:
        """The account window shows `account`: its sub-accounts and projects now (see `Scheduler.read_lists`)."""
        with self._lock:
            scheduler = self._scheduler
        if scheduler is not None:
            scheduler.read_lists(account)

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            scheduler, self._scheduler = self._scheduler, None
            history, self._history = self._history, None

        def end() -> None:
            if scheduler is not None:
                scheduler.stop()
            if history is not None:
                history.close(final=True)  # a check ending later records nothing and reopens nothing

        # Not joined: the scheduler's loop ends at once when woken, and checks are cancelled.
        threading.Thread(target=end, name="accounts-stop", daemon=True).start()
