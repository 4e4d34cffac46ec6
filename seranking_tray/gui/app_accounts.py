"""The tray app's side of several accounts: the model of every account's view, the watcher of the accounts beside
the first, and a notification policy per account (snooze shared).

The first account stays the `TrayApp`'s (its worker, history, chart and key prompts); its views are copied here so
the icon, tooltip and menu tell the worst state over all accounts.
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
from seranking_tray.gui.accounts_model import AccountsModel
from seranking_tray.gui.accounts_watch import EntryLister, OtherAccounts
from seranking_tray.gui.formatting import format_money
from seranking_tray.gui.notifications import DesktopNotifier
from seranking_tray.gui.tray import TrayIcon
from seranking_tray.service.account_list import Entry, list_entries
from seranking_tray.service.demo import DemoService
from seranking_tray.store.settings import Settings
from seranking_tray.store.state import NOTIFICATIONS, AppState, notification_memory

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
        tray.account_refresh_requested.connect(self.refresh)

    def start(
        self,
        settings: Settings,
        source: DemoService | Mapping[str, str],
        first: AccountId,
        interval_override: int | None,
    ) -> None:
        """`source`: the demo (its sample accounts), else the environment the stored accounts are listed with."""
        self.stop()
        lister = source.sample_accounts if isinstance(source, DemoService) else stored_accounts_lister(settings, source)
        self.settings, self.first = settings, first
        watch = OtherAccounts(settings, lister, first, interval_override)
        watch.listed.connect(self._on_listed)
        watch.checked.connect(self._on_checked)
        self._watch = watch
        watch.start()

    def stop(self) -> None:
        if self._watch is not None:
            self._watch.listed.disconnect(self._on_listed)
            self._watch.checked.disconnect(self._on_checked)
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
        if view is not None and view.account.id == self.first and len(self.model) > 1:
            self.model.put(view)
            self.tray.refresh()
            self.changed.emit()

    def _on_listed(self, accounts: Sequence[Account]) -> None:
        self.model.set_accounts(accounts)
        self.tray.set_accounts(self.model)
        self.changed.emit()

    def _on_checked(self, outcome: CheckOutcome) -> None:
        view = self.model.apply(outcome)
        self.tray.refresh()
        self.changed.emit()
        self.announce(view)

    def attach(self, window: AccountWindow) -> None:
        """The window lists every account from now on (it is created once and kept)."""
        self.changed.connect(lambda: window.set_accounts(self.model.views(), self.first))
        window.set_accounts(self.model.views(), self.first)

    def open_on(self, window: AccountWindow, ident: str | None) -> None:
        """Show `ident`'s detail, or (None) the account needing attention most."""
        urgent = self.model.most_urgent()
        window.show_account(AccountId(ident) if ident else urgent.account.id if urgent else None)

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
