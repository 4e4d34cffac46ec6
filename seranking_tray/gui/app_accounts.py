"""The tray app's side of several accounts: the model of every account's view, the watcher of the accounts beside
the first, and a notification policy per account (snooze shared).

The first account stays the `TrayApp`'s (its worker, avatar and key prompts); its views are copied here so the
icon, tooltip and menu tell the worst state over all accounts. The others' histories are the watcher's: the
account window asks it for the chosen account's readings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from seranking_tray.domain.account import ENV_KEY, ENVIRONMENT_ID, Account, AccountId
from seranking_tray.domain.account_view import AccountView
from seranking_tray.domain.notify_policy import NotificationPolicy
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.readings import Reading
from seranking_tray.gui.account_avatars import AccountAvatars
from seranking_tray.gui.accounts_model import AccountsModel
from seranking_tray.gui.accounts_watch import EntryLister, HistoryOpener, OtherAccounts
from seranking_tray.gui.formatting import format_money
from seranking_tray.gui.i18n import LANGUAGE
from seranking_tray.gui.notifications import DesktopNotifier
from seranking_tray.gui.tray import TrayIcon
from seranking_tray.service.account_list import Entry, list_entries
from seranking_tray.service.demo import DemoService
from seranking_tray.store.history import HistoryStore
from seranking_tray.store.settings import Settings
from seranking_tray.store.state import NOTIFICATIONS, AppState, notification_memory
from seranking_tray.system.paths import cache_dir

if TYPE_CHECKING:  # loaded when first opened, off the way to the tray icon
    from seranking_tray.gui.account_window import AccountWindow

log = logging.getLogger(__name__)


def stored_accounts_lister(settings: Settings, environ: Mapping[str, str]) -> EntryLister:
    """Every listed account; with SERANKING_API_KEY set the first account's worker already checks that key, so the
    separate Environment account is left out (it is not checked twice)."""

    def entries() -> Sequence[Entry]:
        listed = list_entries(settings, environ)
        if environ.get(ENV_KEY, "").strip():
            listed = [e for e in listed if e.config.id != ENVIRONMENT_ID]
        return listed

    return entries


class SeveralAccounts(QObject):
    changed = Signal()  # the accounts listed or a view: the account window's list follows
    first_lists_wanted = Signal()  # the window opened on, or chose, the first account: its worker reads the lists

    def __init__(self, tray: TrayIcon, notifier: Callable[[], DesktopNotifier | None]) -> None:
        super().__init__()
        self.tray = tray
        self._notifier = notifier  # created after the first icon
        self.model = AccountsModel()
        self.state: AppState | None = None  # the notification memory's (the demo's is in memory)
        self._watch: OtherAccounts | None = None
        self._policies: dict[AccountId, NotificationPolicy] = {}
        self.settings: Settings | None = None
        self.first: AccountId | None = None
        self._first_view: AccountView | None = None  # the first account's latest, for a listing that comes later
        self._window: AccountWindow | None = None
        self.avatars = AccountAvatars()  # every account's picture for its menu section
        self.avatars.loaded.connect(lambda _ident, _image: self.tray.refresh())
        tray.section_icon = self.avatars.icon_for
        self._lists_asked = 0  # lists requests so far (`open_on` asks unless choosing a row already did)
        tray.account_refresh_requested.connect(self.refresh)

    def start(
        self,
        settings: Settings,
        source: DemoService | Mapping[str, str],
        first: AccountId,
        interval_override: int | None,
    ) -> None:
        """`source`: the demo (its sample accounts), else the environment the stored accounts are listed with."""
        demo = isinstance(source, DemoService)
        self.avatars.root = None if demo else cache_dir() / "avatars"  # the first account's folder is its worker's
        lister = source.sample_accounts if isinstance(source, DemoService) else stored_accounts_lister(settings, source)

        def open_history() -> HistoryStore:  # the demo keeps nothing: its samples' history dies with it
            return HistoryStore.in_memory() if demo else HistoryStore.open(first_account=settings.first_account.id)

        self.watch(settings, lister, first, interval_override, open_history)

    def watch(
        self,
        settings: Settings,
        lister: EntryLister,
        first: AccountId,
        interval_override: int | None,
        open_history: HistoryOpener | None,
    ) -> None:
        """Watch the accounts `lister` gives beside `first`, with their history in `open_history()`."""
        self.stop()
        self.avatars.forget()
        self.avatars.first = first
        self.settings, self.first, self._first_view = settings, first, None
        watch = OtherAccounts(settings, lister, first, interval_override, open_history)
        watch.listed.connect(self._on_listed)
        watch.checked.connect(self._on_checked)
        watch.restored.connect(self._on_restored)
        watch.history_loaded.connect(self._on_history)
        self._watch = watch
        watch.start()

    def stop(self) -> None:
        if self._watch is not None:
            self._watch.listed.disconnect(self._on_listed)
            self._watch.checked.disconnect(self._on_checked)
            self._watch.restored.disconnect(self._on_restored)
            self._watch.history_loaded.disconnect(self._on_history)
            self._watch.stop()
            self._watch = None
        self.model = AccountsModel()
        self._policies.clear()
        self.tray.set_accounts(None)
        self.changed.emit()

    def refresh(self, ident: AccountId | None = None) -> None:
        if self._watch is not None:
            self._watch.refresh(ident)

    def first_shown(self, view: AccountView | None) -> None:
        """The first account's view changed (its own worker): the icon and menu tell all accounts."""
        if view is not None and view.account.id == self.first:
            self._first_view = view
            if view.profile is not None:  # the Language setting "SE Ranking profile" speaks the first account's
                LANGUAGE.follow(profile_lang=view.profile.lang)
        if view is not None and view.account.id == self.first and len(self.model) > 1:
            self.model.put(view)
            self.tray.refresh()
            self.changed.emit()

    def _on_listed(self, accounts: Sequence[Account]) -> None:
        self.model.set_accounts(accounts)
        first = self._first_view
        if first is not None and self.model.get(first.account.id) is not None:
            self.model.put(first)  # checked before the listing was done (many keys to read): not "checking…"
        self.tray.set_accounts(self.model)
        self.changed.emit()

    def _on_checked(self, outcome: CheckOutcome) -> None:
        view = self.model.apply(outcome)
        if self.settings is not None:
            self.avatars.want(view, self.settings)
        self.tray.refresh()
        self.changed.emit()
        self.announce(view)
        window = self._window
        if outcome.recorded and window is not None and window.shown_account() == outcome.account.id:
            self.load_history(outcome.account.id)  # the chart follows the chosen account's new reading

    def _on_restored(self, outcome: CheckOutcome) -> None:
        current = self.model.get(outcome.account.id)
        if current is not None and current.health is not None:
            return  # a check answered first: it is newer
        self.model.apply(outcome)
        self.tray.refresh()
        self.changed.emit()  # old news: shown (stale), never announced
        if self._window is not None and self._window.shown_account() == outcome.account.id:
            self.load_history(outcome.account.id)  # chosen before its history was open: its chart now

    def load_history(self, ident: str) -> None:
        if self._watch is not None and ident != self.first:
            self._watch.load_history(AccountId(ident))

    def _on_history(self, ident: str, readings: tuple[Reading, ...]) -> None:
        view = self.model.get(AccountId(ident))
        if self._window is not None and view is not None and self.settings is not None:
            threshold = self.settings.rules_for(view.account.config).low_balance_threshold
            self._window.show_history(AccountId(ident), readings, threshold)

    def attach(self, window: AccountWindow) -> None:
        """The window lists every account from now on (it is created once and kept)."""
        self._window = window
        window.history_wanted.connect(self.load_history)
        window.accounts.chosen.connect(self.read_lists)  # the user's choice, or open_on's
        self.changed.connect(lambda: window.set_accounts(self.model.views(), self.first))
        window.set_accounts(self.model.views(), self.first)

    def open_on(self, window: AccountWindow, ident: str | None) -> None:
        """Show `ident`'s detail, or (None) the account needing attention most."""
        urgent = self.model.most_urgent()
        asked = self._lists_asked
        window.show_account(AccountId(ident) if ident else urgent.account.id if urgent else None)
        if self._lists_asked == asked:  # the same row as before (no choice made): ask for its lists here
            self.read_lists(window.shown_account())

    def read_lists(self, ident: str | None) -> None:
        """The window opened on, or chose, `ident`: read its sub-accounts and projects now, with a check (issue 15:
        not only the first account's are read on opening)."""
        self._lists_asked += 1
        if ident is None or ident == self.first:
            self.first_lists_wanted.emit()
        elif self._watch is not None:
            self._watch.read_lists(AccountId(ident))

    def announce(self, view: AccountView) -> None:
        state, notifier = self.state, self._notifier()
        if notifier is None or self.settings is None or state is None:
            return
        policy = self._policies.get(view.account.id)
        if policy is None:
            memory = notification_memory(state, view.account.id, inherit=False)
            now = lambda: datetime.now(UTC)  # noqa: E731
            policy = NotificationPolicy(memory, format_money, now, snooze_memory=state.section(NOTIFICATIONS))
            self._policies[view.account.id] = policy
        for notification in policy.observe_all(view, self.settings.rules_for(view.account.config)):
            log.info("Notifying: %s", notification.summary)
            notifier.notify(notification)

    def announce_all(self) -> None:
        """After a snooze ends: a problem that began during it and still holds, once per account."""
        for view in self.model.views():
            if view.account.id != self.first and view.health is not None:
                self.announce(view)
